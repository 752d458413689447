/**
 * Heights for rows whose wrapped text (question texts, labels, answers) would not fit one line,
 * so that a file opened anywhere shows it whole: LibreOffice and some Excel hosts do not re-fit
 * rows of a file that stores no height. An estimate in the default font (Calibri 11): a column
 * holds its width in characters of average Latin text, a CJK character takes two.
 */
import type { CellBlock, FormatSpec, StyleKey } from '../plan/types';

/** Excel's default row in points, for one line of Calibri 11. */
export const LINE_POINTS = 15;
/** Excel's default column width, in characters. */
const DEFAULT_WIDTH = 8.43;
/** Excel's highest row. */
const MAX_ROW_POINTS = 409;
const WRAPPED: ReadonlySet<StyleKey> = new Set(['label', 'input', 'header']);

function textUnits(text: string): number {
  let units = 0;
  for (const ch of text) units += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(ch) ? 2 : 1;
  return units;
}

/** Lines a text takes in a column `width` characters wide (words are not split, roughly). */
export function linesFor(text: string, width: number): number {
  return text.split('\n').reduce((n, paragraph) => n + Math.max(1, Math.ceil(textUnits(paragraph) / Math.max(1, width - 1))), 0);
}

/** Rows that need more than one line, with their height in points. */
export function rowHeights(blocks: readonly CellBlock[], formats: readonly FormatSpec[], widths: ReadonlyMap<number, number>): { row: number; height: number }[] {
  const wraps = (row: number, col: number) =>
    formats.some((f) => f.style !== undefined && WRAPPED.has(f.style) && row >= f.range.row && row < f.range.row + f.range.rows && col >= f.range.col && col < f.range.col + f.range.cols);
  const lines = new Map<number, number>();
  for (const block of blocks) {
    block.cells.forEach((cells, r) =>
      cells.forEach((cell, c) => {
        const row = block.row + r;
        const col = block.col + c;
        if (typeof cell !== 'string' || !wraps(row, col)) return;
        const n = linesFor(cell, widths.get(col) ?? DEFAULT_WIDTH);
        if (n > (lines.get(row) ?? 1)) lines.set(row, n);
      }),
    );
  }
  return [...lines].sort(([a], [b]) => a - b).map(([row, n]) => ({ row, height: Math.min(MAX_ROW_POINTS, n * LINE_POINTS) }));
}
