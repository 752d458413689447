/**
 * Does Excel 2016 compute this formula as we mean it? A static check of one formula: the
 * functions it calls (an explicit allow-list), Excel's limits, and the array constructs that a
 * legacy Excel evaluates differently unless the formula is array-entered (Ctrl+Shift+Enter).
 * HyperFormula with array arithmetic and LibreOffice both hide those, so only a reading of the
 * formula itself catches them. See DESIGN.md, "The workbook stands on its own".
 */
import { parseFormula, type FormulaNode } from './parse';
import { FormulaSyntaxError } from './tokenize';

/** Every function the product writes, all in Excel 2010 (and 2016, LibreOffice, HyperFormula).
 * Kept exact on purpose: a new function in a formula is a decision, made here. */
export const ALLOWED_FUNCTIONS: ReadonlySet<string> = new Set([
  'AND', 'CHOOSE', 'COUNT', 'FALSE', 'HYPERLINK', 'IF', 'IFERROR', 'INDEX', 'INT', 'ISNUMBER', 'LEFT', 'LEN', 'MATCH', 'MAX',
  'MID', 'MIN', 'N', 'NA', 'NOT', 'NPV', 'OR', 'ROUND', 'ROWS', 'SUM', 'SUMPRODUCT', 'TRIM', 'TRUE',
  // The Decision sheet: the median of the complete vendors' TCO; the inputs checksum's texts.
  'MEDIAN', 'ISTEXT',
]);

/** Dynamic-array and lambda functions: absent from Excel 2016/2019. */
export const DYNAMIC_ARRAY_FUNCTIONS: ReadonlySet<string> = new Set([
  'FILTER', 'SORT', 'SORTBY', 'UNIQUE', 'XLOOKUP', 'XMATCH', 'LET', 'LAMBDA', 'SEQUENCE', 'RANDARRAY',
  'MAP', 'REDUCE', 'SCAN', 'BYROW', 'BYCOL', 'MAKEARRAY', 'VSTACK', 'HSTACK',
]);

/** Recomputed on every change anywhere in the workbook, and some not even stable. */
export const VOLATILE_FUNCTIONS: ReadonlySet<string> = new Set(['OFFSET', 'INDIRECT', 'TODAY', 'NOW', 'RAND', 'RANDBETWEEN', 'CELL', 'INFO']);

export const MAX_FORMULA_LENGTH = 8192;
export const MAX_NESTING = 64;
/** Excel rejects a text constant over 255 characters inside a formula (an inline dropdown list too). */
export const MAX_STRING_LITERAL = 255;

export type RuleId =
  | 'syntax'
  | 'function-not-allowed'
  | 'dynamic-array-function'
  | 'volatile-function'
  | 'too-long'
  | 'too-deep'
  | 'string-too-long'
  | 'unknown-name'
  | 'unknown-sheet'
  | 'name-not-a-reference'
  | 'transpose-in-array-function'
  | 'if-over-range-in-array-function'
  | 'range-arithmetic-outside-sumproduct'
  | 'range-in-value-argument'
  | 'range-result';

export type SiteKind = 'cell' | 'conditional format' | 'data validation' | 'defined name';

/** Where a formula sits; `cell` is an A1 address, a range (for a rule) or a name. */
export interface FormulaSite {
  sheet: string;
  cell: string;
  kind: SiteKind;
  formula: string;
}

export interface Violation extends FormulaSite {
  rule: RuleId;
  message: string;
}

/** What the check knows of the workbook: defined names (upper case) and their cell counts. */
export interface WorkbookShape {
  names: ReadonlyMap<string, number>;
  sheets: ReadonlySet<string>;
}

type Param = 'value' | 'range';

interface Signature {
  params: readonly Param[];
  /** The kind of every argument past `params`. */
  rest?: Param;
  /** 'lift': one value, or an array when a 'value' argument is given a range. */
  returns: 'scalar' | 'lift' | 'array';
  /** Excel evaluates the argument expressions as arrays without array entry. */
  arrayArguments?: true;
}

const AGGREGATE: Signature = { params: [], rest: 'range', returns: 'scalar' };
const ELEMENTWISE: Signature = { params: [], rest: 'value', returns: 'lift' };

/** How Excel treats each argument. A function missing here is judged by the allow-list alone. */
const SIGNATURES: Record<string, Signature> = {
  SUMPRODUCT: { ...AGGREGATE, arrayArguments: true },
  MMULT: { params: ['range', 'range'], returns: 'array', arrayArguments: true },
  TRANSPOSE: { params: ['range'], returns: 'array' },
  SUM: AGGREGATE, MEDIAN: AGGREGATE, MIN: AGGREGATE, MAX: AGGREGATE, AVERAGE: AGGREGATE, COUNT: AGGREGATE, COUNTA: AGGREGATE,
  AND: AGGREGATE, OR: AGGREGATE, ROWS: AGGREGATE, COLUMNS: AGGREGATE,
  NPV: { params: ['value'], rest: 'range', returns: 'scalar' },
  IF: ELEMENTWISE, IFERROR: ELEMENTWISE, ISNUMBER: ELEMENTWISE, LEFT: ELEMENTWISE, LEN: ELEMENTWISE,
  TRIM: ELEMENTWISE, ROUND: ELEMENTWISE, N: ELEMENTWISE, NOT: ELEMENTWISE, ABS: ELEMENTWISE,
  INT: ELEMENTWISE, CHOOSE: ELEMENTWISE, MID: ELEMENTWISE, ISTEXT: ELEMENTWISE,
  // With a row and a column number INDEX gives one cell; MATCH one position.
  INDEX: { params: ['range', 'value', 'value'], returns: 'scalar' },
  MATCH: { params: ['value', 'range', 'value'], returns: 'scalar' },
  HYPERLINK: { params: ['value', 'value'], returns: 'scalar' },
  NA: { params: [], returns: 'scalar' },
  TRUE: { params: [], returns: 'scalar' },
  FALSE: { params: [], returns: 'scalar' },
};

/** Legacy Excel does not array-evaluate these inside SUMPRODUCT without Ctrl+Shift+Enter. */
const IF_FAMILY: ReadonlySet<string> = new Set(['IF', 'IFERROR']);

const COMPARISONS: ReadonlySet<string> = new Set(['=', '<>', '<', '<=', '>', '>=']);

type Shape = 'scalar' | 'range' | 'array';

interface Result {
  shape: Shape;
  /** A violation was already reported inside: parents do not report the same array again. */
  reported: boolean;
}

function refCells(node: Extract<FormulaNode, { kind: 'ref' }>): number {
  const { start, end } = node;
  if (!end) return 1;
  if (start.row === null || end.row === null || start.col === null || end.col === null) return Infinity;
  return (Math.abs(end.row - start.row) + 1) * (Math.abs(end.col - start.col) + 1);
}

// The same formula text recurs across plans (scenarios leave Pricing alone): parse it once.
const parsed = new Map<string, FormulaNode | FormulaSyntaxError>();

function parseOnce(formula: string): FormulaNode {
  let result = parsed.get(formula);
  if (result === undefined) {
    try {
      result = parseFormula(formula);
    } catch (error) {
      if (!(error instanceof FormulaSyntaxError)) throw error;
      result = error;
    }
    if (parsed.size > 50_000) parsed.clear();
    parsed.set(formula, result);
  }
  if (result instanceof FormulaSyntaxError) throw result;
  return result;
}

function excerpt(formula: string): string {
  return formula.length > 160 ? `${formula.slice(0, 157)}...` : formula;
}

/** Checks one formula. `site.formula` has no leading "=". */
export function checkFormula(site: FormulaSite, workbook: WorkbookShape): Violation[] {
  const out: Violation[] = [];
  const report = (rule: RuleId, detail: string) =>
    out.push({ ...site, rule, message: `${site.sheet}!${site.cell} (${site.kind}) breaks ${rule}: ${detail}. Formula: =${excerpt(site.formula)}` });

  const length = site.formula.length + 1;
  if (length > MAX_FORMULA_LENGTH) report('too-long', `${length} characters, Excel allows ${MAX_FORMULA_LENGTH}`);
  let root: FormulaNode;
  try {
    root = parseOnce(site.formula);
  } catch (error) {
    // A formula the walk cannot read is a finding of its own, never a skipped formula.
    if (!(error instanceof FormulaSyntaxError)) throw error;
    report('syntax', error.message);
    return out;
  }
  if (site.kind === 'defined name') {
    if (root.kind !== 'ref' || root.sheet === null) report('name-not-a-reference', 'a defined name must be one sheet-qualified reference');
  }
  // The array rules apply to cell formulas: Excel evaluates conditional-format and validation
  // formulas as arrays already.
  const arrayRules = site.kind === 'cell';
  let deepest = 0;

  const checkSheet = (sheet: string | null) => {
    if (sheet !== null && !workbook.sheets.has(sheet)) report('unknown-sheet', `no sheet named ${sheet}`);
  };

  /** `arrayFunction`: the enclosing SUMPRODUCT or MMULT whose arguments Excel evaluates as arrays. */
  const visit = (node: FormulaNode, arrayFunction: string | null, depth: number): Result => {
    switch (node.kind) {
      case 'number':
      case 'bool':
      case 'error':
      case 'missing':
        return { shape: 'scalar', reported: false };
      case 'string':
        if (node.value.length > MAX_STRING_LITERAL) report('string-too-long', `a text constant of ${node.value.length} characters, Excel allows ${MAX_STRING_LITERAL}`);
        return { shape: 'scalar', reported: false };
      case 'ref':
        checkSheet(node.sheet);
        return { shape: refCells(node) > 1 ? 'range' : 'scalar', reported: false };
      case 'name': {
        checkSheet(node.sheet);
        const cells = workbook.names.get(node.name.toUpperCase());
        if (cells === undefined) {
          report('unknown-name', `${node.name} is not a defined name of the workbook`);
          return { shape: 'scalar', reported: true };
        }
        return { shape: cells > 1 ? 'range' : 'scalar', reported: false };
      }
      case 'array':
        return { shape: node.rows * node.cols > 1 ? 'array' : 'scalar', reported: false };
      case 'paren':
        return visit(node.inner, arrayFunction, depth);
      case 'unary':
      case 'percent':
        return operation([visit(node.operand, arrayFunction, depth)], node.kind === 'unary' ? `a sign on a range` : 'a % on a range', arrayFunction);
      case 'binary': {
        const parts = [visit(node.left, arrayFunction, depth), visit(node.right, arrayFunction, depth)];
        const what = COMPARISONS.has(node.op) ? `a range comparison (${node.op})` : `range arithmetic (${node.op})`;
        return operation(parts, what, arrayFunction);
      }
      case 'call':
        return call(node, arrayFunction, depth + 1);
    }
  };

  const operation = (parts: Result[], what: string, arrayFunction: string | null): Result => {
    const reported = parts.some((p) => p.reported);
    if (parts.every((p) => p.shape === 'scalar')) return { shape: 'scalar', reported };
    if (arrayRules && arrayFunction === null && !reported) {
      report('range-arithmetic-outside-sumproduct', `${what} outside SUMPRODUCT: Excel 2016 takes one cell by implicit intersection unless the formula is array-entered`);
      return { shape: 'array', reported: true };
    }
    return { shape: 'array', reported };
  };

  const call = (node: Extract<FormulaNode, { kind: 'call' }>, arrayFunction: string | null, depth: number): Result => {
    deepest = Math.max(deepest, depth);
    const name = node.name;
    if (DYNAMIC_ARRAY_FUNCTIONS.has(name)) report('dynamic-array-function', `${name} does not exist in Excel 2016/2019`);
    else if (VOLATILE_FUNCTIONS.has(name)) report('volatile-function', `${name} is volatile`);
    else if (!ALLOWED_FUNCTIONS.has(name)) report('function-not-allowed', `${name} is not in the allow-list of Excel 2010 functions the product uses`);
    let reported = false;
    if (arrayRules && arrayFunction !== null && name === 'TRANSPOSE') {
      report('transpose-in-array-function', `TRANSPOSE inside ${arrayFunction} needs Ctrl+Shift+Enter in Excel 2016`);
      reported = true;
    }
    const signature = SIGNATURES[name] ?? { params: [], rest: 'range', returns: 'scalar' };
    const inner = arrayFunction ?? (signature.arrayArguments ? name : null);
    let lifted = false;
    node.args.forEach((arg, i) => {
      const result = visit(arg, inner, depth);
      reported ||= result.reported;
      const param = signature.params[i] ?? signature.rest ?? 'value';
      if (param === 'range' || result.shape === 'scalar') return;
      lifted = true;
      if (!arrayRules || result.reported) return;
      if (inner !== null && IF_FAMILY.has(name)) {
        report('if-over-range-in-array-function', `${name} over a range inside ${inner} needs Ctrl+Shift+Enter in Excel 2016`);
        reported = true;
      } else if (inner === null) {
        report('range-in-value-argument', `a range as argument ${i + 1} of ${name}, outside SUMPRODUCT: Excel 2016 takes one cell by implicit intersection`);
        reported = true;
      }
    });
    const shape: Shape = signature.returns === 'array' || (signature.returns === 'lift' && lifted) ? 'array' : 'scalar';
    return { shape, reported };
  };

  const result = visit(root, null, 0);
  if (deepest > MAX_NESTING) report('too-deep', `${deepest} levels of nested functions, Excel allows ${MAX_NESTING}`);
  if (arrayRules && result.shape !== 'scalar' && !result.reported) {
    report('range-result', 'the formula gives a range or array: Excel 2016 shows one cell of it by implicit intersection');
  }
  return out;
}
