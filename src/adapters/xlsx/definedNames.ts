import type ExcelJS from 'exceljs';
import { sheetRef } from '../../core/plan/a1';
import type { Plan, SheetKey } from '../../core/plan/types';

/**
 * Adds the plan's workbook-level names. ExcelJS writes any name it is given and drops, without a
 * word, one whose reference it cannot parse; so each name is checked before and looked up again
 * after. A bad or lost name is an error, never a quiet loss.
 * (ExcelJS keeps no comment on a defined name; the comments live in the plan and the README.)
 */
export function addDefinedNames(workbook: ExcelJS.Workbook, plan: Plan): void {
  const sheetNames = new Map<SheetKey, string>(plan.sheets.map((s) => [s.key, s.name]));
  const seen = new Set<string>();
  for (const name of plan.names) {
    if (!isValidDefinedName(name.name)) throw new Error(`not a valid Excel name: ${JSON.stringify(name.name)}`);
    const folded = name.name.toUpperCase();
    if (seen.has(folded)) throw new Error(`defined name ${name.name} appears twice in the plan`);
    seen.add(folded);
    const sheetName = sheetNames.get(name.sheet);
    if (sheetName === undefined) throw new Error(`defined name ${name.name} refers to sheet ${name.sheet}, which the plan lacks`);
    const location = sheetRef(sheetName, name.range, true);
    workbook.definedNames.add(location, name.name);
    const ranges = workbook.definedNames.getRanges(name.name).ranges;
    if (ranges.length !== 1) throw new Error(`ExcelJS did not keep the defined name ${name.name} = ${location}`);
  }
}

/**
 * Excel's rule: up to 255 characters, starting with a letter, "_" or "\", then letters, digits,
 * "_" and "."; not a cell reference (A1, XFD1048576, R1C1, R, C) and not TRUE/FALSE.
 */
export function isValidDefinedName(name: string): boolean {
  if (name.length === 0 || name.length > 255) return false;
  if (!/^[\p{L}_\\][\p{L}\p{N}_.\\]*$/u.test(name)) return false;
  if (/^[A-Za-z]{1,3}[0-9]+$/.test(name)) return false;
  if (/^[RrCc]$/.test(name) || /^[Rr][0-9]*[Cc][0-9]*$/.test(name) || /^[RrCc][0-9]+$/.test(name)) return false;
  return !/^(TRUE|FALSE)$/i.test(name);
}
