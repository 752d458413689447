/**
 * Several evaluators (issue 11, DOMAIN.md section 3): the quotes file's ratingsBy written into
 * one block per evaluator, the consensus rows and the quality score as HyperFormula computes
 * them, checked against hand arithmetic; the reference calculator, disagreementsOf and validate.
 */
import { messages } from '../../src/core/i18n/cliMessages';
import { describeProblem } from '../../src/core/import/describe';
import { importOptions, type ImportResult } from '../../src/core/import/importOptions';
import { summarizeSnapshot } from '../../src/core/costs/fromSnapshot';
import { disagreementsOf } from '../../src/core/decision/disagreements';
import { cellAddress } from '../../src/core/plan/a1';
import { evaluatorRows } from '../../src/core/template/layout';
import { optionsOf } from '../../src/core/template/optionsFromSnapshot';
import { planTemplate } from '../../src/core/template/planTemplate';
import { planVendorChange } from '../../src/core/vendors/planVendorChange';
import { validate } from '../../src/core/validation/validate';
import { loadPlan } from '../support/hyperformula';
import { snapshotOf } from '../support/snapshot';
import { TWO_EVALUATORS } from '../fixtures/evaluators';

const en = messages('en').cli.problems;

function options(result: ImportResult) {
  if (!result.ok) throw new Error(result.error.map((p) => describeProblem(p, en)).join('\n'));
  return result.value;
}

/**
 * Aurora: Li and Wang two steps apart on C3 (5 and 3) and opposite on C2; Wang leaves C6 blank.
 * Beacon: both give the same inputs.
 */
const FILE = TWO_EVALUATORS;

function workbook() {
  const plan = planTemplate(options(importOptions(FILE)));
  // Array arithmetic off: as Excel 2016 evaluates a formula entered without Ctrl+Shift+Enter.
  return { plan, wb: loadPlan(plan, { arrayArithmetic: false }) };
}

describe('several evaluators', () => {
  it('reads "evaluators" and each vendor\'s "ratingsBy" from the quotes file', () => {
    const o = options(importOptions(FILE));
    expect(o.evaluators).toEqual(['Li', 'Wang']);
    expect(o.vendors[0]!.ratingsBy!.Wang).toEqual({
      responseNormal: 4,
      responseUrgent: 1,
      coverage247: false,
      depth: 3,
      proactiveness: 4,
      team: 'outsourced',
      dedicatedManager: true,
      experts: 4,
    });
    expect(o.vendors[0]!.ratings).toBeUndefined();
  });

  it('refuses ratings of an unlisted evaluator, "ratings" beside listed evaluators, "ratingsBy" without them, and bad names', () => {
    const problems = (file: unknown) => {
      const result = importOptions(file);
      return result.ok ? [] : result.error.map((p) => describeProblem(p, en));
    };
    expect(problems({ evaluators: ['Li'], vendors: [{ name: 'A', ratingsBy: { Chen: { C3: 4 } } }] }).join('\n')).toMatch(
      /ratingsBy\.Chen.*allowed: Li/,
    );
    expect(problems({ evaluators: ['Li'], vendors: [{ name: 'A', ratings: { C3: 4 } }] })).toEqual([
      'vendors[0] "A": ratings: with "evaluators" listed, give each evaluator\'s ratings in "ratingsBy"',
    ]);
    expect(problems({ vendors: [{ name: 'A', ratingsBy: { Li: { C3: 4 } } }] })).toEqual([
      'vendors[0] "A": ratingsBy needs the evaluators listed in "evaluators" at the top of the file',
    ]);
    expect(problems({ evaluators: ['Li', ' li '], vendors: [{ name: 'A' }] })).toEqual(['evaluators[1]: evaluator "li" is listed twice']);
    expect(problems({ evaluators: ['Li', ''], vendors: [{ name: 'A' }] })).toEqual(['evaluators[1]: an evaluator name must not be blank']);
    expect(problems({ evaluators: ['Li', 'Wang'], vendors: [{ name: 'A', ratingsBy: { Li: { C3: 6 } } }] }).join('\n')).toContain('ratingsBy.Li.C3');
  });

  it('computes the consensus and the quality score as hand arithmetic does', () => {
    const { wb } = workbook();
    const inputs = wb.named('vc_ScoreInputs');
    // Aurora's consensus: normal (2+4)/2 = 3, urgent 1; C2 Yes and No: (100+0)/2 = 50; depth
    // (5+3)/2 = 4; proactiveness 4; team in-house and outsourced: (100+0)/2 = 50; manager Yes
    // (both); experts 4; fit: Li alone, 4. Beacon: its evaluators agree, their choices shown.
    expect(inputs.map((row) => row[0])).toEqual([3, 1, 50, 4, 4, 50, 'Yes', 4, 4]);
    expect(inputs.map((row) => row[1])).toEqual([4, 2, 'Yes', 3, 3, 'Mixed', 'No', 3, 3]);
    // Criterion scores. C1: lowest normal 3, lowest urgent 1: Aurora (3/3+1/1)/2*100 = 100,
    // Beacon (3/4*100 + 1/2*100)/2 = (75+50)/2 = 62.5. C2: 50 and 100. C3: 4/5*100 = 80, 60.
    // C4: 80, 60. C5: Aurora (50+100+80)/3 = 76.667, Beacon (50+0+60)/3 = 36.667. C6: 80, 60.
    const criteria = wb.named('vc_CriterionScores');
    const expected = [
      [100, 62.5],
      [50, 100],
      [80, 60],
      [80, 60],
      [230 / 3, 110 / 3],
      [80, 60],
    ];
    expected.forEach(([a, b], c) => {
      expect(criteria[c]![0]).toBeCloseTo(a!, 9);
      expect(criteria[c]![1]).toBeCloseTo(b!, 9);
    });
    // Quality, default weights 25/10/25/15/15/10 %:
    // Aurora .25*100 + .10*50 + .25*80 + .15*80 + .15*76.667 + .10*80 = 25+5+20+12+11.5+8 = 81.5
    // Beacon .25*62.5 + .10*100 + .25*60 + .15*60 + .15*36.667 + .10*60 = 15.625+10+15+9+5.5+6 = 61.125
    const quality = wb.named('vc_QualityScore')[0]!;
    expect(quality[0]).toBeCloseTo(81.5, 9);
    expect(quality[1]).toBeCloseTo(61.125, 9);
    // The reference calculator reads the evaluators' blocks and agrees.
    const summary = summarizeSnapshot(snapshotOf(wb));
    expect(summary.vendors[0]!.scores.quality).toBeCloseTo(81.5, 9);
    expect(summary.vendors[1]!.scores.quality).toBeCloseTo(61.125, 9);
  });

  it('shows the spread per criterion, lists the disputed criteria on the Decision sheet and reports the disagreements naming the evaluators', () => {
    const { wb } = workbook();
    // Hours are scored against the lowest any evaluator gave (normal 2, urgent 1). Aurora: C1 Li
    // (2/2*100 + 1/1*100)/2 = 100, Wang (2/4*100 + 1/1*100)/2 = 75: 25. C2 Li 100, Wang 0: 100.
    // C3 Li 5/5*100 = 100, Wang 3/5*100 = 60: 40, two steps. C4 equal: 0. C5 Li (100+100+80)/3 =
    // 93.333, Wang (0+100+80)/3 = 60: 33.333, below 40. C6: Li alone, no spread.
    // Beacon: equal inputs, equal scores: 0 everywhere.
    const spread = wb.named('vc_ScoreSpread');
    expect(spread.map((row) => row[0])).toEqual([25, 100, 40, 0, expect.closeTo(100 / 3, 6), '']);
    expect(spread.map((row) => row[1])).toEqual([0, 0, 0, 0, 0, 0]);
    // The Decision sheet lists them live: Aurora's C2 (100) and C3 (40, on the line); none for Beacon.
    expect(wb.named('vc_DecisionDisagreements')).toEqual([['C2 C3', '']]);
    const snapshot = snapshotOf(wb);
    expect(disagreementsOf(snapshot)).toEqual([
      { vendor: 'Aurora', criterion: 'C2', evaluators: ['Li', 'Wang'], scores: [100, 0] },
      { vendor: 'Aurora', criterion: 'C3', evaluators: ['Li', 'Wang'], scores: [100, 60] },
    ]);
    const warnings = validate(snapshot).findings.filter((f) => f.rule === 'disagreement');
    const rows = evaluatorRows(2);
    // At Li's first C3 input of Aurora (input 3 of the block).
    expect(warnings[1]).toMatchObject({ severity: 'warning', sheet: 'Scorecard', cell: cellAddress(rows.inputRow(0, 3), 3), vendor: 'Aurora' });
    expect(warnings.map((w) => w.message)).toEqual([
      'Aurora: the evaluators disagree on C2 7x24 coverage (Li 100, Wang 0, 40 points or more apart). Discuss it, and record the agreed value with a reason in the consensus override.',
      'Aurora: the evaluators disagree on C3 Technical depth (Li 100, Wang 60, 40 points or more apart). Discuss it, and record the agreed value with a reason in the consensus override.',
    ]);
    expect(validate(snapshot, 'zh').findings.find((f) => f.rule === 'disagreement')!.message).toContain(
      '评估人对 C2 7×24小时支持 意见分歧（Li 100、Wang 0',
    );
  });

  it('lets an override win, and makes an override without a reason an error', () => {
    const { wb } = workbook();
    const rows = evaluatorRows(2);
    // Aurora's C2 overridden to Yes: C2 100, quality 81.5 + .10*(100-50) = 86.5.
    wb.set('Scorecard', cellAddress(rows.overrideFirstRow + 2, 3), 'Yes');
    expect(wb.named('vc_ScoreInputs')[2]![0]).toBe('Yes');
    expect(wb.named('vc_QualityScore')[0]![0]).toBeCloseTo(86.5, 9);
    const reasonCell = cellAddress(rows.reasonFirstRow + 1, 3);
    const errors = validate(snapshotOf(wb)).findings.filter((f) => f.rule === 'override-reason');
    expect(errors).toEqual([
      {
        severity: 'error',
        rule: 'override-reason',
        sheet: 'Scorecard',
        cell: reasonCell,
        vendor: 'Aurora',
        message:
          'Aurora: the consensus of C2 7x24 coverage is overridden without a reason. Write why in the reason row on Scorecard, or clear the override.',
      },
    ]);
    expect(summarizeSnapshot(snapshotOf(wb)).vendors[0]!.scores.quality).toBeCloseTo(86.5, 9);
    wb.set('Scorecard', reasonCell, 'Both checked the contract: 7x24 is in annex 2');
    expect(validate(snapshotOf(wb)).findings.filter((f) => f.rule === 'override-reason')).toEqual([]);
  });

  it('takes an override the formulas cannot read as a missing input, on the sheet and in the calculator', () => {
    const { wb } = workbook();
    const rows = evaluatorRows(2);
    wb.set('Scorecard', cellAddress(rows.overrideFirstRow + 2, 3), 'Maybe');
    expect(wb.named('vc_ScoreStatus')[0]![0]).toBe('Missing: C2 7x24 coverage');
    const snapshot = snapshotOf(wb);
    expect(summarizeSnapshot(snapshot).vendors[0]!.scoreMissing).toEqual(['C2']);
    expect(validate(snapshot).findings.filter((f) => f.rule === 'override-reason')).toHaveLength(1);
  });

  it('reports evaluator blocks whose rows were inserted into as a structure error, naming the sheet', () => {
    const { wb } = workbook();
    const rows = evaluatorRows(2);
    wb.hf.addRows(wb.hf.getSheetId('Scorecard')!, [rows.inputRow(0, 4), 1]);
    const findings = validate(snapshotOf(wb)).findings.filter((f) => f.rule === 'structure');
    expect(findings).toEqual([expect.objectContaining({ severity: 'error', sheet: 'Scorecard', cell: cellAddress(rows.namesFirstRow, 1) })]);
    expect(findings[0]!.message).toContain("The evaluators' blocks on Scorecard no longer have the template's rows");
  });

  it('leaves the consensus blank, and the vendor incomplete, when no evaluator gave an input', () => {
    const { wb } = workbook();
    const rows = evaluatorRows(2);
    // Aurora's C6: Li's 4 cleared, Wang's was blank.
    wb.set('Scorecard', cellAddress(rows.inputRow(0, 8), 3), null);
    expect(wb.named('vc_ScoreInputs')[8]![0]).toBe('');
    expect(wb.named('vc_ScoreStatus')[0]![0]).toBe('Missing: C6 Scenario fit');
    const snapshot = snapshotOf(wb);
    expect(summarizeSnapshot(snapshot).vendors[0]!.scoreMissing).toEqual(['C6']);
    // At the first evaluator's C6 input: the consensus cell is a formula.
    expect(validate(snapshot).findings.find((f) => f.rule === 'missing-quality')).toMatchObject({
      vendor: 'Aurora',
      cell: cellAddress(rows.inputRow(0, 8), 3),
    });
  });

  it('reads the evaluators back as options, so a vendor change re-plans the same Scorecard', () => {
    const { plan, wb } = workbook();
    const snapshot = snapshotOf(wb);
    expect(optionsOf(snapshot, 2).evaluators).toEqual(['Li', 'Wang']);
    const again = planTemplate(optionsOf(snapshot, 2));
    expect(again.names).toEqual(plan.names);
    const change = planVendorChange(snapshot, { kind: 'add', name: 'Cirrus' });
    expect('patch' in change).toBe(true);
  });

  it("lists the evaluators' ratings of a vendor about to be removed, so the pane and the CLI ask first", () => {
    const { wb } = workbook();
    const change = planVendorChange(snapshotOf(wb), { kind: 'remove', name: 'Aurora' });
    if (!('held' in change)) throw new Error('refused');
    const rows = evaluatorRows(2);
    // Li's depth of Aurora (5) and Wang's (3), among the others.
    expect(change.held).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ block: 'vc_EvaluatorInputs', cell: `'Scorecard'!${cellAddress(rows.inputRow(0, 3), 3)}`, value: '5' }),
        expect.objectContaining({ block: 'vc_EvaluatorInputs', cell: `'Scorecard'!${cellAddress(rows.inputRow(1, 3), 3)}`, value: '3' }),
      ]),
    );
  });

  it('plans the one-evaluator Scorecard as before: inputs, no evaluator names', () => {
    const plan = planTemplate({ ...options(importOptions({ vendors: [{ name: 'A' }] })) });
    expect(plan.names.some((n) => n.name.startsWith('vc_Evaluator') || n.name === 'vc_ScoreOverride')).toBe(false);
    const scorecard = plan.sheets.find((s) => s.key === 'scorecard')!;
    const grid = plan.names.find((n) => n.name === 'vc_ScoreInputs')!.range;
    expect(scorecard.formats.some((f) => f.unlocked && f.range.row === grid.row && f.range.col === grid.col)).toBe(true);
  });
});
