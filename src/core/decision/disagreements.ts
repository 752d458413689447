/**
 * Where the evaluators disagree (DOMAIN.md section 3): for each vendor and criterion, the
 * evaluators who scored it, with their 0-100 scores, when those lie DISAGREEMENT_POINTS or more
 * apart. Each evaluator's scores are computed from their own block as the Scorecard computes its
 * inputs, hours against the lowest any evaluator gave any vendor (equal inputs, equal scores), as
 * the sheet's spread rows do.
 */
import { CRITERIA, DISAGREEMENT_POINTS } from '../catalogue/criteria';
import { evaluatorInputs } from '../costs/evaluatorsFromSnapshot';
import { criterionScores } from '../costs/scores';
import type { Snapshot } from '../snapshot/types';
import { vendorColumns } from '../validation/workbookModel';
import type { Disagreement } from './types';

/** The spread as the sheet rounds it (ROUND(...,6)), so both agree on a spread of exactly 40. */
export const roundedSpread = (scores: readonly number[]) => Math.round((Math.max(...scores) - Math.min(...scores)) * 1e6) / 1e6;

export function disagreementsOf(snapshot: Snapshot): Disagreement[] {
  const panel = evaluatorInputs(snapshot);
  if (!panel) return [];
  const vendors = vendorColumns(snapshot);
  const byEvaluator = panel.names.map((_, e) => vendors.map((v) => panel.inputs(v.index)[e]!));
  // Every evaluator's inputs of every vendor: hours are scored against the lowest of them all.
  const all = byEvaluator.flat();
  const found: Disagreement[] = [];
  vendors.forEach((vendor, i) => {
    const scores = byEvaluator.map((own) => criterionScores(own[i]!, all));
    CRITERIA.forEach((criterion, c) => {
      const scored = panel.names
        .map((name, e) => ({ name, score: scores[e]![c] }))
        .filter((x): x is { name: string; score: number } => x.score !== undefined && Number.isFinite(x.score));
      if (scored.length < 2 || roundedSpread(scored.map((x) => x.score)) < DISAGREEMENT_POINTS) return;
      found.push({ vendor: vendor.name, criterion: criterion.id, evaluators: scored.map((x) => x.name), scores: scored.map((x) => x.score) });
    });
  });
  return found;
}
