/**
 * "Fill pricing formulas" as data: for every vendor, which computed cells differ from the
 * formulas of the model now selected. Only computed cells are ever touched, never an input;
 * a computed cell the user overwrote with a constant is reported, and replaced only when asked.
 *
 * Whether a cell was typed over depends only on what it holds (a constant where the plan has a
 * formula), never on formula text: Excel re-spells formulas when it stores them. Formula text
 * only decides which formulas to rewrite, and rewriting one that reads the same is harmless.
 */
import type { ModelId } from '../catalogue/models';
import { vendorPricingFormulas } from '../formulas/pricingFormulas';
import { normalizeFormula } from '../formulas/normalize';
import { cellAddress, parseCell } from '../plan/a1';
import type { FormulaCell, WorkbookPatch } from '../plan/types';
import { LAYOUT_VERSION } from '../template/layout';
import { layoutVersion, planUpgrade } from './upgrade';
import { modelFromLabel } from '../snapshot/labels';
import type { Snapshot } from '../snapshot/types';
import { cellOf, fallbackVendorName, vendorColumns, type CellRef } from '../validation/workbookModel';
import { computedRowsIntact, pricingColumnsFromSnapshot } from './snapshotRefs';

export interface CellChange {
  cell: CellRef;
  /** The cell's address as the workbook has it now (before an upgrade moves it). */
  shown: string;
  /** What the cell should hold; null empties it. */
  content: FormulaCell | null;
  /** The user typed a constant where a formula belongs (fill asks before replacing it). */
  overwritten: boolean;
  /** The cell is empty where a formula belongs (deleted, or never filled). */
  emptied: boolean;
}

export interface VendorFill {
  vendor: string;
  index: number;
  model: ModelId | null;
  changes: CellChange[];
}

/**
 * 'structure': a block the formulas need is missing; 'computedRows': rows were inserted or deleted
 * inside the computed rows of Pricing, so formulas cannot be placed safely.
 */
export type FillPlan =
  | { ok: true; sheet: string; vendors: VendorFill[]; upgrade: WorkbookPatch | null }
  | { ok: false; reason: FillRefusal };

/**
 * 'newerVersion': made by a later version of the product; 'upgradeColumns': a previous
 * version's template with columns inserted before the vendors, which the upgrade cannot place.
 */
export type FillRefusal = 'structure' | 'computedRows' | 'newerVersion' | 'upgradeColumns';

function isEmpty(cell: CellRef): boolean {
  return cell.formula === null && (cell.value === null || cell.value === '');
}

/** Whether fill should write the cell. Text that normalises the same is the same formula. */
function differs(cell: CellRef, content: FormulaCell | null): boolean {
  if (content === null) return !isEmpty(cell);
  if (cell.formula === null) return true;
  // Files written by us read back letter for letter: skip the normalising in that common case.
  if (cell.formula === `=${content.formula}`) return false;
  return normalizeFormula(cell.formula) !== normalizeFormula(content.formula);
}

/**
 * The fill: an upgrade first for a template made by the previous version, then every computed
 * cell that is not what the formulas of this version say.
 */
export function planFill(snapshot: Snapshot): FillPlan {
  const version = layoutVersion(snapshot);
  if (!(version <= LAYOUT_VERSION)) return { ok: false, reason: 'newerVersion' };
  if (version === LAYOUT_VERSION) return planRepair(snapshot, null, (_, row) => row);
  const upgrade = planUpgrade(snapshot);
  if ('refused' in upgrade) return { ok: false, reason: upgrade.refused === 'columns' ? 'upgradeColumns' : 'structure' };
  return planRepair(upgrade.after, upgrade.patch, upgrade.rowBefore);
}

function planRepair(snapshot: Snapshot, upgrade: WorkbookPatch | null, rowBefore: (sheet: string, row: number) => number | null): FillPlan {
  const found = pricingColumnsFromSnapshot(snapshot);
  if (!found) return { ok: false, reason: 'structure' };
  if (!computedRowsIntact(snapshot)) return { ok: false, reason: 'computedRows' };
  const { refs, computed, columns } = found;
  const names = vendorColumns(snapshot);
  const models = snapshot.blocks.vc_Model!.values[0] ?? [];
  const vendors = columns.map((col, index): VendorFill => {
    const model = modelFromLabel(models[index] ?? null, refs.language)?.id ?? null;
    const expected = vendorPricingFormulas(refs, col);
    const changes: CellChange[] = [];
    for (const [row, content] of expected) {
      const r = row - (computed.range.row + 1);
      if (r < 0 || r >= computed.range.rows) continue;
      const cell = cellOf(computed, r, index);
      if (!differs(cell, content)) continue;
      const { row: sheetRow, col } = parseCell(cell.address);
      const before = rowBefore(cell.sheet, sheetRow);
      const shown = before === null ? cell.address : cellAddress(before, col);
      const noFormula = content !== null && cell.formula === null;
      changes.push({ cell, shown, content, overwritten: noFormula && !isEmpty(cell), emptied: noFormula && isEmpty(cell) });
    }
    return { vendor: names[index]?.name ?? fallbackVendorName(refs.language, index), index, model, changes };
  });
  return { ok: true, sheet: computed.sheet, vendors, upgrade };
}
