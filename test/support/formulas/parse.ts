/**
 * A recursive-descent parser over tokenize(): Excel's operator precedence (lowest first)
 * comparison, &, + -, * /, ^, unary sign, %; function calls with empty arguments allowed.
 */
import { FormulaSyntaxError, tokenize, type Token } from './tokenize';

type Leaf<K extends Token['kind']> = Extract<Token, { kind: K }>;

export type FormulaNode =
  | Leaf<'number'>
  | Leaf<'string'>
  | Leaf<'bool'>
  | Leaf<'error'>
  | Leaf<'ref'>
  | Leaf<'name'>
  | Leaf<'array'>
  | { kind: 'call'; name: string; prefixed: boolean; args: FormulaNode[]; pos: number }
  | { kind: 'unary'; op: '+' | '-'; operand: FormulaNode; pos: number }
  | { kind: 'percent'; operand: FormulaNode; pos: number }
  | { kind: 'binary'; op: string; left: FormulaNode; right: FormulaNode; pos: number }
  | { kind: 'paren'; inner: FormulaNode; pos: number }
  /** An omitted argument, as in IF(A1,,0). */
  | { kind: 'missing'; pos: number };

const LEVELS: readonly (readonly string[])[] = [['=', '<>', '<', '<=', '>', '>='], ['&'], ['+', '-'], ['*', '/'], ['^']];

export function parseFormula(formula: string): FormulaNode {
  const tokens = tokenize(formula);
  let at = 0;
  const peek = (): Token | undefined => tokens[at];
  const fail = (detail: string, token = peek()): never => {
    throw new FormulaSyntaxError(formula, token?.pos ?? formula.length, detail);
  };

  const binary = (level: number): FormulaNode => {
    if (level === LEVELS.length) return unary();
    let left = binary(level + 1);
    for (let t = peek(); t?.kind === 'op' && LEVELS[level]!.includes(t.text); t = peek()) {
      at++;
      left = { kind: 'binary', op: t.text, left, right: binary(level + 1), pos: t.pos };
    }
    return left;
  };

  // In Excel the sign binds tighter than ^ (=-2^2 is 4) and % tighter than the sign.
  const unary = (): FormulaNode => {
    const t = peek();
    if (t?.kind === 'op' && (t.text === '-' || t.text === '+')) {
      at++;
      return { kind: 'unary', op: t.text, operand: unary(), pos: t.pos };
    }
    let node = primary();
    for (let p = peek(); p?.kind === 'op' && p.text === '%'; p = peek()) {
      at++;
      node = { kind: 'percent', operand: node, pos: p.pos };
    }
    return node;
  };

  const primary = (): FormulaNode => {
    const t = peek();
    if (!t) return fail('the formula ends where a value is expected');
    at++;
    switch (t.kind) {
      case 'number':
      case 'string':
      case 'bool':
      case 'error':
      case 'ref':
      case 'name':
      case 'array':
        return t;
      case 'open': {
        const inner = binary(0);
        if (peek()?.kind !== 'close') fail('a "(" is not closed');
        at++;
        return { kind: 'paren', inner, pos: t.pos };
      }
      case 'func':
        return call(t);
      default:
        return fail(`unexpected "${t.text}"`, t);
    }
  };

  const argument = (): FormulaNode => {
    const t = peek();
    if (t?.kind === 'comma' || t?.kind === 'close') return { kind: 'missing', pos: t.pos };
    return binary(0);
  };

  const call = (t: Leaf<'func'>): FormulaNode => {
    const args: FormulaNode[] = [];
    if (peek()?.kind === 'close') {
      at++;
      return { kind: 'call', name: t.name, prefixed: t.prefixed, args, pos: t.pos };
    }
    for (;;) {
      args.push(argument());
      const next = peek();
      at++;
      if (next?.kind === 'close') break;
      if (next?.kind !== 'comma') fail(`${t.name}( is not closed`, next);
    }
    return { kind: 'call', name: t.name, prefixed: t.prefixed, args, pos: t.pos };
  };

  const root = binary(0);
  if (at < tokens.length) fail(`unexpected "${tokens[at]!.text}" after a complete formula`);
  return root;
}
