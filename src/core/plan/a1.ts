import type { Rect } from './types';

/** 0-based column index to letters: 0 -> A, 25 -> Z, 26 -> AA. */
export function columnLetters(col: number): string {
  let n = col + 1;
  let letters = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/** Letters to a 0-based column index: A -> 0, AA -> 26. */
export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

export function cellAddress(row: number, col: number, absolute = false): string {
  const d = absolute ? '$' : '';
  return `${d}${columnLetters(col)}${d}${row + 1}`;
}

export function rectAddress(rect: Rect, absolute = false): string {
  const start = cellAddress(rect.row, rect.col, absolute);
  if (rect.rows === 1 && rect.cols === 1) return start;
  return `${start}:${cellAddress(rect.row + rect.rows - 1, rect.col + rect.cols - 1, absolute)}`;
}

/** A sheet name as it must appear in a formula: always quoted, inner quotes doubled. */
export function quoteSheet(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

export function sheetRef(sheetName: string, rect: Rect, absolute = true): string {
  return `${quoteSheet(sheetName)}!${rectAddress(rect, absolute)}`;
}

/** Parse "B3" or "$B$3" into 0-based row/col. */
export function parseCell(address: string): { row: number; col: number } {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(address.trim());
  if (!m) throw new Error(`not a cell address: ${address}`);
  return { row: Number(m[2]) - 1, col: columnIndex(m[1]!) };
}

/** Parse "B3:D9" (or a single cell) into a Rect. */
export function parseRange(address: string): Rect {
  const [a, b] = address.split(':');
  const start = parseCell(a!);
  const end = b ? parseCell(b) : start;
  return {
    row: Math.min(start.row, end.row),
    col: Math.min(start.col, end.col),
    rows: Math.abs(end.row - start.row) + 1,
    cols: Math.abs(end.col - start.col) + 1,
  };
}
