/**
 * Price weight sweep (DOMAIN.md section 7): the winner at price weight 0%, 10%, ..., 100% with
 * the quality weights as entered, and whether the winner holds within +/-10 points of the chosen
 * weight.
 */
import type { ScoreSettings } from '../costs/scores';
import { firstRanked, overallScores, type Entry } from './standing';
import type { PriceWeightPoint } from './types';

/** 0, 0.1, ..., 1, computed as k/10 so each is the nearest double to the decimal. */
export const SWEEP_WEIGHTS: readonly number[] = Array.from({ length: 11 }, (_, k) => k / 10);

/** The window around the chosen price weight the verdict asks to hold (10 points). */
export const PRICE_WEIGHT_WINDOW = 0.1;

export function winnerAt(entries: readonly Entry[], settings: ScoreSettings, priceWeight: number): number | null {
  return firstRanked(overallScores(entries, { ...settings, priceWeight }));
}

export function priceWeightSweep(
  entries: readonly Entry[],
  settings: ScoreSettings,
  names: readonly string[],
): { points: PriceWeightPoint[]; changesAt: number[] } {
  const points = SWEEP_WEIGHTS.map((priceWeight) => {
    const winner = winnerAt(entries, settings, priceWeight);
    return { priceWeight, winner: winner === null ? null : names[winner]! };
  });
  const changesAt = points.filter((p, k) => k > 0 && p.winner !== points[k - 1]!.winner).map((p) => p.priceWeight);
  return { points, changesAt };
}

/**
 * The winner at the chosen weight also wins at both ends of the window (clamped to 0-1). That is
 * enough for the whole window: each vendor's overall score is a line in the price weight, and the
 * set of weights where one line is highest is an interval, so a vendor first at both ends is
 * first everywhere between (a tie inside would be a tie everywhere, already seen at the ends).
 */
export function winnerHoldsNear(entries: readonly Entry[], settings: ScoreSettings): boolean {
  const chosen = winnerAt(entries, settings, settings.priceWeight);
  const clamp = (w: number) => Math.min(1, Math.max(0, w));
  const ends = [clamp(settings.priceWeight - PRICE_WEIGHT_WINDOW), clamp(settings.priceWeight + PRICE_WEIGHT_WINDOW)];
  return ends.every((w) => winnerAt(entries, settings, w) === chosen);
}

/** Consecutive sweep points with the same winner, as one run: how the sweep is told in words. */
export function sweepRuns(points: readonly PriceWeightPoint[]): { from: number; to: number; winner: string | null }[] {
  const runs: { from: number; to: number; winner: string | null }[] = [];
  for (const p of points) {
    const last = runs[runs.length - 1];
    if (last && last.winner === p.winner) last.to = p.priceWeight;
    else runs.push({ from: p.priceWeight, to: p.priceWeight, winner: p.winner });
  }
  return runs;
}
