/** The chart's data block computes what the chart must draw: costs within the term, #N/A beyond. */
import { loadPlan } from '../../../test/support/hyperformula';
import { namedCell } from '../../../test/support/namedCells';
import { DEFAULT_OPTIONS, type TemplateOptions } from '../options';
import { chartAnchor, CHART_ROWS, overviewChartOf } from './overviewChartData';
import { planTemplate } from './planTemplate';

/**
 * Two years, demand y1 120 dev hours, y2 50 ops hours, y3 10 dev hours, nothing else.
 * Aurora (all-inclusive): 1000/yr + 10/h beyond 100 h: y1 1000 + 10 x 20 = 1200, y2 1000, y3 1000.
 * Beacon (pay-as-you-go): 500/yr + 20/h: y1 500 + 2400 = 2900, y2 500 + 1000 = 1500, y3 500 + 200 = 700.
 */
const OPTIONS: TemplateOptions = {
  ...DEFAULT_OPTIONS,
  currency: 'EUR',
  termYears: 2,
  demand: [
    { devHours: 120, opsHours: 0, incidents: 0, onsiteDays: 0 },
    { devHours: 0, opsHours: 50, incidents: 0, onsiteDays: 0 },
    { devHours: 10, opsHours: 0, incidents: 0, onsiteDays: 0 },
  ],
  vendors: [
    { name: 'Aurora', model: 'all-inclusive', platformFee: 1000, includedHours: 100, overageRate: 10 },
    { name: 'Beacon', model: 'pay-as-you-go', platformFee: 500, hourlyRate: 20 },
  ],
};

function chartData() {
  const plan = planTemplate(OPTIONS);
  const wb = loadPlan(plan);
  const isNa = (v: unknown) => typeof v === 'object' && v !== null && (v as { type?: string }).type === 'NA';
  /** The block as shown, #N/A as 'NA'. */
  const shown = () => wb.named('vc_ChartData').map((row) => row.map((v) => (isNa(v) ? 'NA' : v)));
  const set = (name: string, value: string | number, row = 0, col = 0) => {
    const at = namedCell(plan, name, row, col);
    wb.set(at.sheet, at.address, value);
  };
  return { plan, wb, shown, set };
}

const naFrom = (year: number) => Array.from({ length: 10 - year + 1 }, (_, k) => [`Year ${year + k}`, 'NA', 'NA']);

it('shows each vendor’s cost in the years of the term and #N/A (not plotted) beyond it', () => {
  expect(chartData().shown()).toEqual([['Year', 'Aurora', 'Beacon'], ['Year 1', 1200, 2900], ['Year 2', 1000, 1500], ...naFrom(3)]);
});

it('follows a longer term, a renamed vendor and the currency', () => {
  const { wb, plan, shown, set } = chartData();
  set('vc_Term', 3);
  set('vc_VendorNames', 'Aurora Cloud', 0, 0);
  set('vc_Currency', 'CNY');
  expect(shown()).toEqual([['Year', 'Aurora Cloud', 'Beacon'], ['Year 1', 1200, 2900], ['Year 2', 1000, 1500], ['Year 3', 1000, 700], ...naFrom(4)]);
  const title = namedCell(plan, 'vc_ChartTitle');
  expect(wb.value(title.sheet, title.address)).toBe('Total cost per contract year (CNY)');
});

it('a shorter term leaves only year 1', () => {
  const { shown, set } = chartData();
  set('vc_Term', 1);
  expect(shown()).toEqual([['Year', 'Aurora', 'Beacon'], ['Year 1', 1200, 2900], ...naFrom(2)]);
});

it('sits under the sign-off block with room for the chart before the next section, clear of a ranking up to 13 columns wide', () => {
  const plan = planTemplate(OPTIONS);
  const chart = overviewChartOf(plan)!;
  const status = plan.names.find((n) => n.name === 'vc_DecisionStatus')!.range;
  expect(chart.title.row).toBeGreaterThan(status.row);
  expect(chart.data).toMatchObject({ col: 0, rows: 11, cols: 3 });
  const anchor = chartAnchor(chart.data);
  expect(anchor.from.row).toBeGreaterThan(chart.data.row + chart.data.rows - 1);
  expect(anchor.to.row - anchor.from.row + 1).toBe(CHART_ROWS);
  expect(anchor.to.col).toBeLessThan(13);
  // Nothing planned in the chart's rows: it would hide under the chart.
  const overview = plan.sheets.find((s) => s.key === 'overview')!;
  const inChartRows = overview.blocks.filter((b) => b.row + b.cells.length - 1 >= anchor.from.row && b.row <= anchor.to.row);
  expect(inChartRows).toEqual([]);
  expect(overviewChartOf(planTemplate({ ...OPTIONS, vendors: [] }))).toBeNull();
});
