/**
 * A tokenizer for Excel formulas as the planner writes them (no leading "="): strings with
 * doubled quotes, sheet-qualified references (quoted names with doubled quotes, Chinese names
 * included), A1 cells and ranges, whole columns and rows, defined names, functions (with an
 * optional _xlfn. prefix), operators, error literals and array constants. Tests only: it exists
 * so the Excel 2016 walk reads formulas the way Excel does rather than with regular expressions.
 */

export class FormulaSyntaxError extends Error {
  constructor(
    readonly formula: string,
    readonly position: number,
    detail: string,
  ) {
    super(`${detail} at character ${position + 1} of =${formula}`);
    this.name = 'FormulaSyntaxError';
  }
}

/** One end of an A1 reference; null row or col for a whole column (A:A) or row (1:1). */
export interface RefEnd {
  row: number | null;
  col: number | null;
  rowAbsolute: boolean;
  colAbsolute: boolean;
}

export type Token =
  | { kind: 'number'; text: string; pos: number }
  | { kind: 'string'; value: string; text: string; pos: number }
  | { kind: 'bool'; text: string; pos: number }
  | { kind: 'error'; text: string; pos: number }
  | { kind: 'ref'; sheet: string | null; start: RefEnd; end: RefEnd | null; text: string; pos: number }
  | { kind: 'name'; sheet: string | null; name: string; text: string; pos: number }
  /** A function name; the "(" that follows is part of the token. */
  | { kind: 'func'; name: string; prefixed: boolean; text: string; pos: number }
  | { kind: 'op'; text: string; pos: number }
  | { kind: 'open' | 'close' | 'comma'; text: string; pos: number }
  | { kind: 'array'; rows: number; cols: number; text: string; pos: number };

// Sticky: each matches exactly at lastIndex, so the tokenizer never copies the rest of the formula.
const CELL = /(\$?)([A-Za-z]{1,3})(\$?)(\d+)/y;
const COLUMN = /(\$?)([A-Za-z]{1,3})(?![\w(.])/y;
const ROW = /(\$?)(\d+)/y;
const IDENT = /[A-Za-z_\\\p{L}][\w.\p{L}\p{N}]*/uy;
const NAME_CHAR = /[\w.(\p{L}]/uy;
const NUMBER = /(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?/y;
const ERRORS = ['#NULL!', '#DIV/0!', '#VALUE!', '#REF!', '#NAME?', '#NUM!', '#N/A', '#GETTING_DATA'];
const OPERATORS = ['<>', '<=', '>=', '+', '-', '*', '/', '^', '&', '=', '<', '>', '%'];
/** Excel's last column is XFD: letters beyond it make a name such as vc_X, never a cell. */
const MAX_COL = 16383;

function matchAt(re: RegExp, text: string, pos: number): RegExpExecArray | null {
  re.lastIndex = pos;
  return re.exec(text);
}

function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** A cell reference at `pos`, not followed by more name characters. */
function cellAt(text: string, pos: number): { end: RefEnd; length: number } | null {
  const m = matchAt(CELL, text, pos);
  if (!m || matchAt(NAME_CHAR, text, pos + m[0].length)) return null;
  const col = columnNumber(m[2]!);
  if (col > MAX_COL) return null;
  return { end: { row: Number(m[4]) - 1, col, rowAbsolute: m[3] === '$', colAbsolute: m[1] === '$' }, length: m[0].length };
}

/** A1, A1:B3, A:C or 1:3 at `pos`. */
function referenceAt(text: string, pos: number): { start: RefEnd; end: RefEnd | null; length: number } | null {
  const first = cellAt(text, pos);
  if (first) {
    if (text[pos + first.length] !== ':') return { start: first.end, end: null, length: first.length };
    const second = cellAt(text, pos + first.length + 1);
    if (!second) return null;
    return { start: first.end, end: second.end, length: first.length + 1 + second.length };
  }
  const whole = (re: RegExp, kind: 'col' | 'row') => {
    const a = matchAt(re, text, pos);
    if (!a || text[pos + a[0].length] !== ':') return null;
    const b = matchAt(re, text, pos + a[0].length + 1);
    if (!b) return null;
    const end = (m: RegExpExecArray): RefEnd =>
      kind === 'col'
        ? { row: null, col: columnNumber(m[2]!), rowAbsolute: false, colAbsolute: m[1] === '$' }
        : { row: Number(m[2]) - 1, col: null, rowAbsolute: m[1] === '$', colAbsolute: false };
    return { start: end(a), end: end(b), length: a[0].length + 1 + b[0].length };
  };
  return whole(COLUMN, 'col') ?? whole(ROW, 'row');
}

/** Index just past the closing quote of a string or quoted sheet name starting at `start`. */
function quotedEnd(text: string, start: number, quote: string): number {
  let i = start + 1;
  while (i < text.length) {
    if (text[i] === quote) {
      if (text[i + 1] === quote) i += 2;
      else return i + 1;
    } else i++;
  }
  return -1;
}

/** An array constant {1,2;3,4}: constants only, every row the same length. */
function arrayAt(formula: string, pos: number): Token {
  let i = pos + 1;
  let rows = 1;
  let cols = 1;
  let colsInRow = 1;
  while (i < formula.length && formula[i] !== '}') {
    const ch = formula[i]!;
    if (ch === '"') {
      const end = quotedEnd(formula, i, '"');
      if (end < 0) throw new FormulaSyntaxError(formula, i, 'unterminated string in an array constant');
      i = end;
    } else if (ch === ',') {
      colsInRow++;
      i++;
    } else if (ch === ';') {
      if (rows === 1) cols = colsInRow;
      else if (colsInRow !== cols) throw new FormulaSyntaxError(formula, i, 'ragged array constant');
      rows++;
      colsInRow = 1;
      i++;
    } else if (/[\w.+\-#/!?]/.test(ch)) i++;
    else throw new FormulaSyntaxError(formula, i, `unexpected "${ch}" in an array constant`);
  }
  if (formula[i] !== '}') throw new FormulaSyntaxError(formula, pos, 'unterminated array constant');
  if (rows === 1) cols = colsInRow;
  else if (colsInRow !== cols) throw new FormulaSyntaxError(formula, i, 'ragged array constant');
  return { kind: 'array', rows, cols, text: formula.slice(pos, i + 1), pos };
}

export function tokenize(formula: string): Token[] {
  const tokens: Token[] = [];
  const startsWith = (prefix: string, at: number) => formula.startsWith(prefix, at);
  let i = 0;
  while (i < formula.length) {
    const ch = formula[i]!;
    const pos = i;
    if (/\s/.test(ch)) {
      i++;
      continue;
    }
    if (ch === '"') {
      const end = quotedEnd(formula, i, '"');
      if (end < 0) throw new FormulaSyntaxError(formula, i, 'unterminated string');
      const text = formula.slice(i, end);
      tokens.push({ kind: 'string', value: text.slice(1, -1).replace(/""/g, '"'), text, pos });
      i = end;
      continue;
    }
    // A sheet prefix: 'quoted name'! or Name!, then a reference or a sheet-scoped name.
    let sheet: string | null = null;
    let prefix = 0;
    const ident = matchAt(IDENT, formula, i);
    if (ch === "'") {
      const end = quotedEnd(formula, i, "'");
      if (end < 0 || formula[end] !== '!') throw new FormulaSyntaxError(formula, i, 'a quoted sheet name must be closed and followed by "!"');
      sheet = formula.slice(i + 1, end - 1).replace(/''/g, "'");
      prefix = end + 1 - i;
    } else if (ident && formula[i + ident[0].length] === '!') {
      sheet = ident[0];
      prefix = ident[0].length + 1;
    } else if (ident && formula[i + ident[0].length] === '(') {
      const prefixed = /^_xl(?:fn|ws)\./i.test(ident[0]);
      const name = ident[0].replace(/^(?:_xlfn\.|_xlws\.)+/i, '').toUpperCase();
      tokens.push({ kind: 'func', name, prefixed, text: formula.slice(i, i + ident[0].length + 1), pos });
      i += ident[0].length + 1;
      continue;
    }
    const ref = referenceAt(formula, i + prefix);
    if (ref) {
      const length = prefix + ref.length;
      tokens.push({ kind: 'ref', sheet, start: ref.start, end: ref.end, text: formula.slice(i, i + length), pos });
      i += length;
      continue;
    }
    const name = matchAt(IDENT, formula, i + prefix);
    if (name) {
      const length = prefix + name[0].length;
      const text = formula.slice(i, i + length);
      if (sheet === null && /^(TRUE|FALSE)$/i.test(name[0])) tokens.push({ kind: 'bool', text, pos });
      else tokens.push({ kind: 'name', sheet, name: name[0], text, pos });
      i += length;
      continue;
    }
    if (sheet !== null) throw new FormulaSyntaxError(formula, i, `nothing after the sheet prefix ${sheet}!`);
    const number = matchAt(NUMBER, formula, i);
    if (number) {
      tokens.push({ kind: 'number', text: number[0], pos });
      i += number[0].length;
      continue;
    }
    const error = ch === '#' ? ERRORS.find((e) => formula.slice(i, i + e.length).toUpperCase() === e) : undefined;
    if (error) {
      tokens.push({ kind: 'error', text: formula.slice(i, i + error.length), pos });
      i += error.length;
      continue;
    }
    if (ch === '{') {
      const array = arrayAt(formula, i);
      tokens.push(array);
      i += array.text.length;
      continue;
    }
    const op = OPERATORS.find((o) => startsWith(o, i));
    if (op) {
      tokens.push({ kind: 'op', text: op, pos });
      i += op.length;
      continue;
    }
    const punctuation = ({ '(': 'open', ')': 'close', ',': 'comma' } as const)[ch as '(' | ')' | ','];
    if (punctuation) {
      tokens.push({ kind: punctuation, text: ch, pos });
      i++;
      continue;
    }
    throw new FormulaSyntaxError(formula, i, `unexpected "${ch}"`);
  }
  return tokens;
}
