import { CRITERIA, SCORE_INPUTS, TEAM_OPTIONS, YES_NO, type ScoreInputKind } from '../catalogue/criteria';
import type { CellContent, SheetPlan } from '../plan/types';
import { addName, perVendor, refTo, vendorHeader, type PlanContext } from './context';
import { ASSUMPTIONS, FIRST_VENDOR_COL, SCORECARD as S } from './layout';
import { SheetBuilder } from './sheetBuilder';

const COL = FIRST_VENDOR_COL.scorecard;

function rule(ctx: PlanContext, kind: ScoreInputKind, range: { row: number; col: number; rows: number; cols: number }) {
  const lang = ctx.language;
  switch (kind) {
    case 'hours':
      return { range, kind: 'decimal' as const, min: 0 };
    case 'yesNo':
      return { range, kind: 'list' as const, items: [YES_NO.yes[lang], YES_NO.no[lang]] };
    case 'rating':
      return { range, kind: 'list' as const, items: ['1', '2', '3', '4', '5'] };
    case 'team':
      return { range, kind: 'list' as const, items: TEAM_OPTIONS.map((o) => o.label[lang]) };
  }
}

/** Criteria C1-C6 x vendors: the inputs the quality score is computed from, and the weights. */
export function planScorecard(ctx: PlanContext): SheetPlan {
  const t = ctx.t.scorecard;
  const lang = ctx.language;
  const b = new SheetBuilder();
  [8, 36, 10].forEach((w, col) => b.width(col, w));
  ctx.vendorNames.forEach((_, i) => b.width(COL + i, 16));
  b.putRow(S.titleRow, 0, [ctx.t.titles.scorecard], 'title');
  b.putRow(S.noteRow, 0, [t.note], 'note');
  b.putRow(S.headerRow, 0, [t.id, t.input, t.weight], 'header');
  b.putRow(S.headerRow, COL, perVendor(ctx, (i) => vendorHeader(ctx, i)), 'header');

  SCORE_INPUTS.forEach((input, k) => {
    const row = S.firstInputRow + k;
    const criterionIndex = CRITERIA.findIndex((c) => c.id === input.criterion);
    const firstOfCriterion = SCORE_INPUTS.findIndex((i) => i.criterion === input.criterion) === k;
    const weightCell = { row: ASSUMPTIONS.weightsFirstRow + criterionIndex, col: 2, rows: 1, cols: 1 };
    const weight: CellContent = firstOfCriterion
      ? { formula: refTo(ctx, 'assumptions', weightCell), result: CRITERIA[criterionIndex]?.defaultWeight ?? 0 }
      : null;
    b.putRow(row, 0, [input.criterion, input.label[lang]], 'label');
    if (weight) b.putRow(row, S.weightCol, [weight], 'computed', '0%');
    const cells = { row, col: COL, rows: 1, cols: ctx.vendorNames.length };
    b.format(cells, 'input', input.kind === 'hours' ? '0.0' : undefined);
    b.validate(rule(ctx, input.kind, cells));
  });
  const grid = { row: S.firstInputRow, col: COL, rows: S.inputCount, cols: ctx.vendorNames.length };
  addName(ctx, 'vc_ScoreInputs', 'scorecard', grid, 'Quality inputs: score inputs x vendors');
  addName(ctx, 'vc_ScoreIds', 'scorecard', { row: S.firstInputRow, col: 0, rows: S.inputCount, cols: 1 }, 'Criterion id of each quality input');
  return b.build('scorecard', ctx.sheetNames.scorecard, '#7030A0', { rows: S.headerRow + 1, cols: COL });
}
