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
  vendorListProblem,
  type TemplateOptions,
  type VendorListProblem,
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

export interface FormErrors {
  vendors: VendorListProblem | null;
  term: boolean;
  users: boolean;
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

/** A whole number written with digits only (surrounding spaces allowed), else null. */
export function parseWholeNumber(text: string): number | null {
  const trimmed = text.trim();
  if (!/^\d+$/.test(trimmed)) return null;
  const value = Number(trimmed);
  return Number.isSafeInteger(value) ? value : null;
}

export function validateForm(values: FormValues): FormErrors {
  const names = values.vendors.map((v) => v.name);
  // Rows left entirely blank mean "no vendors yet", which reads better than "vendor 1 is blank".
  const vendors = names.every((n) => !n.trim()) ? { kind: 'none' as const } : vendorListProblem(names);
  const term = parseWholeNumber(values.term);
  const users = parseWholeNumber(values.users);
  return {
    vendors,
    term: term === null || term < 1 || term > MAX_TERM_YEARS,
    users: users === null || users < 1,
  };
}

export function hasErrors(errors: FormErrors): boolean {
  return errors.vendors !== null || errors.term || errors.users;
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
