import type { SheetKey } from '../plan/types';

/** A defined name on each template sheet: the way to its sheet whatever it is called now. */
export const SHEET_ANCHORS: Record<SheetKey, string> = {
  overview: 'vc_Ranking',
  assumptions: 'vc_Term',
  pricing: 'vc_Model',
  coverage: 'vc_Coverage',
  questions: 'vc_Answers',
  scorecard: 'vc_ScoreInputs',
  decision: 'vc_DecisionVerdict',
};

export const SHEET_ORDER: readonly SheetKey[] = ['overview', 'assumptions', 'pricing', 'coverage', 'questions', 'scorecard', 'decision'];

const MAX_SHEET_NAME = 31;

/** The first of "Pricing", "Pricing (2)", "Pricing (3)" ... that no existing sheet uses
 * (Excel compares sheet names ignoring case). Existing sheets are never renamed. */
export function uniqueSheetName(base: string, taken: Iterable<string>): string {
  const used = new Set([...taken].map((n) => n.toLocaleLowerCase()));
  if (!used.has(base.toLocaleLowerCase())) return base;
  for (let n = 2; ; n++) {
    const suffix = ` (${n})`;
    const candidate = base.slice(0, MAX_SHEET_NAME - suffix.length) + suffix;
    if (!used.has(candidate.toLocaleLowerCase())) return candidate;
  }
}

/** Final names for all template sheets, each unique against the workbook and each other. */
export function resolveSheetNames(
  wanted: Record<SheetKey, string>,
  existing: readonly string[],
): Record<SheetKey, string> {
  const taken = [...existing];
  const result = {} as Record<SheetKey, string>;
  for (const key of SHEET_ORDER) {
    result[key] = uniqueSheetName(wanted[key], taken);
    taken.push(result[key]);
  }
  return result;
}
