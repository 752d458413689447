import type { Language } from '../catalogue/text';
import { format, messages } from '../i18n/messages';
import type { ValidationMessages } from '../i18n/validation.en';
import type { Snapshot } from '../snapshot/types';
import type { Finding, RuleId, Severity } from './types';
import { vendorColumns, type CellRef, type VendorColumn } from './workbookModel';

/** What every rule gets: the snapshot, the vendors, and the message catalogue. */
export interface RuleContext {
  snapshot: Snapshot;
  vendors: VendorColumn[];
  /** Language of the messages (not necessarily the template's). */
  language: Language;
  /** Language the template was written in (its labels). */
  templateLanguage: Language;
  t: ValidationMessages;
}

export function ruleContext(snapshot: Snapshot, language: Language, templateLanguage: Language): RuleContext {
  return { snapshot, vendors: vendorColumns(snapshot), language, templateLanguage, t: messages(language).validation };
}

export type Rule = (ctx: RuleContext) => Finding[];

export function finding(
  severity: Severity,
  rule: RuleId,
  cell: Pick<CellRef, 'sheet' | 'address'>,
  message: string,
  values: Record<string, string | number>,
  extra: { vendor?: string; question?: string } = {},
): Finding {
  return { severity, rule, sheet: cell.sheet, cell: cell.address, ...extra, message: format(message, values) };
}
