/**
 * Rank reversal (DOMAIN.md section 7): take each complete vendor out in turn, score the others
 * again and list every two remaining complete vendors whose order flips.
 *
 * Taking a vendor out removes it from every relative score, not only the price score: the price
 * score (lowest TCO / TCO, or min-max between the lowest and highest TCO present) and also C1,
 * whose hours are scored as best / value with the best among the vendors present. The question
 * the test asks is "how would the others rank had this vendor not bid"; keeping its response
 * time as C1's benchmark would rank the others against a tender no longer there, a ranking the
 * workbook itself would never show (its C1 formula takes the MIN across the vendor columns).
 * Vendors with incomplete inputs stay in, as they stay on the sheet (their TCO still sets the
 * price range, their response times C1's best), and are never compared.
 */
import type { ScoreSettings } from '../costs/scores';
import { overallScores, type Entry } from './standing';
import type { RankReversal } from './types';

/**
 * Scores are 0-100; two closer than this are tied, so floating-point noise (the same score
 * computed through another lowest TCO) is not reported as a flip. A reversal is a strict order
 * both before and after: a tie that opens up is not one.
 */
export const TIE_TOLERANCE = 1e-9;

/** +1: a ahead of b, -1: b ahead of a, 0: tied. */
function order(a: number, b: number): number {
  return a - b > TIE_TOLERANCE ? 1 : b - a > TIE_TOLERANCE ? -1 : 0;
}

/** In workbook order of the removed vendor, then of the pair's first and second vendor in the workbook. */
export function rankReversals(entries: readonly Entry[], settings: ScoreSettings, names: readonly string[]): RankReversal[] {
  const before = overallScores(entries, settings);
  const complete = before.flatMap((s, i) => (s === undefined ? [] : [i]));
  const reversals: RankReversal[] = [];
  for (const removed of complete) {
    const kept = entries.flatMap((e, i) => (i === removed ? [] : [{ e, i }]));
    const scores = overallScores(
      kept.map((k) => k.e),
      settings,
    );
    const after = new Map(kept.map((k, j) => [k.i, scores[j]]));
    const others = complete.filter((i) => i !== removed);
    for (const [x, a] of others.entries()) {
      for (const b of others.slice(x + 1)) {
        const was = order(before[a]!, before[b]!);
        const is = order(after.get(a)!, after.get(b)!);
        if (was !== 0 && is !== 0 && was !== is)
          reversals.push({ removed: names[removed]!, pair: was > 0 ? [names[a]!, names[b]!] : [names[b]!, names[a]!] });
      }
    }
  }
  return reversals;
}
