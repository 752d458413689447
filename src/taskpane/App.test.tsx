import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { ExcelWriteError, PartialTemplateError, TemplateExistsError } from '../adapters/excel/errors';
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

/** Names the vendors in order, adding rows as needed. */
async function nameVendors(user: UserEvent, ...names: string[]) {
  for (const [index, name] of names.entries()) {
    if (index > 0) await user.click(screen.getByRole('button', { name: 'Add vendor' }));
    await user.type(vendorInput(index + 1), name);
  }
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

  it.each([
    ['0', '0 years is outside the limit: enter 1 to 10.'],
    ['11', '11 years is outside the limit: enter 1 to 10.'],
    ['2.5', '“2.5” is not a whole number of years. Enter 1 to 10.'],
    ['three', '“three” is not a whole number of years. Enter 1 to 10.'],
    ['', 'Enter the contract term: a whole number of years from 1 to 10.'],
  ])('rejects a contract term of %j, naming the value and the limit', async (term, message) => {
    const { user, service } = await ready();
    await user.type(vendorInput(1), 'Aurora');
    const input = screen.getByRole('textbox', { name: /Contract term/ });
    await user.clear(input);
    if (term) await user.type(input, term);
    await user.click(screen.getByRole('button', { name: 'Insert template' }));
    expect(screen.getByText(message)).toBeInTheDocument();
    expect(input).toHaveFocus();
    expect(service.inserts).toHaveLength(0);
  });

  it('shows no message before the first insert attempt, then follows every change', async () => {
    const { user } = await ready();
    const input = screen.getByRole('textbox', { name: /Contract term/ });
    await user.clear(input);
    await user.type(input, '12');
    await user.tab();
    expect(screen.queryByText(/years is outside/)).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Insert template' }));
    expect(screen.getByText('12 years is outside the limit: enter 1 to 10.')).toBeInTheDocument();
    await user.clear(input);
    await user.type(input, '2');
    expect(screen.queryByText(/years is outside/)).not.toBeInTheDocument();
  });

  it.each([
    ['0', '0 users is below the limit: enter 1 or more.'],
    ['-5', '“-5” is not a whole number of users. Enter 1 or more.'],
    ['12.5', '“12.5” is not a whole number of users. Enter 1 or more.'],
    ['many', '“many” is not a whole number of users. Enter 1 or more.'],
  ])('rejects %j users, naming the value', async (users, message) => {
    const { user, service } = await ready();
    await user.type(vendorInput(1), 'Aurora');
    const input = screen.getByRole('textbox', { name: 'Number of users' });
    await user.clear(input);
    await user.type(input, users);
    await user.click(screen.getByRole('button', { name: 'Insert template' }));
    expect(screen.getByText(message)).toBeInTheDocument();
    expect(service.inserts).toHaveLength(0);
  });

  it('shows every problem of the form at once, with their number, and focuses the first', async () => {
    const { user, service } = await ready();
    await user.type(vendorInput(1), 'Aurora');
    await user.click(screen.getByRole('button', { name: 'Add vendor' }));
    await user.click(screen.getByRole('button', { name: 'Add vendor' }));
    await user.type(vendorInput(3), 'aurora');
    await user.click(screen.getByRole('button', { name: 'Add vendor' }));
    fireEvent.change(vendorInput(4), { target: { value: 'x'.repeat(120) } });
    const term = screen.getByRole('textbox', { name: /Contract term/ });
    await user.clear(term);
    await user.type(term, '20');
    const users = screen.getByRole('textbox', { name: 'Number of users' });
    await user.clear(users);
    await user.click(screen.getByRole('button', { name: 'Insert template' }));

    expect(screen.getByText('Enter a name for vendor 2, or remove the row.')).toBeInTheDocument();
    expect(screen.getByText('“aurora” is already in the list.')).toBeInTheDocument();
    expect(screen.getByText('This name has 120 characters; vendor names have at most 100.')).toBeInTheDocument();
    expect(screen.getByText('20 years is outside the limit: enter 1 to 10.')).toBeInTheDocument();
    expect(screen.getByText('Enter the number of users: a whole number, 1 or more.')).toBeInTheDocument();
    expect(screen.getByTestId(testIds.problems)).toHaveTextContent('Fix 5 problems before inserting.');
    expect(vendorInput(2)).toHaveFocus();
    expect(service.inserts).toHaveLength(0);
  });

  it.each([
    ['1,200', 1200],
    ['1 200', 1200],
    ['１２００', 1200],
    ['１，２００', 1200],
  ])('accepts %j users as %i', async (typed, expected) => {
    const { user, service } = await ready();
    await nameVendors(user, 'Aurora', 'Beacon');
    const users = screen.getByRole('textbox', { name: 'Number of users' });
    await user.clear(users);
    await user.type(users, typed);
    const term = screen.getByRole('textbox', { name: /Contract term/ });
    await user.clear(term);
    await user.type(term, '５');
    await user.click(screen.getByRole('button', { name: 'Insert template' }));
    await screen.findByTestId(testIds.success);
    expect(service.inserts[0]).toMatchObject({ users: expected, termYears: 5 });
  });
});

describe('Enter and the one-vendor confirmation', () => {
  it('does not insert when Enter is pressed in a vendor box, a number box or the form', async () => {
    const { user, service } = await ready();
    await user.type(vendorInput(1), 'Aurora{Enter}');
    await user.type(screen.getByRole('textbox', { name: 'Number of users' }), '{Enter}');
    fireEvent.submit(screen.getByTestId(testIds.form));
    expect(service.inserts).toHaveLength(0);
    expect(screen.queryByTestId(testIds.insertConfirm)).not.toBeInTheDocument();
  });

  it('asks before inserting for one vendor, naming the sheets; Go back adds a row and focuses it', async () => {
    const { user, service } = await ready();
    await user.type(vendorInput(1), 'Aurora');
    await user.click(screen.getByRole('button', { name: 'Insert template' }));
    const confirm = screen.getByTestId(testIds.insertConfirm);
    expect(confirm).toHaveTextContent(
      'Insert adds these sheets to the workbook: Overview, Assumptions, Pricing, Coverage, Questions, Scorecard, Decision, for Aurora, a 3-year contract for 500 users in CNY.',
    );
    const back = within(confirm).getByRole('button', { name: 'Go back and add vendors' });
    expect(back).toHaveFocus();
    expect(screen.getByTestId(testIds.insert)).toBeDisabled();
    await user.click(back);
    expect(screen.queryByTestId(testIds.insertConfirm)).not.toBeInTheDocument();
    await waitFor(() => expect(vendorInput(2)).toHaveFocus());
    expect(service.inserts).toHaveLength(0);
  });

  it('inserts for one vendor when the user confirms', async () => {
    const { user, service } = await ready();
    await user.type(vendorInput(1), 'Aurora');
    await user.click(screen.getByRole('button', { name: 'Insert template' }));
    await user.click(screen.getByRole('button', { name: 'Insert for one vendor' }));
    await screen.findByTestId(testIds.success);
    expect(service.inserts).toHaveLength(1);
    expect(service.inserts[0]?.vendors).toEqual([{ name: 'Aurora' }]);
  });
});

describe('insert', () => {
  it('sends the form as TemplateOptions, says what was created and what to do next, and focuses it', async () => {
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
      'Created 6 sheets for 2 vendors: Overview, Assumptions, Pricing, Coverage, Questions (2), Scorecard.',
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
    // The form gives way to the next steps, which name the sheets as created; focus lands there.
    expect(screen.queryByTestId(testIds.insert)).not.toBeInTheDocument();
    expect(screen.getByTestId(testIds.nextSteps)).toHaveTextContent('on the Pricing sheet');
    expect(screen.getByTestId(testIds.nextSteps)).toHaveTextContent('from the Questions (2) sheet');
    expect(screen.getByRole('heading', { name: 'Next steps' })).toHaveFocus();
    await user.click(screen.getByRole('button', { name: 'Go to Validate' }));
    expect(screen.getByTestId(testIds.tab('validate'))).toHaveAttribute('aria-selected', 'true');
  });

  it('says "1 vendor", not "1 vendors"', async () => {
    const { user } = await ready(new FakeWorkbookService(false, { sheets: SIX_SHEETS, vendorCount: 1, syncs: 2 }));
    await user.type(vendorInput(1), 'Aurora');
    await user.click(screen.getByRole('button', { name: 'Insert template' }));
    await user.click(screen.getByRole('button', { name: 'Insert for one vendor' }));
    expect(await screen.findByTestId(testIds.success)).toHaveTextContent('Created 6 sheets for 1 vendor: Overview,');
  });

  it('shows a spinner and keeps Insert unavailable (but focused) while the insert runs', async () => {
    const pending = deferred<InsertResult>();
    const { user } = await ready(new FakeWorkbookService(false, () => pending.promise));
    await nameVendors(user, 'Aurora', 'Beacon');
    await user.click(screen.getByRole('button', { name: 'Insert template' }));
    expect(screen.getByTestId(testIds.busy)).toHaveTextContent('Inserting the template…');
    expect(screen.getByTestId(testIds.insert)).toHaveAttribute('aria-disabled', 'true');
    expect(screen.getByTestId(testIds.insert)).toHaveFocus();
    pending.resolve({ sheets: SIX_SHEETS, vendorCount: 2, syncs: 2 });
    await screen.findByTestId(testIds.success);
    expect(screen.queryByTestId(testIds.busy)).not.toBeInTheDocument();
  });

  it('says the workbook already holds a template when the adapter finds one', async () => {
    const { user } = await ready(new FakeWorkbookService(false, new TemplateExistsError('Pricing')));
    await nameVendors(user, 'Aurora', 'Beacon');
    await user.click(screen.getByRole('button', { name: 'Insert template' }));
    const error = await screen.findByTestId(testIds.error);
    expect(error).toHaveTextContent('This workbook already holds a Vendor Compare template.');
    expect(screen.getByTestId(testIds.insert)).toBeDisabled();
    expect(screen.queryByTestId(testIds.success)).not.toBeInTheDocument();
  });

  it('says the workbook was left unchanged, and offers Insert again only once the form changes', async () => {
    const { user, service } = await ready(
      new FakeWorkbookService(false, new ExcelWriteError('The sheet name is invalid.', 'InvalidArgument')),
    );
    await nameVendors(user, 'Aurora', 'Beacon');
    await user.click(screen.getByRole('button', { name: 'Insert template' }));
    const error = await screen.findByTestId(testIds.error);
    expect(within(error).getByText('The template was not inserted')).toBeInTheDocument();
    expect(error).toHaveTextContent('The sheet name is invalid. The workbook was left unchanged.');
    expect(error).not.toHaveTextContent('Something went wrong');
    expect(screen.getByTestId(testIds.insert)).toBeDisabled();
    expect(screen.getByTestId(testIds.retryHint)).toHaveTextContent('Change the form to try again.');
    // Focus does not fall to the page with the disabled button: it is on the message.
    expect(error.parentElement).toHaveFocus();

    await user.type(vendorInput(2), ' Ltd');
    expect(screen.getByTestId(testIds.insert)).toBeEnabled();
    expect(screen.queryByTestId(testIds.retryHint)).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Insert template' }));
    expect(service.inserts).toHaveLength(2);
    expect(screen.getAllByTestId(testIds.error)).toHaveLength(1);
  });

  it('when the roll-back failed too, offers to remove what was written, then Insert again', async () => {
    const partial = new PartialTemplateError('Out of memory.', 'GeneralException', null, new Error('cleanup'), ['Overview', 'Pricing (2)']);
    const { user, service } = await ready(new FakeWorkbookService(false, partial));
    await nameVendors(user, 'Aurora', 'Beacon');
    await user.click(screen.getByRole('button', { name: 'Insert template' }));
    await user.click(await screen.findByTestId(testIds.cleanUp));
    expect(service.removals).toEqual([['Overview', 'Pricing (2)']]);
    expect(await screen.findByTestId(testIds.cleaned)).toHaveTextContent('the workbook is as it was before the insert');
    expect(screen.queryByTestId(testIds.error)).not.toBeInTheDocument();
    expect(screen.getByTestId(testIds.insert)).toBeEnabled();
  });

  it('offers no clean-up when the roll-back worked', async () => {
    const { user } = await ready(new FakeWorkbookService(false, new ExcelWriteError('The sheet name is invalid.', 'InvalidArgument')));
    await nameVendors(user, 'Aurora', 'Beacon');
    await user.click(screen.getByRole('button', { name: 'Insert template' }));
    await screen.findByTestId(testIds.error);
    expect(screen.queryByTestId(testIds.cleanUp)).not.toBeInTheDocument();
  });

  it('keeps a message when the clean-up fails too', async () => {
    const partial = new PartialTemplateError('Out of memory.', 'GeneralException', null, new Error('cleanup'), ['Overview']);
    const failing = new FakeWorkbookService(false, partial);
    failing.removeAnswer = new Error('still locked');
    const second = await ready(failing);
    await nameVendors(second.user, 'Aurora', 'Beacon');
    await second.user.click(screen.getByRole('button', { name: 'Insert template' }));
    await second.user.click(await screen.findByTestId(testIds.cleanUp));
    await waitFor(() => expect(screen.getByTestId(testIds.error)).toHaveTextContent('still locked'));
  });

  it('shows any other failure as generic text with the error message', async () => {
    const { user } = await ready(new FakeWorkbookService(false, new TypeError('boom')));
    await nameVendors(user, 'Aurora', 'Beacon');
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

  it('says up front that a template exists, with the next steps instead of the form', async () => {
    renderPane(new FakeWorkbookService(true));
    const notice = await screen.findByTestId(testIds.exists);
    expect(notice).toHaveTextContent('This workbook already holds a Vendor Compare template.');
    expect(screen.queryByTestId(testIds.insert)).not.toBeInTheDocument();
    expect(screen.getByTestId(testIds.nextSteps)).toHaveTextContent('on the Pricing sheet');
    expect(screen.getByRole('button', { name: 'Go to Formulas' })).toBeInTheDocument();
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
