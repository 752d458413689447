/** Excel's validation rules for names and colours, enforced by the double as Excel does. */
import { DoubleExcelError, invalidArgument } from './errors';

export const MAX_ROWS = 1_048_576;
export const MAX_COLUMNS = 16_384;

/** At most 31 characters, none of []:*?/\, not blank, no leading or trailing apostrophe. */
export function checkSheetName(name: string, taken: readonly string[]): void {
  if (name.trim() === '' || name.length > 31 || /[[\]:*?/\\]/.test(name) || name.startsWith("'") || name.endsWith("'")) {
    throw invalidArgument(`The sheet name '${name}' is not valid.`, 'WorksheetCollection.add');
  }
  const folded = name.toLowerCase();
  if (taken.some((t) => t.toLowerCase() === folded)) {
    throw new DoubleExcelError('ItemAlreadyExists', `A sheet named '${name}' already exists.`, 'WorksheetCollection.add');
  }
}

/** Starts with a letter, _ or \; letters, digits, _ . \ after; up to 255; not a cell reference. */
export function checkDefinedName(name: string, taken: readonly string[]): void {
  const looksLikeCell = /^[A-Za-z]{1,3}\d+$/.test(name) || /^[rRcC]$/.test(name) || /^[rR]\d*[cC]\d*$/.test(name);
  if (!/^[\p{L}_\\][\p{L}\p{N}_.\\]*$/u.test(name) || name.length > 255 || looksLikeCell) {
    throw invalidArgument(`The name '${name}' is not valid.`, 'NamedItemCollection.add');
  }
  const folded = name.toLowerCase();
  if (taken.some((t) => t.toLowerCase() === folded)) {
    throw new DoubleExcelError('ItemAlreadyExists', `The name '${name}' already exists.`, 'NamedItemCollection.add');
  }
}

const NAMED_COLORS: Record<string, string> = {
  white: '#FFFFFF',
  black: '#000000',
  red: '#FF0000',
  green: '#008000',
  blue: '#0000FF',
  yellow: '#FFFF00',
  gray: '#808080',
};

/** '#RRGGBB' or a colour name, returned as Excel reports it: upper-case '#RRGGBB'. */
export function normaliseColor(color: unknown, location: string): string {
  if (typeof color !== 'string') throw invalidArgument(`A colour must be a string.`, location);
  if (/^#[0-9a-fA-F]{6}$/.test(color)) return color.toUpperCase();
  const named = NAMED_COLORS[color.toLowerCase()];
  if (named) return named;
  throw invalidArgument(`'${color}' is not a colour.`, location);
}

/** A sheet name as Excel writes it in a reference: quoted only when it has to be, i.e. when it
 * is not plain letters, digits, _ and . (Chinese letters are letters) or could be read as a
 * cell in A1 or R1C1 style. */
export function sheetInReference(name: string): string {
  const plain = /^[\p{L}_][\p{L}\p{N}_.]*$/u.test(name);
  const looksLikeCell = /^[A-Za-z]{1,3}\d+$/.test(name) || /^[Rr]\d*([Cc]\d*)?$/.test(name) || /^[Cc]\d*$/.test(name);
  return plain && !looksLikeCell ? name : `'${name.replace(/'/g, "''")}'`;
}

/** "1.10" is newer than "1.9". */
export function versionAtLeast(have: string, want: string): boolean {
  const a = have.split('.').map(Number);
  const b = want.split('.').map(Number);
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const d = (a[i] ?? 0) - (b[i] ?? 0);
    if (d !== 0) return d > 0;
  }
  return true;
}
