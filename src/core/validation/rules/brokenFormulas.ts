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
  'vc_RankingOrder',
  'vc_IncompleteReason',
  'vc_Ranking',
  'vc_AnswerChecks',
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

/**
 * Rule 5: computed cells typed over with a constant, or left empty, and results typed over.
 * A cell holding any formula passes, whatever its text: Excel re-spells formulas (case, quotes,
 * numbers), so comparing text would report every vendor of a workbook Excel saved.
 */
export const brokenFormulas: Rule = (ctx) => [...pricingFormulas(ctx), ...typedResults(ctx)];

const pricingFormulas: Rule = (ctx) => {
  const plan = planFill(ctx.snapshot);
  if (!plan.ok && plan.reason === 'computedRows') {
    const computed = ctx.snapshot.blocks.vc_Computed!;
    return [finding('error', 'broken-formula', cellOf(computed, 0, 0), ctx.t.computedRowsChanged, { sheet: computed.sheet })];
  }
  if (!plan.ok && plan.reason === 'newerVersion') {
    const stamp = ctx.snapshot.blocks.vc_LayoutVersion!;
    return [finding('error', 'structure', cellOf(stamp, 0, 0), ctx.t.newerLayout, { version: String(stamp.values[0]?.[0] ?? '?') })];
  }
  if (!plan.ok) return [];
  if (plan.upgrade) {
    // The previous layout: one note to upgrade, and the constants typed over its formulas (the
    // rows the upgrade inserts are not the user's gaps).
    const model = ctx.snapshot.blocks.vc_Model!;
    const upgrade = finding('warning', 'structure', cellOf(model, 0, 0), ctx.t.olderLayout, {});
    const typed = plan.vendors.flatMap((v) => {
      const first = v.changes.find((c) => c.overwritten);
      if (!first) return [];
      const cell = { ...first.cell, address: first.shown };
      return [finding('error', 'broken-formula', cell, ctx.t.formulaOverwritten, { vendor: v.vendor, cell: first.shown }, { vendor: v.vendor })];
    });
    return [upgrade, ...typed];
  }
  return plan.vendors.flatMap((v) => {
    // A typed constant first: it is what fill will ask about before replacing it.
    const first = v.changes.find((c) => c.overwritten) ?? v.changes.find((c) => c.emptied);
    if (!first) return [];
    const message = first.overwritten ? ctx.t.formulaOverwritten : ctx.t.formulaEmptied;
    return [finding('error', 'broken-formula', first.cell, message, { vendor: v.vendor, cell: first.cell.address }, { vendor: v.vendor })];
  });
};
