/**
 * Cells of a plan found through its defined names, so a test can type into a workbook (in
 * HyperFormula or in an ExcelJS workbook bound for LibreOffice) and read results back at the
 * same place, without hard-coding the layout.
 */
import ExcelJS from 'exceljs';
import { DetailedCellError, type RawCellContent } from 'hyperformula';
import { cellAddress } from '../../src/core/plan/a1';
import type { Plan } from '../../src/core/plan/types';
import type { LoadedWorkbook } from './hyperformula';

export interface NamedCell {
  sheet: string;
  address: string;
}

/** Cell (row, col) of the named block `name`, both 0-based inside the block. */
export function namedCell(plan: Plan, name: string, row = 0, col = 0): NamedCell {
  const found = plan.names.find((n) => n.name === name);
  if (!found) throw new Error(`the plan has no name ${name}`);
  if (row >= found.range.rows || col >= found.range.cols) throw new Error(`${name} has no cell (${row}, ${col})`);
  const sheet = plan.sheets.find((s) => s.key === found.sheet);
  if (!sheet) throw new Error(`the plan has no sheet ${found.sheet}`);
  return { sheet: sheet.name, address: cellAddress(found.range.row + row, found.range.col + col) };
}

/** One typed change: the cell of vendor `vendor` (column) in row `row` of the block `name`. */
export interface CellEdit {
  name: string;
  vendor?: number;
  row?: number;
  /** What the user types; null clears the cell. */
  value: string | number | null;
}

export function editCell(plan: Plan, edit: CellEdit): NamedCell {
  return namedCell(plan, edit.name, edit.row ?? 0, edit.vendor ?? 0);
}

export function applyEditsToHyperFormula(plan: Plan, wb: LoadedWorkbook, edits: readonly CellEdit[]): void {
  for (const edit of edits) {
    const { sheet, address } = editCell(plan, edit);
    wb.set(sheet, address, edit.value as RawCellContent);
  }
}

export function applyEditsToExcelJs(plan: Plan, workbook: ExcelJS.Workbook, edits: readonly CellEdit[]): void {
  for (const edit of edits) {
    const { sheet, address } = editCell(plan, edit);
    const ws = workbook.getWorksheet(sheet);
    if (!ws) throw new Error(`no sheet ${sheet}`);
    ws.getCell(address).value = edit.value;
  }
}

/** A computed value as both engines report it: a number, a text ('' for a formula's ""), an
 * error code such as '#N/A', or null for an empty cell. */
export type Computed = number | string | boolean | { error: string } | null;

export function fromHyperFormula(value: unknown): Computed {
  if (value instanceof DetailedCellError) return { error: value.value };
  if (value === null || value === undefined) return null;
  if (typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean') return value;
  throw new Error(`unexpected HyperFormula value ${String(value)}`);
}

/**
 * The cached result of a cell of a workbook LibreOffice recalculated. `cell.result`, not
 * `cell.value`: ExcelJS's value of a formula cell drops a falsy result (0, "", FALSE).
 */
export function fromExcelJs(cell: ExcelJS.Cell): Computed {
  const v = cell.type === ExcelJS.ValueType.Formula ? cell.result : cell.value;
  if (v === null || v === undefined) return null;
  if (typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean') return v;
  if (typeof v === 'object' && 'error' in v) return { error: String(v.error) };
  throw new Error(`unexpected value in ${cell.address}: ${JSON.stringify(v)}`);
}
