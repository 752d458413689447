import { columnIndex, columnLetters } from '../plan/a1';
import { quotedEnd } from './formulaText';

/**
 * What Excel does to a formula when rows or columns are inserted or deleted: every reference to a
 * row (column) at or past the point on that sheet moves, a range spanning an insertion grows, a
 * range losing some of its rows shrinks, and a reference whose every cell was deleted becomes
 * #REF!. The writers need it where no Excel runs (ExcelJS, the test double) to change a
 * workbook in place (an upgrade, a vendor added or removed).
 */

/** `count` rows inserted before the 0-based row `at` of `sheet`. */
export interface RowInsertion {
  sheet: string;
  at: number;
  count: number;
}

/** Rows or columns of `sheet` from the 0-based `at`: `count` > 0 inserts that many before it,
 * `count` < 0 deletes -count of them. */
export interface SheetEdit {
  sheet: string;
  axis: 'rows' | 'cols';
  at: number;
  count: number;
}

/** The 0-based span first..last after the edit, or null when all of it was deleted. */
export function moveSpan(first: number, last: number, at: number, count: number): [number, number] | null {
  if (count >= 0) return [first >= at ? first + count : first, last >= at ? last + count : last];
  const end = at - count;
  const f = first < at ? first : first >= end ? first + count : at;
  const l = last >= end ? last + count : last < at ? last : at - 1;
  return l < f ? null : [f, l];
}

/** A rectangle after the edit (on its sheet), or null when all of it was deleted. */
export function moveRect<T extends { row: number; col: number; rows: number; cols: number }>(rect: T, edit: Omit<SheetEdit, 'sheet'>): T | null {
  const rows = edit.axis === 'rows';
  const first = rows ? rect.row : rect.col;
  const span = moveSpan(first, first + (rows ? rect.rows : rect.cols) - 1, edit.at, edit.count);
  if (!span) return null;
  return rows ? { ...rect, row: span[0], rows: span[1] - span[0] + 1 } : { ...rect, col: span[0], cols: span[1] - span[0] + 1 };
}

const sameSheet = (a: string, b: string) => a.toLocaleLowerCase() === b.toLocaleLowerCase();

/** A cell reference such as D7, $D$7 or D$7, not part of a longer name or a function call. */
const CELL = /^(\$?[A-Za-z]{1,3})(\$?)(\d+)/;
/** Whole rows such as 5:5 or $5:$7. */
const ROWS = /^(\$?)(\d+):(\$?)(\d+)(?![\p{L}\p{N}_.(])/u;
/** Whole columns such as D:D or $B:$C. */
const COLS = /^(\$?)([A-Za-z]{1,3}):(\$?)([A-Za-z]{1,3})(?![\p{L}\p{N}_.(!])/u;
const NAME_CHAR = /[\p{L}\p{N}_.\\?]/u;

/**
 * `formula` (with or without "=") as it reads after the row insertion, for a formula that lives
 * on sheet `formulaSheet`. Text in quotes is left alone.
 */
export function shiftFormulaRows(formula: string, insertion: RowInsertion, formulaSheet: string): string {
  return shiftFormula(formula, { ...insertion, axis: 'rows' }, formulaSheet);
}

/** `formula` as it reads after the edit, for a formula on sheet `formulaSheet`. */
export function shiftFormula(formula: string, edit: SheetEdit, formulaSheet: string): string {
  const rowsAxis = edit.axis === 'rows';
  let out = '';
  let i = 0;
  // After "[1]" (another workbook) the reference is not to this workbook's sheet.
  let external = false;
  /** The reference's two ends (1-based rows, column letters) moved, or null when deleted. */
  const span = (a: number, b: number) => moveSpan(a, b, edit.at, edit.count);
  while (i < formula.length) {
    const ch = formula[i]!;
    if (ch === '"') {
      const end = quotedEnd(formula, i);
      out += formula.slice(i, end);
      i = end;
      continue;
    }
    if (ch === '[') {
      // A structured reference (Table1[@Col5]) or another workbook ([1]Sheet!A1): not cells here.
      external = !NAME_CHAR.test(formula[i - 1] ?? ' ') && formula[i - 1] !== ']';
      const end = bracketEnd(formula, i);
      out += formula.slice(i, end);
      i = end;
      continue;
    }
    // A sheet prefix: 'Quoted name'! or Plain!
    let sheet = formulaSheet;
    let prefix = '';
    if (ch === "'") {
      const end = quotedEnd(formula, i);
      if (formula[end] === '!') {
        sheet = formula.slice(i + 1, end - 1).replace(/''/g, "'");
        prefix = formula.slice(i, end + 1);
      } else {
        out += formula.slice(i, end);
        i = end;
        continue;
      }
    } else if (NAME_CHAR.test(ch) && !NAME_CHAR.test(formula[i - 1] ?? ' ')) {
      const word = /^[\p{L}\p{N}_.]+!/u.exec(formula.slice(i));
      if (word) {
        sheet = word[0].slice(0, -1);
        prefix = word[0];
      }
    }
    const start = i + prefix.length;
    const boundaryOk = prefix !== '' || (!NAME_CHAR.test(formula[i - 1] ?? ' ') && formula[i - 1] !== ':');
    const moves = !external && sameSheet(sheet, edit.sheet);
    if (prefix !== '') external = false;
    // Whole rows (5:7) or whole columns (B:D): they move only along their own axis.
    const whole = boundaryOk ? (rowsAxis ? ROWS : COLS).exec(formula.slice(start)) : null;
    const other = boundaryOk && !whole ? (rowsAxis ? COLS : ROWS).exec(formula.slice(start)) : null;
    if (whole || other) {
      const m = (whole ?? other)!;
      const index = (text: string) => (rowsAxis ? Number(text) - 1 : columnIndex(text));
      const render = (n: number) => (rowsAxis ? String(n + 1) : columnLetters(n));
      const moved = whole && moves ? span(index(m[2]!), index(m[4]!)) : null;
      if (whole && moves && !moved) out += `${prefix}#REF!`;
      else out += moved ? `${prefix}${m[1]}${render(moved[0])}:${m[3]}${render(moved[1])}` : `${prefix}${m[0]}`;
      i = start + m[0].length;
      continue;
    }
    const first = boundaryOk ? CELL.exec(formula.slice(start)) : null;
    if (!first) {
      out += prefix || ch;
      i += prefix.length || 1;
      continue;
    }
    const end = start + first[0].length;
    const second = formula[end] === ':' ? CELL.exec(formula.slice(end + 1)) : null;
    const refEnd = second ? end + 1 + second[0].length : end;
    // Part of a longer word (a name such as LOG10 or vc_A1x) or a function call: not a reference.
    if (NAME_CHAR.test(formula[refEnd] ?? ' ') || formula[refEnd] === '(') {
      out += formula.slice(i, refEnd);
      i = refEnd;
      continue;
    }
    i = refEnd;
    if (!moves) {
      out += formula.slice(start - prefix.length, refEnd);
      continue;
    }
    const at = (m: RegExpExecArray) => (rowsAxis ? Number(m[3]) - 1 : columnIndex(m[1]!.replace('$', '')));
    const moved = span(at(first), at(second ?? first));
    if (!moved) {
      // As Excel spells it: the sheet stays, the cells are gone (=Data!#REF!*2).
      out += `${prefix}#REF!`;
      continue;
    }
    const render = (m: RegExpExecArray, n: number) => {
      const dollar = m[1]!.startsWith('$') ? '$' : '';
      return rowsAxis ? `${m[1]}${m[2]}${n + 1}` : `${dollar}${columnLetters(n)}${m[2]}${m[3]}`;
    };
    out += prefix + render(first, moved[0]) + (second ? `:${render(second, moved[1])}` : '');
  }
  return out;
}

/** The 0-based rectangle of a range after the insertion (rows only). */
export function shiftRect<T extends { row: number; rows: number }>(rect: T, at: number, count: number): T {
  const last = rect.row + rect.rows - 1;
  const row = rect.row >= at ? rect.row + count : rect.row;
  const newLast = last >= at ? last + count : last;
  return { ...rect, row, rows: newLast - row + 1 };
}

/** Just past the "]" closing the bracket at `start`, nested brackets included. */
function bracketEnd(text: string, start: number): number {
  let depth = 0;
  for (let i = start; i < text.length; i++) {
    if (text[i] === '[') depth++;
    else if (text[i] === ']' && --depth === 0) return i + 1;
  }
  return text.length;
}
