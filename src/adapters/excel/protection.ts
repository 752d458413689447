/**
 * Writes onto protected sheets. Excel refuses changes to a protected sheet (a value written to a
 * locked cell fails with AccessDenied; formats, conditional formats and validations cannot change),
 * and protect() fails on a sheet already protected:
 * https://learn.microsoft.com/javascript/api/excel/excel.worksheetprotection#excel-excel-worksheetprotection-protect-member(1)
 * So a command unprotects the sheets it writes to, writes and protects them again, all in the
 * one write batch it already had. Office.js applies a batch in order and stops at the first
 * failure, leaving what went before applied; the unprotects come first, so a sheet protected
 * with the user's password stops the batch before anything is written.
 * (office-js 6784 reports protect()/unprotect() failing with AccessDenied on some 2026 builds:
 * the recovery below then reports the sheets it could not protect again.)
 */
import { SHEET_PROTECTION } from '../../core/plan/protection';
import { ExcelWriteError, ProtectionNotRestoredError, SheetPasswordError } from './errors';
import type { RequestContextLike, WorksheetCollectionLike } from './excelTypes';

/** How the template protects its sheets: no password, columns and rows resizable. */
export const TEMPLATE_PROTECTION: Excel.WorksheetProtectionOptions = {
  allowFormatColumns: SHEET_PROTECTION.formatColumns,
  allowFormatRows: SHEET_PROTECTION.formatRows,
};

/** A sheet found protected in a command's read sync, with the options to protect it again with. */
export interface ProtectedSheet {
  name: string;
  options: Excel.WorksheetProtectionOptions;
}

/** The protected sheets of a collection loaded with queueProtectionLoad, by lower-case name. */
export type ProtectionMap = ReadonlyMap<string, ProtectedSheet>;

/** Queue, in a read sync, the names and protection of every sheet (no extra sync). */
export function queueProtectionLoad(context: RequestContextLike): WorksheetCollectionLike {
  return context.workbook.worksheets.load({ name: true, protection: { protected: true, options: true } });
}

export function protectedSheets(loaded: WorksheetCollectionLike): ProtectionMap {
  const map = new Map<string, ProtectedSheet>();
  for (const s of loaded.items) {
    if (s.protection.protected) map.set(s.name.toLowerCase(), { name: s.name, options: s.protection.options });
  }
  return map;
}

/** The protected ones among the sheets a command writes to, each once, in a stable order. */
export function touchedProtected(map: ProtectionMap, sheetNames: Iterable<string>): ProtectedSheet[] {
  const found = new Map<string, ProtectedSheet>();
  for (const name of sheetNames) {
    const p = map.get(name.toLowerCase());
    if (p) found.set(p.name.toLowerCase(), p);
  }
  return [...found.values()];
}

/**
 * Sync `queueWrites` with the sheets of `sheets` unprotected around it: one sync, as without
 * protection. On a failure, the sheets' protection is read again and put back where it is gone
 * (two more syncs, on the error path only), then the error is raised: SheetPasswordError when a
 * sheet refused to be unprotected (its user's password; nothing was written), the write's own
 * error otherwise, ProtectionNotRestoredError when protecting again failed too.
 */
export async function syncUnprotected(context: RequestContextLike, sheets: readonly ProtectedSheet[], queueWrites: () => void): Promise<void> {
  const proxies = sheets.map((s) => context.workbook.worksheets.getItemOrNullObject(s.name));
  for (const sheet of proxies) sheet.protection.unprotect();
  queueWrites();
  sheets.forEach((s, i) => proxies[i]!.protection.protect(s.options));
  try {
    await context.sync();
  } catch (error) {
    if (sheets.length === 0) throw error;
    await recover(context, sheets, error);
  }
}

async function recover(context: RequestContextLike, sheets: readonly ProtectedSheet[], error: unknown): Promise<never> {
  const message = error instanceof Error ? error.message : String(error);
  const code = typeof (error as { code?: unknown } | null)?.code === 'string' ? (error as { code: string }).code : undefined;
  let states: boolean[];
  try {
    const loads = sheets.map((s) => context.workbook.worksheets.getItemOrNullObject(s.name).protection.load({ protected: true }));
    await context.sync();
    states = loads.map((p) => p.protected === true);
  } catch {
    throw new ProtectionNotRestoredError(message, code, error, sheets.map((s) => s.name));
  }
  // The unprotects ran first, in order: a first protected sheet with every earlier one
  // unprotected and every later one still protected is where the batch stopped, before any write.
  const first = states.indexOf(true);
  const refused = first >= 0 && states.slice(0, first).every((p) => !p) && states.slice(first).every((p) => p) ? sheets[first] : undefined;
  const open = sheets.filter((_, i) => !states[i]);
  if (open.length > 0) {
    for (const s of open) context.workbook.worksheets.getItemOrNullObject(s.name).protection.protect(s.options);
    try {
      await context.sync();
    } catch {
      throw new ProtectionNotRestoredError(message, code, error, open.map((s) => s.name));
    }
  }
  if (refused) throw new SheetPasswordError(refused.name);
  throw new ExcelWriteError(message, code, { cause: error });
}
