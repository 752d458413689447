import { DEFAULT_PLACEHOLDERS } from './catalogue/questions';

/** Folds full-width forms, case and surrounding space, so "ＴＢＤ " and "tbd" compare equal. */
export function foldAnswer(text: string): string {
  return text.normalize('NFKC').trim().toLocaleLowerCase();
}

/**
 * Is this cell a real answer? Blank, whitespace-only and placeholder answers ("TBD", "待定", ...)
 * are not. Numbers, dates and booleans are answers.
 */
export function isRealAnswer(value: unknown, placeholders: readonly string[] = DEFAULT_PLACEHOLDERS): boolean {
  if (value === null || value === undefined) return false;
  if (typeof value !== 'string') return true;
  const folded = foldAnswer(value);
  if (folded === '') return false;
  return !placeholders.some((p) => foldAnswer(p) === folded);
}
