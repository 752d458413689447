/**
 * The decision check (DOMAIN.md section 7, issue 11): price weight sweep, rank reversal, demand
 * sensitivity, abnormally low tenders, and the verdict. Pure: inputs in, DecisionReport out.
 */
import { computeCosts } from '../costs/costModel';
import type { Snapshot } from '../snapshot/types';
import { abnormallyLow } from './abnormal';
import { breakEvens, cheapestAt, demandPoints, tcoAt, type Priced } from './demand';
import { disagreementsOf } from './disagreements';
import { decisionInputsFromSnapshot, type DecisionInputs } from './inputs';
import { rankReversals } from './reversals';
import { firstRanked, overallScores, type Entry } from './standing';
import { priceWeightSweep, winnerHoldsNear } from './sweep';
import type { DecisionReason, DecisionReport, Disagreement } from './types';

/**
 * The demand multipliers the verdict asks the winner to hold for (x0.5 to x2), every 0.01: the
 * resolution at which break-evens are reported. Between two steps the winner could lose for a
 * stretch narrower than 0.01; that is below what the check claims to see.
 */
export const VERDICT_DEMAND: readonly number[] = Array.from({ length: 151 }, (_, k) => (50 + k) / 100);

export function checkDecision(inputs: DecisionInputs, disagreements: readonly Disagreement[]): DecisionReport {
  const { vendors, assumptions: a, settings } = inputs;
  const names = vendors.map((v) => v.name);
  const entries: Entry[] = vendors.map((v) => {
    const costs = a ? computeCosts(v.prices, a) : null;
    return { tco: costs?.complete ? costs.costs.tco : undefined, quality: v.quality };
  });
  // Complete as the Overview ranks them: costs and quality both complete (an overall score).
  const overall = overallScores(entries, settings);
  const complete = overall.flatMap((s, i) => (s === undefined ? [] : [i]));
  const sweep = priceWeightSweep(entries, settings, names);
  const common = {
    priceWeight: settings.priceWeight,
    priceWeights: sweep.points,
    winnerChangesAt: sweep.changesAt,
    disagreements: [...disagreements],
    incomplete: names.filter((_, i) => overall[i] === undefined),
  };
  const winner = firstRanked(overall);
  if (winner === null || a === null) {
    return { robust: false, winner: null, reasons: ['noCompleteVendor'], ...common, rankReversals: [], demand: [], breakEven: [], abnormallyLow: [] };
  }

  const reversals = rankReversals(entries, settings, names);
  const priced: Priced[] = complete.map((i) => ({ name: names[i]!, prices: vendors[i]!.prices }));
  const winnerName = names[winner]!;
  // "Cheapest-or-best": cheapest among the complete vendors, or still first in the overall
  // ranking once every TCO (price scores included) is taken at that demand.
  const holdsAt = (m: number): boolean => {
    if (complete[cheapestAt(priced, a, m)!] === winner) return true;
    const scaled = entries.map((e, i) => ({ ...e, tco: e.tco === undefined ? undefined : tcoAt(vendors[i]!.prices, a, m) }));
    return firstRanked(overallScores(scaled, settings)) === winner;
  };
  const reasons: DecisionReason[] = [];
  if (!winnerHoldsNear(entries, settings)) reasons.push('priceWeight');
  if (reversals.some((r) => r.pair.includes(winnerName))) reasons.push('rankReversal');
  if (!VERDICT_DEMAND.every(holdsAt)) reasons.push('demand');
  return {
    robust: reasons.length === 0,
    winner: winnerName,
    reasons,
    ...common,
    rankReversals: reversals,
    demand: demandPoints(priced, a),
    breakEven: breakEvens(priced, a),
    abnormallyLow: abnormallyLow(
      complete.map((i) => ({ vendor: names[i]!, tco: entries[i]!.tco! })),
      inputs.abnormalThreshold,
    ),
  };
}

/** The check of a workbook, with the evaluators' disagreements read from it (see disagreements.ts). */
export function decisionReport(snapshot: Snapshot): DecisionReport {
  return checkDecision(decisionInputsFromSnapshot(snapshot), disagreementsOf(snapshot));
}
