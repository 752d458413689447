/**
 * Applies a fill plan (core/fill/planFill) to an ExcelJS workbook: each listed cell gets the
 * formula of its vendor's model, or is emptied. No other cell is touched, except that a shared
 * formula (Excel writes one when a formula was filled across) whose group includes a changed
 * cell is first written out cell by cell, so its other cells keep exactly the formula they had.
 */
import type ExcelJS from 'exceljs';
import type { CellChange, FillPlan } from '../../core/fill/planFill';

type ReadyPlan = Extract<FillPlan, { ok: true }>;

interface SharedMaster {
  formula: string;
  shareType?: string;
  ref?: string;
  result?: ExcelJS.CellFormulaValue['result'];
}

function sharedMasterOf(cell: ExcelJS.Cell): string | null {
  const v = cell.value as Partial<ExcelJS.CellSharedFormulaValue & SharedMaster> | null;
  if (!v || typeof v !== 'object') return null;
  if (typeof v.sharedFormula === 'string') return v.sharedFormula;
  if (v.shareType === 'shared') return cell.address;
  return null;
}

/** Every cell of a shared-formula group that includes a target becomes a plain formula. */
function unshare(sheet: ExcelJS.Worksheet, targets: ReadonlySet<string>, date1904: boolean): void {
  const masters = new Set<string>();
  for (const address of targets) {
    const master = sharedMasterOf(sheet.getCell(address));
    if (master) masters.add(master);
  }
  if (masters.size === 0) return;
  const members: { cell: ExcelJS.Cell; value: ExcelJS.CellFormulaValue }[] = [];
  sheet.eachRow({ includeEmpty: false }, (row) =>
    row.eachCell({ includeEmpty: false }, (cell) => {
      const master = sharedMasterOf(cell);
      if (!master || !masters.has(master)) return;
      // Read every translated formula before any master changes.
      const result = (cell.value as { result?: ExcelJS.CellFormulaValue['result'] }).result;
      members.push({ cell, value: result === undefined ? { formula: cell.formula, date1904 } : { formula: cell.formula, result, date1904 } });
    }),
  );
  for (const { cell, value } of members) cell.value = value;
}

function newValue(change: CellChange, date1904: boolean): ExcelJS.CellValue {
  return change.content === null ? null : { formula: change.content.formula, date1904 };
}

/** Writes the plan's changes; returns how many cells were set. Excel recalculates on open. */
export function applyFill(workbook: ExcelJS.Workbook, plan: ReadyPlan): number {
  const changes = plan.vendors.flatMap((v) => v.changes);
  if (changes.length === 0) return 0;
  const sheet = workbook.getWorksheet(plan.sheet);
  if (!sheet) throw new Error(`applyFill: the workbook has no sheet ${plan.sheet}, which the plan was made from`);
  const date1904 = workbook.properties.date1904 === true;
  unshare(sheet, new Set(changes.map((c) => c.cell.address)), date1904);
  for (const change of changes) sheet.getCell(change.cell.address).value = newValue(change, date1904);
  // The cached results are gone; Excel must compute everything when the file opens.
  workbook.calcProperties = { ...workbook.calcProperties, fullCalcOnLoad: true };
  return changes.length;
}
