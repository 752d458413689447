/** A Scorecard input row's dropdown or number rule, and a quotes-file rating as its cell holds it. */
import { SCORE_INPUTS, TEAM_OPTIONS, YES_NO, type ScoreInputKind } from '../catalogue/criteria';
import type { QualityInputs } from '../costs/scores';
import type { CellContent, Rect } from '../plan/types';
import type { PlanContext } from './context';

export function rule(ctx: PlanContext, kind: ScoreInputKind, range: Rect) {
  const lang = ctx.language;
  switch (kind) {
    case 'hours':
      return { range, kind: 'decimal' as const, min: 0 };
    case 'yesNo':
      return { range, kind: 'list' as const, items: [YES_NO.yes[lang], YES_NO.no[lang]] };
    case 'rating':
      return { range, kind: 'list' as const, items: ['1', '2', '3', '4', '5'] };
    case 'team':
      return { range, kind: 'list' as const, items: TEAM_OPTIONS.map((o) => o.label[lang]) };
  }
}

/** A rating from the quotes file as the Scorecard cell holds it: a number, or a dropdown's label. */
export function ratingCell(ctx: PlanContext, input: (typeof SCORE_INPUTS)[number], ratings: QualityInputs | undefined): CellContent {
  const value = ratings?.[input.key];
  if (value === undefined) return null;
  if (typeof value === 'boolean') return (value ? YES_NO.yes : YES_NO.no)[ctx.language];
  if (typeof value === 'string') return TEAM_OPTIONS.find((o) => o.id === value)?.label[ctx.language] ?? null;
  return value;
}
