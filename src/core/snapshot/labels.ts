/** Turn the labels a template shows (in either language) back into catalogue ids. */
import { COVERAGE_STATUSES, type CoverageStatus } from '../catalogue/layers';
import { BILLING_PERIODS, PRICING_MODELS, TIERS, type BillingId, type ModelId, type TierId } from '../catalogue/models';
import type { Bilingual, Language } from '../catalogue/text';

function byLabel<T extends string>(
  items: readonly { id: T; label: Bilingual }[],
  value: unknown,
  only?: Language,
): { id: T; language: Language } | null {
  if (typeof value !== 'string') return null;
  const text = value.trim().toLocaleLowerCase();
  for (const item of items) {
    for (const language of only ? [only] : (['en', 'zh'] as const)) {
      if (item.label[language].toLocaleLowerCase() === text) return { id: item.id, language };
    }
  }
  return null;
}

/** A model label; with `language`, only that language's labels count (the sheet's formulas
 * compare with them, so a label in the other language is no model there either). */
export const modelFromLabel = (value: unknown, language?: Language): { id: ModelId; language: Language } | null =>
  byLabel(PRICING_MODELS, value, language);
export const tierFromLabel = (value: unknown): TierId | null => byLabel(TIERS, value)?.id ?? null;
export const billingFromLabel = (value: unknown): BillingId | null => byLabel(BILLING_PERIODS, value)?.id ?? null;

const STATUSES = Object.entries(COVERAGE_STATUSES).map(([id, label]) => ({ id: id as CoverageStatus, label }));
export const coverageFromLabel = (value: unknown): CoverageStatus | null => byLabel(STATUSES, value)?.id ?? null;
