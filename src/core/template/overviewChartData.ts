/**
 * The data the Overview's yearly-cost chart draws (issue 9), as live cells on the Overview: a
 * title naming the comparison currency, a header row of vendor names read live from Pricing, and
 * one row per contract year 1-10 with each vendor's cost that year, or #N/A beyond the term.
 *
 * Why a block of its own rather than charting vc_YearCost directly: a chart's series name can
 * only follow a cell, and vc_YearCost has none above it that the chart could take as a header;
 * and vc_YearCost shows "" beyond the term, which Excel plots as 0 in a line chart (a fake cost
 * drop), while #N/A is not plotted. So a chart made from this whole block follows a renamed
 * vendor, a changed term and the chosen currency with nothing to redo, in both writers.
 * Plain IF/INDEX: no array entry, works in Excel 2016, LibreOffice and HyperFormula.
 */
import { formulaText } from '../formulas/formulaText';
import { format } from '../i18n/messages';
import { MAX_TERM_YEARS, MONEY_FORMAT } from '../options';
import type { Plan, Rect } from '../plan/types';
import { addName, vendorNameByIndex, type PlanContext } from './context';
import type { SheetBuilder } from './sheetBuilder';

/** Rows left empty under the block for the chart to sit on, and the columns it spans. */
export const CHART_ROWS = 16;
export const CHART_COLS = 8;

/** Plans the block from `startRow` and leaves room for the chart under it; returns the next free row. */
export function planChartData(ctx: PlanContext, b: SheetBuilder, startRow: number): number {
  const t = ctx.t.overview.chart;
  const count = ctx.vendorNames.length;
  let row = startRow;
  const title = `${ctx.t.ranking.chartTitle} (`;
  const titleCell = b.putRow(row++, 0, [{ formula: `${formulaText(title)}&vc_Currency&")"`, result: `${title}${ctx.options.currency})` }]);
  b.format({ ...titleCell, cols: count + 1 }, 'section');
  addName(ctx, 'vc_ChartTitle', 'overview', titleCell, 'Title of the yearly-cost chart (names the currency)');
  b.putRow(row++, 0, [t.note], 'note');
  const header = b.putRow(row++, 0, [t.year, ...ctx.vendorNames.map((_, i) => vendorNameByIndex(ctx, i))], 'header');
  const years = Array.from({ length: MAX_TERM_YEARS }, (_, k) => k + 1);
  // Year labels are text, so Excel takes the first column as categories, not as a series.
  b.put(row, 0, years.map((y) => [format(t.yearLabel, { y })]), 'label');
  if (count > 0) {
    const cells = years.map((y) => ctx.vendorNames.map((_, i) => ({ formula: `IF(${y}>vc_Term,NA(),INDEX(vc_YearCost,${y},${i + 1}))` })));
    b.put(row, 1, cells, 'computed', MONEY_FORMAT);
  }
  addName(ctx, 'vc_ChartData', 'overview', { ...header, rows: MAX_TERM_YEARS + 1 }, 'Data of the yearly-cost chart: vendor names, then cost per year (#N/A beyond the term)');
  row += MAX_TERM_YEARS;
  return row + 1 + CHART_ROWS;
}

/** Where the chart sits, 0-based cells: from the row under the data block, CHART_ROWS tall. */
export function chartAnchor(data: Rect): { from: { row: number; col: number }; to: { row: number; col: number } } {
  const top = data.row + data.rows + 1;
  return { from: { row: top, col: 0 }, to: { row: top + CHART_ROWS - 1, col: CHART_COLS - 1 } };
}

/** What either writer needs to draw the chart: null when the plan has no vendor. */
export interface OverviewChart {
  sheet: string;
  /** The title cell, and the block: header row + years, label column + one column per vendor. */
  title: Rect;
  data: Rect;
}

export function overviewChartOf(plan: Plan): OverviewChart | null {
  const overview = plan.sheets.find((s) => s.key === 'overview');
  const name = (n: string) => plan.names.find((x) => x.name === n)?.range;
  const title = name('vc_ChartTitle');
  const data = name('vc_ChartData');
  if (!overview || !title || !data || data.cols < 2) return null;
  return { sheet: overview.name, title, data };
}
