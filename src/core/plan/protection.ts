/**
 * Sheet protection of the template, shared by both writers: every template sheet is protected
 * without a password (Review > Unprotect Sheet, one click), computed cells locked and the cells a
 * user types in unlocked (FormatSpec.unlocked), so a formula cannot be typed over by accident.
 */
import type { Rect, SheetPatch } from './types';

/** What a protected template sheet still lets a user do, besides selecting any cell and typing in
 * unlocked cells: resize columns and rows (long answers). Sorting, filtering and inserting stay
 * off: they would move inputs away from the formulas that read them. */
export const SHEET_PROTECTION = { formatColumns: true, formatRows: true } as const;

/** The rectangles left unlocked on a sheet (or a patch of one). */
export function unlockedRects(sheet: Pick<SheetPatch, 'formats'>): Rect[] {
  return sheet.formats.filter((f) => f.unlocked).map((f) => f.range);
}
