/** Turn the labels a template shows (in either language) back into catalogue ids. */
import { COVERAGE_STATUSES, type CoverageStatus } from '../catalogue/layers';
import { BILLING_PERIODS, PRICING_MODELS, TIERS, type BillingId, type ModelId, type TierId } from '../catalogue/models';
import type { Bilingual, Language } from '../catalogue/text';

function byLabel<T extends string>(items: readonly { id: T; label: Bilingual }[], value: unknown): { id: T; language: Language } | null {
  if (typeof value !== 'string') return null;
  const text = value.trim().toLocaleLowerCase();
  for (const item of items) {
    for (const language of ['en', 'zh'] as const) {
      if (item.label[language].toLocaleLowerCase() === text) return { id: item.id, language };
    }
  }
  return null;
}

export const modelFromLabel = (value: unknown): { id: ModelId; language: Language } | null => byLabel(PRICING_MODELS, value);
export const tierFromLabel = (value: unknown): TierId | null => byLabel(TIERS, value)?.id ?? null;
export const billingFromLabel = (value: unknown): BillingId | null => byLabel(BILLING_PERIODS, value)?.id ?? null;

const STATUSES = Object.entries(COVERAGE_STATUSES).map(([id, label]) => ({ id: id as CoverageStatus, label }));
export const coverageFromLabel = (value: unknown): CoverageStatus | null => byLabel(STATUSES, value)?.id ?? null;
