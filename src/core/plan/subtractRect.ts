import type { Rect } from './types';

/** The cells of `rect` outside `hole`, as at most four rectangles (above, below, left, right). */
export function subtractRect(rect: Rect, hole: Rect): Rect[] {
  const top = Math.max(rect.row, hole.row);
  const bottom = Math.min(rect.row + rect.rows, hole.row + hole.rows);
  const left = Math.max(rect.col, hole.col);
  const right = Math.min(rect.col + rect.cols, hole.col + hole.cols);
  if (top >= bottom || left >= right) return [rect];
  const parts: Rect[] = [
    { row: rect.row, col: rect.col, rows: top - rect.row, cols: rect.cols },
    { row: bottom, col: rect.col, rows: rect.row + rect.rows - bottom, cols: rect.cols },
    { row: top, col: rect.col, rows: bottom - top, cols: left - rect.col },
    { row: top, col: right, rows: bottom - top, cols: rect.col + rect.cols - right },
  ];
  return parts.filter((p) => p.rows > 0 && p.cols > 0);
}
