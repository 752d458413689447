/**
 * The Overview's chart of yearly cost per vendor (issue 3): a line chart of vc_YearCost on
 * Pricing, one series per vendor, years 1..term on the X axis, placed right of the ranking
 * table. Charts are ExcelApi 1.1, so no requirement check is needed.
 *
 * The chart covers the contract years at insertion (later years are 0 by design, which would
 * read as a cost drop). Series names are the vendor names at insertion, so renaming a vendor
 * later leaves its legend entry as it was.
 */
import { messages } from '../../core/i18n/messages';
import { cellAddress } from '../../core/plan/a1';
import type { CellContent, Plan, Rect, SheetPlan } from '../../core/plan/types';
import { needsQuotePrefix } from './excelText';

export interface ChartSpec {
  sheet: string;
  sourceSheet: string;
  /** Years (rows) x vendors (columns) on `sourceSheet`. */
  source: Rect;
  seriesNames: string[];
  title: string;
  topLeft: string;
  bottomRight: string;
}

/** The chart's size in cells. */
const CHART_COLS = 8;
const CHART_ROWS = 18;
/** Above vc_Ranking: its section title, note and header rows. */
const RANKING_HEAD_ROWS = 3;

function cellOfPlan(sheet: SheetPlan, row: number, col: number): CellContent {
  for (const b of sheet.blocks) {
    const cell = b.cells[row - b.row]?.[col - b.col];
    if (cell !== undefined) return cell;
  }
  return null;
}

function text(cell: CellContent, fallback: string): string {
  if (cell === null) return fallback;
  if (typeof cell === 'object') return cell.result === undefined ? fallback : String(cell.result);
  return String(cell);
}

/** Null when the plan has no vendor or lacks a block the chart needs. */
export function overviewChartSpec(plan: Plan, termYears: number): ChartSpec | null {
  const sheet = (key: SheetPlan['key']) => plan.sheets.find((s) => s.key === key);
  const name = (n: string) => plan.names.find((x) => x.name === n);
  const overview = sheet('overview');
  const pricing = sheet('pricing');
  const yearCost = name('vc_YearCost');
  const vendors = name('vc_VendorNames');
  const ranking = name('vc_Ranking');
  if (!overview || !pricing || !yearCost || !vendors || !ranking || yearCost.range.cols === 0) return null;
  const top = Math.max(0, ranking.range.row - RANKING_HEAD_ROWS);
  const left = ranking.range.col + ranking.range.cols + 1;
  return {
    sheet: overview.name,
    sourceSheet: pricing.name,
    source: { ...yearCost.range, rows: Math.max(1, Math.min(termYears, yearCost.range.rows)) },
    seriesNames: Array.from({ length: yearCost.range.cols }, (_, i) =>
      text(cellOfPlan(pricing, vendors.range.row, vendors.range.col + i), `#${i + 1}`),
    ),
    title: messages(plan.language).template.ranking.chartTitle,
    topLeft: cellAddress(top, left),
    bottomRight: cellAddress(top + CHART_ROWS - 1, left + CHART_COLS - 1),
  };
}

/** Excel's limit on a series name (ExcelApi ChartSeries.name). */
const MAX_SERIES_NAME = 255;
const ZERO_WIDTH_SPACE = '\u200B';

/**
 * A vendor name as set on ChartSeries.name. Excel may read a name such as "=X" as a reference
 * (as a series name typed in Excel is), which would fail the whole insert; the API documents no
 * quote prefix for series names, so a name Excel might not keep as text starts with an invisible
 * zero-width space instead. Cut to Excel's length limit.
 */
export function seriesNameText(name: string): string {
  const text = needsQuotePrefix(name) ? `${ZERO_WIDTH_SPACE}${name}` : name;
  if (text.length <= MAX_SERIES_NAME) return text;
  // Never keep half of a surrogate pair (an emoji or a rare CJK character) at the cut.
  const cut = text.slice(0, MAX_SERIES_NAME);
  return /[\uD800-\uDBFF]$/.test(cut) ? cut.slice(0, -1) : cut;
}
