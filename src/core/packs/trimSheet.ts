/**
 * Cuts a planned sheet down to what a response pack keeps: every cell, format, rule, row height
 * and hidden row or column inside the cut rectangles goes, and so does any formula (in a cell or
 * a conditional format) that reads a sheet or a name the pack does not have, so a formula
 * engine never meets #REF!.
 */
import type { CellContent, Rect, SheetPlan } from '../plan/types';
import { subtractRect } from '../plan/subtractRect';

export interface Cut {
  /** Rectangles removed from the sheet. */
  rects: Rect[];
  /** Sheets and names the pack does not have. */
  sheets: readonly string[];
  names: readonly string[];
}

/** More rows and columns than a sheet has: a cut this wide or tall takes whole rows or columns. */
export const WHOLE = 1 << 20;

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Whether a formula reads a sheet or a name that is gone. */
export function readsDropped(formula: string, cut: Pick<Cut, 'sheets' | 'names'>): boolean {
  const sheet = cut.sheets.some((name) => new RegExp(`(^|[^\\w.])('${escape(name.replace(/'/g, "''"))}'|${escape(name)})!`, 'i').test(formula));
  return sheet || cut.names.some((name) => new RegExp(`(^|[^\\w.])${escape(name)}(?![\\w.(])`, 'i').test(formula));
}

export function overlaps(a: Rect, b: Rect): boolean {
  return a.row < b.row + b.rows && b.row < a.row + a.rows && a.col < b.col + b.cols && b.col < a.col + a.cols;
}

const inside = (row: number, col: number, rects: Rect[]) => rects.some((r) => overlaps(r, { row, col, rows: 1, cols: 1 }));

export function trimSheet(sheet: SheetPlan, cut: Cut): SheetPlan {
  const keep = (content: CellContent, row: number, col: number): CellContent => {
    if (inside(row, col, cut.rects)) return null;
    if (content !== null && typeof content === 'object' && readsDropped(content.formula, cut)) return null;
    return content;
  };
  const blocks = sheet.blocks
    .map((block) => ({ ...block, cells: block.cells.map((cells, r) => cells.map((content, c) => keep(content, block.row + r, block.col + c))) }))
    .filter((block) => block.cells.some((cells) => cells.some((content) => content !== null)));
  const formats = sheet.formats.flatMap((format) =>
    cut.rects.reduce((parts, hole) => parts.flatMap((part) => subtractRect(part, hole)), [format.range]).map((range) => ({ ...format, range })),
  );
  const clear = (range: Rect) => !cut.rects.some((hole) => overlaps(range, hole));
  // A row (column) goes, height and all, when a cut spans every column (row) of it.
  const rowCut = (row: number) => cut.rects.some((h) => h.col === 0 && h.cols >= WHOLE && row >= h.row && row < h.row + h.rows);
  const colCut = (col: number) => cut.rects.some((h) => h.row === 0 && h.rows >= WHOLE && col >= h.col && col < h.col + h.cols);
  return {
    ...sheet,
    blocks,
    formats,
    validations: sheet.validations.filter((rule) => clear(rule.range)),
    conditionalFormats: sheet.conditionalFormats.filter((rule) => clear(rule.range) && !readsDropped(rule.formula, cut)),
    rowHeights: sheet.rowHeights.filter(({ row }) => !rowCut(row)),
    columnWidths: sheet.columnWidths.filter(({ col }) => !colCut(col)),
    hidden: { rows: sheet.hidden.rows.filter((row) => !rowCut(row)), cols: sheet.hidden.cols.filter((col) => !colCut(col)) },
  };
}
