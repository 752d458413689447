/**
 * Cells grouped into rectangles, so that many single-cell writes become a few 2-D ones, and
 * the areas of a changed-range address, to test whether a change touches a block.
 */
import { parseCell } from '../../core/plan/a1';
import type { Rect } from '../../core/plan/types';

export interface GridCell<T> {
  row: number;
  col: number;
  value: T;
}

export interface RectBlock<T> {
  rect: Rect;
  /** rect.rows x rect.cols, row by row. */
  values: T[][];
}

/**
 * Runs of consecutive rows in each column, then runs with the same rows in adjacent columns
 * merged side by side. Every cell ends up in exactly one rectangle; no rectangle holds a cell
 * that was not given. A cell given twice keeps its last value.
 */
export function groupIntoRects<T>(cells: readonly GridCell<T>[]): RectBlock<T>[] {
  const byCol = new Map<number, Map<number, T>>();
  for (const cell of cells) {
    const column = byCol.get(cell.col) ?? new Map<number, T>();
    column.set(cell.row, cell.value);
    byCol.set(cell.col, column);
  }
  const runs: RectBlock<T>[] = [];
  for (const col of [...byCol.keys()].sort((a, b) => a - b)) {
    const column = byCol.get(col)!;
    const rows = [...column.keys()].sort((a, b) => a - b);
    let start = 0;
    for (let i = 1; i <= rows.length; i++) {
      if (i < rows.length && rows[i] === rows[i - 1]! + 1) continue;
      const first = rows[start]!;
      const span = rows.slice(start, i);
      runs.push({ rect: { row: first, col, rows: span.length, cols: 1 }, values: span.map((r) => [column.get(r)!]) });
      start = i;
    }
  }
  const merged: RectBlock<T>[] = [];
  for (const run of runs) {
    const left = merged.find(
      (m) => m.rect.row === run.rect.row && m.rect.rows === run.rect.rows && m.rect.col + m.rect.cols === run.rect.col,
    );
    if (!left) {
      merged.push(run);
      continue;
    }
    left.rect = { ...left.rect, cols: left.rect.cols + 1 };
    left.values.forEach((row, r) => row.push(run.values[r]![0]!));
  }
  return merged;
}

const MAX_ROW = 1_048_576;
const MAX_COL = 16_384;

/** One area of an address: "D4", "D4:F9", whole columns "D:F" or whole rows "4:6". */
function parseArea(area: string): Rect | null {
  const text = area.replace(/\$/g, '').trim();
  const cols = /^([A-Za-z]{1,3}):([A-Za-z]{1,3})$/.exec(text);
  if (cols) {
    const a = parseCell(`${cols[1]}1`).col;
    const b = parseCell(`${cols[2]}1`).col;
    return { row: 0, col: Math.min(a, b), rows: MAX_ROW, cols: Math.abs(a - b) + 1 };
  }
  const rows = /^(\d+):(\d+)$/.exec(text);
  if (rows) {
    const a = Number(rows[1]) - 1;
    const b = Number(rows[2]) - 1;
    return { row: Math.min(a, b), col: 0, rows: Math.abs(a - b) + 1, cols: MAX_COL };
  }
  const cells = /^([A-Za-z]{1,3}\d+)(?::([A-Za-z]{1,3}\d+))?$/.exec(text);
  if (!cells) return null;
  const start = parseCell(cells[1]!);
  const end = cells[2] ? parseCell(cells[2]) : start;
  return {
    row: Math.min(start.row, end.row),
    col: Math.min(start.col, end.col),
    rows: Math.abs(end.row - start.row) + 1,
    cols: Math.abs(end.col - start.col) + 1,
  };
}

/** The parts of an address between commas, minding commas inside a quoted sheet name. */
function splitAreas(address: string): string[] {
  const parts: string[] = [];
  let quoted = false;
  let start = 0;
  for (let i = 0; i < address.length; i++) {
    // A doubled quote inside a quoted name toggles twice: still quoted.
    if (address[i] === "'") quoted = !quoted;
    else if (address[i] === ',' && !quoted) {
      parts.push(address.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(address.slice(start));
  return parts;
}

/** The areas of an address such as "D4:F4", "A1,Pricing!C3:D5" or a RangeAreas address
 * ("'a, b'!A1, 'a, b'!C3"); any sheet prefix is ignored, unreadable areas are left out. */
export function addressAreas(address: string): Rect[] {
  return splitAreas(address)
    .map((area) => parseArea(area.slice(area.lastIndexOf('!') + 1)))
    .filter((r): r is Rect => r !== null);
}

export function rectsIntersect(a: Rect, b: Rect): boolean {
  return a.row < b.row + b.rows && b.row < a.row + a.rows && a.col < b.col + b.cols && b.col < a.col + a.cols;
}
