/**
 * The master's Change log, as the CLI (ExcelJS) and the pane (Office.js) both write it: one row
 * per value a merge wrote (time, round, vendor, sheet, cell, field, old, new, file) under a
 * header row named vc_ChangeLog, so a renamed log sheet is still found. The headings and the
 * sheet's name are in the template's language (the CLI's catalogue points here).
 */
import type { Language } from '../catalogue/text';
export const CHANGE_LOG_NAME = 'vc_ChangeLog';

/** Column widths (characters), A to I. */
export const CHANGE_LOG_WIDTHS: readonly number[] = [22, 7, 18, 14, 8, 22, 30, 30, 24];

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

/** "YYYY-MM-DD HH:MM:SS", UTC. */
export function logTime(now: Date): string {
  return now.toISOString().replace('T', ' ').slice(0, 19);
}

/** A log row's cells, A to I. */
export function logRowValues(time: string, r: LogRow): (string | number)[] {
  return [time, r.round, r.vendor, r.sheet, r.cell, r.field, r.old, r.new, r.file];
}

export const CHANGE_LOG_STRINGS: Record<Language, LogStrings> = {
  en: { sheet: 'Change log', headers: ['Time (UTC)', 'Round', 'Vendor', 'Sheet', 'Cell', 'Field', 'Old value', 'New value', 'File'] },
  zh: { sheet: '变更记录', headers: ['时间（UTC）', '轮次', '供应商', '工作表', '单元格', '字段', '原值', '新值', '文件'] },
};
