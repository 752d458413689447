import { quotedEnd } from './formulaText';

/**
 * What Excel does to a formula when rows are inserted: every reference to a row at or below the
 * insertion point on that sheet moves down, and a range spanning the point grows. The writers
 * need it where no Excel runs (ExcelJS, the test double) to upgrade a workbook in place.
 */

/** `count` rows inserted before the 0-based row `at` of `sheet`. */
export interface RowInsertion {
  sheet: string;
  at: number;
  count: number;
}

const sameSheet = (a: string, b: string) => a.toLocaleLowerCase() === b.toLocaleLowerCase();

/** A cell reference such as D7, $D$7 or D$7, not part of a longer name or a function call. */
const CELL = /^(\$?[A-Za-z]{1,3})(\$?)(\d+)/;
/** Whole rows such as 5:5 or $5:$7. */
const ROWS = /^(\$?)(\d+):(\$?)(\d+)(?![\p{L}\p{N}_.(])/u;
const NAME_CHAR = /[\p{L}\p{N}_.\\?]/u;

/**
 * `formula` (with or without "=") as it reads after the insertion, for a formula that lives on
 * sheet `formulaSheet`. Text in quotes is left alone.
 */
export function shiftFormulaRows(formula: string, insertion: RowInsertion, formulaSheet: string): string {
  let out = '';
  let i = 0;
  // After "[1]" (another workbook) the reference is not to this workbook's sheet.
  let external = false;
  const shiftRow = (row: number) => (row - 1 >= insertion.at ? row + insertion.count : row);
  while (i < formula.length) {
    const ch = formula[i]!;
    if (ch === '"') {
      const end = quotedEnd(formula, i);
      out += formula.slice(i, end);
      i = end;
      continue;
    }
    if (ch === '[') {
      // A structured reference (Table1[@Col5]) or another workbook ([1]Sheet!A1): not rows here.
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
    const moves = !external && sameSheet(sheet, insertion.sheet);
    if (prefix !== '') external = false;
    const rows = boundaryOk ? ROWS.exec(formula.slice(start)) : null;
    if (rows) {
      const row = (dollar: string, n: string) => `${dollar}${moves ? shiftRow(Number(n)) : n}`;
      out += `${prefix}${row(rows[1]!, rows[2]!)}:${row(rows[3]!, rows[4]!)}`;
      i = start + rows[0].length;
      continue;
    }
    const first = boundaryOk ? CELL.exec(formula.slice(start)) : null;
    if (!first) {
      out += prefix || ch;
      i += prefix.length || 1;
      continue;
    }
    let end = start + first[0].length;
    const second = formula[end] === ':' ? CELL.exec(formula.slice(end + 1)) : null;
    const refEnd = second ? end + 1 + second[0].length : end;
    // Part of a longer word (a name such as LOG10 or vc_A1x) or a function call: not a reference.
    if (NAME_CHAR.test(formula[refEnd] ?? ' ') || formula[refEnd] === '(') {
      out += formula.slice(i, refEnd);
      i = refEnd;
      continue;
    }
    const render = (m: RegExpExecArray) => `${m[1]}${m[2]}${moves ? shiftRow(Number(m[3])) : m[3]}`;
    out += prefix + render(first) + (second ? `:${render(second)}` : '');
    end = refEnd;
    i = end;
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
