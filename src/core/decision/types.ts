/**
 * The decision check's result (DOMAIN.md section 7, issue 11): what `vendor-compare check`
 * prints (its --json is this shape per file), what the Decision sheet shows, what the pane's
 * Decision panel draws. Vendors are named as the workbook names them; costs in the buyer's currency.
 */

/** Which test a ranking fails; a robust ranking fails none. */
export type DecisionReason =
  /** No vendor is complete (costs and quality), so there is no ranking to test. */
  | 'noCompleteVendor'
  /** The winner changes for a price weight within +/-10 points of the chosen one. */
  | 'priceWeight'
  /** Removing a vendor flips the order of the winner and another vendor. */
  | 'rankReversal'
  /** The winner is not cheapest-or-best for every demand multiplier from 0.5 to 2. */
  | 'demand';

export interface PriceWeightPoint {
  /** 0, 0.1, ..., 1 (fractions; shown as %). */
  priceWeight: number;
  /** The first-ranked vendor at that weight (ties: the first in workbook order), or null. */
  winner: string | null;
}

export interface RankReversal {
  /** The vendor taken out. */
  removed: string;
  /** The two remaining vendors whose order flips: [ahead before, ahead after]. */
  pair: [string, string];
}

export interface DemandPoint {
  multiplier: number;
  /** Each complete vendor's TCO at this demand. */
  tco: Record<string, number>;
  /** Each complete vendor's TCO rank (1 = cheapest). */
  rank: Record<string, number>;
  cheapest: string | null;
}

export interface BreakEven {
  /** The demand multiplier (to 0.01, in 0.1-5) at which the cheapest vendor changes. */
  multiplier: number;
  from: string;
  to: string;
}

export interface AbnormallyLow {
  vendor: string;
  tco: number;
  /** Median TCO of the complete vendors. */
  median: number;
  /** The threshold used (fraction of the median, default 0.7). */
  threshold: number;
}

export interface Disagreement {
  vendor: string;
  /** C1..C6. */
  criterion: string;
  evaluators: string[];
  /** Each evaluator's normalised score (0-100), in the order of `evaluators`. */
  scores: number[];
}

export interface DecisionReport {
  robust: boolean;
  winner: string | null;
  reasons: DecisionReason[];
  /** The chosen price weight (fraction). */
  priceWeight: number;
  priceWeights: PriceWeightPoint[];
  /** Price weights (fractions) at which the winner differs from the previous point's. */
  winnerChangesAt: number[];
  rankReversals: RankReversal[];
  demand: DemandPoint[];
  breakEven: BreakEven[];
  abnormallyLow: AbnormallyLow[];
  disagreements: Disagreement[];
  /** Vendors left out of the ranking (missing costs or quality inputs). */
  incomplete: string[];
}
