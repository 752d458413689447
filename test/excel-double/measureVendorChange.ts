/**
 * Adds a vendor to (then removes one from) the largest template of `vendorCount` vendors in the
 * double, the removed vendor's inputs confirmed, and reports what Excel would have seen: syncs
 * and the largest request of each. For the benchmark and its bound test.
 */
import { changeVendors } from '../../src/adapters/excel/changeVendors';
import { insertTemplate } from '../../src/adapters/excel/insertTemplate';
import { measurementOptions } from './measureInsert';
import { createWorkbook } from './workbook';

export interface VendorChangeMeasurement {
  add: { syncs: number; maxPayloadBytes: number; ms: number };
  remove: { syncs: number; maxPayloadBytes: number; ms: number };
}

export async function measureVendorChange(vendorCount: number, latencyMs = 0): Promise<VendorChangeMeasurement> {
  const wb = createWorkbook();
  await insertTemplate(wb.newContext(), measurementOptions(vendorCount));
  wb.latencyMs = latencyMs;
  const run = async (change: (context: ReturnType<typeof wb.newContext>) => Promise<unknown>) => {
    const context = wb.newContext();
    const start = performance.now();
    await change(context);
    return { syncs: context.stats.syncs, maxPayloadBytes: context.stats.maxPayloadBytes, ms: performance.now() - start };
  };
  const add = await run((context) => changeVendors(context, { kind: 'add', name: 'Newcomer', before: 'Vendor 2' }, false));
  const remove = await run((context) => changeVendors(context, { kind: 'remove', name: 'Vendor 2' }, true));
  return { add, remove };
}
