import { modelById } from '../../catalogue/models';
import { planFill } from '../../fill/planFill';
import { finding, type Rule } from '../ruleContext';
import { cellOf } from '../workbookModel';

/** Results outside Pricing's computed rows (those "fill" rewrites): scores, ranking, counts. */
const RESULT_BLOCKS = [
  'vc_CriterionScores',
  'vc_ScoreStatus',
  'vc_QualityScore',
  'vc_PriceScore',
  'vc_Overall',
  'vc_Rank',
  'vc_Ranking',
  'vc_Answered',
  'vc_Completeness',
  'vc_TermIncidents',
  'vc_TermOnsiteDays',
] as const;

/** A score, rank or count typed over its formula (or cleared): a buyer could type in a winner. */
const typedResults: Rule = (ctx) =>
  RESULT_BLOCKS.flatMap((name) => {
    const block = ctx.snapshot.blocks[name];
    if (!block) return [];
    for (const [r, row] of block.formulas.entries()) {
      const c = row.findIndex((f) => f === null);
      if (c >= 0) return [finding('error', 'broken-formula', cellOf(block, r, c), ctx.t.resultTyped, { cell: cellOf(block, r, c).address, sheet: block.sheet })];
    }
    return [];
  });

/** Rule 5: computed cells overwritten by a constant, or formulas of another model. */
export const brokenFormulas: Rule = (ctx) => [...pricingFormulas(ctx), ...typedResults(ctx)];

const pricingFormulas: Rule = (ctx) => {
  const plan = planFill(ctx.snapshot);
  if (!plan.ok && plan.reason === 'computedRows') {
    const computed = ctx.snapshot.blocks.vc_Computed!;
    return [finding('error', 'broken-formula', cellOf(computed, 0, 0), ctx.t.computedRowsChanged, { sheet: computed.sheet })];
  }
  if (!plan.ok) return [];
  return plan.vendors
    .filter((v) => v.changes.length > 0)
    .map((v) => {
      const overwritten = v.changes.find((c) => c.overwritten);
      const first = overwritten ?? v.changes[0]!;
      const model = v.model ? modelById(v.model).label[ctx.language] : '—';
      const message = overwritten ? ctx.t.formulaOverwritten : ctx.t.formulaMismatch;
      return finding('error', 'broken-formula', first.cell, message, { vendor: v.vendor, cell: first.cell.address, model }, { vendor: v.vendor });
    });
};
