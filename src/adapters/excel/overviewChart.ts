/**
 * The Overview's chart of yearly cost per vendor (issue 3): a line chart of vc_YearCost on
 * Pricing, one series per vendor, years 1..term on the X axis, placed right of the ranking
 * table. Charts are ExcelApi 1.1, so no requirement check is needed.
 *
 * The chart covers the contract years at insertion (later years are 0 by design, which would
 * read as a cost drop). Series names are the vendor names at insertion: the API sets a series
 * name as text, not as a reference, so renaming a vendor later leaves its legend entry as it was.
 */
import { messages } from '../../core/i18n/messages';
import { cellAddress } from '../../core/plan/a1';
import type { CellContent, Plan, Rect, SheetPlan } from '../../core/plan/types';

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
