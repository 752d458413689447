import type ExcelJS from 'exceljs';
import type { WorkbookFile } from '../adapters/xlsx/readWorkbookFile';
import type { Snapshot } from '../core/snapshot/types';
import { WorkbookContentError } from './errors';

export interface TemplateWorkbook {
  workbook: ExcelJS.Workbook;
  snapshot: Snapshot;
  /** The file as read: its parts, for what a rewrite would lose. */
  file: WorkbookFile;
}

/**
 * Reads a Vendor Compare workbook for `fill` and `summary`: WorkbookFileError when the file
 * cannot be read, WorkbookContentError when it holds no template (no vc_* name at all).
 */
export async function readTemplateWorkbook(path: string, cwd: string): Promise<TemplateWorkbook> {
  const { readSnapshot, readWorkbookFile } = await import('./xlsxAdapters');
  const file = await readWorkbookFile(path, { cwd });
  const snapshot = readSnapshot(file.workbook, path, file.definedNames);
  if (Object.keys(snapshot.blocks).length === 0 && snapshot.broken.length === 0) throw new WorkbookContentError(path, 'notTemplate');
  return { workbook: file.workbook, snapshot, file };
}
