/**
 * Reads a user's .xlsx file into an ExcelJS workbook, for the commands that rewrite it; the
 * package is judged first (openWorkbookPackage), so ExcelJS only sees a sound archive.
 */
import ExcelJS from 'exceljs';
import { WorkbookFileError } from './errors';
import { openWorkbookPackage, type ReadOptions, type WorkbookPackage } from './workbookPackage';
import { withDigitFlags } from './xsdBooleans';

export interface WorkbookFile extends WorkbookPackage {
  workbook: ExcelJS.Workbook;
}

/** The package loaded into ExcelJS, for the commands that rewrite it. */
export async function readWorkbookFile(path: string, options: ReadOptions = {}): Promise<WorkbookFile> {
  const { data, ...pkg } = await openWorkbookPackage(path, options);
  const workbook = new ExcelJS.Workbook();
  const loadable = await withDigitFlags(data, pkg.parts, pkg.text);
  // The archive is sound, so a failure here is a part ExcelJS cannot parse (bad XML and the like).
  await workbook.xlsx.load(loadable as unknown as ArrayBuffer).catch((error: unknown) => {
    throw new WorkbookFileError(path, { kind: 'corrupt', reason: 'damaged' }, { cause: error });
  });
  return { workbook, ...pkg };
}
