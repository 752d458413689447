/** Where a line, rectangle or cell of the edited sheet goes when rows or columns are inserted or deleted. */
import { moveRect, moveSpan, type SheetEdit } from '../../src/core/formulas/shiftRefs';
import { cellAddress, parseCell } from '../../src/core/plan/a1';
import type { Rect } from '../../src/core/plan/types';
import { MAX_COLUMNS, MAX_ROWS } from './rules';

/** Rows or columns from 0-based `at`: count > 0 inserts before it, count < 0 deletes -count. */
export type Edit = Omit<SheetEdit, 'sheet'>;

/** A line index after the edit, or null when it was deleted. */
export function movedIndex(i: number, edit: Edit): number | null {
  return moveSpan(i, i, edit.at, edit.count)?.[0] ?? null;
}

/** A rectangle after the edit, kept on the sheet (a whole column stays a whole column); null when deleted. */
export function movedRect(rect: Rect, edit: Edit): Rect | null {
  const moved = moveRect(rect, edit);
  if (!moved) return null;
  return { ...moved, rows: Math.min(moved.rows, MAX_ROWS - moved.row), cols: Math.min(moved.cols, MAX_COLUMNS - moved.col) };
}

/** A cell address after the edit, or null when the cell was deleted. */
export function movedCell(address: string, edit: Edit): string | null {
  const { row, col } = parseCell(address);
  const line = movedIndex(edit.axis === 'rows' ? row : col, edit);
  if (line === null) return null;
  return edit.axis === 'rows' ? cellAddress(line, col) : cellAddress(row, line);
}
