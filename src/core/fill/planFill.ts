/**
 * "Fill pricing formulas" as data: for every vendor, which computed cells differ from the
 * formulas of the model now selected. Only computed cells are ever touched, never an input;
 * a computed cell the user overwrote with a number is reported, and replaced only when asked.
 */
import type { ModelId } from '../catalogue/models';
import { vendorPricingFormulas } from '../formulas/pricingFormulas';
import { normalizeFormula } from '../formulas/normalize';
import type { FormulaCell } from '../plan/types';
import { modelFromLabel } from '../snapshot/labels';
import type { Snapshot } from '../snapshot/types';
import { cellOf, fallbackVendorName, vendorColumns, type CellRef } from '../validation/workbookModel';
import { computedRowsIntact, pricingColumnsFromSnapshot } from './snapshotRefs';

export interface CellChange {
  cell: CellRef;
  /** What the cell should hold; null empties it. */
  content: FormulaCell | null;
  /** The user typed a constant where a formula belongs. */
  overwritten: boolean;
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
export type FillPlan = { ok: true; sheet: string; vendors: VendorFill[] } | { ok: false; reason: 'structure' | 'computedRows' };

function isEmpty(cell: CellRef): boolean {
  return cell.formula === null && (cell.value === null || cell.value === '');
}

function differs(cell: CellRef, content: FormulaCell | null): boolean {
  if (content === null) return !isEmpty(cell);
  if (cell.formula === null) return true;
  // Files written by us read back letter for letter: skip the normalising in that common case.
  if (cell.formula === `=${content.formula}`) return false;
  return normalizeFormula(cell.formula) !== normalizeFormula(content.formula);
}

export function planFill(snapshot: Snapshot): FillPlan {
  const found = pricingColumnsFromSnapshot(snapshot);
  if (!found) return { ok: false, reason: 'structure' };
  if (!computedRowsIntact(snapshot)) return { ok: false, reason: 'computedRows' };
  const { refs, computed, columns } = found;
  const names = vendorColumns(snapshot);
  const models = snapshot.blocks.vc_Model!.values[0] ?? [];
  const vendors = columns.map((col, index): VendorFill => {
    const model = modelFromLabel(models[index] ?? null, refs.language)?.id ?? null;
    const expected = vendorPricingFormulas(refs, col, model);
    const changes: CellChange[] = [];
    for (const [row, content] of expected) {
      const r = row - (computed.range.row + 1);
      if (r < 0 || r >= computed.range.rows) continue;
      const cell = cellOf(computed, r, index);
      if (!differs(cell, content)) continue;
      changes.push({ cell, content, overwritten: content !== null && cell.formula === null && !isEmpty(cell) });
    }
    return { vendor: names[index]?.name ?? fallbackVendorName(refs.language, index), index, model, changes };
  });
  return { ok: true, sheet: computed.sheet, vendors };
}
