/**
 * Add or remove a vendor through Office.js in two syncs: one reads every template block (where
 * it is, and the inputs' values) with the sheets' protection, one makes the change: Excel's own
 * Insert / Delete of the vendor's columns (every reference, name, rule and chart of the user's
 * follows), then the template's cells, formats, rules and names of the changed sheets, and the
 * chart drawn again; protected sheets are unprotected around it and protected again.
 */
import { parseRange } from '../../core/plan/a1';
import type { WorkbookPatch } from '../../core/plan/types';
import { parseNameReference, RESULT_ONLY_NAMES, type NamedBlock, type Snapshot } from '../../core/snapshot/types';
import { templateNameList } from '../../core/template/planTemplate';
import { planVendorChange, type VendorChangeRequest } from '../../core/vendors/planVendorChange';
import type { VendorChangeResult } from './contract';
import { VendorChangeRefusedError } from './errors';
import type { RequestContextLike, WorksheetLike } from './excelTypes';
import { patchChartSpec } from './overviewChart';
import { protectedSheets, type ProtectionMap, queueProtectionLoad, syncUnprotected, touchedProtected } from './protection';
import { queueWrites } from './queueWrites';
import { EXCEL_SOURCE, snapshotValues } from './readSnapshot';
import { buildPatchOps } from './writeOps';

/** The vendor names of Pricing's header, in one sync (none when the workbook has no template). */
export async function listVendors(context: RequestContextLike): Promise<string[]> {
  const range = context.workbook.names.getItemOrNullObject('vc_VendorNames').getRangeOrNullObject().load({ values: true });
  await context.sync();
  return range.isNullObject ? [] : (range.values[0] ?? []).map((v) => String(v).trim());
}

/** One sync: every template name's place and, but for computed results, its values;
 * `withFormulas`: the names whose formulas are read too (inputs a change moves). */
export async function readVendorState(
  context: RequestContextLike,
  withFormulas: ReadonlySet<string> = new Set(),
): Promise<{ snapshot: Snapshot; protection: ProtectionMap }> {
  const sheets = queueProtectionLoad(context);
  const ranges = templateNameList().map((name) => {
    const range = context.workbook.names.getItemOrNullObject(name).getRangeOrNullObject();
    // Computed results are read for their place only: no rule or plan needs their values.
    const valuesToo = !RESULT_ONLY_NAMES.has(name);
    if (valuesToo) range.load({ address: true, values: true, valueTypes: true, ...(withFormulas.has(name) ? { formulas: true } : {}) });
    else range.load({ address: true });
    return { name, range, valuesToo };
  });
  await context.sync();
  const blocks: Record<string, NamedBlock> = {};
  for (const { name, range, valuesToo } of ranges) {
    const where = range.isNullObject ? null : parseNameReference(range.address);
    if (!where) continue;
    const values = valuesToo ? snapshotValues(range.values, range.valueTypes) : [];
    // Office.js gives a formula cell's text ("=..."), any other cell's value.
    const formulas = withFormulas.has(name)
      ? range.formulas.map((row) => row.map((f) => (typeof f === 'string' && f.startsWith('=') ? f : null)))
      : [];
    blocks[name] = { name, sheet: where.sheet, range: parseRange(where.address), values, formulas, above: null };
  }
  return { snapshot: { source: EXCEL_SOURCE, sheetNames: sheets.items.map((s) => s.name), blocks, broken: [] }, protection: protectedSheets(sheets) };
}

/** Every sheet the patch writes to, in its own order. */
function patchSheets(patch: WorkbookPatch): string[] {
  const names = [
    ...(patch.edits ?? []).map((e) => e.sheet),
    ...(patch.clearCells ?? []).map((c) => c.sheet),
    ...(patch.clearRules ?? []).map((c) => c.sheet),
    ...patch.sheets.map((s) => s.name),
    ...patch.names.map((n) => n.sheet),
  ];
  return [...new Set(names)];
}

/**
 * `removeConfirmed`: the user saw what the removed vendor's column holds and agreed. Without it
 * a removal that would take inputs writes nothing (1 sync) and lists them.
 */
export async function changeVendors(
  context: RequestContextLike,
  request: VendorChangeRequest,
  removeConfirmed: boolean,
): Promise<VendorChangeResult> {
  const { snapshot, protection } = await readVendorState(context);
  const change = planVendorChange(snapshot, request);
  if ('reason' in change) throw new VendorChangeRefusedError(change);
  const base = { vendor: change.vendor, held: change.held };
  if (change.held.length > 0 && !removeConfirmed) {
    return { ...base, applied: false, vendors: snapshot.blocks.vc_VendorNames?.values[0]?.map(String) ?? [], syncs: 1 };
  }
  await writePatch(context, change.patch, protection);
  return { ...base, applied: true, vendors: change.vendors, syncs: 2 };
}

/** One sync: the patch written (Excel's own Insert / Delete first), protected sheets unprotected
 * around it and protected again. */
export async function writePatch(context: RequestContextLike, patch: WorkbookPatch, protection: ProtectionMap): Promise<void> {
  const touched = patchSheets(patch);
  const sheets = new Map<string, WorksheetLike>(touched.map((name) => [name, context.workbook.worksheets.getItemOrNullObject(name)]));
  await syncUnprotected(context, touchedProtected(protection, touched), () => {
    queueWrites(context, buildPatchOps(patch, patch.redrawChart ? patchChartSpec(patch) : null), sheets);
  });
}
