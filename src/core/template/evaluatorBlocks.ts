/**
 * Several evaluators on the Scorecard (DOMAIN.md section 3, issue 11). Each evaluator has a
 * block of the Scorecard's inputs; the input rows at the top (vc_ScoreInputs, which every
 * formula and reader uses) become their consensus: the override when one is given, else the
 * mean of the evaluators who gave the input. Means of choices are taken on DOMAIN.md's 0-100
 * scale (Yes 100 / No 0; in-house 100 / mixed 50 / outsourced 0): when the evaluators agree the
 * consensus shows their choice, otherwise the mean as a number, which the criterion formulas
 * use as the score. All evaluators blank: the consensus is blank, so the vendor stays incomplete.
 */
import { CRITERIA, DISAGREEMENT_POINTS, SCORE_INPUTS, TEAM_OPTIONS, YES_NO, type ScoreInput, type ScoreInputKey } from '../catalogue/criteria';
import { criterionFormulas, scoreInputRows } from '../formulas/scoreFormulas';
import { formulaText } from '../formulas/formulaText';
import { format } from '../i18n/messages';
import type { TemplateOptions } from '../options';
import { columnLetters } from '../plan/a1';
import type { CellContent, FormulaCell } from '../plan/types';
import { addName, perVendor, type PlanContext } from './context';
import { FIRST_VENDOR_COL, SCORECARD as S, evaluatorRows } from './layout';
import { ratingCell, rule } from './scoreInputCells';
import type { SheetBuilder } from './sheetBuilder';

const COL = FIRST_VENDOR_COL.scorecard;

/** The evaluators the template is planned with, trimmed; none means one unnamed evaluator. */
export function evaluatorsOfOptions(options: Pick<TemplateOptions, 'evaluators'>): string[] {
  return (options.evaluators ?? []).map((e) => e.trim());
}

/** `cells` joined by `+`, each compared with `label`: how many of them hold it (Excel 2016-safe). */
function countOf(cells: readonly string[], label: string): string {
  return `(${cells.map((c) => `(${c}=${formulaText(label)})`).join('+')})`;
}

/** The consensus of one input in one column: override, else the evaluators' mean, else blank. */
export function consensusFormula(ctx: PlanContext, input: ScoreInput, override: string, cells: readonly string[]): string {
  const lang = ctx.language;
  const list = cells.join(',');
  let mean: string;
  if (input.kind === 'hours' || input.kind === 'rating') {
    // SUM and COUNT skip blank (and text) cells: the mean of those who gave the input.
    mean = `IF(COUNT(${list})=0,"",SUM(${list})/COUNT(${list}))`;
  } else {
    const options =
      input.kind === 'yesNo'
        ? [
            { label: YES_NO.yes[lang], score: 100 },
            { label: YES_NO.no[lang], score: 0 },
          ]
        : TEAM_OPTIONS.map((o) => ({ label: o.label[lang], score: o.score }));
    const counts = options.map((o) => countOf(cells, o.label));
    const given = `(${counts.join('+')})`;
    const total = options.flatMap((o, i) => (o.score === 0 ? [] : [`${o.score}*${counts[i]}`])).join('+');
    // All who chose agree: their choice; otherwise the mean on the 0-100 scale.
    const agreed = options.reduceRight((otherwise, o, i) => `IF(${counts[i]}=${given},${formulaText(o.label)},${otherwise})`, `(${total})/${given}`);
    mean = `IF(${given}=0,"",${agreed})`;
  }
  // Spaces alone are no override (as the readers trim them).
  return `IF(TRIM(${override})<>"",${override},${mean})`;
}

export function planEvaluators(ctx: PlanContext, b: SheetBuilder, evaluators: readonly string[]): void {
  const t = ctx.t.scorecard;
  const lang = ctx.language;
  const n = ctx.vendorNames.length;
  const rows = evaluatorRows(evaluators.length);
  const span = (row: number, count = 1) => ({ row, col: COL, rows: count, cols: n });
  const cell = (row: number, i: number) => `${columnLetters(COL + i)}${row + 1}`;
  const criterionName = (c: number) => `${CRITERIA[c]!.id} ${CRITERIA[c]!.label[lang]}`;

  // The consensus rows (the inputs every score formula reads).
  SCORE_INPUTS.forEach((input, k) => {
    const evaluatorCells = (i: number) => evaluators.map((_, e) => cell(rows.inputRow(e, k), i));
    const formulas = perVendor(ctx, (i): FormulaCell => ({
      formula: consensusFormula(ctx, input, cell(rows.overrideFirstRow + k, i), evaluatorCells(i)),
    }));
    b.putRow(S.firstInputRow + k, COL, formulas, 'computed', input.kind === 'hours' ? '0.0' : input.kind === 'rating' ? '0.0#' : undefined);
  });

  // The override: an input per Scorecard input, the reason per criterion, the spread per criterion.
  b.section(rows.overrideSectionRow, 0, t.overrideSection, COL + n);
  b.putRow(rows.overrideNoteRow, 0, [t.overrideNote], 'note');
  SCORE_INPUTS.forEach((input, k) => {
    const row = rows.overrideFirstRow + k;
    b.putRow(row, 0, [input.criterion, input.label[lang]], 'label');
    b.format(span(row), 'input', input.kind === 'hours' ? '0.0' : undefined);
    b.validate(rule(ctx, input.kind, span(row)));
  });
  CRITERIA.forEach((criterion, c) => {
    const row = rows.reasonFirstRow + c;
    b.putRow(row, 0, [criterion.id, format(t.overrideReason, { criterion: criterionName(c) })], 'label');
    b.format(span(row), 'input');
    // A reason is missing while an input of the criterion is overridden.
    const overrides = SCORE_INPUTS.map((input, k) => ({ input, k })).filter((x) => x.input.criterion === criterion.id);
    const given = overrides.map((x) => `${cell(rows.overrideFirstRow + x.k, 0)}<>""`).join(',');
    b.highlight({ range: span(row), formula: `AND(OR(${given}),TRIM(${cell(row, 0)})="")`, style: 'missing' });
  });
  CRITERIA.forEach((criterion, c) => {
    const row = rows.spreadFirstRow + c;
    b.putRow(row, 0, [criterion.id, format(t.spread, { criterion: criterionName(c) })], 'label');
    const scores = (i: number) => evaluators.map((_, e) => cell(rows.scoreRow(e, c), i)).join(',');
    // Two evaluators or more who scored the criterion: how far apart their 0-100 scores are.
    b.putRow(
      row,
      COL,
      perVendor(ctx, (i): FormulaCell => ({ formula: `IF(COUNT(${scores(i)})<2,"",ROUND(MAX(${scores(i)})-MIN(${scores(i)}),6))` })),
      'computed',
      '0.0',
    );
  });
  const spread = span(rows.spreadFirstRow, CRITERIA.length);
  b.highlight({
    range: spread,
    formula: `AND(ISNUMBER(${cell(rows.spreadFirstRow, 0)}),${cell(rows.spreadFirstRow, 0)}>=${DISAGREEMENT_POINTS})`,
    style: 'warning',
  });
  addName(
    ctx,
    'vc_ScoreOverride',
    'scorecard',
    span(rows.overrideFirstRow, SCORE_INPUTS.length),
    "Consensus override: score inputs x vendors (blank: the evaluators' mean)",
  );
  addName(
    ctx,
    'vc_OverrideReason',
    'scorecard',
    span(rows.reasonFirstRow, CRITERIA.length),
    'Reason for the consensus override: criteria C1-C6 x vendors',
  );
  addName(ctx, 'vc_ScoreSpread', 'scorecard', spread, "Spread of the evaluators' 0-100 scores: criteria C1-C6 x vendors");

  // The evaluators: their names, then a block of inputs each (its header repeats the name).
  b.section(rows.evaluatorsSectionRow, 0, t.evaluatorsSection, COL + n);
  b.putRow(rows.evaluatorsSectionRow, COL, [t.evaluatorsNote], 'note');
  evaluators.forEach((name, e) => {
    b.putRow(rows.namesFirstRow + e, 0, [e + 1], 'label');
    b.putRow(rows.namesFirstRow + e, 1, [name], 'input');
  });
  addName(
    ctx,
    'vc_EvaluatorNames',
    'scorecard',
    { row: rows.namesFirstRow, col: 1, rows: evaluators.length, cols: 1 },
    'Evaluator names, one per block of inputs',
  );
  const inputRows = (e: number) => scoreInputRows(rows.inputRow(e, 0) + 1);
  // Hours are scored against the lowest any evaluator gave any vendor: equal inputs, equal scores.
  const first = columnLetters(COL);
  const last = columnLetters(COL + n - 1);
  const lowestHours = (key: ScoreInputKey) =>
    `MIN(${evaluators.map((_, e) => `$${first}$${inputRows(e)[key]}:$${last}$${inputRows(e)[key]}`).join(',')})`;
  const refs = { language: lang, firstCol: first, lastCol: last, lowestHours };
  evaluators.forEach((name, e) => {
    const header = rows.blocksFirstRow + e * rows.blockRows;
    const nameCell = `$B$${rows.namesFirstRow + e + 1}`;
    b.putRow(header, 0, [null, { formula: `IF(TRIM(${nameCell})="","",${nameCell})`, result: name }], 'subtitle');
    SCORE_INPUTS.forEach((input, k) => {
      const row = rows.inputRow(e, k);
      b.putRow(row, 0, [input.criterion, input.label[lang]], 'label');
      b.format(span(row), 'input', input.kind === 'hours' ? '0.0' : undefined);
      const given: CellContent[] = ctx.options.vendors.map((v) => ratingCell(ctx, input, v.ratingsBy?.[name]));
      if (given.some((x) => x !== null)) b.putRow(row, COL, given);
      b.validate(rule(ctx, input.kind, span(row)));
    });
    // Inputs of a criterion the evaluators disagree on, of an evaluator who scored it.
    CRITERIA.forEach((criterion, c) => {
      const ks = SCORE_INPUTS.map((input, k) => ({ input, k })).filter((x) => x.input.criterion === criterion.id);
      const top = rows.inputRow(e, ks[0]!.k);
      const col = columnLetters(COL);
      const score = `${col}$${rows.scoreRow(e, c) + 1}`;
      const gap = `${col}$${rows.spreadFirstRow + c + 1}`;
      b.highlight({
        range: span(top, ks.length),
        formula: `AND(ISNUMBER(${score}),ISNUMBER(${gap}),${gap}>=${DISAGREEMENT_POINTS})`,
        style: 'warning',
      });
    });
    // Hidden: the evaluator's own criterion scores, as the Scorecard computes them from a block.
    const own = perVendor(ctx, (i) => criterionFormulas({ ...refs, inputRows: inputRows(e) }, columnLetters(COL + i)));
    CRITERIA.forEach((criterion, c) => {
      const row = rows.scoreRow(e, c);
      b.putRow(row, 0, [criterion.id, format(t.evaluatorScore, { evaluator: name, criterion: criterionName(c) })], 'label');
      b.putRow(
        row,
        COL,
        own.map((f): FormulaCell => ({ formula: `IFERROR(${f[c]},"")` })),
        'computed',
        '0.0',
      );
      b.hideRow(row);
    });
  });
  addName(
    ctx,
    'vc_EvaluatorInputs',
    'scorecard',
    span(rows.blocksFirstRow, evaluators.length * rows.blockRows),
    "Each evaluator's block: a header row, then the score inputs x vendors",
  );
  addName(
    ctx,
    'vc_EvaluatorScores',
    'scorecard',
    span(rows.scoresFirstRow, evaluators.length * CRITERIA.length),
    "Each evaluator's C1-C6 scores (0-100) x vendors, for the spread",
  );
}
