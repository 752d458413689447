import { CRITERIA } from '../../catalogue/criteria';
import { missingQuality as missingOf } from '../../costs/fromSnapshot';
import { finding, type Rule } from '../ruleContext';
import { cellOf } from '../workbookModel';

/**
 * Rule 8: a blank (or unreadable) quality input withholds that vendor's quality, overall score
 * and rank, exactly as a missing price withholds its costs; so it is an error too. One finding
 * per vendor, naming every criterion without a score, at the first such input.
 */
export const missingQuality: Rule = (ctx) => {
  const grid = ctx.snapshot.blocks.vc_ScoreInputs;
  if (!grid) return [];
  return ctx.vendors.flatMap(({ name, index }) => {
    const { criteria, firstCell } = missingOf(ctx.snapshot, index);
    if (criteria.length === 0) return [];
    const names = criteria.map((id) => `${id} ${CRITERIA.find((c) => c.id === id)!.label[ctx.language]}`);
    const cell = firstCell ?? cellOf(grid, 0, Math.min(index, grid.range.cols - 1));
    return [finding('error', 'missing-quality', cell, ctx.t.missingQuality, { vendor: name, criteria: names.join(ctx.t.listSeparator) }, { vendor: name })];
  });
};
