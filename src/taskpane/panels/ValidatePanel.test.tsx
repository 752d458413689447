import { screen, within } from '@testing-library/react';
import type { Finding } from '../../core/validation/types';
import type { ValidationResult } from '../../core/validation/validate';
import { ROWS_PER_PAGE } from '../components/FindingList';
import { FakeWorkbookService, deferred } from '../testing/fakeWorkbookService';
import { SMALL_FINDINGS, finding, manyFindings, resultOf } from '../testing/findings';
import { renderOnTab } from '../testing/renderPane';
import { testIds } from '../testIds';

async function validated(result: ValidationResult | Error, options: { uiLanguage?: 'en' | 'zh' } = {}) {
  const service = new FakeWorkbookService(true);
  service.validateAnswer = result;
  const pane = await renderOnTab(service, 'validate', options);
  await pane.user.click(screen.getByTestId(testIds.validate));
  return { ...pane, service };
}

function rows(): HTMLElement[] {
  return screen.queryAllByTestId(testIds.findingRow);
}

function rowTexts(): string[] {
  return rows().map((r) => r.textContent?.trim() ?? '');
}

describe('Validate', () => {
  it('asks for findings in the pane’s language and shows the summary and counts', async () => {
    const { service } = await validated(resultOf(SMALL_FINDINGS));
    expect(await screen.findByTestId(testIds.summary)).toHaveTextContent('1 of 2 vendors complete, 1 questions open');
    expect(screen.getByTestId(testIds.counts)).toHaveTextContent('Errors: 3 · Warnings: 2');
    expect(service.validations).toEqual(['en']);
  });

  it('asks for Chinese findings from a Chinese pane', async () => {
    const { service } = await validated(resultOf(SMALL_FINDINGS), { uiLanguage: 'zh' });
    await screen.findByTestId(testIds.summary);
    expect(service.validations).toEqual(['zh']);
    expect(screen.getByTestId(testIds.counts)).toHaveTextContent('错误：3 · 警告：2');
  });

  it('groups findings by vendor, workbook-wide ones first, each with icon text, message and location', async () => {
    await validated(resultOf(SMALL_FINDINGS));
    const groups = await screen.findAllByTestId(/^vc-finding-group-/);
    expect(groups.map((g) => within(g).getByRole('heading').textContent)).toEqual([
      'Workbook Errors: 1 · Warnings: 0',
      'Aurora Errors: 2 · Warnings: 0',
      'Beacon Errors: 0 · Warnings: 2',
    ]);
    // A small result opens every group.
    // Accessible names: the icon's text alternative, the message, the location. The vendor is
    // named once, in the group's heading, not again in each row.
    expect(within(groups[1]!).getByRole('button', { name: 'Error Has not answered Q2. Questions!C5' })).toBeInTheDocument();
    expect(within(groups[1]!).getAllByTestId(testIds.findingRow).map((r) => r.textContent?.trim())).toEqual([
      'Has not answered Q2. Questions!C5',
      '(Tiered): tier fee is missing. Pricing!D9',
    ]);
    expect(within(groups[2]!).getAllByRole('img', { name: 'Warning' })).toHaveLength(2);
    expect(within(groups[0]!).getByRole('img', { name: 'Error' })).toBeInTheDocument();
  });

  it('filters errors and warnings, hides groups left empty, and keeps each group’s counts whole', async () => {
    const mixed = [...SMALL_FINDINGS, finding({ vendor: 'Aurora', severity: 'warning', sheet: 'Coverage', cell: 'D7', message: 'Aurora: coverage of “SLA” is still Unknown.' })];
    const { user } = await validated(resultOf(mixed));
    await user.click(await screen.findByRole('radio', { name: 'Errors (3)' }));
    expect(rows()).toHaveLength(3);
    expect(screen.queryAllByRole('img', { name: 'Warning' })).toHaveLength(0);
    expect(screen.queryByText('Beacon')).not.toBeInTheDocument();
    await user.click(screen.getByRole('radio', { name: 'Warnings (3)' }));
    expect(rowTexts()).toEqual([
      'Coverage of “SLA” is still Unknown. Coverage!D7',
      'Answer to Q1 commits to no time. Questions!D4',
      'Coverage of “FAQ” is still Unknown. Coverage!E7',
    ]);
    // Aurora's heading still counts its errors while only warnings are shown.
    const headings = screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent);
    expect(headings).toEqual(['Aurora Errors: 2 · Warnings: 1', 'Beacon Errors: 0 · Warnings: 2']);
    expect(screen.getByTestId(testIds.counts)).toHaveTextContent('Errors: 3 · Warnings: 3');
    await user.click(screen.getByRole('radio', { name: 'All (6)' }));
    expect(rows()).toHaveLength(6);
  });

  it('selects a finding’s cell on click', async () => {
    const { user, service } = await validated(resultOf(SMALL_FINDINGS));
    await user.click(await screen.findByRole('button', { name: /tier fee is missing/ }));
    expect(service.selections).toEqual([{ sheet: 'Pricing', address: 'D9' }]);
  });

  it('selects a finding’s cell with Enter and with Space', async () => {
    const { user, service } = await validated(resultOf(SMALL_FINDINGS));
    const row = await screen.findByRole('button', { name: /Coverage of “FAQ”/ });
    row.focus();
    await user.keyboard('{Enter}');
    await user.keyboard(' ');
    expect(service.selections).toEqual([
      { sheet: 'Coverage', address: 'E7' },
      { sheet: 'Coverage', address: 'E7' },
    ]);
  });

  // Tab itself is not simulated inside the accordion: tabster (which Fluent's Accordion turns on)
  // moves focus by layout, and jsdom has none. Native buttons are in the browser's tab order.
  it('renders each located finding as a native button in the tab order', async () => {
    await validated(resultOf(SMALL_FINDINGS));
    const row = await screen.findByRole('button', { name: /Has not answered Q2/ });
    expect(row.tagName).toBe('BUTTON');
    expect(row).toHaveAttribute('type', 'button');
    expect(row.tabIndex).toBe(0);
    expect(row).toBeEnabled();
  });

  it('does not offer to go to a finding that has no cell', async () => {
    const structure = finding({ rule: 'structure', sheet: '', cell: '', message: 'The block vc_Answers is missing.' });
    await validated(resultOf([structure, ...SMALL_FINDINGS]));
    const text = await screen.findByText('The block vc_Answers is missing.');
    expect(text.closest('button')).toBeNull();
  });

  it('marks every finding with a cell whatever the filter, says so, and clears the marks', async () => {
    const structure = finding({ rule: 'structure', sheet: '', cell: '', message: 'The block vc_Answers is missing.' });
    const { user, service } = await validated(resultOf([structure, ...SMALL_FINDINGS]));
    expect(await screen.findByTestId(testIds.markScope)).toHaveTextContent('Highlights the 5 cells with findings, whatever is shown.');
    await user.click(await screen.findByRole('radio', { name: 'Errors (4)' }));
    await user.click(screen.getByRole('button', { name: 'Mark gaps in the sheet' }));
    // Every finding that has a cell: the structural one has none to mark.
    expect(service.marked).toEqual([SMALL_FINDINGS]);
    expect(await screen.findByTestId(testIds.actionNotice)).toHaveTextContent('Marked 5 cells.');

    await user.click(screen.getByRole('button', { name: 'Clear marks' }));
    expect(service.clearCalls).toBe(1);
    expect(await screen.findByTestId(testIds.actionNotice)).toHaveTextContent('Marks cleared.');
  });

  it('marks every cell of a grouped finding, counts each once, and goes to its first cell on click', async () => {
    const grouped = finding({
      vendor: 'Beacon',
      sheet: 'Coverage',
      cell: 'E4',
      cells: ['E4', 'E5', 'E6'],
      severity: 'warning',
      rule: 'unknown-coverage',
      message: 'Beacon: coverage of “Ticket response”, “Online documentation”, “FAQ” in Basic support is still Unknown.',
    });
    // E5 is also another finding's cell: it is one cell to mark, not two.
    const single = finding({ vendor: 'Beacon', sheet: 'Coverage', cell: 'E5', severity: 'warning', rule: 'unknown-coverage', message: 'Other.' });
    const { user, service } = await validated(resultOf([grouped, single]));
    expect(await screen.findByTestId(testIds.markScope)).toHaveTextContent('Highlights the 3 cells with findings, whatever is shown.');
    await user.click(screen.getByRole('button', { name: 'Mark gaps in the sheet' }));
    expect(service.marked).toEqual([[grouped, single]]);
    expect(await screen.findByTestId(testIds.actionNotice)).toHaveTextContent('Marked 3 cells.');
    await user.click(await screen.findByRole('button', { name: /in Basic support is still Unknown/ }));
    expect(service.selections).toEqual([{ sheet: 'Coverage', address: 'E4' }]);
  });

  it('offers Clear marks before any validation, but not Mark', async () => {
    const service = new FakeWorkbookService(true);
    const { user } = await renderOnTab(service, 'validate');
    expect(screen.getByTestId(testIds.mark)).toBeDisabled();
    await user.click(screen.getByTestId(testIds.clearMarks));
    expect(service.clearCalls).toBe(1);
  });

  it('shows each failure in the one error bar', async () => {
    const { user, service } = await validated(resultOf(SMALL_FINDINGS));
    service.selectAnswer = new Error('sheet was deleted');
    await user.click(await screen.findByRole('button', { name: /tier fee is missing/ }));
    expect(await screen.findByTestId(testIds.error)).toHaveTextContent('Could not go to the cellSomething went wrong: sheet was deleted');

    service.markAnswer = new Error('protected');
    await user.click(screen.getByRole('button', { name: 'Mark gaps in the sheet' }));
    expect(await screen.findByText('Gaps not marked')).toBeInTheDocument();
    expect(screen.getAllByTestId(testIds.error)).toHaveLength(1);

    service.clearAnswer = new Error('protected');
    await user.click(screen.getByRole('button', { name: 'Clear marks' }));
    expect(await screen.findByText('Marks not cleared')).toBeInTheDocument();
    expect(screen.getAllByTestId(testIds.error)).toHaveLength(1);
  });

  it('drops the old result when validation fails', async () => {
    const { user, service } = await validated(resultOf(SMALL_FINDINGS));
    await screen.findByTestId(testIds.summary);
    service.validateAnswer = new Error('busy');
    await user.click(screen.getByTestId(testIds.validate));
    const error = await screen.findByTestId(testIds.error);
    expect(error).toHaveTextContent('Workbook not validated');
    expect(screen.queryByTestId(testIds.summary)).not.toBeInTheDocument();
    expect(rows()).toHaveLength(0);
  });

  it('shows a spinner while validating', async () => {
    const service = new FakeWorkbookService(true);
    const pending = deferred<ValidationResult>();
    service.validateAnswer = () => pending.promise;
    const { user } = await renderOnTab(service, 'validate');
    await user.click(screen.getByTestId(testIds.validate));
    expect(screen.getByTestId(testIds.validateBusy)).toHaveTextContent('Validating the workbook…');
    expect(screen.getByTestId(testIds.validate)).toHaveAttribute('aria-disabled', 'true');
    pending.resolve(resultOf(SMALL_FINDINGS));
    await screen.findByTestId(testIds.summary);
    expect(screen.queryByTestId(testIds.validateBusy)).not.toBeInTheDocument();
  });

  it('clears the previous result while validating again, so nothing stale sits under the spinner', async () => {
    const { user, service } = await validated(resultOf(SMALL_FINDINGS));
    await screen.findByTestId(testIds.summary);
    await user.click(screen.getByRole('button', { name: 'Mark gaps in the sheet' }));
    await screen.findByTestId(testIds.actionNotice);
    const pending = deferred<ValidationResult>();
    service.validateAnswer = () => pending.promise;
    await user.click(screen.getByTestId(testIds.validate));
    expect(screen.getByTestId(testIds.validateBusy)).toBeInTheDocument();
    expect(screen.queryByTestId(testIds.summary)).not.toBeInTheDocument();
    expect(screen.queryByTestId(testIds.actionNotice)).not.toBeInTheDocument();
    expect(rows()).toHaveLength(0);
    expect(screen.queryByRole('radio')).not.toBeInTheDocument();
    pending.resolve(resultOf([]));
    expect(await screen.findByTestId(testIds.summary)).toHaveTextContent('No errors: every vendor is complete.');
  });

  it('says clearly when the workbook is not a Vendor Compare workbook', async () => {
    const message = 'This is not a Vendor Compare workbook: it has none of the template’s defined names (vc_…).';
    const notTemplate = resultOf([finding({ rule: 'structure', sheet: '', cell: '', message })], { notTemplate: true });
    await validated(notTemplate);
    const bar = await screen.findByTestId(testIds.notTemplate);
    expect(bar).toHaveTextContent('No template hereThis workbook holds no Vendor Compare template. Insert one first.');
    expect(bar).not.toHaveTextContent('vc_');
    expect(screen.queryByRole('radio')).not.toBeInTheDocument();
    expect(screen.queryAllByTestId(/^vc-finding-group-/)).toHaveLength(0);
    expect(screen.queryByTestId(testIds.summary)).not.toBeInTheDocument();
    expect(screen.getByTestId(testIds.mark)).toBeDisabled();
  });

  it('says so when every vendor is complete', async () => {
    await validated(resultOf([]));
    expect(await screen.findByTestId(testIds.summary)).toHaveTextContent('No errors: every vendor is complete.');
    expect(screen.queryByRole('radio')).not.toBeInTheDocument();
  });
});

describe('Validate with 50 vendors', () => {
  const VENDORS = 50;
  const PER_VENDOR = 50;
  let findings: Finding[];
  beforeAll(() => {
    findings = manyFindings(VENDORS, PER_VENDOR);
  });

  it('renders 2,500 findings as collapsed groups, then a page of rows per opened group', async () => {
    expect(findings).toHaveLength(2500);
    const { user } = await validated(resultOf(findings));
    const groups = await screen.findAllByTestId(/^vc-finding-group-/);
    expect(groups).toHaveLength(VENDORS);
    expect(rows()).toHaveLength(0);

    await user.click(within(groups[0]!).getByRole('button', { name: /^Vendor 1\b/ }));
    expect(rows()).toHaveLength(ROWS_PER_PAGE);
    await user.click(within(groups[7]!).getByRole('button', { name: /^Vendor 8\b/ }));
    expect(rows()).toHaveLength(2 * ROWS_PER_PAGE);

    // "Show more" adds one page and moves focus to its first row.
    const more = screen.getByTestId(testIds.showMore(0));
    expect(more).toHaveTextContent(`Show ${ROWS_PER_PAGE} more of ${PER_VENDOR - ROWS_PER_PAGE}`);
    await user.click(more);
    expect(rows()).toHaveLength(3 * ROWS_PER_PAGE);
    expect(screen.getByRole('button', { name: new RegExp(`Has not answered Q${ROWS_PER_PAGE + 1}\\.`) })).toHaveFocus();
    const rest = screen.getByTestId(testIds.showMore(0));
    expect(rest).toHaveTextContent(`Show the last ${PER_VENDOR - 2 * ROWS_PER_PAGE}`);
    await user.click(rest);
    expect(within(groups[0]!).getAllByTestId(testIds.findingRow)).toHaveLength(PER_VENDOR);
    expect(screen.queryByTestId(testIds.showMore(0))).not.toBeInTheDocument();
  });

  it('marks every finding of the large result, not only the rendered or filtered rows', async () => {
    const { user, service } = await validated(resultOf(findings));
    await user.click(await screen.findByRole('radio', { name: 'Warnings (500)' }));
    expect(rows()).toHaveLength(0);
    await user.click(screen.getByRole('button', { name: 'Mark gaps in the sheet' }));
    expect(service.marked[0]).toHaveLength(2500);
  });

  it('moves between group headings with the arrow keys, Home and End', async () => {
    const { user } = await validated(resultOf(findings));
    const groups = await screen.findAllByTestId(/^vc-finding-group-/);
    const header = (i: number) => within(groups[i]!).getByRole('button', { name: new RegExp(`^Vendor ${i + 1}\\b`) });
    header(0).focus();
    await user.keyboard('{ArrowDown}');
    expect(header(1)).toHaveFocus();
    await user.keyboard('{ArrowDown}{ArrowDown}{ArrowUp}');
    expect(header(2)).toHaveFocus();
    await user.keyboard('{End}');
    expect(header(VENDORS - 1)).toHaveFocus();
    await user.keyboard('{ArrowDown}');
    expect(header(VENDORS - 1)).toHaveFocus();
    await user.keyboard('{Home}');
    expect(header(0)).toHaveFocus();
  });
});
