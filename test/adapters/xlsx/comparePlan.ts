/**
 * Test helper: reads an .xlsx back with ExcelJS and lists every way it differs from the plan it
 * was written from. An empty list means the file holds the plan.
 */
import ExcelJS from 'exceljs';
import { cellAddress, rectAddress, sheetRef } from '../../../src/core/plan/a1';
import type { CellContent, Plan, Rect, SheetPlan } from '../../../src/core/plan/types';
import { argb, CELL_STYLES } from '../../../src/adapters/xlsx/styles';

export async function readWorkbook(data: ArrayBuffer | Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(data as ArrayBuffer);
  return workbook;
}

/** ExcelJS reads conditional formats but its typings do not declare them. */
export function conditionalFormats(sheet: ExcelJS.Worksheet): ExcelJS.ConditionalFormattingOptions[] {
  return (sheet as unknown as { conditionalFormattings: ExcelJS.ConditionalFormattingOptions[] }).conditionalFormattings;
}

export function comparePlan(plan: Plan, workbook: ExcelJS.Workbook): string[] {
  const diffs: string[] = [];
  const names = workbook.worksheets.map((s) => s.name);
  const planned = plan.sheets.map((s) => s.name);
  if (names.join('|') !== planned.join('|')) diffs.push(`sheets ${names.join(',')} != ${planned.join(',')}`);
  for (const sheetPlan of plan.sheets) {
    const sheet = workbook.getWorksheet(sheetPlan.name);
    if (sheet) compareSheet(sheetPlan, sheet, diffs);
  }
  for (const name of plan.names) {
    const sheetName = plan.sheets.find((s) => s.key === name.sheet)?.name ?? '?';
    const ranges = workbook.definedNames.getRanges(name.name).ranges;
    const expected = sheetRef(sheetName, name.range, true);
    if (ranges.length !== 1 || quoted(ranges[0] ?? '') !== expected) diffs.push(`name ${name.name}: ${ranges.join(',')} != ${expected}`);
  }
  return diffs;
}

/** ExcelJS leaves a plain sheet name unquoted (Pricing!$A$1); the plan always quotes it. */
function quoted(reference: string): string {
  return reference.startsWith("'") ? reference : reference.replace(/^([^!]+)!/, "'$1'!");
}

function compareSheet(plan: SheetPlan, sheet: ExcelJS.Worksheet, diffs: string[]): void {
  const at = (row: number, col: number): string => `${plan.name}!${cellAddress(row, col)}`;
  if (sheet.properties.tabColor?.argb !== argb(plan.tabColor)) diffs.push(`${plan.name}: tab colour ${sheet.properties.tabColor?.argb}`);
  const hiddenRows: number[] = [];
  sheet.eachRow({ includeEmpty: true }, (row, n) => void (row.hidden && hiddenRows.push(n - 1)));
  const hiddenCols = Array.from({ length: sheet.columnCount }, (_, c) => c).filter((c) => sheet.getColumn(c + 1).hidden);
  if (JSON.stringify([hiddenRows, hiddenCols]) !== JSON.stringify([plan.hidden.rows, plan.hidden.cols])) {
    diffs.push(`${plan.name}: hidden rows ${hiddenRows.join(',')} and columns ${hiddenCols.join(',')}, planned ${plan.hidden.rows.join(',')} and ${plan.hidden.cols.join(',')}`);
  }
  for (const block of plan.blocks) {
    block.cells.forEach((row, r) =>
      row.forEach((content, c) => {
        const problem = compareCell(content, sheet.getCell(block.row + r + 1, block.col + c + 1));
        if (problem) diffs.push(`${at(block.row + r, block.col + c)}: ${problem}`);
      }),
    );
  }
  for (const format of plan.formats) {
    forEach(format.range, (row, col) => {
      const cell = sheet.getCell(row + 1, col + 1);
      if (format.numberFormat !== undefined && !laterFormatSets(plan, format, row, col, 'numberFormat') && cell.numFmt !== format.numberFormat) {
        diffs.push(`${at(row, col)}: number format ${cell.numFmt} != ${format.numberFormat}`);
      }
      const fill = format.style ? CELL_STYLES[format.style].fill : undefined;
      if (fill && fill.type === 'pattern' && !laterFormatSets(plan, format, row, col, 'style')) {
        const got = cell.fill?.type === 'pattern' ? cell.fill.fgColor?.argb : undefined;
        if (got !== fill.fgColor?.argb) diffs.push(`${at(row, col)}: fill ${got} != ${fill.fgColor?.argb} (${format.style})`);
      }
    });
  }
  for (const { row, height } of plan.rowHeights) {
    if (sheet.getRow(row + 1).height !== height) diffs.push(`${at(row, 0)}: row height ${sheet.getRow(row + 1).height} != ${height}`);
  }
  for (const { col, width } of plan.columnWidths) {
    if (sheet.getColumn(col + 1).width !== width) diffs.push(`${plan.name} column ${col}: width ${sheet.getColumn(col + 1).width}`);
  }
  const view = sheet.views[0];
  const frozen = plan.freeze.rows > 0 || plan.freeze.cols > 0;
  if (frozen && (view?.state !== 'frozen' || view.xSplit !== plan.freeze.cols || view.ySplit !== plan.freeze.rows)) {
    diffs.push(`${plan.name}: view ${JSON.stringify(view)} != frozen ${JSON.stringify(plan.freeze)}`);
  }
  for (const validation of plan.validations) {
    forEach(validation.range, (row, col) => {
      const got = sheet.getCell(row + 1, col + 1).dataValidation;
      const formulae =
        validation.kind === 'list'
          ? [`"${validation.items.join(',').replace(/"/g, '""')}"`]
          : validation.max === undefined
            ? [validation.min]
            : [validation.min, validation.max];
      if (got?.type !== validation.kind || JSON.stringify(got.formulae) !== JSON.stringify(formulae)) {
        diffs.push(`${at(row, col)}: validation ${JSON.stringify(got)} != ${validation.kind} ${JSON.stringify(formulae)}`);
      }
      // The messages survive the file: what the buyer sees when selecting or mistyping.
      if ((got?.prompt ?? undefined) !== validation.prompt || (got?.error ?? undefined) !== validation.error) {
        diffs.push(`${at(row, col)}: validation messages ${JSON.stringify([got?.prompt, got?.error])} != ${JSON.stringify([validation.prompt, validation.error])}`);
      }
    });
  }
  const read = conditionalFormats(sheet);
  for (const rule of plan.conditionalFormats) {
    const ref = rectAddress(rule.range);
    const found = read.some((cf) => cf.ref === ref && cf.rules.some((r) => r.type === 'expression' && r.formulae?.[0] === rule.formula));
    if (!found) diffs.push(`${plan.name}: conditional format ${ref} ${rule.formula} missing`);
  }
  if (read.length !== plan.conditionalFormats.length) diffs.push(`${plan.name}: ${read.length} conditional formats`);
}

/** What the cell holds, compared with what the plan put there; null when they agree. */
function compareCell(content: CellContent, cell: ExcelJS.Cell): string | null {
  if (content === null) return cell.type === ExcelJS.ValueType.Null ? null : `expected empty, got ${JSON.stringify(cell.value)}`;
  if (typeof content === 'object') {
    if (cell.type !== ExcelJS.ValueType.Formula) return `expected formula ${content.formula}, got ${JSON.stringify(cell.value)}`;
    if (cell.formula !== content.formula) return `formula ${cell.formula} != ${content.formula}`;
    // ExcelJS drops a cached 0 from cell.value on reading; cell.result still has it.
    if (content.result !== undefined && cell.result !== content.result) return `result ${JSON.stringify(cell.result)} != ${JSON.stringify(content.result)}`;
    return null;
  }
  const type = typeof content === 'string' ? ExcelJS.ValueType.String : typeof content === 'number' ? ExcelJS.ValueType.Number : ExcelJS.ValueType.Boolean;
  if (cell.type !== type || cell.value !== content) return `${JSON.stringify(cell.value)} (type ${cell.type}) != ${JSON.stringify(content)}`;
  return null;
}

/** Whether a later format in the plan sets the same thing on this cell (the later one wins). */
function laterFormatSets(plan: SheetPlan, format: SheetPlan['formats'][number], row: number, col: number, what: 'style' | 'numberFormat'): boolean {
  const later = plan.formats.slice(plan.formats.indexOf(format) + 1);
  return later.some((f) => (what === 'style' ? f.style : f.numberFormat) !== undefined && contains(f.range, row, col));
}

function contains(rect: Rect, row: number, col: number): boolean {
  return row >= rect.row && row < rect.row + rect.rows && col >= rect.col && col < rect.col + rect.cols;
}

function forEach(rect: Rect, visit: (row: number, col: number) => void): void {
  for (let r = rect.row; r < rect.row + rect.rows; r++) for (let c = rect.col; c < rect.col + rect.cols; c++) visit(r, c);
}
