import { CRITERIA, SCORE_INPUTS } from '../catalogue/criteria';
import { planEvaluators, evaluatorsOfOptions } from './evaluatorBlocks';
import type { CellContent, SheetPlan } from '../plan/types';
import { addName, perVendor, refTo, vendorHeader, type PlanContext } from './context';
import { vendorScoreFormulas, scoreInputRows, type ScoreRefs } from '../formulas/scoreFormulas';
import { columnIndex, columnLetters, quoteSheet } from '../plan/a1';
import { ASSUMPTIONS, FIRST_VENDOR_COL, SCORECARD as S, pricingComputedRows, scoreRows } from './layout';
import { SheetBuilder } from './sheetBuilder';
import { ratingCell, rule } from './scoreInputCells';

const COL = FIRST_VENDOR_COL.scorecard;

/** Criteria C1-C6 x vendors: the inputs the quality score is computed from, and the weights. */
export function planScorecard(ctx: PlanContext): SheetPlan {
  const t = ctx.t.scorecard;
  const lang = ctx.language;
  const b = new SheetBuilder();
  [8, 36, 10].forEach((w, col) => b.width(col, w));
  ctx.vendorNames.forEach((_, i) => b.width(COL + i, 16));
  b.putRow(S.titleRow, 0, [ctx.t.titles.scorecard], 'title');
  const evaluators = evaluatorsOfOptions(ctx.options);
  b.putRow(S.noteRow, 0, [evaluators.length > 0 ? `${t.note} ${t.consensusNote}` : t.note], 'note');
  b.putRow(S.headerRow, 0, [t.id, t.input, t.weight], 'header');
  b.putRow(
    S.headerRow,
    COL,
    perVendor(ctx, (i) => vendorHeader(ctx, i)),
    'header',
  );

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
    // With evaluators the row is their consensus (formulas, planned with the blocks below).
    if (evaluators.length > 0) return;
    b.format(cells, 'input', input.kind === 'hours' ? '0.0' : undefined);
    // The ratings the quotes file gave; the rest stay blank for the buyer.
    const given = ctx.options.vendors.map((v) => ratingCell(ctx, input, v.ratings));
    if (given.some((cell) => cell !== null)) b.putRow(row, COL, given);
    b.validate(rule(ctx, input.kind, cells));
  });
  const grid = { row: S.firstInputRow, col: COL, rows: S.inputCount, cols: ctx.vendorNames.length };
  addName(ctx, 'vc_ScoreInputs', 'scorecard', grid, 'Quality inputs: score inputs x vendors');
  addName(ctx, 'vc_ScoreIds', 'scorecard', { row: S.firstInputRow, col: 0, rows: S.inputCount, cols: 1 }, 'Criterion id of each quality input');
  planScores(ctx, b, evaluators.length > 0);
  if (evaluators.length > 0) planEvaluators(ctx, b, evaluators);
  return b.build('scorecard', ctx.sheetNames.scorecard, '#7030A0', { rows: S.headerRow + 1, cols: COL });
}

/** Per-vendor score formulas under the inputs, with their names. */
function planScores(ctx: PlanContext, b: SheetBuilder, consensus: boolean): void {
  const t = ctx.t.scorecard;
  const lang = ctx.language;
  const vendorCount = ctx.vendorNames.length;
  const rows = scoreRows();
  const c = pricingComputedRows();
  const pricingCol = (i: number) => columnLetters(FIRST_VENDOR_COL.pricing + i);
  const refs: ScoreRefs = {
    language: lang,
    inputRows: scoreInputRows(S.firstInputRow + 1),
    numericChoices: consensus,
    criterionFirstRow: S.criterionScoreFirstRow + 1,
    statusRow: rows.statusRow + 1,
    qualityRow: rows.qualityRow + 1,
    priceRow: rows.priceRow + 1,
    overallRow: rows.overallRow + 1,
    rankRow: rows.rankRow + 1,
    overallForRankingRow: rows.overallForRankingRow + 1,
    orderRow: rows.orderRow + 1,
    reasonRow: rows.reasonRow + 1,
    firstCol: columnLetters(COL),
    lastCol: columnLetters(COL + vendorCount - 1),
    tco: (col) => `${quoteSheet(ctx.sheetNames.pricing)}!${pricingCol(columnIndex(col) - COL)}${c.tcoRow + 1}`,
    pricingStatus: (col) => `${quoteSheet(ctx.sheetNames.pricing)}!${pricingCol(columnIndex(col) - COL)}${c.statusRow + 1}`,
    pricingComplete: ctx.t.pricing.computed.complete,
    reasonSeparator: ctx.t.ranking.reasonSeparator,
    tcoForRanking: refTo(ctx, 'pricing', { row: c.tcoForRankingRow, col: FIRST_VENDOR_COL.pricing, rows: 1, cols: vendorCount }),
    status: {
      complete: t.complete,
      missingPrefix: t.missingPrefix,
      separator: t.listSeparator,
      criteria: CRITERIA.map((cr) => `${cr.id} ${cr.label[lang]}`),
    },
  };
  b.section(S.scoresSectionRow, 0, t.scoresSection, COL + vendorCount);
  const labels = [
    ...CRITERIA.map((cr) => [cr.id, `${cr.label[lang]} ${t.criterionScore}`]),
    [null, t.status],
    [null, t.quality],
    [null, t.price],
    [null, t.overall],
    [null, t.rank],
    [null, t.overallForRanking],
    [null, t.rankingOrder],
    [null, t.incompleteReason],
  ];
  b.put(S.criterionScoreFirstRow, 0, labels, 'label');
  b.format({ row: S.criterionScoreFirstRow, col: COL, rows: labels.length, cols: vendorCount }, 'computed', '0.0');
  b.format({ row: rows.rankRow, col: COL, rows: 1, cols: vendorCount }, 'total', '0');
  b.format({ row: rows.orderRow, col: COL, rows: 1, cols: vendorCount }, undefined, '0');
  const columns = ctx.vendorNames.map((_, i) => vendorScoreFormulas(refs, columnLetters(COL + i)));
  const keys = [...(columns[0]?.keys() ?? [])].sort((x, y) => x - y);
  for (const row of keys)
    b.putRow(
      row - 1,
      COL,
      columns.map((col) => col.get(row) ?? null),
    );
  const span = (row: number, rowCount = 1) => ({ row, col: COL, rows: rowCount, cols: vendorCount });
  addName(ctx, 'vc_CriterionScores', 'scorecard', span(S.criterionScoreFirstRow, CRITERIA.length), 'Scores 0-100 of C1-C6 per vendor');
  addName(ctx, 'vc_ScoreStatus', 'scorecard', span(rows.statusRow), 'Quality status per vendor: complete, or the criteria missing');
  // The rank's helper (-1 for an incomplete vendor) is for the formulas, not for reading.
  b.hideRow(rows.overallForRankingRow);
  b.hideRow(rows.orderRow);
  b.hideRow(rows.reasonRow);
  addName(ctx, 'vc_QualityScore', 'scorecard', span(rows.qualityRow), 'Weighted quality score per vendor');
  addName(ctx, 'vc_PriceScore', 'scorecard', span(rows.priceRow), 'Price score per vendor');
  addName(ctx, 'vc_Overall', 'scorecard', span(rows.overallRow), 'Overall score per vendor');
  addName(ctx, 'vc_Rank', 'scorecard', span(rows.rankRow), 'Rank per vendor (1 = best)');
  addName(ctx, 'vc_IncompleteReason', 'scorecard', span(rows.reasonRow), 'Why a vendor has no rank: missing prices and ratings, shortened');
  addName(ctx, 'vc_RankingOrder', 'scorecard', span(rows.orderRow), 'Line of each vendor in the Overview ranking (by rank, incomplete last)');
}
