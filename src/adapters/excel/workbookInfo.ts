/** What insertion must know about the open workbook, read in one sync. */
import { isTemplateMarker } from '../../core/template/planTemplate';
import type { RequestContextLike } from './excelTypes';

export interface WorkbookInfo {
  sheetNames: string[];
  /** The document properties the template may set: only those still empty are. */
  properties: Record<'title' | 'subject' | 'keywords' | 'comments', string>;
  /** Workbook-scoped defined names, with the sheet each refers to when it is a plain range. */
  names: { name: string; sheet: string | null }[];
}

/** One sync: the sheet names and the workbook's defined names with their references. */
export async function readWorkbookInfo(context: RequestContextLike): Promise<WorkbookInfo> {
  const sheets = context.workbook.worksheets.load({ name: true });
  const names = context.workbook.names.load({ name: true, formula: true });
  const properties = context.workbook.properties.load({ title: true, subject: true, keywords: true, comments: true });
  await context.sync();
  return {
    sheetNames: sheets.items.map((s) => s.name),
    properties: { title: properties.title, subject: properties.subject, keywords: properties.keywords, comments: properties.comments },
    names: names.items.map((n) => ({ name: n.name, sheet: sheetOfReference(n.formula) })),
  };
}

/** "=Pricing!$D$3:$F$3" -> "Pricing", "='My ''x'' sheet'!$A$1" -> "My 'x' sheet"; else null. */
export function sheetOfReference(formula: unknown): string | null {
  if (typeof formula !== 'string') return null;
  const m = /^=?(?:'((?:[^']|'')+)'|([^'!=#(]+))!/.exec(formula.trim());
  if (!m) return null;
  return m[1] !== undefined ? m[1].replace(/''/g, "'") : (m[2] ?? null);
}

/** The first defined name that marks a Vendor Compare template, if any. */
export function templateNameIn(info: WorkbookInfo): WorkbookInfo['names'][number] | undefined {
  return info.names.find((n) => isTemplateMarker(n.name));
}

/** True when the workbook already holds a template (it has one of its marker names). One sync. */
export async function hasTemplate(context: RequestContextLike): Promise<boolean> {
  return templateNameIn(await readWorkbookInfo(context)) !== undefined;
}
