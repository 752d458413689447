/**
 * The Decision sheet (issue 11, DOMAIN.md section 7): is the ranking robust?
 * - live: the winner at price weight 0%, 10%, ..., 100% and at the chosen weight, computed from
 *   the Scorecard's quality and price scores (overall = w x price + (1 - w) x quality, as the
 *   Scorecard computes it at the chosen weight), and the abnormally low TCOs;
 * - written by Check (values, with the date and the inputs checksum): rank reversal, demand
 *   sensitivity and break-even multipliers. A live checksum of the inputs says when they are stale;
 * - a verdict line at the top combining both, in the template's language.
 * Excel 2016-safe: no array entry (per-cell formulas; ranges only inside SUMPRODUCT or in
 * functions that take ranges: COUNT, MAX, MATCH, MEDIAN, which ignore the "" of an incomplete vendor).
 */
import { formulaText } from '../formulas/formulaText';
import { format } from '../i18n/messages';
import { MONEY_FORMAT } from '../options';
import { cellAddress, columnLetters, sheetRef } from '../plan/a1';
import type { CellContent, Rect, SheetPlan } from '../plan/types';
import { checksumFormula } from '../decision/inputsChecksum';
import { addName, perVendor, vendorNameByIndex, type PlanContext } from './context';
import { DEFAULT_ABNORMAL_THRESHOLD, FIRST_VENDOR_COL } from './layout';
import { SheetBuilder } from './sheetBuilder';
import { evaluatorsOfOptions } from './evaluatorBlocks';
import { CRITERIA, DISAGREEMENT_POINTS } from '../catalogue/criteria';

const COL = FIRST_VENDOR_COL.decision;

/** Price weights of the sweep: 0, 0.1, ..., 1 (k / 10, the nearest doubles to the decimals). */
export const SWEEP_WEIGHTS: readonly number[] = Array.from({ length: 11 }, (_, k) => k / 10);
/** Demand multipliers of the written table (DOMAIN.md section 7). */
export const DEMAND_MULTIPLIERS: readonly number[] = [0.5, 1, 1.5, 2, 3];
/** Rows for break-even multipliers; more are counted in the line under them. */
export const BREAK_EVEN_ROWS = 10;

/** Rows of the sheet, 0-based. */
export const DECISION = (() => {
  const verdictRow = 3;
  const sweepHeaderRow = 13;
  // Each vendor's quality and price score, then the weights.
  const sweepFirstRow = sweepHeaderRow + 3;
  const chosenRow = sweepFirstRow + SWEEP_WEIGHTS.length;
  const lowHeaderRow = chosenRow + 4;
  const writtenSectionRow = lowHeaderRow + 8;
  const reversalsHeaderRow = writtenSectionRow + 11;
  const demandHeaderRow = reversalsHeaderRow + 3;
  const rankHeaderRow = demandHeaderRow + DEMAND_MULTIPLIERS.length + 1;
  const breakEvenHeaderRow = rankHeaderRow + DEMAND_MULTIPLIERS.length + 2;
  return {
    titleRow: 0,
    noteRow: 1,
    verdictSectionRow: 2,
    verdictRow,
    chosenWeightRow: verdictRow + 1,
    winnerRow: verdictRow + 2,
    priceWeightTestRow: verdictRow + 3,
    rankReversalTestRow: verdictRow + 4,
    demandTestRow: verdictRow + 5,
    abnormalTestRow: verdictRow + 6,
    sweepSectionRow: sweepHeaderRow - 2,
    sweepNoteRow: sweepHeaderRow - 1,
    sweepHeaderRow,
    qualityRow: sweepHeaderRow + 1,
    priceRow: sweepHeaderRow + 2,
    sweepFirstRow,
    chosenRow,
    lowSectionRow: lowHeaderRow - 2,
    lowNoteRow: lowHeaderRow - 1,
    lowHeaderRow,
    lowTcoRow: lowHeaderRow + 1,
    lowShareRow: lowHeaderRow + 2,
    lowFlagRow: lowHeaderRow + 3,
    medianRow: lowHeaderRow + 4,
    thresholdRow: lowHeaderRow + 5,
    limitRow: lowHeaderRow + 6,
    writtenSectionRow,
    writtenNoteRow: writtenSectionRow + 1,
    checkedOnRow: writtenSectionRow + 2,
    checksumThenRow: writtenSectionRow + 3,
    checksumNowRow: writtenSectionRow + 4,
    checksumPartsRow: writtenSectionRow + 5,
    freshnessRow: writtenSectionRow + 6,
    winnerThenRow: writtenSectionRow + 7,
    rankReversalWrittenRow: writtenSectionRow + 8,
    demandWrittenRow: writtenSectionRow + 9,
    reversalsHeaderRow,
    reversalsRow: reversalsHeaderRow + 1,
    demandHeaderRow,
    demandFirstRow: demandHeaderRow + 1,
    rankHeaderRow,
    rankFirstRow: rankHeaderRow + 1,
    breakEvenHeaderRow,
    breakEvenFirstRow: breakEvenHeaderRow + 1,
    breakEvenMoreRow: breakEvenHeaderRow + 1 + BREAK_EVEN_ROWS,
    // With several evaluators: the criteria they disagree on, live, under everything else.
    disagreeSectionRow: breakEvenHeaderRow + BREAK_EVEN_ROWS + 3,
    disagreeNoteRow: breakEvenHeaderRow + BREAK_EVEN_ROWS + 4,
    disagreeHeaderRow: breakEvenHeaderRow + BREAK_EVEN_ROWS + 5,
    disagreeRow: breakEvenHeaderRow + BREAK_EVEN_ROWS + 6,
    labelCol: 0,
    valueCol: 1,
  };
})();

const D = DECISION;
const abs = (row: number, col: number) => cellAddress(row, col, true);
const B = (row: number) => abs(row, D.valueCol);

export function planDecision(ctx: PlanContext): SheetPlan {
  const t = ctx.t.decision;
  const n = ctx.vendorNames.length;
  const b = new SheetBuilder();
  [40, 36, 16].forEach((w, col) => b.width(col, w));
  ctx.vendorNames.forEach((_, i) => b.width(COL + i, 16));
  b.putRow(D.titleRow, 0, [ctx.t.titles.decision], 'title');
  b.putRow(D.noteRow, 0, [t.note], 'note');
  const span = (row: number, rows = 1): Rect => ({ row, col: COL, rows, cols: n });
  const across = (row: number) => (n > 0 ? `${abs(row, COL)}:${abs(row, COL + n - 1)}` : null);
  // The first header row names the vendors; the others repeat it (short formulas: a smaller request).
  const header = (row: number, labels: CellContent[]) => {
    b.putRow(row, 0, labels, 'header');
    const names = perVendor(ctx, (i): CellContent =>
      row === D.sweepHeaderRow
        ? vendorNameByIndex(ctx, i)
        : { formula: `${columnLetters(COL + i)}$${D.sweepHeaderRow + 1}`, result: ctx.vendorNames[i] || format(ctx.t.vendorFallback, { n: i + 1 }) },
    );
    b.putRow(row, COL, names, 'header');
  };

  planVerdict(ctx, b, across);
  planSweep(ctx, b, header, span, across);
  planAbnormallyLow(ctx, b, header, span, across);
  planWritten(ctx, b, header, span, across);
  if (evaluatorsOfOptions(ctx.options).length > 0) planDisagreements(ctx, b, header, span);
  addName(ctx, 'vc_DecisionVendors', 'decision', span(D.sweepHeaderRow), 'Vendor names over the Decision sheet columns');
  return b.build('decision', ctx.sheetNames.decision, '#C00000', { rows: 1, cols: 1 });
}

/** The verdict and the test lines under it. */
function planVerdict(ctx: PlanContext, b: SheetBuilder, across: (row: number) => string | null): void {
  const t = ctx.t.decision;
  b.section(D.verdictSectionRow, 0, t.verdictSection, 2);
  const passFormat = `${formulaText(t.pass)};;${formulaText(t.fail)};@`;
  const label = (row: number, text: string) => b.putRow(row, D.labelCol, [text], 'label');
  label(D.verdictRow, t.verdict);
  label(D.chosenWeightRow, t.chosenWeight);
  label(D.winnerRow, t.winner);
  label(D.priceWeightTestRow, t.tests.priceWeight);
  label(D.rankReversalTestRow, t.tests.rankReversal);
  label(D.demandTestRow, t.tests.demand);
  label(D.abnormalTestRow, t.tests.abnormal);

  const chosen = across(D.chosenRow);
  const noComplete = chosen ? `COUNT(${chosen})=0` : 'TRUE';
  const sep = t.separator;
  const failed = [
    [D.priceWeightTestRow, t.tests.priceWeight],
    [D.rankReversalTestRow, t.tests.rankReversal],
    [D.demandTestRow, t.tests.demand],
  ]
    .map(([row, text]) => `IF(${B(row as number)}=0,${formulaText(sep + (text as string))},"")`)
    .join('&');
  const fresh = B(D.freshnessRow);
  const whenPassing = `IF(${fresh}=${formulaText(t.upToDate)},${formulaText(t.robust)},IF(${fresh}=${formulaText(t.outOfDate)},${formulaText(t.outOfDateVerdict)},${formulaText(t.notCheckedVerdict)}))`;
  const main = `IF(${noComplete},${formulaText(t.noComplete)},IF(LEN(${failed})>0,${formulaText(t.notRobust)}&MID(${failed},${sep.length + 1},1000),${whenPassing}))`;
  const abnormal = B(D.abnormalTestRow);
  const verdict = `${main}&IF(N(${abnormal})>0,${formulaText(sep)}&${abnormal}&${formulaText(t.abnormalSuffix)},"")`;
  const cell = b.putRow(D.verdictRow, D.valueCol, [{ formula: verdict }], 'total');
  addName(ctx, 'vc_DecisionVerdict', 'decision', cell, 'Verdict of the decision check: robust, or which test fails');

  b.putRow(D.chosenWeightRow, D.valueCol, [{ formula: 'vc_PriceWeight' }], 'computed', '0%');
  const winner = b.putRow(D.winnerRow, D.valueCol, [{ formula: `${B(D.chosenRow)}` }], 'computed');
  addName(ctx, 'vc_DecisionWinner', 'decision', winner, 'Winner at the chosen price weight (ties: first vendor in workbook order)');

  // Every sweep weight within 10 points of the chosen one has the chosen weight's winner.
  const weights = `${abs(D.sweepFirstRow, 0)}:${abs(D.chosenRow - 1, 0)}`;
  const winners = `${abs(D.sweepFirstRow, 1)}:${abs(D.chosenRow - 1, 1)}`;
  const w = abs(D.chosenRow, 0);
  const window = `(${weights}>=${w}-0.100000001)*(${weights}<=${w}+0.100000001)*(${winners}<>${B(D.chosenRow)})`;
  const pw = b.putRow(
    D.priceWeightTestRow,
    D.valueCol,
    [{ formula: `IF(${noComplete},"",IF(SUMPRODUCT(${window})=0,1,0))` }],
    'computed',
    passFormat,
  );
  addName(ctx, 'vc_DecisionPriceWeightTest', 'decision', pw, 'Price weight test: 1 pass, 0 fail, blank with no complete vendor');
  // The written tests count only while the written results are up to date.
  const written = (row: number, from: number) =>
    b.putRow(row, D.valueCol, [{ formula: `IF(${fresh}=${formulaText(t.upToDate)},${B(from)},${fresh})` }], 'computed', passFormat);
  written(D.rankReversalTestRow, D.rankReversalWrittenRow);
  written(D.demandTestRow, D.demandWrittenRow);
  const flags = across(D.lowFlagRow);
  const low = flags ? `SUMPRODUCT(--(${flags}=${formulaText(t.flag)}))` : '0';
  const count = b.putRow(D.abnormalTestRow, D.valueCol, [{ formula: low }], 'computed', `0;-0;${formulaText(t.none)}`);
  addName(ctx, 'vc_DecisionAbnormalCount', 'decision', count, 'Number of abnormally low TCOs');
  const tests = { row: D.priceWeightTestRow, col: D.valueCol, rows: 3, cols: 1 };
  b.highlight({
    range: tests,
    formula: `AND(ISNUMBER(${cellAddress(D.priceWeightTestRow, D.valueCol)}),${cellAddress(D.priceWeightTestRow, D.valueCol)}=0)`,
    style: 'missing',
  });
  b.highlight({ range: tests, formula: `${cellAddress(D.priceWeightTestRow, D.valueCol)}=1`, style: 'included' });
  b.highlight({ range: count, formula: `N(${cellAddress(D.abnormalTestRow, D.valueCol)})>0`, style: 'warning' });
}

type Header = (row: number, labels: CellContent[]) => void;
type Span = (row: number, rows?: number) => Rect;

/** Weights x vendors: each vendor's overall score at that weight, the winner, where it changes. */
function planSweep(ctx: PlanContext, b: SheetBuilder, header: Header, span: Span, across: (row: number) => string | null): void {
  const t = ctx.t.decision;
  const n = ctx.vendorNames.length;
  b.section(D.sweepSectionRow, 0, t.sweepSection, COL + n);
  b.putRow(D.sweepNoteRow, 0, [t.sweepNote], 'note');
  header(D.sweepHeaderRow, [t.priceWeight, t.winnerHeader, t.changesHeader]);
  const names = across(D.sweepHeaderRow);
  const line = (row: number, weight: CellContent, change: CellContent): CellContent[] => {
    const w = abs(row, 0);
    const scores = across(row);
    const cell = (i: number, scoreRow: number) => `${columnLetters(COL + i)}$${scoreRow + 1}`;
    const winner =
      scores && names
        ? `IF(COUNT(${scores})=0,${formulaText(t.noWinner)},INDEX(${names},1,MATCH(MAX(${scores}),${scores},0)))`
        : formulaText(t.noWinner);
    return [
      weight,
      { formula: winner },
      change,
      // As the Scorecard's overall score: weight x price + (1 - weight) x quality.
      ...perVendor(ctx, (i) => ({ formula: `IFERROR(${w}*${cell(i, D.priceRow)}+(1-${w})*${cell(i, D.qualityRow)},"")` })),
    ];
  };
  // #N/A where the Scorecard withholds a score (never "", which HyperFormula would take as 0).
  const score = (name: string) => perVendor(ctx, (i): CellContent => ({ formula: `INDEX(${name},1,${i + 1})` }));
  b.put(
    D.qualityRow,
    0,
    [
      [t.quality, null, null],
      [t.price, null, null],
    ],
    'label',
  );
  b.put(D.qualityRow, COL, [score('vc_QualityScore'), score('vc_PriceScore')], 'computed', '0.0');
  const rows = SWEEP_WEIGHTS.map((weight, k) => {
    const row = D.sweepFirstRow + k;
    const change: CellContent = k === 0 ? null : { formula: `IF(${abs(row, 1)}<>${abs(row - 1, 1)},${formulaText(t.changes)},"")` };
    return line(row, weight, change);
  });
  b.put(D.sweepFirstRow, 0, rows, 'computed');
  b.putRow(D.chosenRow, 0, line(D.chosenRow, { formula: 'vc_PriceWeight' }, t.chosenLine), 'total');
  const table = { row: D.sweepFirstRow, col: 0, rows: SWEEP_WEIGHTS.length, cols: COL + n };
  b.format({ ...table, col: 0, cols: 1 }, undefined, '0%');
  b.format({ row: D.chosenRow, col: 0, rows: 1, cols: 1 }, undefined, '0%');
  b.format({ ...table, rows: SWEEP_WEIGHTS.length + 1, col: COL, cols: n }, undefined, '0.0');
  // The weight nearest the chosen one stands out; so do the weights where the winner changes.
  b.highlight({ range: table, formula: `ROUND($A${D.sweepFirstRow + 1}*10,0)=ROUND(vc_PriceWeight*10,0)`, style: 'winner' });
  b.highlight({ range: { ...table, col: 2, cols: 1 }, formula: `LEN(${cellAddress(D.sweepFirstRow, 2)})>0`, style: 'warning' });
  addName(ctx, 'vc_DecisionWeights', 'decision', { ...table, cols: 1 }, 'Price weights of the sweep (0-100%)');
  addName(ctx, 'vc_DecisionWinners', 'decision', { ...table, col: 1, cols: 1 }, 'Winner at each price weight of the sweep');
  addName(ctx, 'vc_DecisionChanges', 'decision', { ...table, col: 2, cols: 1 }, 'Where the winner changes along the sweep');
  addName(
    ctx,
    'vc_DecisionScores',
    'decision',
    span(D.sweepFirstRow, SWEEP_WEIGHTS.length + 1),
    'Overall score per sweep weight (and the chosen one) x vendor',
  );
}

/** TCO of each complete vendor, its share of the median, the flag; median and limit in column B. */
function planAbnormallyLow(ctx: PlanContext, b: SheetBuilder, header: Header, span: Span, across: (row: number) => string | null): void {
  const t = ctx.t.decision;
  const n = ctx.vendorNames.length;
  b.section(D.lowSectionRow, 0, t.lowSection, COL + n);
  b.putRow(D.lowNoteRow, 0, [t.lowNote], 'note');
  header(D.lowHeaderRow, [null, null, null]);
  b.put(D.lowTcoRow, 0, [[t.tcoComplete], [t.shareOfMedian], [t.flagRow], [t.median], [t.threshold], [t.limit]], 'label');
  const tcos = across(D.lowTcoRow);
  const median = B(D.medianRow);
  const limit = B(D.limitRow);
  const col = (i: number) => columnLetters(COL + i);
  b.put(
    D.lowTcoRow,
    COL,
    [
      perVendor(ctx, (i) => ({ formula: `IF(ISNUMBER(INDEX(vc_Overall,1,${i + 1})),INDEX(vc_TCO,1,${i + 1}),"")` })),
      perVendor(ctx, (i) => ({ formula: `IF(ISNUMBER(${col(i)}${D.lowTcoRow + 1}),IF(${median}>0,${col(i)}${D.lowTcoRow + 1}/${median},""),"")` })),
      perVendor(ctx, (i) => ({
        formula: `IF(ISNUMBER(${col(i)}${D.lowTcoRow + 1}),IF(${col(i)}${D.lowTcoRow + 1}<${limit},${formulaText(t.flag)},""),"")`,
      })),
    ],
    'computed',
  );
  b.format(span(D.lowTcoRow), undefined, MONEY_FORMAT);
  b.format(span(D.lowShareRow), undefined, '0%');
  b.highlight({ range: span(D.lowFlagRow), formula: `LEN(${cellAddress(D.lowFlagRow, COL)})>0`, style: 'missing' });
  b.putRow(D.medianRow, D.valueCol, [{ formula: tcos ? `IF(COUNT(${tcos})=0,"",MEDIAN(${tcos}))` : '""' }], 'computed', MONEY_FORMAT);
  b.putRow(D.thresholdRow, D.valueCol, [{ formula: 'vc_AbnormalThreshold', result: DEFAULT_ABNORMAL_THRESHOLD }], 'computed', '0%');
  b.putRow(D.limitRow, D.valueCol, [{ formula: `IF(ISNUMBER(${median}),${B(D.thresholdRow)}*${median},"")` }], 'computed', MONEY_FORMAT);
  addName(ctx, 'vc_DecisionLowTco', 'decision', span(D.lowTcoRow), 'TCO of each complete vendor (blank otherwise)');
  addName(ctx, 'vc_DecisionLowFlags', 'decision', span(D.lowFlagRow), 'Abnormally low flag per vendor');
  addName(ctx, 'vc_DecisionMedian', 'decision', { row: D.medianRow, col: D.valueCol, rows: 1, cols: 1 }, 'Median TCO of the complete vendors');
  addName(
    ctx,
    'vc_DecisionLowLimit',
    'decision',
    { row: D.limitRow, col: D.valueCol, rows: 1, cols: 1 },
    'TCO below which a complete vendor is abnormally low',
  );
}

/** The block Check writes (values), its date and checksum, and the live checksum beside them. */
function planWritten(ctx: PlanContext, b: SheetBuilder, header: Header, span: Span, across: (row: number) => string | null): void {
  const t = ctx.t.decision;
  const n = ctx.vendorNames.length;
  const one = (row: number, col = D.valueCol): Rect => ({ row, col, rows: 1, cols: 1 });
  b.section(D.writtenSectionRow, 0, t.writtenSection, COL + n);
  b.putRow(D.writtenNoteRow, 0, [t.writtenNote], 'note');
  const labels: [number, string][] = [
    [D.checkedOnRow, t.checkedOn],
    [D.checksumThenRow, t.checksumThen],
    [D.checksumNowRow, t.checksumNow],
    [D.freshnessRow, t.freshness],
    [D.winnerThenRow, t.winnerThen],
    [D.rankReversalWrittenRow, t.rankReversalWritten],
    [D.demandWrittenRow, t.demandWritten],
  ];
  for (const [row, text] of labels) b.putRow(row, D.labelCol, [text], 'label');
  b.format(one(D.checkedOnRow), 'computed', 'yyyy-mm-dd hh:mm');
  b.format(one(D.checksumThenRow), 'computed', '0.000');
  b.format(one(D.winnerThenRow), 'computed');
  const passFormat = `${formulaText(t.pass)};;${formulaText(t.fail)};@`;
  b.format({ row: D.rankReversalWrittenRow, col: D.valueCol, rows: 2, cols: 1 }, 'computed', passFormat);
  addName(ctx, 'vc_DecisionWrittenOn', 'decision', one(D.checkedOnRow), 'Written by Check: when it ran');
  addName(ctx, 'vc_DecisionWrittenChecksum', 'decision', one(D.checksumThenRow), 'Written by Check: the inputs checksum it saw');
  addName(ctx, 'vc_DecisionWrittenWinner', 'decision', one(D.winnerThenRow), 'Written by Check: the winner it saw');
  addName(
    ctx,
    'vc_DecisionWrittenTests',
    'decision',
    { row: D.rankReversalWrittenRow, col: D.valueCol, rows: 2, cols: 1 },
    'Written by Check: rank reversal and demand tests, 1 pass 0 fail',
  );

  // The live checksum, weighting each vendor by its position (a hidden row of 1..n).
  b.putRow(
    D.checksumPartsRow,
    COL,
    perVendor(ctx, (i) => i + 1),
  );
  b.hideRow(D.checksumPartsRow);
  const rowOf = (name: string, row: number) => {
    const found = ctx.names.find((x) => x.name === name);
    if (!found) throw new Error(`the checksum reads ${name}, which the template has not planned before the Decision sheet`);
    if (found.range.rows === 1 && row === 1) return name;
    return sheetRef(ctx.sheetNames[found.sheet], { ...found.range, row: found.range.row + row - 1, rows: 1 }, true);
  };
  const now = b.putRow(
    D.checksumNowRow,
    D.valueCol,
    [{ formula: checksumFormula(ctx.language, rowOf, across(D.checksumPartsRow)) }],
    'computed',
    '0.000',
  );
  addName(ctx, 'vc_DecisionChecksum', 'decision', now, 'Inputs checksum computed live (compared with the written one)');
  const then = B(D.checksumThenRow);
  const nowRef = B(D.checksumNowRow);
  const tolerance = `0.000000000001*MAX(1,${then},-${then})`;
  const freshness =
    `IF(ISNUMBER(${then}),IFERROR(IF(AND(${nowRef}-${then}<=${tolerance},${then}-${nowRef}<=${tolerance}),` +
    `${formulaText(t.upToDate)},${formulaText(t.outOfDate)}),${formulaText(t.outOfDate)}),${formulaText(t.notChecked)})`;
  const fresh = b.putRow(D.freshnessRow, D.valueCol, [{ formula: freshness, result: t.notChecked }], 'total');
  addName(ctx, 'vc_DecisionFreshness', 'decision', fresh, 'Written results: up to date, out of date or not checked yet');
  b.highlight({ range: fresh, formula: `${cellAddress(D.freshnessRow, D.valueCol)}<>${formulaText(t.upToDate)}`, style: 'warning' });

  header(D.reversalsHeaderRow, [t.reversalsHeader, null, null]);
  b.putRow(
    D.reversalsRow,
    COL,
    perVendor(ctx, () => null),
    'computed',
  );
  addName(ctx, 'vc_DecisionReversals', 'decision', span(D.reversalsRow), 'Written by Check: the pairs whose order flips when this vendor is removed');

  header(D.demandHeaderRow, [t.demandHeader, t.cheapest, t.tcoHeader]);
  header(D.rankHeaderRow, [t.demandHeader, null, t.rankHeader]);
  const multipliers = DEMAND_MULTIPLIERS.map((m) => [m]);
  b.put(D.demandFirstRow, 0, multipliers, 'label', '0.0"x"');
  b.put(D.rankFirstRow, 0, multipliers, 'label', '0.0"x"');
  b.format({ row: D.demandFirstRow, col: D.valueCol, rows: DEMAND_MULTIPLIERS.length, cols: 1 }, 'computed');
  b.format(span(D.demandFirstRow, DEMAND_MULTIPLIERS.length), 'computed', MONEY_FORMAT);
  b.format(span(D.rankFirstRow, DEMAND_MULTIPLIERS.length), 'computed', '0');
  const cheapest = { row: D.demandFirstRow, col: D.valueCol, rows: DEMAND_MULTIPLIERS.length, cols: 1 };
  addName(ctx, 'vc_DecisionDemandCheapest', 'decision', cheapest, 'Written by Check: cheapest vendor per demand multiplier');
  addName(
    ctx,
    'vc_DecisionDemandTco',
    'decision',
    span(D.demandFirstRow, DEMAND_MULTIPLIERS.length),
    'Written by Check: TCO per demand multiplier x vendor',
  );
  addName(
    ctx,
    'vc_DecisionDemandRank',
    'decision',
    span(D.rankFirstRow, DEMAND_MULTIPLIERS.length),
    'Written by Check: TCO rank per demand multiplier x vendor',
  );

  b.putRow(D.breakEvenHeaderRow, 0, [t.breakEvenHeader, t.from, t.to], 'header');
  const breakEven = { row: D.breakEvenFirstRow, col: 0, rows: BREAK_EVEN_ROWS, cols: 3 };
  b.format(breakEven, 'computed');
  b.format({ ...breakEven, cols: 1 }, 'computed', '0.00"x"');
  addName(
    ctx,
    'vc_DecisionBreakEven',
    'decision',
    breakEven,
    'Written by Check: break-even multipliers (multiplier, cheapest before, cheapest after)',
  );
  addName(ctx, 'vc_DecisionBreakEvenMore', 'decision', one(D.breakEvenMoreRow, 0), 'Written by Check: how many break-even multipliers did not fit');
  b.format(one(D.breakEvenMoreRow, 0), 'note');
}

/** Per vendor, the criteria the evaluators disagree on (DOMAIN.md section 3), from the Scorecard's
 * spread rows: "" or a number there; a text would compare as greater than 40, hence ISNUMBER. */
function planDisagreements(ctx: PlanContext, b: SheetBuilder, header: Header, span: Span): void {
  const t = ctx.t.decision;
  b.section(D.disagreeSectionRow, 0, t.disagreeSection, COL + ctx.vendorNames.length);
  b.putRow(D.disagreeNoteRow, 0, [t.disagreeNote], 'note');
  header(D.disagreeHeaderRow, []);
  b.putRow(D.disagreeRow, 0, [t.disagreeRow], 'label');
  const flagged = (i: number) =>
    CRITERIA.map((criterion, c) => {
      const spread = `INDEX(vc_ScoreSpread,${c + 1},${i + 1})`;
      return `IF(AND(ISNUMBER(${spread}),${spread}>=${DISAGREEMENT_POINTS}),"${criterion.id} ","")`;
    }).join('&');
  b.putRow(
    D.disagreeRow,
    COL,
    perVendor(ctx, (i): CellContent => ({ formula: `TRIM(${flagged(i)})` })),
    'computed',
  );
  addName(
    ctx,
    'vc_DecisionDisagreements',
    'decision',
    span(D.disagreeRow),
    'Criteria the evaluators disagree on, per vendor (several evaluators only)',
  );
}
