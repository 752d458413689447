import { finding, type Rule } from '../ruleContext';
import { cellOf } from '../workbookModel';

/** Rule 6: the quality weights must add up to 100%. */
export const weightsTotal: Rule = (ctx) => {
  const weights = ctx.snapshot.blocks.vc_Weights;
  if (!weights) return [];
  const total = weights.values.flat().reduce<number>((s, v) => s + (typeof v === 'number' ? v : 0), 0);
  // Same test as the sheet's highlight (ROUND(total,6)<>1), so the two never disagree.
  if (Math.round(total * 1e6) === 1e6) return [];
  const at = ctx.snapshot.blocks.vc_WeightTotal ? cellOf(ctx.snapshot.blocks.vc_WeightTotal, 0, 0) : cellOf(weights, 0, 0);
  return [finding('error', 'weights', at, ctx.t.weights, { total: `${Math.round(total * 1e6) / 1e4}%`, sheet: weights.sheet })];
};
