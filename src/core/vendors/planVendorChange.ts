/**
 * A vendor added to or removed from a workbook that holds a template, in place: as a user would
 * do it in Excel. Each vendor block gets a column inserted (or loses the vendor's column), each
 * per-vendor row block a row, so every reference follows - ours, the user's own formulas and
 * charts, conditional formats, validations, names. Then the template's own cells, formats and
 * rules of the changed sheets are written as a fresh template with the new vendor list would
 * have them, never over an input of a vendor already there. The result computes as a fresh
 * template with the same vendors and inputs does (tested that way).
 */
import { moveRect, type SheetEdit } from '../formulas/shiftRefs';
import { MAX_VENDOR_NAME_LENGTH, MAX_VENDORS } from '../options';
import type { Plan, Rect, SheetKey, WorkbookPatch } from '../plan/types';
import { sheetRef } from '../plan/a1';
import type { Snapshot } from '../snapshot/types';
import { LAYOUT_VERSION } from '../template/layout';
import { optionsOf, scenariosOf } from '../template/optionsFromSnapshot';
import { planTemplate } from '../template/planTemplate';
import {
  changedSheets,
  inside,
  outOfPlace,
  plannedValue,
  repaint,
  sameRect,
  shown,
  templateSheetNames,
  withoutDecision,
} from '../template/inPlaceChange';
import { layoutVersion } from '../fill/upgrade';
import { vendorColumns } from '../validation/workbookModel';
import { folded, refuseListName, type ListChangeRefusal } from '../template/listNames';

export { templateSheetNames };

export type VendorChangeRequest = { kind: 'add'; name: string; before?: string } | { kind: 'remove'; name: string };

/** Why a change is not made; `names` lists the blocks not where the template puts them. */
export type VendorChangeRefusal = ListChangeRefusal | { reason: 'unknownVendor'; name: string; vendors: string[] } | { reason: 'lastVendor' };

/** An input cell of the removed vendor that holds something other than the template's default. */
export interface HeldInput {
  sheet: string;
  /** e.g. "Pricing!F12" as the workbook has it now. */
  cell: string;
  /** The block it belongs to, e.g. vc_Answers. */
  block: string;
  value: string;
}

export interface VendorChange {
  /** The vendor added or removed, named as the workbook has it (a removal) or trimmed (an add). */
  vendor: string;
  patch: WorkbookPatch;
  /** The vendor names once the patch is applied, in column order. */
  vendors: string[];
  /** The vendor's column index (0-based) added or removed. */
  index: number;
  /** For a removal: what the vendor's columns hold that a fresh column would not. */
  held: HeldInput[];
}

const refuseName = (name: string, existing: readonly string[]) =>
  refuseListName(name, existing, { maxLength: MAX_VENDOR_NAME_LENGTH, maxCount: MAX_VENDORS });

function indexOfVendor(name: string, vendors: readonly string[]): VendorChangeRefusal | number {
  const index = vendors.findIndex((v) => folded(v) === folded(name));
  return index >= 0 ? index : { reason: 'unknownVendor', name: name.trim(), vendors: [...vendors] };
}

export function planVendorChange(snapshot: Snapshot, request: VendorChangeRequest): VendorChange | VendorChangeRefusal {
  if (layoutVersion(snapshot) !== LAYOUT_VERSION) return { reason: 'layout' };
  const sheetNames = templateSheetNames(snapshot);
  if (!sheetNames) return { reason: 'layout' };
  const vendors = vendorColumns(snapshot).map((v) => v.name);
  const n = vendors.length;

  let index: number;
  let after: string[];
  if (request.kind === 'add') {
    const refused = refuseName(request.name, vendors);
    if (refused) return refused;
    const before = request.before === undefined ? n : indexOfVendor(request.before, vendors);
    if (typeof before !== 'number') return before;
    index = before;
    after = [...vendors.slice(0, index), request.name.trim(), ...vendors.slice(index)];
  } else {
    const found = indexOfVendor(request.name, vendors);
    if (typeof found !== 'number') return found;
    if (n === 1) return { reason: 'lastVendor' };
    index = found;
    after = vendors.filter((_, i) => i !== index);
  }

  const options = { ...optionsOf(snapshot, n), scenarios: scenariosOf(snapshot) };
  const withDecision = sheetNames.decision !== '';
  const planBefore = withoutDecision(planTemplate(options, [], sheetNames), withDecision);
  const planAfter = withoutDecision(planTemplate({ ...options, vendors: after.map((name) => ({ name })) }, [], sheetNames), withDecision);
  // The workbook must be as a template of n vendors has it.
  const misplaced = outOfPlace(snapshot, planBefore, sheetNames);
  if (misplaced) return misplaced;

  const { edits, cleared } = vendorEdits(planBefore, planAfter, sheetNames, n, index, request.kind === 'add' ? 1 : -1);
  const patch: WorkbookPatch = {
    edits,
    clearCells: cleared,
    insertRows: [],
    sheets: changedSheets(planBefore, planAfter).map((s) => {
      // Inputs of the vendors already there stay as typed; the inserted column gets the defaults.
      const fresh = request.kind === 'add' ? insertedCells(edits, s.name) : null;
      return repaint(s, (row, col, planned) => (fresh && (fresh.cols.has(col) || fresh.rows.has(row)) ? planned : null));
    }),
    names: planAfter.names.map((p) => ({ name: p.name, sheet: sheetNames[p.sheet], range: p.range, comment: p.comment, replace: true })),
    mustBeEmpty: [],
    clearRules: changedSheets(planBefore, planAfter).flatMap((s) =>
      [...s.validations, ...s.conditionalFormats].map((r) => ({ sheet: s.name, range: r.range })),
    ),
    redrawChart: true,
  };
  const held = request.kind === 'remove' ? heldInputs(snapshot, planBefore, planAfter, n, index) : [];
  return { vendor: request.kind === 'add' ? after[index]! : vendors[index]!, patch, vendors: after, index, held };
}

/**
 * The Overview's chart data has a column per vendor under the ranking table, which a column
 * inserted through the sheet would widen: that block is emptied and written anew instead (it
 * holds only formulas reading Pricing).
 */
const NO_COLUMN_EDITS: ReadonlySet<SheetKey> = new Set(['overview']);

/**
 * One column (row) inserted or deleted per vendor block, at the vendor's place in it. A block's
 * cells before its vendors (the chart data's label column) come first: the vendor's place is
 * after them. Column edits go right to left, so each one's place is still as planned; every
 * block is then checked to land where the new plan has it. `cleared`: the blocks written anew
 * instead, where they are once the edits are made.
 */
function vendorEdits(
  before: Plan,
  after: Plan,
  sheetNames: Record<SheetKey, string>,
  n: number,
  index: number,
  count: 1 | -1,
): { edits: SheetEdit[]; cleared: { sheet: string; range: Rect }[] } {
  const edits = new Map<string, SheetEdit>();
  const rewritten = new Set<string>();
  // A column (row) inserted just past a block does not widen it, in Excel either: the name is
  // defined anew over the new width.
  const appended = new Map<string, 'rows' | 'cols'>();
  for (const p of before.names) {
    const next = after.names.find((a) => a.name === p.name);
    if (!next) throw new Error(`the template of ${n + count} vendors has no ${p.name}`);
    for (const axis of ['cols', 'rows'] as const) {
      const size = axis === 'cols' ? p.range.cols : p.range.rows;
      const nextSize = axis === 'cols' ? next.range.cols : next.range.rows;
      if (size === nextSize) continue;
      if (nextSize - size !== count) throw new Error(`${p.name} changes by ${nextSize - size} ${axis}, not by one vendor`);
      if (axis === 'cols' && NO_COLUMN_EDITS.has(p.sheet)) {
        rewritten.add(p.name);
        continue;
      }
      const at = (axis === 'cols' ? p.range.col : p.range.row) + (size - n) + index;
      const sheet = sheetNames[p.sheet];
      edits.set(`${sheet}|${axis}|${at}`, { sheet, axis, at, count });
      if (count > 0 && at === (axis === 'cols' ? p.range.col : p.range.row) + size) appended.set(p.name, axis);
    }
  }
  const ordered = [...edits.values()].sort((a, b) => a.sheet.localeCompare(b.sheet) || a.axis.localeCompare(b.axis) || b.at - a.at);
  const cleared: { sheet: string; range: Rect }[] = [];
  for (const p of before.names) {
    const sheet = sheetNames[p.sheet];
    const moved = ordered.reduce<Rect | null>((rect, e) => (rect && e.sheet === sheet ? moveRect(rect, e) : rect), p.range);
    const axis = appended.get(p.name);
    const landed = moved && axis ? { ...moved, [axis]: moved[axis] + count } : moved;
    const next = after.names.find((a) => a.name === p.name)!;
    if (landed && rewritten.has(p.name)) cleared.push({ sheet, range: landed });
    else if (!landed || !sameRect(landed, next.range)) throw new Error(`${p.name} would not land where the template of ${n + count} vendors has it`);
  }
  return { edits: ordered, cleared };
}

/** The cells the edits inserted on a sheet, as their final rows / columns. */
function insertedCells(edits: readonly SheetEdit[], sheet: string): { rows: Set<number>; cols: Set<number> } {
  const rows = new Set<number>();
  const cols = new Set<number>();
  const mine = edits.filter((e) => e.sheet === sheet);
  mine.forEach((e, i) => {
    // Later edits of the same axis lie left of (above) this one and move it on.
    const shift = mine.slice(i + 1).filter((l) => l.axis === e.axis && l.at <= e.at).length;
    (e.axis === 'cols' ? cols : rows).add(e.at + shift);
  });
  return { rows, cols };
}

/**
 * What the removed vendor's input cells hold that its fresh column would not: a price, an
 * answer, a status changed from its default. The vendor name itself is not counted.
 */
function heldInputs(snapshot: Snapshot, plan: Plan, after: Plan, n: number, index: number): HeldInput[] {
  const held: HeldInput[] = [];
  for (const p of plan.names) {
    // Blocks with a column per vendor; the vendor's name is what the user picked to remove.
    const perVendor = after.names.find((a) => a.name === p.name)?.range.cols !== p.range.cols;
    const block = snapshot.blocks[p.name];
    if (p.name === 'vc_VendorNames' || !perVendor || !block) continue;
    const sheet = plan.sheets.find((s) => s.key === p.sheet)!;
    const inputs = sheet.formats.filter((f) => f.unlocked).map((f) => f.range);
    const col = p.range.col + (p.range.cols - n) + index;
    for (let r = 0; r < p.range.rows; r++) {
      // Input rows only: a block may hold other rows (the evaluators' blocks have header rows).
      if (!inputs.some((rect) => inside(rect, p.range.row + r, col))) continue;
      const value = block.values[r]?.[col - p.range.col] ?? null;
      const text = shown(value);
      if (text === '' || text === shown(plannedValue(sheet, p.range.row + r, col))) continue;
      held.push({
        sheet: block.sheet,
        cell: sheetRef(block.sheet, { row: p.range.row + r, col, rows: 1, cols: 1 }, false),
        block: p.name,
        value: text,
      });
    }
  }
  return held;
}
