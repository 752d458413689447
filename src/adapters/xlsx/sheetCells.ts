/**
 * Reads the cells of a worksheet part (ECMA-376 Part 1, 18.3.1) with a SAX parser, keeping only
 * those inside the wanted rectangles: validating a file needs a few hundred cells, not the
 * thousands ExcelJS builds objects for. Shared-formula masters are kept wherever they are, since
 * a wanted cell may share the formula of one outside.
 */
import { columnIndex, parseRange } from '../../core/plan/a1';
import type { Rect } from '../../core/plan/types';
import { parseXml } from './parseXml';

/** One <c> element as written: its type attribute, style index and the texts of its children. */
export interface RawCell {
  row: number;
  col: number;
  /** The t attribute: s, str, inlineStr, b, e, d, n or absent. */
  type: string | undefined;
  style: number;
  /** The <v> text. */
  value: string | undefined;
  /** The <is> text (an inline string), phonetic runs left out. */
  inline: string | undefined;
  /** The <f> text, and its t / si attributes when it is shared or an array formula. */
  formula: string | undefined;
  formulaType: string | undefined;
  sharedIndex: string | undefined;
}

export interface SheetCells {
  /** Wanted cells by `row,col` (0-based). */
  cells: Map<string, RawCell>;
  merges: Rect[];
  /** Shared-formula masters by si: their formula and position. */
  sharedMasters: Map<string, { formula: string; row: number; col: number }>;
}

export const cellKey = (row: number, col: number) => `${row},${col}`;

/** "B12" -> 0-based row and column; null when it is not a cell reference. */
function cellPosition(ref: string): { row: number; col: number } | null {
  const m = /^([A-Za-z]{1,3})(\d+)$/.exec(ref);
  return m ? { row: Number(m[2]) - 1, col: columnIndex(m[1]!) } : null;
}

const within = (rects: readonly Rect[], row: number, col: number) =>
  rects.some((r) => row >= r.row && row < r.row + r.rows && col >= r.col && col < r.col + r.cols);

export function readSheetCells(xml: string, part: string, wanted: readonly Rect[]): SheetCells {
  const result: SheetCells = {
    cells: new Map(),
    merges: [],
    sharedMasters: new Map(),
  };
  // Rows and cells may omit their r attribute (18.3.1.73, 18.3.1.4): then they follow the previous one.
  let row = -1;
  let col = -1;
  let cell: RawCell | null = null;
  /** Which child's text is being read: v, f or t (inside <is>, outside <rPh>). */
  let reading: 'v' | 'f' | 't' | null = null;
  let inPhonetic = false;
  let inInline = false;
  const open = (name: string, attributes: Record<string, string>) => {
    switch (name) {
      case 'row': {
        const r = Number.parseInt(attributes.r ?? '', 10);
        row = Number.isFinite(r) ? r - 1 : row + 1;
        col = -1;
        return;
      }
      case 'c': {
        const at = attributes.r === undefined ? null : cellPosition(attributes.r);
        if (at) ({ row, col } = at);
        else col++;
        const style = Number.parseInt(attributes.s ?? '0', 10);
        cell = {
          row,
          col,
          type: attributes.t,
          style: Number.isFinite(style) ? style : 0,
          value: undefined,
          inline: undefined,
          formula: undefined,
          formulaType: undefined,
          sharedIndex: undefined,
        };
        return;
      }
      case 'f':
        if (!cell) return;
        cell.formulaType = attributes.t;
        cell.sharedIndex = attributes.si;
        reading = 'f';
        return;
      case 'v':
        if (cell) reading = 'v';
        return;
      case 'is':
        inInline = true;
        return;
      case 'rPh':
        inPhonetic = true;
        return;
      case 't':
        if (cell && inInline && !inPhonetic) reading = 't';
        return;
      case 'mergeCell':
        if (attributes.ref) {
          const rect = safeRange(attributes.ref);
          if (rect) result.merges.push(rect);
        }
        return;
    }
  };
  const text = (text: string) => {
    if (!cell || reading === null) return;
    if (reading === 'v') cell.value = (cell.value ?? '') + text;
    else if (reading === 'f') cell.formula = (cell.formula ?? '') + text;
    else cell.inline = (cell.inline ?? '') + text;
  };
  const close = (name: string) => {
    if (name === 'c' && cell) {
      const c = cell;
      cell = null;
      if (c.formulaType === 'shared' && c.sharedIndex !== undefined && c.formula) {
        result.sharedMasters.set(c.sharedIndex, {
          formula: c.formula,
          row: c.row,
          col: c.col,
        });
      }
      if (within(wanted, c.row, c.col)) result.cells.set(cellKey(c.row, c.col), c);
    } else if (name === 'rPh') inPhonetic = false;
    else if (name === 'is') inInline = false;
    if (name === 'v' || name === 'f' || name === 't') reading = null;
  };
  parseXml(xml, part, { open, text, close });
  return result;
}

function safeRange(ref: string): Rect | null {
  try {
    return parseRange(ref.replace(/\$/g, ''));
  } catch {
    // A merge Excel would not write: not a merge of any wanted cell.
    return null;
  }
}
