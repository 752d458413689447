import type { VendorListProblem } from '../options';

/** What a field's value should have been; each kind has one phrase in the message catalogue. */
export type Expectation =
  | { kind: 'nonNegative' }
  | { kind: 'positive' }
  | { kind: 'fraction' }
  | { kind: 'wholeRange'; min: number; max: number }
  | { kind: 'wholeAtLeast'; min: number }
  | { kind: 'text'; max?: number }
  | { kind: 'object' }
  | { kind: 'list' }
  | { kind: 'oneOf'; allowed: readonly string[] }
  | { kind: 'currencyCode' };

/** What is wrong with one field. */
export type Issue =
  | { kind: 'invalid'; expected: Expectation; got: unknown }
  | { kind: 'unknownKey'; allowed: readonly string[] }
  | { kind: 'missing' }
  | { kind: 'demandLength'; entries: number; termYears: number }
  | { kind: 'unknownQuestion'; allowed: readonly string[] }
  | { kind: 'vendorName'; problem: Exclude<VendorListProblem, { kind: 'none' | 'tooMany' }> }
  | { kind: 'noVendors' }
  /** A bad list of evaluators (blank, too long, twice, too many). */
  | { kind: 'evaluatorName'; problem: Exclude<VendorListProblem, { kind: 'none' }> }
  /** `ratings` given while evaluators are listed (`withEvaluators`), or `ratingsBy` without them. */
  | { kind: 'ratingsShape'; withEvaluators: boolean }
  | { kind: 'noFxRate'; currency: string; comparison: string }
  | { kind: 'tooManyVendors'; max: number; got: number };

/**
 * One problem in an import file (or in command-line values, which share the checks).
 * `field` is the path inside the vendor, or from the root when there is no vendor:
 * "platformFee", "tiers.enterprise.fee", "answers.Q9", "demand[2].incidents", "termYears".
 */
export interface ImportProblem {
  vendor?: { index: number; name?: string };
  field: string;
  issue: Issue;
}
