import { screen, within } from '@testing-library/react';
import type { FillResult, OverwrittenCell } from '../../adapters/excel/contract';
import { ExcelWriteError, TemplateStructureError } from '../../adapters/excel/errors';
import { MAX_LISTED_CELLS } from '../components/OverwrittenConfirm';
import { FakeWorkbookService, deferred } from '../testing/fakeWorkbookService';
import { renderOnTab } from '../testing/renderPane';
import { testIds } from '../testIds';

const FILLED: FillResult = { changedVendors: ['Aurora', 'Cirrus'], overwritten: [], applied: true, upgraded: false, syncs: 2 };
const OVERWRITTEN: OverwrittenCell[] = [
  { vendor: 'Aurora', sheet: 'Pricing', address: 'D31' },
  { vendor: 'Beacon', sheet: 'Pricing', address: 'E33' },
];
const NEEDS_CONSENT: FillResult = { changedVendors: [], overwritten: OVERWRITTEN, applied: false, upgraded: false, syncs: 1 };

function serviceAnswering(answer: (replace: boolean) => FillResult | Error): FakeWorkbookService {
  const service = new FakeWorkbookService(true);
  service.fillAnswer = answer;
  return service;
}

async function clickFill(service: FakeWorkbookService) {
  const pane = await renderOnTab(service, 'formulas');
  await pane.user.click(screen.getByRole('button', { name: 'Fill pricing formulas' }));
  return pane;
}

describe('Fill pricing formulas', () => {
  it('fills without replacing and names the vendors that changed', async () => {
    const service = serviceAnswering(() => FILLED);
    await clickFill(service);
    const result = await screen.findByTestId(testIds.fillResult);
    expect(result).toHaveTextContent('Formulas filled for: Aurora, Cirrus');
    expect(service.fills).toEqual([false]);
    expect(screen.queryByTestId(testIds.confirm)).not.toBeInTheDocument();
  });

  it('says so when every formula is in place', async () => {
    await clickFill(serviceAnswering(() => ({ ...FILLED, changedVendors: [] })));
    expect(await screen.findByTestId(testIds.fillResult)).toHaveTextContent('Every formula is in place: nothing to repair');
  });

  it('says the workbook was upgraded, and that every input was kept', async () => {
    await clickFill(serviceAnswering(() => ({ ...FILLED, upgraded: true })));
    const result = await screen.findByTestId(testIds.fillResult);
    expect(result).toHaveTextContent('Workbook upgraded');
    expect(result).toHaveTextContent('every input was kept');
    expect(result).not.toHaveTextContent('Formulas filled for');
  });

  it('shows a spinner while filling and keeps the button focusable but inactive', async () => {
    const pending = deferred<FillResult>();
    const service = new FakeWorkbookService(true);
    service.fillAnswer = () => () => pending.promise;
    const { user } = await clickFill(service);
    const button = screen.getByTestId(testIds.fill);
    expect(screen.getByTestId(testIds.fillBusy)).toHaveTextContent('Filling the formulas…');
    expect(button).toHaveAttribute('aria-disabled', 'true');
    await user.click(button);
    expect(service.fills).toEqual([false]);
    pending.resolve(FILLED);
    await screen.findByTestId(testIds.fillResult);
    expect(screen.queryByTestId(testIds.fillBusy)).not.toBeInTheDocument();
  });

  it('lists overwritten cells, and replaces them only after the user agrees', async () => {
    const service = serviceAnswering((replace) => (replace ? { ...FILLED, changedVendors: ['Aurora', 'Beacon'] } : NEEDS_CONSENT));
    const { user } = await clickFill(service);
    const confirm = await screen.findByTestId(testIds.confirm);
    expect(confirm).toHaveTextContent('2 formula cells hold values typed over their formulas. Nothing was changed.');
    expect(within(confirm).getAllByRole('listitem').map((li) => li.textContent)).toEqual(['Aurora: Pricing!D31', 'Beacon: Pricing!E33']);
    // Keeping the typed values is the safe answer: the primary button, first in order.
    const buttons = within(confirm).getAllByRole('button', { name: /Cancel|Replace them/ });
    expect(buttons.map((b) => b.textContent)).toEqual(['Cancel', 'Replace them']);
    expect(buttons[0]).toHaveClass('fui-Button');
    expect(buttons[0]!.className).not.toBe(buttons[1]!.className);
    expect(screen.queryByTestId(testIds.fillResult)).not.toBeInTheDocument();

    await user.click(within(confirm).getByRole('button', { name: 'Replace them' }));
    expect(service.fills).toEqual([false, true]);
    expect(await screen.findByTestId(testIds.fillResult)).toHaveTextContent('Formulas filled for: Aurora, Beacon');
    expect(screen.queryByTestId(testIds.confirm)).not.toBeInTheDocument();
    expect(screen.getByTestId(testIds.fill)).toHaveFocus();
  });

  it('changes nothing when the user cancels', async () => {
    const service = serviceAnswering(() => NEEDS_CONSENT);
    const { user } = await clickFill(service);
    await user.click(await screen.findByRole('button', { name: 'Cancel' }));
    expect(service.fills).toEqual([false]);
    expect(screen.queryByTestId(testIds.confirm)).not.toBeInTheDocument();
    expect(screen.getByTestId(testIds.fillResult)).toHaveTextContent('Nothing was changed.');
    expect(screen.getByTestId(testIds.fill)).toHaveFocus();
  });

  it('answers the confirmation from the keyboard', async () => {
    const service = serviceAnswering((replace) => (replace ? FILLED : NEEDS_CONSENT));
    const { user } = await clickFill(service);
    await screen.findByTestId(testIds.confirm);
    // From the Fill button: the two cell links, then Cancel, then "Replace them".
    await user.tab();
    expect(screen.getByTestId(testIds.overwrittenLink(0))).toHaveFocus();
    await user.tab();
    await user.tab();
    expect(screen.getByTestId(testIds.confirmCancel)).toHaveFocus();
    await user.tab();
    expect(screen.getByTestId(testIds.confirmReplace)).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(service.fills).toEqual([false, true]);
  });

  it('lists the first cells and counts the rest when many were overwritten', async () => {
    const many = Array.from({ length: MAX_LISTED_CELLS + 3 }, (_, i) => ({ vendor: `V${i}`, sheet: 'Pricing', address: `D${i + 30}` }));
    await clickFill(serviceAnswering(() => ({ ...NEEDS_CONSENT, overwritten: many })));
    const confirm = await screen.findByTestId(testIds.confirm);
    expect(within(confirm).getAllByRole('listitem')).toHaveLength(MAX_LISTED_CELLS);
    expect(confirm).toHaveTextContent('…and 3 more');
    expect(confirm).toHaveTextContent('13 formula cells hold values');
  });

  it('shows a failure in the one error bar, the adapter’s words for an ExcelWriteError', async () => {
    const service = serviceAnswering(() => new ExcelWriteError('The Pricing sheet is protected.', 'AccessDenied'));
    const { user } = await clickFill(service);
    const error = await screen.findByTestId(testIds.error);
    expect(within(error).getByText('Formulas not filled')).toBeInTheDocument();
    expect(error).toHaveTextContent('The Pricing sheet is protected.');
    expect(screen.queryByTestId(testIds.fillResult)).not.toBeInTheDocument();

    // Trying again replaces the bar rather than adding one.
    service.fillAnswer = () => new TypeError('boom');
    await user.click(screen.getByTestId(testIds.fill));
    expect(await screen.findByText('Something went wrong: boom')).toBeInTheDocument();
    expect(screen.getAllByTestId(testIds.error)).toHaveLength(1);
  });

  it('keeps the last result while another tab is shown', async () => {
    const { user } = await clickFill(serviceAnswering(() => FILLED));
    await screen.findByTestId(testIds.fillResult);
    await user.click(screen.getByRole('tab', { name: 'Insert' }));
    expect(screen.queryByTestId(testIds.fillResult)).not.toBeInTheDocument();
    await user.click(screen.getByRole('tab', { name: 'Formulas' }));
    expect(screen.getByTestId(testIds.fillResult)).toHaveTextContent('Formulas filled for: Aurora, Cirrus');
  });

  it('is worded in the pane’s language', async () => {
    const service = serviceAnswering(() => FILLED);
    const { user } = await renderOnTab(service, 'formulas', { uiLanguage: 'zh' });
    await user.click(screen.getByRole('button', { name: '填充报价公式' }));
    expect(await screen.findByTestId(testIds.fillResult)).toHaveTextContent('已为以下供应商填充公式：Aurora、Cirrus');
  });

  it('says "1 formula cell holds", not "1 formula cells"', async () => {
    await clickFill(serviceAnswering(() => ({ ...NEEDS_CONSENT, overwritten: [OVERWRITTEN[0]!] })));
    expect(await screen.findByTestId(testIds.confirm)).toHaveTextContent(
      '1 formula cell holds a value typed over its formula. Nothing was changed. Replace it with its formula?',
    );
  });

  it('selects an overwritten cell from its link, and keeps the question open', async () => {
    const service = serviceAnswering(() => NEEDS_CONSENT);
    const { user } = await clickFill(service);
    const confirm = await screen.findByTestId(testIds.confirm);
    await user.click(within(confirm).getByRole('button', { name: 'Pricing!E33' }));
    expect(service.selections).toEqual([{ sheet: 'Pricing', address: 'E33' }]);
    expect(screen.getByTestId(testIds.confirm)).toBeInTheDocument();

    service.selectAnswer = new Error('The sheet is hidden.');
    await user.click(within(confirm).getByRole('button', { name: 'Pricing!D31' }));
    expect(await within(confirm).findByTestId(testIds.error)).toHaveTextContent('Could not go to the cell');
    expect(service.fills).toEqual([false]);
  });

  it('says once that there is no template, instead of listing missing names, and leads to Insert', async () => {
    const service = new FakeWorkbookService(false);
    service.fillAnswer = () => new TemplateStructureError('fill', Array.from({ length: 26 }, (_, i) => `vc_Name${i}`));
    const { user } = await clickFill(service);
    const notice = await screen.findByTestId(testIds.notTemplate);
    expect(notice).toHaveTextContent('No template here');
    expect(notice).toHaveTextContent('This workbook holds no Vendor Compare template. Insert one first.');
    expect(notice).not.toHaveTextContent('vc_');
    expect(screen.queryByTestId(testIds.error)).not.toBeInTheDocument();
    await user.click(within(notice).getByRole('button', { name: 'Go to Insert' }));
    expect(screen.getByTestId(testIds.tab('insert'))).toHaveAttribute('aria-selected', 'true');
  });

  it('still names the broken blocks when a template is there', async () => {
    const service = new FakeWorkbookService(true);
    service.fillAnswer = () => new TemplateStructureError('fill', ['vc_Model']);
    await clickFill(service);
    expect(await screen.findByTestId(testIds.error)).toHaveTextContent('vc_Model missing or broken');
    expect(screen.queryByTestId(testIds.notTemplate)).not.toBeInTheDocument();
  });
});
