/**
 * A pack opened as a new workbook: Excel.createWorkbook(base64) (ExcelApi 1.8), which opens it
 * in a new Excel window while the add-in stays with the master.
 * https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-workbooks#create-a-workbook
 * Hosts with ExcelApi 1.8: Excel on Windows (Microsoft 365, 2019 and later), on the Mac (16.17
 * and later), on the web and on iPad. It can still fail where it exists: an internal error on the
 * web (office-js issue 3646) or the extensionHardening policy on Windows (office-js issue 3568,
 * the file's type must match its .xlsx extension, which ours does); the pane then offers the file
 * as a download instead.
 */

/** The part of the Excel global this needs (absent outside Office and on hosts below 1.8). */
export interface ExcelGlobal {
  createWorkbook?: (base64?: string) => Promise<void>;
}

export class CreateWorkbookUnsupportedError extends Error {
  constructor() {
    super('This Excel cannot open a new workbook from the add-in (Excel.createWorkbook, ExcelApi 1.8).');
    this.name = 'CreateWorkbookUnsupportedError';
  }
}

/** Bytes as base64, in chunks (String.fromCharCode takes a limited number of arguments). */
export function toBase64(data: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < data.length; i += 0x8000) binary += String.fromCharCode(...data.subarray(i, i + 0x8000));
  return btoa(binary);
}

export async function openWorkbook(excel: ExcelGlobal | undefined, supported: boolean, data: Uint8Array): Promise<void> {
  if (!supported || typeof excel?.createWorkbook !== 'function') throw new CreateWorkbookUnsupportedError();
  await excel.createWorkbook(toBase64(data));
}
