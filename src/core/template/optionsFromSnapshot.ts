/** The options a fresh template of a workbook's shape is planned with: where only the labels,
 * the sheets' shape and the cached results depend on them (an upgrade, a vendor added). */
import { SCENARIO_IDS } from '../catalogue/scenarios';
import { DEFAULT_OPTIONS, type TemplateOptions } from '../options';
import type { Snapshot } from '../snapshot/types';
import { displayText, fallbackVendorName, templateLanguage, vendorColumns } from '../validation/workbookModel';

/** The options a fresh template of the same shape would be planned with (labels only matter). */
export function optionsOf(snapshot: Snapshot, vendorCount: number): TemplateOptions {
  const language = templateLanguage(snapshot);
  const names = vendorColumns(snapshot);
  const currency = displayText(snapshot.blocks.vc_Currency?.values[0]?.[0] ?? null).trim() || DEFAULT_OPTIONS.currency;
  return {
    ...DEFAULT_OPTIONS,
    language,
    currency,
    vendors: Array.from({ length: vendorCount }, (_, i) => ({ name: names[i]?.name ?? fallbackVendorName(language, i) })),
    ...evaluatorsOf(snapshot),
  };
}

/** The evaluators the workbook's Scorecard has a block for (one per row of vc_EvaluatorNames, a
 * blank name kept so the blocks stay where they are); none for the one-evaluator Scorecard. */
export function evaluatorsOf(snapshot: Snapshot): Pick<TemplateOptions, 'evaluators'> {
  const block = snapshot.blocks.vc_EvaluatorNames;
  if (!block) return {};
  return { evaluators: block.values.map((row) => displayText(row[0] ?? null).trim()) };
}

/** The scenarios whose questions the workbook holds (ids such as S2-1), so the plan's Questions
 * sheet has the same rows. */
export function scenariosOf(snapshot: Snapshot): TemplateOptions['scenarios'] {
  const ids = (snapshot.blocks.vc_QuestionIds?.values ?? []).map((row) => displayText(row[0] ?? null).trim());
  return SCENARIO_IDS.filter((s) => ids.some((id) => id.startsWith(`${s}-`)));
}
