/**
 * The decision check (DOMAIN.md section 7, issue 11): price weight sweep, rank reversal, demand
 * sensitivity, abnormally low tenders, and the verdict. Pure: inputs in, DecisionReport out.
 */
import { computeCosts } from '../costs/costModel';
import type { Snapshot } from '../snapshot/types';
import { abnormallyLow } from './abnormal';
import { breakEvens, cheapest, demandPoints, kinks, tcoCurve, tcoOf } from './demand';
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
  // TCO by demand of every vendor with costs (their TCOs set the price scores), and its view of
  // the complete vendors (the demand table, the cheapest, the break-evens).
  const costed = entries.flatMap((e, i) => (e.tco === undefined ? [] : [i]));
  const curve = tcoCurve(
    costed.map((i) => vendors[i]!.prices),
    a,
  );
  const position = new Map(costed.map((i, p) => [i, p]));
  const completeCurve = tcoOf(
    curve,
    complete.map((i) => position.get(i)!),
  );
  const completeNames = complete.map((i) => names[i]!);
  const winnerName = names[winner]!;
  // "Cheapest-or-best": cheapest among the complete vendors, or still first in the overall
  // ranking once every TCO (price scores included) is taken at that demand.
  const holdsAt = (m: number): boolean => {
    if (complete[cheapest(completeCurve(m))!] === winner) return true;
    const tcos = curve(m);
    const scaled = entries.map((e, i) => ({ ...e, tco: e.tco === undefined ? undefined : tcos[position.get(i)!] }));
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
    demand: demandPoints(completeNames, completeCurve),
    breakEven: breakEvens(
      completeNames,
      completeCurve,
      kinks(
        complete.map((i) => vendors[i]!.prices),
        a,
      ),
    ),
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
