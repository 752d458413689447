/**
 * How Excel spells a formula it gives back. Excel stores a parsed formula, not the text written,
 * so Range.formulas (and a file Excel saves) returns it re-spelled: function names, cell
 * references, booleans and error literals in upper case; a sheet name in the case the sheet has,
 * quoted only when it must be ('Pricing'!D3 -> Pricing!D3; Chinese names are plain letters too);
 * numbers in their shortest form (0.10 -> 0.1, 1.0 -> 1, 1E3 -> 1000); defined names in the case
 * they were defined. Text inside double quotes and spaces stay as written.
 * Source: TOOLCHAIN.md ("Real Excel, as documented"); the double does not model the `@` that
 * dynamic-array Excel may show in a legacy formula (writes through Range.formulas are
 * dynamic-array formulas already), nor formulas of conditional formats and validations.
 */
import { sheetInReference } from './rules';

export interface KnownNames {
  /** Sheet names as they are now; a reference to one takes its case. */
  sheets: readonly string[];
  /** Defined names as they were defined. */
  names: readonly string[];
}

const NONE: KnownNames = { sheets: [], names: [] };
const IDENTIFIER = /[\p{L}\p{N}_.\\$]/u;
const IDENTIFIER_START = /[\p{L}_\\$]/u;
const CELL = /^\$?[A-Za-z]{1,3}\$?\d+$/;
const COLUMN = /^\$?[A-Za-z]{1,3}$/;
const NUMBER = /^(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?/;
const ERROR_LITERAL = /^#(?:NULL!|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|N\/A|SPILL!|CALC!|GETTING_DATA)/i;

/** Columns run from A to XFD. */
function isCellReference(token: string): boolean {
  if (!CELL.test(token)) return false;
  const letters = token.replace(/[$\d]/g, '').toUpperCase();
  return letters.length < 3 || letters <= 'XFD';
}

function byName(list: readonly string[], name: string): string | undefined {
  const folded = name.toLowerCase();
  return list.find((n) => n.toLowerCase() === folded);
}

/** Excel's text for a number literal: as short as it goes, exponent in upper case. */
function numberText(literal: string): string {
  return String(Number(literal)).toUpperCase();
}

/** `formula` starts with "=". Anything the double cannot parse is kept as written. */
export function respellFormula(formula: string, known: KnownNames = NONE): string {
  let out = '';
  let i = 0;
  while (i < formula.length) {
    const ch = formula[i]!;
    const rest = formula.slice(i);
    if (ch === '"') {
      const end = stringEnd(formula, i);
      out += formula.slice(i, end);
      i = end;
    } else if (ch === "'") {
      const quoted = /^'((?:[^']|'')+)'!/.exec(rest);
      if (quoted) {
        const name = quoted[1]!.replace(/''/g, "'");
        out += `${sheetInReference(byName(known.sheets, name) ?? name)}!`;
        i += quoted[0].length;
      } else {
        out += ch;
        i++;
      }
    } else if (ch === '#' && ERROR_LITERAL.test(rest)) {
      const literal = ERROR_LITERAL.exec(rest)![0];
      out += literal.toUpperCase();
      i += literal.length;
    } else if (/\d/.test(ch) || (ch === '.' && /\d/.test(formula[i + 1] ?? ''))) {
      const literal = NUMBER.exec(rest)![0];
      out += numberText(literal);
      i += literal.length;
    } else if (IDENTIFIER_START.test(ch)) {
      let end = i + 1;
      while (end < formula.length && IDENTIFIER.test(formula[end]!)) end++;
      out += identifier(formula.slice(i, end), formula[end], out[out.length - 1], known);
      i = end;
    } else {
      out += ch;
      i++;
    }
  }
  return out;
}

/** A name-like token, by what follows it (`!` a sheet, `(` a function) or what it looks like. */
function identifier(token: string, next: string | undefined, previous: string | undefined, known: KnownNames): string {
  if (next === '!') return sheetInReference(byName(known.sheets, token) ?? token);
  if (next === '(') return token.toUpperCase();
  if (isCellReference(token)) return token.toUpperCase();
  // Whole columns, as in D:F.
  if (COLUMN.test(token) && (next === ':' || previous === ':')) return token.toUpperCase();
  if (/^(true|false)$/i.test(token)) return token.toUpperCase();
  return byName(known.names, token) ?? token;
}

function stringEnd(text: string, start: number): number {
  let i = start + 1;
  while (i < text.length) {
    if (text[i] !== '"') i++;
    else if (text[i + 1] === '"') i += 2;
    else return i + 1;
  }
  return text.length;
}
