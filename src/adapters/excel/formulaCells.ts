/**
 * Which cells of a block hold real formulas. A leading "=" does not tell: text written with
 * Excel's quote prefix (a vendor called '=HYPERLINK("x")) reads back as "=..." through
 * Range.values, formulas and text (office-js issue 6687). Hosts with ExcelApi 1.9 list the
 * formula cells with Range.getSpecialCellsOrNullObject("Formulas") (learn.microsoft.com:
 * "Find special cells within a range"), queued in the same request as the values, so no sync is
 * added. Older hosts (the manifest asks for 1.8) compare with the shown value: such text shows
 * the same "=..." as its formula reads, a real formula shows its result. There, only a formula
 * whose result is its own text would pass for text.
 */
import type { Rect } from '../../core/plan/types';
import type { RangeAreasLike, RangeLike } from './excelTypes';
import { addressAreas } from './rects';
import { supportsExcelApi } from './requirements';

/** Range.getSpecialCellsOrNullObject and RangeAreas.address: ExcelApi 1.9. */
export const SPECIAL_CELLS_API = '1.9';

/** The formula cells (ExcelApi 1.9), or 'values': the range's loaded values decide. */
export type FormulaEvidence = RangeAreasLike | 'values';

/** How this host tells formulas apart; decided once per read. */
export function canListFormulaCells(): boolean {
  return supportsExcelApi(SPECIAL_CELLS_API);
}

/** Queue what formulaTexts needs besides the range's `formulas`; with 'values', the caller
 * loads the range's `values` too. */
export function queueFormulaEvidence(range: RangeLike, listFormulaCells: boolean): FormulaEvidence {
  return listFormulaCells ? range.getSpecialCellsOrNullObject('Formulas').load({ address: true }) : 'values';
}

/** rect.rows x rect.cols flags, true where an area of `address` covers the cell. */
function coveredCells(address: string, rect: Rect): boolean[][] {
  const grid = Array.from({ length: rect.rows }, () => new Array<boolean>(rect.cols).fill(false));
  for (const area of addressAreas(address)) {
    // Clipped to the block: cells outside it are none of its business.
    const top = Math.max(area.row, rect.row);
    const bottom = Math.min(area.row + area.rows, rect.row + rect.rows);
    const left = Math.max(area.col, rect.col);
    const right = Math.min(area.col + area.cols, rect.col + rect.cols);
    for (let r = top; r < bottom; r++) for (let c = left; c < right; c++) grid[r - rect.row]![c - rect.col] = true;
  }
  return grid;
}

/** The formula text of each cell of a synced range at `rect` ("=..."), null for a constant or
 * an empty cell. */
export function formulaTexts(range: Pick<RangeLike, 'formulas' | 'values'>, rect: Rect, evidence: FormulaEvidence): (string | null)[][] {
  const formulas = range.formulas as unknown[][];
  if (evidence !== 'values') {
    const isFormula = evidence.isNullObject ? null : coveredCells(evidence.address, rect);
    return formulas.map((row, r) => row.map((f, c) => (isFormula?.[r]?.[c] ? String(f) : null)));
  }
  const values = range.values as unknown[][];
  return formulas.map((row, r) =>
    row.map((f, c) => (typeof f === 'string' && f.startsWith('=') && f !== values[r]?.[c] ? f : null)),
  );
}
