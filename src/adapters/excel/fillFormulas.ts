/**
 * "Fill pricing formulas" through Office.js in at most two syncs: one reads the blocks the fill
 * plan needs, straight through their defined names (no listing of names first), one writes
 * every changed formula, adjacent cells grouped into 2-D writes. Nothing is written when the
 * formulas already match, or when overwritten cells need the user's consent first.
 */
import { PRICING_INPUTS } from '../../core/catalogue/pricingInputs';
import { planFill, type VendorFill } from '../../core/fill/planFill';
import { cellAddress, parseCell, parseRange } from '../../core/plan/a1';
import { parseNameReference, type NamedBlock, type Snapshot } from '../../core/snapshot/types';
import { inputName } from '../../core/template/pricingSheet';
import type { FillResult, OverwrittenCell } from './contract';
import { FillRefusedError, TemplateStructureError } from './errors';
import type { RangeLike, RequestContextLike } from './excelTypes';
import { canListFormulaCells, type FormulaEvidence, formulaTexts, queueFormulaEvidence } from './formulaCells';
import { EXCEL_SOURCE, snapshotValues } from './readSnapshot';
import { protectedSheets, type ProtectionMap, queueProtectionLoad, syncUnprotected, touchedProtected } from './protection';
import { groupIntoRects } from './rects';
import { queueWrites as queueOps } from './queueWrites';
import { buildPatchOps } from './writeOps';
import { patchChartSpec } from './overviewChart';
import type { WorkbookPatch } from '../../core/plan/types';
import type { WorksheetLike } from './excelTypes';

/** Raises FillRefusedError when the user has content where the upgrade writes; returns the syncs used. */
async function checkEmpty(context: RequestContextLike, patch: WorkbookPatch): Promise<number> {
  if (patch.mustBeEmpty.length === 0) return 0;
  const ranges = patch.mustBeEmpty.map(({ sheet, range }) => ({
    sheet,
    range,
    cells: context.workbook.worksheets.getItemOrNullObject(sheet).getRangeByIndexes(range.row, range.col, range.rows, range.cols).load({ values: true }),
  }));
  await context.sync();
  const occupied = ranges.flatMap(({ sheet, range, cells }) =>
    cells.values.flatMap((row, r) => row.flatMap((v, c) => (v === '' || v === null ? [] : [`${sheet}!${cellAddress(range.row + r, range.col + c)}`]))),
  );
  if (occupied.length > 0) throw new FillRefusedError('upgradeOccupied', occupied);
  return 1;
}

function queuePatch(context: RequestContextLike, patch: WorkbookPatch): void {
  const sheets = new Map<string, WorksheetLike>();
  for (const name of new Set([...patch.insertRows.map((i) => i.sheet), ...patch.sheets.map((s) => s.name)])) {
    sheets.set(name, context.workbook.worksheets.getItemOrNullObject(name));
  }
  // An upgrade that adds the chart's data block draws the chart over it, as an insert does.
  queueOps(context, buildPatchOps(patch, patchChartSpec(patch)), sheets);
}

/** Every block planFill reads (pricingColumnsFromSnapshot, vendorColumns, templateLanguage). */
export const FILL_BLOCKS: readonly string[] = [
  'vc_VendorNames',
  'vc_Model',
  'vc_QuoteCurrency',
  'vc_Computed',
  ...PRICING_INPUTS.map((i) => inputName(i.key)),
  'vc_DevHours',
  'vc_OpsHours',
  'vc_Incidents',
  'vc_OnsiteDays',
  'vc_Language',
  // What an upgrade from the previous layout reads (where the new tables go, the labels' currency).
  'vc_LayoutVersion',
  'vc_Term',
  'vc_Currency',
  'vc_Placeholders',
  'vc_QuestionIds',
  'vc_CoverageIds',
];

/** Read for where they are only (the template language's last clue; what an upgrade checks
 * before it rewrites Questions, Coverage, the Scorecard and the ranking), so no answer is sent. */
const LOCATION_ONLY: readonly string[] = ['vc_Answers', 'vc_Answered', 'vc_Coverage', 'vc_ScoreInputs', 'vc_QualityScore', 'vc_Ranking'];

interface NamedRange {
  name: string;
  range: RangeLike;
  /** null for a block read for its place only. */
  formulaCells: FormulaEvidence | null;
}

/** One sync: the fill blocks with values and formulas (and which cells hold real formulas), as
 * a Snapshot (no `above` rows, no broken-name details: a missing or broken block is absent). */
export async function readFillSnapshot(context: RequestContextLike): Promise<Snapshot> {
  return (await readFillState(context)).snapshot;
}

/** The snapshot and, in the same sync, which sheets are protected. */
async function readFillState(context: RequestContextLike): Promise<{ snapshot: Snapshot; protection: ProtectionMap }> {
  const sheets = queueProtectionLoad(context);
  const rangeOf = (name: string) => context.workbook.names.getItemOrNullObject(name).getRangeOrNullObject();
  const listFormulaCells = canListFormulaCells();
  const full: NamedRange[] = FILL_BLOCKS.map((name) => {
    const range = rangeOf(name).load({ address: true, values: true, formulas: true, valueTypes: true });
    return { name, range, formulaCells: queueFormulaEvidence(range, listFormulaCells) };
  });
  const located: NamedRange[] = LOCATION_ONLY.map((name) => ({ name, range: rangeOf(name).load({ address: true }), formulaCells: null }));
  await context.sync();

  const blocks: Record<string, NamedBlock> = {};
  for (const { name, range, formulaCells } of [...full, ...located]) {
    if (range.isNullObject) continue;
    const where = parseNameReference(range.address);
    if (!where) continue;
    const rect = parseRange(where.address);
    blocks[name] = {
      name,
      sheet: where.sheet,
      range: rect,
      values: formulaCells ? snapshotValues(range.values, range.valueTypes) : [],
      formulas: formulaCells ? formulaTexts(range, rect, formulaCells) : [],
      above: null,
    };
  }
  const snapshot: Snapshot = { source: EXCEL_SOURCE, sheetNames: sheets.items.map((s) => s.name), blocks, broken: [] };
  return { snapshot, protection: protectedSheets(sheets) };
}

/** Queue the formula writes of the changed vendors; "" clears a cell that must be empty. */
function queueWrites(context: RequestContextLike, vendors: readonly VendorFill[]): void {
  const bySheet = new Map<string, { row: number; col: number; value: string }[]>();
  for (const change of vendors.flatMap((v) => v.changes)) {
    const { row, col } = parseCell(change.cell.address);
    const list = bySheet.get(change.cell.sheet) ?? [];
    list.push({ row, col, value: change.content ? `=${change.content.formula}` : '' });
    bySheet.set(change.cell.sheet, list);
  }
  for (const [sheetName, cells] of bySheet) {
    const sheet = context.workbook.worksheets.getItemOrNullObject(sheetName);
    for (const { rect, values } of groupIntoRects(cells)) {
      sheet.getRangeByIndexes(rect.row, rect.col, rect.rows, rect.cols).formulas = values;
    }
  }
}

/** The names to blame when planFill finds no usable structure. */
function missingBlocks(snapshot: Snapshot): string[] {
  const missing = FILL_BLOCKS.filter((n) => !snapshot.blocks[n]);
  // All present: vc_Computed is not under vc_Model (moved, or on another sheet).
  return missing.length > 0 ? missing : ['vc_Model', 'vc_Computed'];
}

/** Plan the fill on a snapshot already read (1 sync so far) and write it (1 more at most), the
 * protected sheets it writes to unprotected around the write (`protection`, read with it). */
export async function applyFill(
  context: RequestContextLike,
  snapshot: Snapshot,
  replaceOverwritten: boolean,
  protection: ProtectionMap = new Map(),
): Promise<FillResult> {
  const plan = planFill(snapshot);
  if (!plan.ok && (plan.reason === 'newerVersion' || plan.reason === 'upgradeColumns')) throw new FillRefusedError(plan.reason);
  if (!plan.ok) throw new TemplateStructureError('fill', missingBlocks(snapshot));
  const changed = plan.vendors.filter((v) => v.changes.length > 0);
  const overwritten: OverwrittenCell[] = changed.flatMap((v) =>
    v.changes.filter((c) => c.overwritten).map((c) => ({ vendor: v.vendor, sheet: c.cell.sheet, address: c.shown })),
  );
  const changedVendors = changed.map((v) => v.vendor);
  const upgraded = plan.upgrade !== null;
  if (overwritten.length > 0 && !replaceOverwritten) return { changedVendors, overwritten, applied: false, upgraded: false, syncs: 1 };
  if (changed.length === 0 && !upgraded) return { changedVendors, overwritten, applied: true, upgraded, syncs: 1 };
  // An upgrade (once per workbook) first reads where it adds tables: one more sync.
  const checked = plan.upgrade ? await checkEmpty(context, plan.upgrade) : 0;
  // An upgrade inserts rows first: the fill's addresses are those after it, as Excel applies
  // the queued operations in order.
  const upgrade = plan.upgrade;
  const touched = [
    ...changed.flatMap((v) => v.changes.map((c) => c.cell.sheet)),
    ...(upgrade ? [...upgrade.insertRows.map((i) => i.sheet), ...upgrade.sheets.map((s) => s.name)] : []),
  ];
  await syncUnprotected(context, touchedProtected(protection, touched), () => {
    if (upgrade) queuePatch(context, upgrade);
    queueWrites(context, changed);
  });
  return { changedVendors, overwritten, applied: true, upgraded, syncs: 2 + checked };
}

export async function fillFormulas(context: RequestContextLike, replaceOverwritten: boolean): Promise<FillResult> {
  const { snapshot, protection } = await readFillState(context);
  return applyFill(context, snapshot, replaceOverwritten, protection);
}
