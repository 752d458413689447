/**
 * The master's Change log sheet in an ExcelJS workbook (its content: core/packs/changeLog):
 * found through its defined name vc_ChangeLog (its header row), made on first use, rows
 * appended under those already there.
 */
import type ExcelJS from 'exceljs';
import { CHANGE_LOG_NAME, CHANGE_LOG_WIDTHS, logRowValues, logTime, type LogRow, type LogStrings } from '../core/packs/changeLog';
import { uniqueSheetName } from '../core/template/sheetNames';

export type { LogRow, LogStrings };

function logSheet(workbook: ExcelJS.Workbook, t: LogStrings): ExcelJS.Worksheet {
  const range = workbook.definedNames.getRanges(CHANGE_LOG_NAME).ranges[0];
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
  CHANGE_LOG_WIDTHS.forEach((width, i) => (sheet.getColumn(i + 1).width = width));
  workbook.definedNames.add(`'${sheet.name.replace(/'/g, "''")}'!$A$1:$I$1`, CHANGE_LOG_NAME);
  return sheet;
}

export function appendChangeLog(workbook: ExcelJS.Workbook, rows: readonly LogRow[], t: LogStrings): void {
  if (rows.length === 0) return;
  const sheet = logSheet(workbook, t);
  const time = logTime(new Date());
  let at = sheet.actualRowCount + 1;
  for (const r of rows) sheet.getRow(at++).values = logRowValues(time, r);
}
