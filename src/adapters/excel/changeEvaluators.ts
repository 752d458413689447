/**
 * Add or remove an evaluator through Office.js in two syncs, as a vendor is (changeVendors):
 * one sync reads every template block (the plain Scorecard inputs' formulas too, which move into
 * the first evaluator's block), one makes the change with Excel's own Insert / Delete of the
 * evaluator's rows, then the Scorecard's template cells, formats, rules and names.
 */
import { planEvaluatorChange, type EvaluatorChangeRequest } from '../../core/evaluators/planEvaluatorChange';
import { readVendorState, writePatch } from './changeVendors';
import type { EvaluatorChangeResult } from './contract';
import { EvaluatorChangeRefusedError } from './errors';
import type { RequestContextLike } from './excelTypes';

/** The evaluators of the Scorecard, in block order, in one sync; none for the one-evaluator Scorecard. */
export async function listEvaluators(context: RequestContextLike): Promise<string[]> {
  const range = context.workbook.names.getItemOrNullObject('vc_EvaluatorNames').getRangeOrNullObject().load({ values: true });
  await context.sync();
  return range.isNullObject ? [] : range.values.map((row) => String(row[0] ?? '').trim());
}

/**
 * `removeConfirmed`: the user saw the ratings the removed evaluator's block holds and agreed.
 * Without it a removal that would take ratings writes nothing (1 sync) and lists them.
 */
export async function changeEvaluators(
  context: RequestContextLike,
  request: EvaluatorChangeRequest,
  removeConfirmed: boolean,
): Promise<EvaluatorChangeResult> {
  const { snapshot, protection } = await readVendorState(context, new Set(['vc_ScoreInputs']));
  const change = planEvaluatorChange(snapshot, request);
  if ('reason' in change) throw new EvaluatorChangeRefusedError(change);
  const base = { evaluator: change.evaluator, held: change.held };
  if (change.held.length > 0 && !removeConfirmed) {
    const evaluators = (snapshot.blocks.vc_EvaluatorNames?.values ?? []).map((row) => String(row[0] ?? '').trim());
    return { ...base, applied: false, evaluators, syncs: 1 };
  }
  await writePatch(context, change.patch, protection);
  return { ...base, applied: true, evaluators: change.evaluators, syncs: 2 };
}
