/**
 * Applies a WorkbookPatch (an upgrade of a template made by the previous version) to an ExcelJS
 * workbook. ExcelJS's own row insertion moves cell values and styles only, so the rest of what
 * Excel's "Insert rows" does is done here: every formula of the workbook and every conditional
 * format follows the moved rows, validations and hidden rows move, and defined names keep one
 * range each (ExcelJS would split a name that spans the insertion point in two).
 */
import type ExcelJS from 'exceljs';
import { shiftFormulaRows } from '../../core/formulas/shiftRefs';
import { rectAddress, sheetRef } from '../../core/plan/a1';
import type { RowInsertionPlan, WorkbookPatch } from '../../core/plan/types';
import { isValidDefinedName } from './definedNames';
import { writeSheetContent } from './writePlan';

/** The parts of ExcelJS's worksheet model its typings leave out. */
interface SheetModel {
  /** Merged areas by master address. */
  _merges: Record<string, { top: number; left: number; bottom: number; right: number }>;
  conditionalFormattings: { ref: string; rules: { formulae?: string[] }[] }[];
  dataValidations: { model: Record<string, ExcelJS.DataValidation | undefined> };
}

const modelOf = (sheet: ExcelJS.Worksheet) => sheet as unknown as SheetModel;

function requireSheet(workbook: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const sheet = workbook.getWorksheet(name);
  if (!sheet) throw new Error(`the workbook has no sheet ${name}, which the upgrade was planned for`);
  return sheet;
}

/** "Sheet!A1" of every cell holding something where the patch needs an empty cell. */
export function occupiedCells(workbook: ExcelJS.Workbook, patch: WorkbookPatch): string[] {
  return patch.mustBeEmpty.flatMap(({ sheet, range }) => {
    const ws = requireSheet(workbook, sheet);
    const found: string[] = [];
    for (let r = range.row; r < range.row + range.rows; r++) {
      for (let c = range.col; c < range.col + range.cols; c++) {
        const value = ws.getRow(r + 1).getCell(c + 1).value;
        if (value !== null && value !== undefined && value !== '') found.push(`${sheet}!${rectAddress({ row: r, col: c, rows: 1, cols: 1 })}`);
      }
    }
    return found;
  });
}

export function applyPatch(workbook: ExcelJS.Workbook, patch: WorkbookPatch): void {
  for (const insertion of patch.insertRows) insertRows(workbook, insertion);
  for (const part of patch.sheets) writeSheetContent(requireSheet(workbook, part.name), part);
  for (const n of patch.names) {
    if (!isValidDefinedName(n.name)) throw new Error(`not a valid Excel name: ${JSON.stringify(n.name)}`);
    // A name defined anew (`replace`) only grows: ExcelJS keeps one name over the union of its cells.
    workbook.definedNames.add(sheetRef(n.sheet, n.range, true), n.name);
    if (workbook.definedNames.getRanges(n.name).ranges.length !== 1) throw new Error(`ExcelJS did not keep the defined name ${n.name}`);
  }
  workbook.calcProperties = { ...workbook.calcProperties, fullCalcOnLoad: true };
}

function insertRows(workbook: ExcelJS.Workbook, insertion: RowInsertionPlan): void {
  const sheet = requireSheet(workbook, insertion.sheet);
  const { at, count } = insertion;
  const date1904 = workbook.properties.date1904 === true;
  // Every formula, shared ones written out cell by cell, read before any is rewritten; an array
  // formula (Ctrl+Shift+Enter) stays one, its range moved too.
  const formulas: { cell: ExcelJS.Cell; value: ExcelJS.CellValue }[] = [];
  workbook.eachSheet((ws) =>
    ws.eachRow({ includeEmpty: false }, (row) =>
      row.eachCell({ includeEmpty: false }, (cell) => {
        const formula = cell.formula;
        if (!formula) return;
        const v = cell.value as { result?: ExcelJS.CellFormulaValue['result']; shareType?: string; ref?: string };
        const shifted = shiftFormulaRows(formula, insertion, ws.name);
        const array = v.shareType === 'array' && v.ref ? { shareType: 'array', ref: shiftFormulaRows(v.ref, insertion, ws.name) } : {};
        const result = v.result === undefined ? {} : { result: v.result };
        formulas.push({ cell, value: { formula: shifted, date1904, ...array, ...result } as ExcelJS.CellValue });
      }),
    ),
  );
  for (const { cell, value } of formulas) cell.value = value;
  workbook.eachSheet((ws) => {
    for (const cf of modelOf(ws).conditionalFormattings) {
      for (const rule of cf.rules) rule.formulae = rule.formulae?.map((f) => shiftFormulaRows(f, insertion, ws.name));
    }
  });

  // Names, validations and conditional-format ranges move as references do (whole rows too,
  // whole columns not), read as if on this sheet.
  const moved = (reference: string) => shiftFormulaRows(reference, insertion, sheet.name);
  const names = workbook.definedNames.model.map((n) => ({ name: n.name, ranges: n.ranges.map((range) => shiftFormulaRows(range, insertion, '')) }));
  const hidden: number[] = [];
  sheet.eachRow({ includeEmpty: true }, (row, rowNumber) => {
    if (!row.hidden) return;
    hidden.push(rowNumber - 1);
    row.hidden = false;
  });

  // ExcelJS moves a merged area by every row it inserts, wherever they go: unmerge, then merge
  // again where Excel would have it.
  const merges = Object.values(modelOf(sheet)._merges).map((m) => rectAddress({ row: m.top - 1, col: m.left - 1, rows: m.bottom - m.top + 1, cols: m.right - m.left + 1 }));
  for (const merge of merges) sheet.unMergeCells(merge);

  sheet.spliceRows(at + 1, 0, ...Array.from({ length: count }, () => []));
  for (const merge of merges) sheet.mergeCells(moved(merge));

  workbook.definedNames.model = names;
  for (const row of hidden) sheet.getRow((row >= at ? row + count : row) + 1).hidden = true;
  const validations = modelOf(sheet).dataValidations;
  validations.model = Object.fromEntries(Object.entries(validations.model).map(([address, rule]) => [moved(address), rule]));
  for (const cf of modelOf(sheet).conditionalFormattings) cf.ref = cf.ref.split(/\s+/).map(moved).join(' ');
}
