import type { Language } from '../catalogue/text';
import type { TemplateMessages } from '../i18n/messages';
import type { TemplateOptions } from '../options';
import { cellAddress, quoteSheet, sheetRef } from '../plan/a1';
import type { DefinedNamePlan, FormulaCell, Rect, SheetKey } from '../plan/types';
import { FIRST_VENDOR_COL, PRICING } from './layout';

/** What every sheet planner needs: the options, the strings, and the final sheet names. */
export interface PlanContext {
  options: TemplateOptions;
  language: Language;
  t: TemplateMessages;
  sheetNames: Record<SheetKey, string>;
  vendorNames: string[];
  names: DefinedNamePlan[];
}

export function addName(ctx: PlanContext, name: string, sheet: SheetKey, range: Rect, comment: string): void {
  ctx.names.push({ name, sheet, range, comment });
}

/** An absolute reference to a rectangle on another sheet, e.g. 'Assumptions'!$B$4. */
export function refTo(ctx: PlanContext, sheet: SheetKey, rect: Rect): string {
  return sheetRef(ctx.sheetNames[sheet], rect, true);
}

/** A vendor's header on Coverage/Questions/Scorecard repeats its name on Pricing, so a rename
 * there carries through. */
export function vendorHeader(ctx: PlanContext, vendorIndex: number): FormulaCell {
  const address = cellAddress(PRICING.headerRow, FIRST_VENDOR_COL.pricing + vendorIndex);
  return {
    formula: `${quoteSheet(ctx.sheetNames.pricing)}!${address}`,
    result: ctx.vendorNames[vendorIndex] ?? '',
  };
}

/** Repeat one value once per vendor. */
export function perVendor<T>(ctx: PlanContext, value: (vendorIndex: number) => T): T[] {
  return ctx.vendorNames.map((_, i) => value(i));
}
