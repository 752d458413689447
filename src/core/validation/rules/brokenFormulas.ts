import { modelById } from '../../catalogue/models';
import { planFill } from '../../fill/planFill';
import { finding, type Rule } from '../ruleContext';
import { cellOf } from '../workbookModel';

/** Rule 5: computed cells overwritten by a constant, or formulas of another model. */
export const brokenFormulas: Rule = (ctx) => {
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
