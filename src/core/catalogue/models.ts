import type { Bilingual } from './text';

/** The four pricing models (DOMAIN.md section 2). Ids are the import-file spelling. */
export type ModelId = 'all-inclusive' | 'tiered' | 'pay-as-you-go' | 'subscription';

export interface PricingModel {
  id: ModelId;
  code: 'M1' | 'M2' | 'M3' | 'M4';
  label: Bilingual;
}

export const PRICING_MODELS: readonly PricingModel[] = [
  { id: 'all-inclusive', code: 'M1', label: { en: 'All-inclusive', zh: '全包型' } },
  { id: 'tiered', code: 'M2', label: { en: 'Tiered service', zh: '分层服务型' } },
  { id: 'pay-as-you-go', code: 'M3', label: { en: 'Pay-as-you-go', zh: '按需付费型' } },
  { id: 'subscription', code: 'M4', label: { en: 'Subscription add-on', zh: '订阅增值型' } },
];

export const MODEL_IDS: readonly ModelId[] = PRICING_MODELS.map((m) => m.id);

export function isModelId(value: string): value is ModelId {
  return (MODEL_IDS as readonly string[]).includes(value);
}

export function modelById(id: ModelId): PricingModel {
  const model = PRICING_MODELS.find((m) => m.id === id);
  if (!model) throw new Error(`unknown pricing model ${id}`);
  return model;
}

export type TierId = 'basic' | 'enterprise' | 'flagship';

export const TIERS: readonly { id: TierId; label: Bilingual }[] = [
  { id: 'basic', label: { en: 'Basic', zh: '基础版' } },
  { id: 'enterprise', label: { en: 'Enterprise', zh: '企业版' } },
  { id: 'flagship', label: { en: 'Flagship', zh: '旗舰版' } },
];

export type BillingId = 'monthly' | 'yearly';

export const BILLING_PERIODS: readonly { id: BillingId; label: Bilingual }[] = [
  { id: 'monthly', label: { en: 'Monthly', zh: '按月' } },
  { id: 'yearly', label: { en: 'Yearly', zh: '按年' } },
];
