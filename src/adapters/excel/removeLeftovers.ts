/**
 * What a failed insert left behind when its own roll-back failed too: the sheets it was adding
 * (none existed before it) and the template's own defined names, which would make every new
 * insert report "template already here". The user's names and sheets are never touched.
 */
import { isTemplateName } from '../../core/template/planTemplate';
import type { RequestContextLike } from './excelTypes';

/** Two syncs: list the names, then delete the template's names and the given sheets. */
export async function removeLeftovers(context: RequestContextLike, sheetNames: readonly string[]): Promise<void> {
  const names = context.workbook.names.load({ name: true });
  await context.sync();
  // Names first: deleting a sheet would leave them behind at #REF!.
  for (const n of names.items) if (isTemplateName(n.name)) context.workbook.names.getItemOrNullObject(n.name).delete();
  for (const sheet of sheetNames) context.workbook.worksheets.getItemOrNullObject(sheet).delete();
  await context.sync();
}
