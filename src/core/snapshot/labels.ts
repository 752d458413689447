/**
 * Turn the labels a template shows back into catalogue ids. Only the template's own language
 * counts: the sheet's formulas compare with those labels, so a label in the other language is
 * no choice there either, and validation and `summary` must not take it for one.
 */
import { COVERAGE_STATUSES, type CoverageStatus } from '../catalogue/layers';
import { BILLING_PERIODS, PRICING_MODELS, TIERS, type BillingId, type ModelId, type TierId } from '../catalogue/models';
import type { Bilingual, Language } from '../catalogue/text';

/** Excel's TRIM: the plain space only (not U+3000 or a no-break space), inner runs made one. */
export function excelTrim(text: string): string {
  return text.replace(/ +/g, ' ').replace(/^ /, '').replace(/ $/, '');
}

function byLabel<T extends string>(
  items: readonly { id: T; label: Bilingual }[],
  value: unknown,
  only?: Language,
  trim = false,
): { id: T; language: Language } | null {
  if (typeof value !== 'string') return null;
  // Exactly as the sheet compares: "=" ignores case, and TRIM (where the sheet uses it) the
  // plain spaces around the text.
  const text = (trim ? excelTrim(value) : value).toLocaleLowerCase();
  for (const item of items) {
    for (const language of only ? [only] : (['en', 'zh'] as const)) {
      if (item.label[language].toLocaleLowerCase() === text) return { id: item.id, language };
    }
  }
  return null;
}

/** A model label in `language`; without one, either language (only to guess the language of a
 * template made before vc_Language recorded it). */
export const modelFromLabel = (value: unknown, language?: Language): { id: ModelId; language: Language } | null =>
  byLabel(PRICING_MODELS, value, language);
export const tierFromLabel = (value: unknown, language: Language): TierId | null => byLabel(TIERS, value, language)?.id ?? null;
export const billingFromLabel = (value: unknown, language: Language): BillingId | null =>
  byLabel(BILLING_PERIODS, value, language)?.id ?? null;

const STATUSES = Object.entries(COVERAGE_STATUSES).map(([id, label]) => ({ id: id as CoverageStatus, label }));
export const coverageFromLabel = (value: unknown, language: Language): CoverageStatus | null =>
  byLabel(STATUSES, value, language, true)?.id ?? null;
