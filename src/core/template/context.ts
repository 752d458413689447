import type { Language } from '../catalogue/text';
import { formulaText } from '../formulas/formulaText';
import { format, type TemplateMessages } from '../i18n/messages';
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
 * there carries through. A blank name shows "Vendor 2" (not the 0 a plain reference to an
 * empty cell gives), the name validate and summary use for it too. */
export function vendorHeader(ctx: PlanContext, vendorIndex: number): FormulaCell {
  return vendorNameOf(ctx, vendorIndex, `${quoteSheet(ctx.sheetNames.pricing)}!${cellAddress(PRICING.headerRow, FIRST_VENDOR_COL.pricing + vendorIndex)}`);
}

/** The same through the name vc_VendorNames: for a row per vendor (the Overview), which must
 * not depend on where it sits, e.g. once its rows are sorted. */
export function vendorNameByIndex(ctx: PlanContext, vendorIndex: number): FormulaCell {
  return vendorNameOf(ctx, vendorIndex, `INDEX(vc_VendorNames,1,${vendorIndex + 1})`);
}

function vendorNameOf(ctx: PlanContext, vendorIndex: number, name: string): FormulaCell {
  const fallback = format(ctx.t.vendorFallback, { n: vendorIndex + 1 });
  return {
    formula: `IF(TRIM(${name})="",${formulaText(fallback)},${name})`,
    result: ctx.vendorNames[vendorIndex] || fallback,
  };
}

/** Repeat one value once per vendor. */
export function perVendor<T>(ctx: PlanContext, value: (vendorIndex: number) => T): T[] {
  return ctx.vendorNames.map((_, i) => value(i));
}
