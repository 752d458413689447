/**
 * Applies a WorkbookPatch (an upgrade of a template made by the previous version, a vendor added
 * or removed) to an ExcelJS workbook. ExcelJS's own row and column splicing moves cell values
 * and styles only, so the rest of what Excel's "Insert / Delete rows / columns" does is done
 * here: every formula of the workbook and every conditional format follows the moved cells,
 * validations, merged areas and hidden rows move, and defined names keep one range each (ExcelJS
 * would split a name that spans the insertion point in two).
 */
import type ExcelJS from 'exceljs';
import { moveRect, shiftFormula, type SheetEdit } from '../../core/formulas/shiftRefs';
import { parseRange, rectAddress, sheetRef } from '../../core/plan/a1';
import type { Rect, WorkbookPatch } from '../../core/plan/types';
import { subtractRect } from '../../core/plan/subtractRect';
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
  for (const edit of patch.edits ?? []) editSheet(workbook, edit);
  for (const insertion of patch.insertRows) editSheet(workbook, { ...insertion, axis: 'rows' });
  for (const { sheet, range } of patch.clearCells ?? []) clearCells(requireSheet(workbook, sheet), range);
  for (const { sheet, range } of patch.clearRules ?? []) clearRules(requireSheet(workbook, sheet), range);
  for (const part of patch.sheets) writeSheetContent(requireSheet(workbook, part.name), part);
  for (const n of patch.names) {
    if (!isValidDefinedName(n.name)) throw new Error(`not a valid Excel name: ${JSON.stringify(n.name)}`);
    // ExcelJS keeps one name over the union of its ranges: a name defined anew loses its old one.
    if (n.replace) workbook.definedNames.model = workbook.definedNames.model.filter((d) => d.name.toLowerCase() !== n.name.toLowerCase());
    workbook.definedNames.add(sheetRef(n.sheet, n.range, true), n.name);
    if (workbook.definedNames.getRanges(n.name).ranges.length !== 1) throw new Error(`ExcelJS did not keep the defined name ${n.name}`);
  }
  workbook.calcProperties = { ...workbook.calcProperties, fullCalcOnLoad: true };
}

/** Rows or columns inserted or deleted on one sheet, as Excel does it. */
function editSheet(workbook: ExcelJS.Workbook, edit: SheetEdit): void {
  const sheet = requireSheet(workbook, edit.sheet);
  const { at, count } = edit;
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
        const shifted = shiftFormula(formula, edit, ws.name);
        const array = v.shareType === 'array' && v.ref ? { shareType: 'array', ref: shiftFormula(v.ref, edit, ws.name) } : {};
        const result = v.result === undefined ? {} : { result: v.result };
        formulas.push({ cell, value: { formula: shifted, date1904, ...array, ...result } as ExcelJS.CellValue });
      }),
    ),
  );
  for (const { cell, value } of formulas) cell.value = value;
  workbook.eachSheet((ws) => {
    for (const cf of modelOf(ws).conditionalFormattings) {
      for (const rule of cf.rules) rule.formulae = rule.formulae?.map((f) => shiftFormula(f, edit, ws.name));
    }
  });

  // Names, validations and conditional-format ranges move as references do, read as if on this
  // sheet; what lay only in deleted cells goes.
  const moved = (reference: string) => shiftFormula(reference, edit, sheet.name);
  const gone = (reference: string) => reference.includes('#REF!');
  const names = workbook.definedNames.model
    .map((n) => ({ name: n.name, ranges: n.ranges.map((range) => shiftFormula(range, edit, '')).filter((r) => !gone(r)) }))
    .filter((n) => n.ranges.length > 0);
  const rowsAxis = edit.axis === 'rows';
  const hidden: number[] = [];
  if (rowsAxis) {
    sheet.eachRow({ includeEmpty: true }, (row, rowNumber) => {
      if (!row.hidden) return;
      hidden.push(rowNumber - 1);
      row.hidden = false;
    });
  }

  // ExcelJS moves a merged area by every row it inserts, wherever they go: unmerge, then merge
  // again where Excel would have it.
  const merges = Object.values(modelOf(sheet)._merges).map((m) => ({
    row: m.top - 1,
    col: m.left - 1,
    rows: m.bottom - m.top + 1,
    cols: m.right - m.left + 1,
  }));
  for (const merge of merges) sheet.unMergeCells(rectAddress(merge));

  const blanks = Array.from({ length: Math.max(count, 0) }, () => []);
  if (rowsAxis) sheet.spliceRows(at + 1, Math.max(-count, 0), ...blanks);
  // Column widths and hidden columns move with their columns (ExcelJS moves column definitions).
  else sheet.spliceColumns(at + 1, Math.max(-count, 0), ...blanks);
  for (const merge of merges) {
    const rect = moveRect(merge, edit);
    if (rect && (rect.rows > 1 || rect.cols > 1)) sheet.mergeCells(rectAddress(rect));
  }

  workbook.definedNames.model = names;
  for (const row of hidden) {
    const span = moveRect({ row, col: 0, rows: 1, cols: 1 }, edit);
    if (span) sheet.getRow(span.row + 1).hidden = true;
  }
  const validations = modelOf(sheet).dataValidations;
  validations.model = Object.fromEntries(
    Object.entries(validations.model)
      .map(([address, rule]) => [moved(address), rule] as const)
      .filter(([address]) => !gone(address)),
  );
  const cfs = modelOf(sheet).conditionalFormattings;
  for (const cf of cfs)
    cf.ref = cf.ref
      .split(/\s+/)
      .map(moved)
      .filter((r) => !gone(r))
      .join(' ');
  modelOf(sheet).conditionalFormattings = cfs.filter((cf) => cf.ref !== '');
}

/** The cells of `rect` emptied, their formats back to the default. */
function clearCells(sheet: ExcelJS.Worksheet, rect: Rect): void {
  for (let r = rect.row; r < rect.row + rect.rows; r++) {
    for (let c = rect.col; c < rect.col + rect.cols; c++) {
      const cell = sheet.getCell(r + 1, c + 1);
      cell.value = null;
      cell.style = {};
    }
  }
}

/** The cells of `rect` lose their validations and conditional formats; a format spanning more
 * keeps the rest of its cells, as Excel's "Clear rules from selected cells" does. */
function clearRules(sheet: ExcelJS.Worksheet, rect: Rect): void {
  const model = modelOf(sheet);
  model.dataValidations.model = Object.fromEntries(
    Object.entries(model.dataValidations.model).flatMap(([address, rule]) => outside(address, rect).map((a) => [a, rule])),
  );
  for (const cf of model.conditionalFormattings)
    cf.ref = cf.ref
      .split(/\s+/)
      .flatMap((ref) => outside(ref, rect))
      .join(' ');
  model.conditionalFormattings = model.conditionalFormattings.filter((cf) => cf.ref !== '');
}

/** The parts of range `address` outside `hole`, as addresses. */
function outside(address: string, hole: Rect): string[] {
  return subtractRect(parseRange(address.replace(/\$/g, '')), hole).map((r) => rectAddress(r));
}
