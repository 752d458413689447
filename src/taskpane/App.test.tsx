import { screen, waitFor, within } from '@testing-library/react';
import { ExcelWriteError, TemplateExistsError } from '../adapters/excel/errors';
import { FakeWorkbookService, SIX_SHEETS, deferred } from './testing/fakeWorkbookService';
import { renderPane } from './testing/renderPane';
import { testIds } from './testIds';
import type { InsertResult } from '../adapters/excel/contract';

async function ready(service = new FakeWorkbookService()) {
  const pane = renderPane(service);
  // The opening check finishes before Insert is enabled.
  await waitFor(() => expect(screen.getByTestId(testIds.insert)).toBeEnabled());
  return { ...pane, service };
}

function vendorInput(n: number): HTMLElement {
  return screen.getByRole('textbox', { name: `Vendor ${n}` });
}

describe('vendor rows', () => {
  it('starts with one row that cannot be removed, adds rows and focuses the new one', async () => {
    const { user } = await ready();
    expect(screen.getAllByRole('textbox', { name: /^Vendor \d+$/ })).toHaveLength(1);
    expect(screen.queryByRole('button', { name: 'Remove vendor 1' })).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Add vendor' }));
    await user.click(screen.getByRole('button', { name: 'Add vendor' }));
    expect(screen.getAllByRole('textbox', { name: /^Vendor \d+$/ })).toHaveLength(3);
    expect(vendorInput(3)).toHaveFocus();
  });

  it('removes the chosen row and keeps the others in order', async () => {
    const { user } = await ready();
    await user.type(vendorInput(1), 'Aurora');
    await user.click(screen.getByRole('button', { name: 'Add vendor' }));
    await user.type(vendorInput(2), 'Beacon');
    await user.click(screen.getByRole('button', { name: 'Add vendor' }));
    await user.type(vendorInput(3), 'Cirrus');

    await user.click(screen.getByRole('button', { name: 'Remove vendor 2' }));
    expect(screen.getAllByRole('textbox', { name: /^Vendor \d+$/ }).map((e) => (e as HTMLInputElement).value)).toEqual([
      'Aurora',
      'Cirrus',
    ]);
    expect(vendorInput(1)).toHaveFocus();
  });
});

describe('validation', () => {
  it('asks for a vendor when none is named, and does not insert', async () => {
    const { user, service } = await ready();
    await user.click(screen.getByRole('button', { name: 'Insert template' }));
    expect(await screen.findByText('Enter at least one vendor name.')).toBeInTheDocument();
    expect(vendorInput(1)).toHaveAttribute('aria-invalid', 'true');
    expect(vendorInput(1)).toHaveFocus();
    expect(service.inserts).toHaveLength(0);
  });

  it('flags a blank row among named ones', async () => {
    const { user, service } = await ready();
    await user.type(vendorInput(1), 'Aurora');
    await user.click(screen.getByRole('button', { name: 'Add vendor' }));
    await user.click(screen.getByRole('button', { name: 'Insert template' }));
    expect(screen.getByText('Enter a name for vendor 2, or remove the row.')).toBeInTheDocument();
    expect(vendorInput(2)).toHaveAttribute('aria-invalid', 'true');
    expect(service.inserts).toHaveLength(0);
  });

  it('flags a duplicate name (case and spaces ignored) on the second occurrence', async () => {
    const { user, service } = await ready();
    await user.type(vendorInput(1), 'Aurora');
    await user.click(screen.getByRole('button', { name: 'Add vendor' }));
    await user.type(vendorInput(2), '  aurora ');
    await user.click(screen.getByRole('button', { name: 'Insert template' }));
    expect(screen.getByText('“aurora” is already in the list.')).toBeInTheDocument();
    expect(vendorInput(2)).toHaveAttribute('aria-invalid', 'true');
    expect(vendorInput(1)).not.toHaveAttribute('aria-invalid');
    expect(service.inserts).toHaveLength(0);

    // Fixing the name clears the message without another click.
    await user.clear(vendorInput(2));
    await user.type(vendorInput(2), 'Beacon');
    expect(screen.queryByText(/already in the list/)).not.toBeInTheDocument();
  });

  it.each(['0', '11', '2.5', 'three', ''])('rejects a contract term of %j', async (term) => {
    const { user, service } = await ready();
    await user.type(vendorInput(1), 'Aurora');
    const input = screen.getByRole('textbox', { name: /Contract term/ });
    await user.clear(input);
    if (term) await user.type(input, term);
    await user.click(screen.getByRole('button', { name: 'Insert template' }));
    expect(screen.getByText('Enter a whole number of years from 1 to 10.')).toBeInTheDocument();
    expect(input).toHaveFocus();
    expect(service.inserts).toHaveLength(0);
  });

  it('shows no message before the first insert attempt, then follows every change', async () => {
    const { user } = await ready();
    const input = screen.getByRole('textbox', { name: /Contract term/ });
    await user.clear(input);
    await user.type(input, '12');
    await user.tab();
    expect(screen.queryByText(/whole number of years/)).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Insert template' }));
    expect(screen.getByText('Enter a whole number of years from 1 to 10.')).toBeInTheDocument();
    await user.clear(input);
    await user.type(input, '2');
    expect(screen.queryByText(/whole number of years/)).not.toBeInTheDocument();
  });

  it.each(['0', '-5', '12.5', 'many'])('rejects %j users', async (users) => {
    const { user, service } = await ready();
    await user.type(vendorInput(1), 'Aurora');
    const input = screen.getByRole('textbox', { name: 'Number of users' });
    await user.clear(input);
    await user.type(input, users);
    await user.click(screen.getByRole('button', { name: 'Insert template' }));
    expect(screen.getByText('Enter a whole number of users, 1 or more.')).toBeInTheDocument();
    expect(service.inserts).toHaveLength(0);
  });
});

describe('insert', () => {
  it('sends the form as TemplateOptions and lists the sheets created', async () => {
    const { user, service } = await ready(
      new FakeWorkbookService(false, { sheets: SIX_SHEETS, vendorCount: 2, syncs: 2 }),
    );
    await user.type(vendorInput(1), ' Aurora ');
    await user.click(screen.getByRole('button', { name: 'Add vendor' }));
    await user.type(vendorInput(2), 'Beacon');
    const term = screen.getByRole('textbox', { name: /Contract term/ });
    await user.clear(term);
    await user.type(term, '5');
    const users = screen.getByRole('textbox', { name: 'Number of users' });
    await user.clear(users);
    await user.type(users, '1200');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Currency' }), 'EUR');
    await user.click(screen.getByRole('radio', { name: 'Chinese (中文)' }));
    await user.click(screen.getByRole('checkbox', { name: /^S4 / }));
    await user.click(screen.getByRole('checkbox', { name: /^S2 / }));

    await user.click(screen.getByRole('button', { name: 'Insert template' }));

    const success = await screen.findByTestId(testIds.success);
    expect(success).toHaveTextContent('Template inserted');
    expect(success).toHaveTextContent(
      'Created 6 sheets for 2 vendor(s): Overview, Assumptions, Pricing, Coverage, Questions (2), Scorecard.',
    );
    expect(service.inserts).toEqual([
      {
        language: 'zh',
        currency: 'EUR',
        termYears: 5,
        users: 1200,
        discountRate: 0.08,
        scenarios: ['S2', 'S4'],
        demand: [],
        fx: [],
        vendors: [{ name: 'Aurora' }, { name: 'Beacon' }],
      },
    ]);
    // The workbook now holds a template: a second insert is not offered.
    expect(screen.getByTestId(testIds.insert)).toBeDisabled();
  });

  it('shows a spinner and disables Insert while the insert runs', async () => {
    const pending = deferred<InsertResult>();
    const { user } = await ready(new FakeWorkbookService(false, () => pending.promise));
    await user.type(vendorInput(1), 'Aurora');
    await user.click(screen.getByRole('button', { name: 'Insert template' }));
    expect(screen.getByTestId(testIds.busy)).toHaveTextContent('Inserting the template…');
    expect(screen.getByTestId(testIds.insert)).toBeDisabled();
    pending.resolve({ sheets: SIX_SHEETS, vendorCount: 1, syncs: 2 });
    await screen.findByTestId(testIds.success);
    expect(screen.queryByTestId(testIds.busy)).not.toBeInTheDocument();
  });

  it('says the workbook already holds a template when the adapter finds one', async () => {
    const { user } = await ready(new FakeWorkbookService(false, new TemplateExistsError('Pricing')));
    await user.type(vendorInput(1), 'Aurora');
    await user.click(screen.getByRole('button', { name: 'Insert template' }));
    const error = await screen.findByTestId(testIds.error);
    expect(error).toHaveTextContent('This workbook already holds a Vendor Compare template.');
    expect(screen.getByTestId(testIds.insert)).toBeDisabled();
    expect(screen.queryByTestId(testIds.success)).not.toBeInTheDocument();
  });

  it('shows an ExcelWriteError as its own message and lets the user try again', async () => {
    const { user, service } = await ready(
      new FakeWorkbookService(false, new ExcelWriteError('The sheet name is invalid.', 'InvalidArgument')),
    );
    await user.type(vendorInput(1), 'Aurora');
    await user.click(screen.getByRole('button', { name: 'Insert template' }));
    const error = await screen.findByTestId(testIds.error);
    expect(within(error).getByText('The template was not inserted')).toBeInTheDocument();
    expect(error).toHaveTextContent('The sheet name is invalid.');
    expect(error).not.toHaveTextContent('Something went wrong');
    expect(screen.getByTestId(testIds.insert)).toBeEnabled();
    await user.click(screen.getByRole('button', { name: 'Insert template' }));
    expect(service.inserts).toHaveLength(2);
    expect(screen.getAllByTestId(testIds.error)).toHaveLength(1);
  });

  it('shows any other failure as generic text with the error message', async () => {
    const { user } = await ready(new FakeWorkbookService(false, new TypeError('boom')));
    await user.type(vendorInput(1), 'Aurora');
    await user.click(screen.getByRole('button', { name: 'Insert template' }));
    const error = await screen.findByTestId(testIds.error);
    expect(error).toHaveTextContent('Something went wrong: boom');
    expect(screen.getAllByTestId(testIds.error)).toHaveLength(1);
  });
});

describe('opening check', () => {
  it('calls hasTemplate once and keeps Insert disabled while it runs', async () => {
    const pending = deferred<boolean>();
    const service = new FakeWorkbookService(() => pending.promise);
    renderPane(service);
    expect(screen.getByTestId(testIds.insert)).toBeDisabled();
    expect(screen.getByTestId(testIds.status)).toHaveTextContent('Checking the workbook…');
    pending.resolve(false);
    await waitFor(() => expect(screen.getByTestId(testIds.insert)).toBeEnabled());
    expect(service.hasTemplateCalls).toBe(1);
  });

  it('says up front that a template exists and disables Insert', async () => {
    renderPane(new FakeWorkbookService(true));
    const notice = await screen.findByTestId(testIds.exists);
    expect(notice).toHaveTextContent('This workbook already holds a Vendor Compare template.');
    expect(screen.getByTestId(testIds.insert)).toBeDisabled();
    expect(screen.queryByTestId(testIds.error)).not.toBeInTheDocument();
  });

  it('reports a failed check and still allows an insert', async () => {
    renderPane(new FakeWorkbookService(new Error('no connection')));
    const error = await screen.findByTestId(testIds.error);
    expect(error).toHaveTextContent('Workbook not checked');
    expect(error).toHaveTextContent('Could not check the workbook for an existing template: no connection');
    expect(screen.getByTestId(testIds.insert)).toBeEnabled();
  });
});

describe('languages', () => {
  it('shows the pane in Chinese when the UI language is zh, independent of the template language', async () => {
    renderPane(new FakeWorkbookService(), { uiLanguage: 'zh', templateLanguage: 'en' });
    expect(await screen.findByRole('button', { name: '插入模板' })).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: '英文（English）' })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'S1 · 智能助手/虚拟陪伴' })).toBeInTheDocument();
  });

  it('preselects the default template language', async () => {
    renderPane(new FakeWorkbookService(), { templateLanguage: 'zh' });
    expect(await screen.findByRole('radio', { name: 'Chinese (中文)' })).toBeChecked();
  });
});
