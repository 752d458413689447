import { CRITERIA, SCORE_INPUTS } from '../../catalogue/criteria';
import { evaluatorInputs } from '../../costs/evaluatorsFromSnapshot';
import { disagreementsOf } from '../../decision/disagreements';
import { finding, type Rule } from '../ruleContext';
import { cellOf } from '../workbookModel';

const criterionName = (id: string, language: 'en' | 'zh') => `${id} ${CRITERIA.find((c) => c.id === id)!.label[language]}`;
const oneDecimal = (n: number) => String(Math.round(n * 10) / 10);

/**
 * Several evaluators (DOMAIN.md section 3). An override without a reason is an error: the
 * consensus must say why it overrules the evaluators (at the empty reason cell). Evaluators whose
 * scores of a criterion lie 40 points or more apart: a warning naming them and their scores, at
 * the first input of that criterion in the first of their blocks, for the buyer to settle.
 */
export const evaluators: Rule = (ctx) => {
  const panel = evaluatorInputs(ctx.snapshot);
  const names = ctx.snapshot.blocks.vc_EvaluatorNames;
  if (!panel && names) {
    // Rows inserted or deleted inside the evaluators' blocks: they cannot be read by position.
    return [finding('error', 'structure', cellOf(names, 0, 0), ctx.t.evaluatorBlocksChanged, { sheet: names.sheet })];
  }
  if (!panel) return [];
  const withoutReason = ctx.vendors.flatMap(({ name, index }) => {
    if (index >= panel.reasonBlock.range.cols) return [];
    const reasons = panel.reasons(index);
    const given = panel.overridden(index);
    return CRITERIA.flatMap((criterion, c) => {
      const overridden = SCORE_INPUTS.filter((input) => input.criterion === criterion.id && given.includes(input.key));
      if (overridden.length === 0 || reasons[c] !== '') return [];
      const values = { vendor: name, criterion: criterionName(criterion.id, ctx.language), sheet: panel.reasonBlock.sheet };
      return [finding('error', 'override-reason', cellOf(panel.reasonBlock, c, index), ctx.t.overrideWithoutReason, values, { vendor: name })];
    });
  });
  const disagreements = disagreementsOf(ctx.snapshot).map((d) => {
    const index = ctx.vendors.find((v) => v.name === d.vendor)?.index ?? 0;
    const k = SCORE_INPUTS.findIndex((input) => input.criterion === d.criterion);
    const e = panel.names.indexOf(d.evaluators[0]!);
    const cell = cellOf(panel.inputsBlock, e * panel.blockRows + 1 + k, Math.min(index, panel.inputsBlock.range.cols - 1));
    const scores = d.evaluators.map((name, i) => `${name} ${oneDecimal(d.scores[i]!)}`).join(ctx.t.listSeparator);
    const values = { vendor: d.vendor, criterion: criterionName(d.criterion, ctx.language), scores };
    return finding('warning', 'disagreement', cell, ctx.t.evaluatorsDisagree, values, { vendor: d.vendor });
  });
  return [...withoutReason, ...disagreements];
};
