/** The Overview's ranking table reads the named blocks, so it survives edits elsewhere and its own sorting. */
import { loadPlan } from '../../../test/support/hyperformula';
import { DEFAULT_OPTIONS, type TemplateOptions } from '../options';
import { planTemplate } from './planTemplate';
import { pricingComputedRows } from './layout';

/**
 * Two years, demand y1 120 dev hours, y2 50 ops hours, no incidents, no on-site days.
 * Aurora (all-inclusive): 1000/yr + 10/h beyond 100 h: y1 1000 + 10 x 20 = 1200, y2 1000; TCO 2200.
 * Beacon (pay-as-you-go): 500/yr + 20/h: y1 500 + 2400 = 2900, y2 500 + 1000 = 1500; TCO 4400.
 */
const OPTIONS: TemplateOptions = {
  ...DEFAULT_OPTIONS,
  termYears: 2,
  demand: [
    { devHours: 120, opsHours: 0, incidents: 0, onsiteDays: 0 },
    { devHours: 0, opsHours: 50, incidents: 0, onsiteDays: 0 },
  ],
  vendors: [
    { name: 'Aurora', model: 'all-inclusive', platformFee: 1000, includedHours: 100, overageRate: 10 },
    { name: 'Beacon', model: 'pay-as-you-go', platformFee: 500, hourlyRate: 20 },
  ],
};

function overview() {
  const plan = planTemplate(OPTIONS);
  const wb = loadPlan(plan);
  const ranking = plan.names.find((n) => n.name === 'vc_Ranking')!.range;
  const sheet = (key: string) => wb.hf.getSheetId(plan.sheets.find((s) => s.key === key)!.name)!;
  /** Vendor, model and TCO of each row of the ranking table, as shown now. */
  const table = () =>
    [0, 1].map((r) => [0, 1, 2].map((c) => wb.hf.getCellValue({ sheet: sheet('overview'), row: ranking.row + r, col: c })));
  return { plan, wb, ranking, sheet, table };
}

it('shows each vendor’s TCO', () => {
  expect(overview().table()).toEqual([
    ['Aurora', 'All-inclusive', 2200],
    ['Beacon', 'Pay-as-you-go', 4400],
  ]);
});

it('still shows the right TCO after a row is inserted above Pricing’s computed rows', () => {
  const { plan, wb, sheet, table } = overview();
  wb.hf.addRows(sheet('pricing'), [pricingComputedRows().sectionRow, 1]);
  expect(table()).toEqual([
    ['Aurora', 'All-inclusive', 2200],
    ['Beacon', 'Pay-as-you-go', 4400],
  ]);
  // And it stays live: Aurora's platform fee (its row did not move) 1000 -> 2000 gives 2200 + 2 x 1000 = 4200.
  const fee = plan.names.find((n) => n.name === 'vc_PlatformFee')!.range;
  wb.hf.setCellContents({ sheet: sheet('pricing'), row: fee.row, col: fee.col }, 2000);
  expect(table()[0]).toEqual(['Aurora', 'All-inclusive', 4200]);
});

it('keeps each row’s vendor when the rows are sorted (rows moved by copy and paste, relative references shifting)', () => {
  const { wb, ranking, sheet, table } = overview();
  const row = (r: number) => ({ start: { sheet: sheet('overview'), row: r, col: 0 }, end: { sheet: sheet('overview'), row: r, col: 8 } });
  const to = (r: number) => ({ sheet: sheet('overview'), row: r, col: 0 });
  // Most expensive first: Beacon's row to the top, Aurora's below it (through a spare row).
  const spare = ranking.row + 100;
  wb.hf.copy(row(ranking.row));
  wb.hf.paste(to(spare));
  wb.hf.copy(row(ranking.row + 1));
  wb.hf.paste(to(ranking.row));
  wb.hf.copy(row(spare));
  wb.hf.paste(to(ranking.row + 1));
  expect(table()).toEqual([
    ['Beacon', 'Pay-as-you-go', 4400],
    ['Aurora', 'All-inclusive', 2200],
  ]);
});
