/**
 * Adds a vendor to (then removes one from) the largest template of `vendorCount` vendors in the
 * double, the removed vendor's inputs confirmed, and reports what Excel would have seen: syncs
 * and the largest request of each; likewise an evaluator. For the benchmark and its bound test.
 */
import { changeEvaluators } from '../../src/adapters/excel/changeEvaluators';
import { changeVendors } from '../../src/adapters/excel/changeVendors';
import { insertTemplate } from '../../src/adapters/excel/insertTemplate';
import type { TemplateOptions } from '../../src/core/options';
import { measurementOptions } from './measureInsert';
import { createWorkbook } from './workbook';

type Measured = { syncs: number; maxPayloadBytes: number; ms: number };
type Context = ReturnType<ReturnType<typeof createWorkbook>['newContext']>;

export interface VendorChangeMeasurement {
  add: Measured;
  remove: Measured;
}

/** `add` then `remove` on a fresh insert of `options`, each measured on its own context. */
async function measureChange(
  options: TemplateOptions,
  latencyMs: number,
  add: (context: Context) => Promise<unknown>,
  remove: (context: Context) => Promise<unknown>,
): Promise<VendorChangeMeasurement> {
  const wb = createWorkbook();
  await insertTemplate(wb.newContext(), options);
  wb.latencyMs = latencyMs;
  const run = async (change: (context: Context) => Promise<unknown>): Promise<Measured> => {
    const context = wb.newContext();
    const start = performance.now();
    await change(context);
    return { syncs: context.stats.syncs, maxPayloadBytes: context.stats.maxPayloadBytes, ms: performance.now() - start };
  };
  return { add: await run(add), remove: await run(remove) };
}

export function measureVendorChange(vendorCount: number, latencyMs = 0): Promise<VendorChangeMeasurement> {
  return measureChange(
    measurementOptions(vendorCount),
    latencyMs,
    (context) => changeVendors(context, { kind: 'add', name: 'Newcomer', before: 'Vendor 2' }, false),
    (context) => changeVendors(context, { kind: 'remove', name: 'Vendor 2' }, true),
  );
}

/** `evaluatorCount` evaluators (0: the one-evaluator Scorecard, whose inputs then move into a block). */
export function measureEvaluatorChange(vendorCount: number, evaluatorCount: number, latencyMs = 0): Promise<VendorChangeMeasurement> {
  const evaluators = Array.from({ length: evaluatorCount }, (_, i) => `Evaluator ${i + 1}`);
  return measureChange(
    { ...measurementOptions(vendorCount), evaluators },
    latencyMs,
    (context) => changeEvaluators(context, { kind: 'add', name: 'Newcomer', ...(evaluatorCount > 1 ? { before: 'Evaluator 2' } : {}) }, false),
    (context) => changeEvaluators(context, { kind: 'remove', name: evaluatorCount > 1 ? 'Evaluator 2' : 'Newcomer' }, true),
  );
}
