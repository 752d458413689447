/** Takes the user to a finding: activate its sheet and select its cell, in one sync. */
import { SheetNotFoundError } from './errors';
import type { RequestContextLike } from './excelTypes';

export async function selectCell(context: RequestContextLike, sheetName: string, address: string): Promise<void> {
  const sheet = context.workbook.worksheets.getItemOrNullObject(sheetName);
  sheet.activate();
  sheet.getRange(address).select();
  await context.sync();
  // Operations on a missing sheet are ignored by Excel; say so instead of doing nothing.
  if (sheet.isNullObject) throw new SheetNotFoundError(sheetName);
}
