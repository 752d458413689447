/**
 * Evaluator disagreement for the decision check (DOMAIN.md section 3: evaluators' normalised
 * scores 40 points or more apart on a criterion).
 *
 * SEAM: the Scorecard's evaluator blocks are being added in parallel (issue 11, multiple
 * evaluators). Until they are merged no workbook has evaluator blocks, so this returns [] and the
 * check reports no disagreement. After the merge, the lead makes this call the evaluators'
 * module; checkDecision() takes the list as a parameter and needs no change.
 */
import type { Snapshot } from '../snapshot/types';
import type { Disagreement } from './types';

export function disagreementsOf(snapshot: Snapshot): Disagreement[] {
  void snapshot;
  return [];
}
