/**
 * How Excel turns what is written to Range.values / Range.formulas into cell content, the way
 * it treats typed input: "=..." is a formula, "+x"/"-x" that is not a number is a formula too,
 * a leading apostrophe is Excel's quote prefix (the cell holds the rest as text), and text that
 * looks like a number, percentage, boolean or date becomes that value. A formula is stored as
 * Excel spells it back (formulaSpelling.ts), not as written.
 */
import { invalidArgument } from './errors';
import { type KnownNames, respellFormula } from './formulaSpelling';

export type CellValue = string | number | boolean;

export type Cell =
  | { kind: 'value'; value: CellValue; quotePrefix: boolean }
  | { kind: 'formula'; formula: string }
  /** An error value typed as a constant (#N/A); Range.values shows its text, valueTypes 'Error'. */
  | { kind: 'error'; error: string };

/** null (or undefined) leaves the cell unchanged; '' clears it. */
export type CellInput = Cell | 'unchanged' | 'clear';

const MAX_TEXT = 32767;
const MAX_FORMULA = 8192;

const NUMBER = /^[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)?(?:\.\d+)?(?:[eE][+-]?\d+)?%?$/;
const ISO_DATE = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;
const US_DATE = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;
const ERROR_VALUES = ['#NULL!', '#DIV/0!', '#VALUE!', '#REF!', '#NAME?', '#NUM!', '#N/A'];

/** `known`: the workbook's sheets and names, which formulas refer to in the case they have. */
export function interpretInput(raw: unknown, known?: KnownNames): CellInput {
  if (raw === null || raw === undefined) return 'unchanged';
  if (typeof raw === 'number') {
    if (!Number.isFinite(raw)) throw invalidArgument(`A cell cannot hold the number ${raw}.`);
    return value(raw);
  }
  if (typeof raw === 'boolean') return value(raw);
  if (typeof raw !== 'string') throw invalidArgument(`Cell input must be a string, number or boolean.`);
  if (raw === '') return 'clear';
  if (raw.length > MAX_TEXT) throw invalidArgument(`Text longer than ${MAX_TEXT} characters.`);
  if (raw.startsWith("'")) return { kind: 'value', value: raw.slice(1), quotePrefix: true };
  if (raw.startsWith('=')) return formula(raw, known);
  const error = ERROR_VALUES.find((e) => e === raw.trim().toUpperCase());
  if (error) return { kind: 'error', error };
  // Excel, like Lotus before it, reads "@SUM(A1)" as the formula =SUM(A1).
  if (raw.startsWith('@')) return formula(`=${raw.slice(1)}`, known);
  const parsed = parseConstant(raw.trim());
  if (parsed !== undefined) return value(parsed);
  if (raw.startsWith('+') || raw.startsWith('-')) return formula(`=${raw}`, known);
  return value(raw);
}

/** A number, percentage, boolean or date typed as text, or undefined when it stays text. */
export function parseConstant(text: string): number | boolean | undefined {
  if (/^(true|false)$/i.test(text)) return text.toLowerCase() === 'true';
  if (/\d/.test(text) && NUMBER.test(text)) {
    const percent = text.endsWith('%');
    const n = Number(text.replace(/[,%]/g, ''));
    if (Number.isFinite(n)) return percent ? n / 100 : n;
  }
  const iso = ISO_DATE.exec(text);
  if (iso) return dateSerial(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const us = US_DATE.exec(text);
  if (us) return dateSerial(Number(us[3]), Number(us[1]), Number(us[2]));
  return undefined;
}

/** Days since 1899-12-30, Excel's 1900 date system for dates after February 1900. */
function dateSerial(year: number, month: number, day: number): number | undefined {
  if (month < 1 || month > 12 || day < 1 || day > 31) return undefined;
  return Math.round((Date.UTC(year, month - 1, day) - Date.UTC(1899, 11, 30)) / 86_400_000);
}

function value(v: CellValue): Cell {
  return { kind: 'value', value: v, quotePrefix: false };
}

function formula(text: string, known: KnownNames | undefined): Cell {
  if (text.length > MAX_FORMULA) throw invalidArgument(`Formula longer than ${MAX_FORMULA} characters.`);
  return { kind: 'formula', formula: respellFormula(text, known) };
}
