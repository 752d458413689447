/**
 * The master's Change log sheet: one row per value a merge wrote (time, round, vendor, sheet,
 * cell, field, old, new, file), appended under the rows already there. Found through its defined
 * name vc_ChangeLog (its header row), so a renamed log sheet is still found; made on first use.
 */
import type ExcelJS from 'exceljs';
import { uniqueSheetName } from '../core/template/sheetNames';

const NAME = 'vc_ChangeLog';

export interface LogRow {
  round: number;
  vendor: string;
  sheet: string;
  cell: string;
  field: string;
  old: string;
  new: string;
  file: string;
}

export interface LogStrings {
  sheet: string;
  headers: readonly string[];
}

function logSheet(workbook: ExcelJS.Workbook, t: LogStrings): ExcelJS.Worksheet {
  const range = workbook.definedNames.getRanges(NAME).ranges[0];
  const existing = range ? workbook.getWorksheet(range.slice(0, range.lastIndexOf('!')).replace(/^'|'$/g, '').replace(/''/g, "'")) : undefined;
  if (existing) return existing;
  const sheet = workbook.addWorksheet(
    uniqueSheetName(
      t.sheet,
      workbook.worksheets.map((s) => s.name),
    ),
    { views: [{ state: 'frozen', ySplit: 1 }] },
  );
  sheet.getRow(1).values = [...t.headers];
  sheet.getRow(1).font = { bold: true };
  [22, 7, 18, 14, 8, 22, 30, 30, 24].forEach((width, i) => (sheet.getColumn(i + 1).width = width));
  workbook.definedNames.add(`'${sheet.name.replace(/'/g, "''")}'!$A$1:$I$1`, NAME);
  return sheet;
}

export function appendChangeLog(workbook: ExcelJS.Workbook, rows: readonly LogRow[], t: LogStrings): void {
  if (rows.length === 0) return;
  const sheet = logSheet(workbook, t);
  const time = new Date().toISOString().replace('T', ' ').slice(0, 19);
  let at = sheet.actualRowCount + 1;
  for (const r of rows) sheet.getRow(at++).values = [time, r.round, r.vendor, r.sheet, r.cell, r.field, r.old, r.new, r.file];
}
