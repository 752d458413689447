import ExcelJS from 'exceljs';
import { rectAddress } from '../../core/plan/a1';
import type { Plan, Rect, SheetPatch, SheetPlan } from '../../core/plan/types';
import { SHEET_PROTECTION } from '../../core/plan/protection';
import { toCellValue } from './cellValue';
import { addDefinedNames } from './definedNames';
import { argb, CELL_STYLES, CONDITIONAL_STYLES } from './styles';
import { toDataValidation } from './validations';

/**
 * Renders a Plan into an ExcelJS workbook (a new one, or the one given, whose sheets the plan's
 * names already avoid). Renders only what the plan says: all content comes from the plan.
 */
export function writePlanToWorkbook(plan: Plan, workbook: ExcelJS.Workbook = new ExcelJS.Workbook()): ExcelJS.Workbook {
  for (const sheet of plan.sheets) writeSheet(workbook, sheet, plan.footer);
  addDefinedNames(workbook, plan);
  // A workbook given with its own title (or subject...) keeps it.
  workbook.title ||= plan.properties.title;
  workbook.subject ||= plan.properties.subject;
  workbook.keywords ||= plan.properties.keywords;
  workbook.description ||= plan.properties.comments;
  workbook.creator ||= 'Vendor Compare';
  // Cached results are the planner's best guess; Excel recomputes everything on open.
  workbook.calcProperties = { ...workbook.calcProperties, fullCalcOnLoad: true };
  return workbook;
}

function writeSheet(workbook: ExcelJS.Workbook, plan: SheetPlan, footer: string): void {
  const sheet = workbook.addWorksheet(plan.name, {
    properties: { tabColor: { argb: argb(plan.tabColor) } },
    views: [frozenView(plan.freeze)],
    pageSetup: pageSetup(plan),
    headerFooter: { oddFooter: footer },
  });
  for (const { row, height } of plan.rowHeights) sheet.getRow(row + 1).height = height;
  writeSheetContent(sheet, plan);
  protectSheet(sheet);
}

/** Protected without a password: ExcelJS writes a password hash only when given a password, so
 * '' gives a bare <sheetProtection sheet="1" .../> that Excel and LibreOffice unprotect in one
 * click. protect() sets the model at once (its promise only wraps the hashing). */
export function protectSheet(sheet: ExcelJS.Worksheet): void {
  void sheet.protect('', { ...SHEET_PROTECTION });
}

/** Cells, formats, hidden rows and columns, validations and conditional formats onto a sheet
 * (a new one, or an existing one being upgraded). */
export function writeSheetContent(sheet: ExcelJS.Worksheet, plan: SheetPatch): void {
  for (const block of plan.blocks) {
    block.cells.forEach((row, r) => {
      row.forEach((content, c) => {
        if (content === null) return;
        sheet.getCell(block.row + r + 1, block.col + c + 1).value = toCellValue(content);
      });
    });
  }
  for (const format of plan.formats) {
    eachCell(format.range, (row, col) => {
      const cell = sheet.getCell(row, col);
      // A fresh style object per cell: ExcelJS may share one between cells.
      const style: Partial<ExcelJS.Style> = { ...cell.style, ...(format.style ? CELL_STYLES[format.style] : {}) };
      if (format.numberFormat !== undefined) style.numFmt = format.numberFormat;
      if (format.unlocked) style.protection = { ...style.protection, locked: false };
      cell.style = style;
    });
  }
  for (const row of plan.hidden.rows) sheet.getRow(row + 1).hidden = true;
  for (const col of plan.hidden.cols) sheet.getColumn(col + 1).hidden = true;
  for (const { col, width } of plan.columnWidths ?? []) sheet.getColumn(col + 1).width = width;
  // Per cell, through the typed API; ExcelJS joins equal neighbours into ranges when it writes.
  for (const validation of plan.validations) {
    const rule = toDataValidation(validation);
    eachCell(validation.range, (row, col) => {
      sheet.getCell(row, col).dataValidation = rule;
    });
  }
  // Priorities follow the plan's order, each one unique on the sheet as Excel expects.
  const first = (sheet as unknown as { conditionalFormattings: unknown[] }).conditionalFormattings.length;
  plan.conditionalFormats.forEach((rule, i) => {
    sheet.addConditionalFormatting({
      ref: rectAddress(rule.range),
      rules: [{ type: 'expression', priority: first + i + 1, formulae: [rule.formula], style: CONDITIONAL_STYLES[rule.style] }],
    });
  });
}

/** Landscape A4, one page wide, the frozen header rows and label columns on every page. No print
 * area: Excel prints the used cells anyway, and ExcelJS cannot read back some print areas it wrote. */
function pageSetup(plan: SheetPlan): Partial<ExcelJS.PageSetup> {
  const { freeze, print } = plan;
  const letters = (col: number) => rectAddress({ row: 0, col, rows: 1, cols: 1 }).replace(/\d+$/, '');
  return {
    orientation: 'landscape',
    paperSize: 9,
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: print.pagesTall,
    ...(freeze.rows > 0 ? { printTitlesRow: `1:${freeze.rows}` } : {}),
    ...(freeze.cols > 0 ? { printTitlesColumn: `A:${letters(freeze.cols - 1)}` } : {}),
  };
}

function frozenView(freeze: SheetPlan['freeze']): Partial<ExcelJS.WorksheetView> {
  if (freeze.rows === 0 && freeze.cols === 0) return { state: 'normal' };
  return { state: 'frozen', xSplit: freeze.cols, ySplit: freeze.rows };
}

/** Calls back with the 1-based row and column of every cell in the rectangle. */
function eachCell(rect: Rect, visit: (row: number, col: number) => void): void {
  for (let r = rect.row; r < rect.row + rect.rows; r++) {
    for (let c = rect.col; c < rect.col + rect.cols; c++) visit(r + 1, c + 1);
  }
}
