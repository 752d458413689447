import type { Bilingual } from './text';

/** Quality criteria C1-C6 (DOMAIN.md section 3) and the Scorecard input rows that feed them. */
export type CriterionId = 'C1' | 'C2' | 'C3' | 'C4' | 'C5' | 'C6';

export interface Criterion {
  id: CriterionId;
  label: Bilingual;
  /** The buyer's default weight, as a fraction. */
  defaultWeight: number;
}

export const CRITERIA: readonly Criterion[] = [
  { id: 'C1', label: { en: 'Response speed', zh: '响应速度' }, defaultWeight: 0.25 },
  { id: 'C2', label: { en: '7x24 coverage', zh: '7×24小时支持' }, defaultWeight: 0.1 },
  { id: 'C3', label: { en: 'Technical depth', zh: '技术深度' }, defaultWeight: 0.25 },
  { id: 'C4', label: { en: 'Proactiveness', zh: '服务主动性' }, defaultWeight: 0.15 },
  { id: 'C5', label: { en: 'Team set-up', zh: '服务团队配置' }, defaultWeight: 0.15 },
  { id: 'C6', label: { en: 'Scenario fit', zh: '场景经验' }, defaultWeight: 0.1 },
];

/** How a Scorecard input is entered. Hours: lower is better; the others are dropdowns. */
export type ScoreInputKind = 'hours' | 'yesNo' | 'rating' | 'team';

export type ScoreInputKey =
  'responseNormal' | 'responseUrgent' | 'coverage247' | 'depth' | 'proactiveness' | 'team' | 'dedicatedManager' | 'experts' | 'scenarioFit';

export interface ScoreInput {
  key: ScoreInputKey;
  criterion: CriterionId;
  kind: ScoreInputKind;
  label: Bilingual;
}

export const SCORE_INPUTS: readonly ScoreInput[] = [
  { key: 'responseNormal', criterion: 'C1', kind: 'hours', label: { en: 'Response time, normal (hours)', zh: '常规响应时效(小时)' } },
  { key: 'responseUrgent', criterion: 'C1', kind: 'hours', label: { en: 'Response time, urgent (hours)', zh: '紧急响应时效(小时)' } },
  { key: 'coverage247', criterion: 'C2', kind: 'yesNo', label: { en: '7x24 support', zh: '7×24小时支持' } },
  { key: 'depth', criterion: 'C3', kind: 'rating', label: { en: 'Technical depth (1-5)', zh: '技术深度(1-5)' } },
  { key: 'proactiveness', criterion: 'C4', kind: 'rating', label: { en: 'Proactiveness (1-5)', zh: '服务主动性(1-5)' } },
  { key: 'team', criterion: 'C5', kind: 'team', label: { en: 'Support team', zh: '服务团队' } },
  { key: 'dedicatedManager', criterion: 'C5', kind: 'yesNo', label: { en: 'Dedicated account manager', zh: '专属客户经理' } },
  { key: 'experts', criterion: 'C5', kind: 'rating', label: { en: 'Access to experts (1-5)', zh: '技术专家资源(1-5)' } },
  { key: 'scenarioFit', criterion: 'C6', kind: 'rating', label: { en: 'Experience in our scenario (1-5)', zh: '本场景经验(1-5)' } },
];

export const YES_NO: Record<'yes' | 'no', Bilingual> = {
  yes: { en: 'Yes', zh: '是' },
  no: { en: 'No', zh: '否' },
};

export type TeamId = 'inHouse' | 'mixed' | 'outsourced';

/** Team set-up and its C5 score (in-house 100, mixed 50, outsourced 0). */
export const TEAM_OPTIONS: readonly { id: TeamId; label: Bilingual; score: number }[] = [
  { id: 'inHouse', label: { en: 'In-house', zh: '自有团队' }, score: 100 },
  { id: 'mixed', label: { en: 'Mixed', zh: '混合' }, score: 50 },
  { id: 'outsourced', label: { en: 'Outsourced', zh: '外包' }, score: 0 },
];

/** Evaluators disagree on a criterion when their 0-100 scores are this far apart (two steps on a
 * 1-5 scale, DOMAIN.md section 3). */
export const DISAGREEMENT_POINTS = 40;

export const DEFAULT_PRICE_WEIGHT = 0.4;

export type PriceMethod = 'lowest' | 'linear';

export const PRICE_METHODS: readonly { id: PriceMethod; label: Bilingual }[] = [
  { id: 'lowest', label: { en: 'Lowest price = 100', zh: '最低价得满分' } },
  { id: 'linear', label: { en: 'Linear min-max', zh: '线性最低-最高' } },
];
