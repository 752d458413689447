/**
 * The pane's form as plain data: its values, their validation and the TemplateOptions they
 * become. No React here, so the rules are easy to test and share.
 */
import type { ScenarioId } from '../../core/catalogue/scenarios';
import { SCENARIO_IDS } from '../../core/catalogue/scenarios';
import type { Language } from '../../core/catalogue/text';
import {
  DEFAULT_OPTIONS,
  MAX_TERM_YEARS,
  MAX_VENDORS,
  MAX_VENDOR_NAME_LENGTH,
  type TemplateOptions,
} from '../../core/options';

export interface VendorRow {
  /** Stable key for React and focus; not shown. */
  key: number;
  name: string;
}

export interface FormValues {
  vendors: VendorRow[];
  /** Kept as typed so a half-typed number can be shown and explained, not silently dropped. */
  term: string;
  users: string;
  currency: string;
  language: Language;
  scenarios: ScenarioId[];
}

/** A problem of the whole vendor list. */
export type VendorListProblem = { kind: 'none' } | { kind: 'tooMany'; max: number; count: number };

/** A problem of one vendor row. */
export type VendorRowProblem =
  | { kind: 'blank' }
  | { kind: 'tooLong'; length: number; max: number }
  | { kind: 'duplicate'; name: string };

/** A problem of a number field: what was typed and the limit it breaks. */
export type NumberProblem =
  | { kind: 'empty' }
  | { kind: 'notNumber'; text: string }
  | { kind: 'outOfRange'; value: number; min: number; max: number | null };

export interface FormErrors {
  vendors: VendorListProblem | null;
  /** One entry per row, in order: every row's problem at once, not only the first. */
  rows: (VendorRowProblem | null)[];
  term: NumberProblem | null;
  users: NumberProblem | null;
}

export function initialValues(language: Language): FormValues {
  return {
    vendors: [{ key: 0, name: '' }],
    term: String(DEFAULT_OPTIONS.termYears),
    users: String(DEFAULT_OPTIONS.users),
    currency: DEFAULT_OPTIONS.currency,
    language,
    scenarios: [],
  };
}

const FULL_WIDTH_ZERO = 0xff10;

/** Full-width digits and separators (as typed with a Chinese or Japanese IME) as ASCII. */
function toAsciiDigits(text: string): string {
  return text
    .replace(/[\uff10-\uff19]/g, (d) => String(d.charCodeAt(0) - FULL_WIDTH_ZERO))
    .replace(/[\uff0c\u3001]/g, ',');
}

/**
 * A whole number, else null. Accepts full-width digits and thousands separators written as a
 * comma or a space ("1,200", "1 200", "１２００"); the groups after the first must have three
 * digits, so "1,2" is not read as 12.
 */
export function parseWholeNumber(text: string): number | null {
  const trimmed = toAsciiDigits(text).trim();
  const plain = /^\d+$/.test(trimmed);
  const grouped = /^\d{1,3}(?:[,\s]\d{3})+$/u.test(trimmed);
  if (!plain && !grouped) return null;
  const value = Number(trimmed.replace(/[,\s]/gu, ''));
  return Number.isSafeInteger(value) ? value : null;
}

function numberProblem(text: string, min: number, max: number | null): NumberProblem | null {
  if (!text.trim()) return { kind: 'empty' };
  const value = parseWholeNumber(text);
  if (value === null) return { kind: 'notNumber', text: text.trim() };
  if (value < min || (max !== null && value > max)) return { kind: 'outOfRange', value, min, max };
  return null;
}

function rowProblems(names: readonly string[]): (VendorRowProblem | null)[] {
  const seen = new Set<string>();
  return names.map((raw) => {
    const name = raw.trim();
    if (!name) return { kind: 'blank' };
    // Characters as people count them: an emoji or a CJK extension character is one.
    const length = [...name].length;
    if (length > MAX_VENDOR_NAME_LENGTH) return { kind: 'tooLong', length, max: MAX_VENDOR_NAME_LENGTH };
    const folded = name.toLocaleLowerCase();
    if (seen.has(folded)) return { kind: 'duplicate', name };
    seen.add(folded);
    return null;
  });
}

export function validateForm(values: FormValues): FormErrors {
  const names = values.vendors.map((v) => v.name);
  // Rows left entirely blank mean "no vendors yet", which reads better than "vendor 1 is blank".
  const none = names.every((n) => !n.trim());
  const vendors: VendorListProblem | null = none
    ? { kind: 'none' }
    : names.length > MAX_VENDORS
      ? { kind: 'tooMany', max: MAX_VENDORS, count: names.length }
      : null;
  return {
    vendors,
    rows: none ? names.map(() => null) : rowProblems(names),
    term: numberProblem(values.term, 1, MAX_TERM_YEARS),
    users: numberProblem(values.users, 1, null),
  };
}

export function hasErrors(errors: FormErrors): boolean {
  return errors.vendors !== null || errors.rows.some((p) => p !== null) || errors.term !== null || errors.users !== null;
}

/** Only call with values that passed validateForm. */
export function toTemplateOptions(values: FormValues): TemplateOptions {
  const termYears = parseWholeNumber(values.term);
  const users = parseWholeNumber(values.users);
  if (termYears === null || users === null) throw new Error('toTemplateOptions called with invalid values');
  return {
    ...DEFAULT_OPTIONS,
    language: values.language,
    currency: values.currency,
    termYears,
    users,
    // Keep catalogue order whatever order the boxes were ticked in.
    scenarios: SCENARIO_IDS.filter((id) => values.scenarios.includes(id)),
    demand: [],
    fx: [],
    vendors: values.vendors.map((v) => ({ name: v.name.trim() })),
  };
}

/** Fewer than two vendors: a valid template, but no comparison yet. Insert asks first. */
export function isIncomplete(values: FormValues): boolean {
  return values.vendors.filter((v) => v.name.trim()).length < 2;
}
