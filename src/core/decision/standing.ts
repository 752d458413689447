/**
 * The Scorecard's ranking as the decision check re-runs it: computeScores over the vendors
 * present (TCO undefined where costs are incomplete), the overall score of each vendor that has
 * one, and the first-ranked vendor (a tie goes to the first in workbook order, as the Overview's
 * ranking order does).
 */
import { computeScores, type QualityInputs, type ScoreSettings } from '../costs/scores';

export interface Entry {
  tco: number | undefined;
  quality: QualityInputs;
}

/** Overall score per entry; undefined where costs or quality are incomplete (or not a finite number). */
export function overallScores(entries: readonly Entry[], settings: ScoreSettings): (number | undefined)[] {
  return computeScores([...entries], settings).map((s) => (s.overall !== undefined && Number.isFinite(s.overall) ? s.overall : undefined));
}

/** Index of the highest score (first on a tie), or null when none has a score. */
export function firstRanked(scores: readonly (number | undefined)[]): number | null {
  let best: number | null = null;
  scores.forEach((s, i) => {
    if (s !== undefined && (best === null || s > scores[best]!)) best = i;
  });
  return best;
}

/** Index of the lowest value (first on a tie) among `indices`, or null when `indices` is empty. */
export function lowestOf(values: readonly number[], indices: readonly number[]): number | null {
  let best: number | null = null;
  for (const i of indices) if (best === null || values[i]! < values[best]!) best = i;
  return best;
}
