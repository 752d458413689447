import type { ModelId } from './models';
import type { Bilingual } from './text';

/**
 * The price inputs on the Pricing sheet, one row each, in sheet order.
 * `usedBy` greys the row for other models; `required` is DOMAIN.md's "inputs each model needs"
 * (a blank required input is a missing price, never a zero).
 */
export type InputKind = 'currency' | 'hours' | 'percent' | 'count' | 'tier' | 'billing';

export type PricingInputKey =
  | 'platformFee'
  | 'setupFee'
  | 'customizationFee'
  | 'escalation'
  | 'dayRate'
  | 'includedHours'
  | 'overageRate'
  | 'tier'
  | 'basicFee'
  | 'basicHours'
  | 'enterpriseFee'
  | 'enterpriseHours'
  | 'flagshipFee'
  | 'flagshipHours'
  | 'hourlyRate'
  | 'incidentFee'
  | 'subscriptionFee'
  | 'billing';

/** When a model needs the input: always, or only when the demand makes it matter. */
export type Requirement = 'always' | 'whenIncidents' | 'whenOnsiteDays' | 'chosenTier';

export interface PricingInput {
  key: PricingInputKey;
  kind: InputKind;
  label: Bilingual;
  usedBy: readonly ModelId[];
  required: Partial<Record<ModelId, Requirement>>;
}

const ALL: readonly ModelId[] = ['all-inclusive', 'tiered', 'pay-as-you-go', 'subscription'];
const everyModel = (requirement: Requirement): Partial<Record<ModelId, Requirement>> =>
  Object.fromEntries(ALL.map((m) => [m, requirement]));

function tierRows(tier: 'basic' | 'enterprise' | 'flagship', en: string, zh: string): PricingInput[] {
  return [
    {
      key: `${tier}Fee`,
      kind: 'currency',
      label: { en: `${en} tier fee / year`, zh: `${zh}年费` },
      usedBy: ['tiered'],
      required: { tiered: 'chosenTier' },
    },
    {
      key: `${tier}Hours`,
      kind: 'hours',
      label: { en: `${en} tier included hours / year`, zh: `${zh}每年包含工时` },
      usedBy: ['tiered'],
      required: { tiered: 'chosenTier' },
    },
  ];
}

export const PRICING_INPUTS: readonly PricingInput[] = [
  {
    key: 'platformFee',
    kind: 'currency',
    label: { en: 'Platform fee / year', zh: '平台年费' },
    usedBy: ALL,
    required: everyModel('always'),
  },
  {
    key: 'setupFee',
    kind: 'currency',
    label: { en: 'Setup / onboarding fee (one-time)', zh: '开通/实施费(一次性)' },
    usedBy: ALL,
    required: {},
  },
  {
    key: 'customizationFee',
    kind: 'currency',
    label: { en: 'Customisation / private deployment (one-time)', zh: '定制/私有化部署报价(一次性)' },
    usedBy: ALL,
    required: {},
  },
  {
    key: 'escalation',
    kind: 'percent',
    label: { en: 'Annual price escalation', zh: '年度调价比例' },
    usedBy: ALL,
    required: {},
  },
  {
    key: 'dayRate',
    kind: 'currency',
    label: { en: 'On-site day rate (0 if included)', zh: '现场支持日费率(包含则填0)' },
    usedBy: ALL,
    required: everyModel('whenOnsiteDays'),
  },
  {
    key: 'includedHours',
    kind: 'hours',
    label: { en: 'Included support hours / year (cap)', zh: '每年包含支持工时(上限)' },
    usedBy: ['all-inclusive', 'subscription'],
    required: { 'all-inclusive': 'always', subscription: 'always' },
  },
  {
    key: 'overageRate',
    kind: 'currency',
    label: { en: 'Overage rate / hour beyond included', zh: '超出部分每小时费率' },
    usedBy: ['all-inclusive', 'tiered', 'subscription'],
    required: { 'all-inclusive': 'always', tiered: 'always', subscription: 'always' },
  },
  {
    key: 'tier',
    kind: 'tier',
    label: { en: 'Chosen tier', zh: '所选服务层级' },
    usedBy: ['tiered'],
    required: { tiered: 'always' },
  },
  ...tierRows('basic', 'Basic', '基础版'),
  ...tierRows('enterprise', 'Enterprise', '企业版'),
  ...tierRows('flagship', 'Flagship', '旗舰版'),
  {
    key: 'hourlyRate',
    kind: 'currency',
    label: { en: 'Hourly support rate', zh: '按工时费率' },
    usedBy: ['pay-as-you-go'],
    required: { 'pay-as-you-go': 'always' },
  },
  {
    key: 'incidentFee',
    kind: 'currency',
    label: { en: 'Per-incident fee', zh: '按次收费(每次故障)' },
    usedBy: ['pay-as-you-go'],
    required: { 'pay-as-you-go': 'whenIncidents' },
  },
  {
    key: 'subscriptionFee',
    kind: 'currency',
    label: { en: 'Support subscription fee (per billing period)', zh: '支持订阅费(每计费周期)' },
    usedBy: ['subscription'],
    required: { subscription: 'always' },
  },
  {
    key: 'billing',
    kind: 'billing',
    label: { en: 'Subscription billing period', zh: '订阅计费周期' },
    usedBy: ['subscription'],
    required: { subscription: 'always' },
  },
];

export function pricingInput(key: PricingInputKey): PricingInput {
  const input = PRICING_INPUTS.find((i) => i.key === key);
  if (!input) throw new Error(`unknown pricing input ${key}`);
  return input;
}
