import { planTemplate } from '../template/planTemplate';
import { loadPlan, type LoadedWorkbook } from '../../../test/support/hyperformula';
import { snapshotOf } from '../../../test/support/snapshot';
import { WORKED_EXAMPLE } from '../../../test/fixtures/workedExample';
import { allInContract, committedAnswer } from '../../../test/fixtures/answers';
import { settledCoverage, settledPaidPrice } from '../../../test/fixtures/coverage';
import { SUPPORT_LAYERS } from '../catalogue/layers';
import { CONTRACT_QUESTIONS } from '../catalogue/questions';
import { scenarioQuestions } from '../catalogue/scenarios';
import { cellAddress } from '../plan/a1';
import type { Plan, Rect } from '../plan/types';
import { validate } from './validate';
import { ratedColumn } from '../../../test/support/quality';

const QUESTION_IDS = [...CONTRACT_QUESTIONS, ...scenarioQuestions(['S2'])].map((q) => q.id);

/** The worked example with every question answered, every coverage known (agreeing with Pricing) and a complete scorecard. */
function completeWorkbook(): { plan: Plan; wb: LoadedWorkbook } {
  const vendors = WORKED_EXAMPLE.vendors.map((v) => ({
    ...v,
    answers: Object.fromEntries(QUESTION_IDS.map((id) => [id, committedAnswer(id)])),
    contract: allInContract(QUESTION_IDS),
  }));
  const plan = planTemplate({ ...WORKED_EXAMPLE, vendors });
  const wb = loadPlan(plan);
  const coverage = plan.names.find((n) => n.name === 'vc_Coverage')!.range;
  const sheet = plan.sheets.find((s) => s.key === 'coverage')!.name;
  for (let r = 0; r < coverage.rows; r++)
    for (let c = 0; c < coverage.cols; c++) wb.set(sheet, cellAddress(coverage.row + r, coverage.col + c), settledCoverage(vendors[c], r, 'en'));
  const [prices, units] = ['vc_CoveragePrice', 'vc_CoverageUnit'].map((name) => plan.names.find((n) => n.name === name)!.range) as [Rect, Rect];
  for (let r = 0; r < prices.rows; r++)
    for (let c = 0; c < prices.cols; c++) {
      const paid = settledPaidPrice(vendors[c], r, 'en');
      if (!paid) continue;
      wb.set(sheet, cellAddress(prices.row + r, prices.col + c), paid.price);
      wb.set(sheet, cellAddress(units.row + r, units.col + c), paid.unit);
    }
  const scores = plan.names.find((n) => n.name === 'vc_ScoreInputs')!.range;
  ratedColumn('en').forEach((value, r) => {
    for (let c = 0; c < scores.cols; c++) wb.set(sheetOf(plan, 'scorecard'), cellAddress(scores.row + r, scores.col + c), value);
  });
  return { plan, wb };
}

function sheetOf(plan: Plan, key: string) {
  return plan.sheets.find((s) => s.key === key)!.name;
}

function cellIn(plan: Plan, name: string, r: number, c: number) {
  const range = plan.names.find((n) => n.name === name)!.range;
  return cellAddress(range.row + r, range.col + c);
}

describe('validate', () => {
  it('a complete workbook has no finding', () => {
    const { wb } = completeWorkbook();
    const result = validate(snapshotOf(wb));
    expect(result.findings).toEqual([]);
    expect(result.complete).toBe(true);
    expect(result.headline).toBe('4 of 4 vendors complete, 0 questions open');
  });

  it('a fresh template lists every open question, missing model and unknown coverage', () => {
    const plan = planTemplate({ ...WORKED_EXAMPLE, vendors: [{ name: 'Aurora' }, { name: 'Beacon' }] });
    const result = validate(snapshotOf(loadPlan(plan)));
    expect(result.complete).toBe(false);
    expect(result.findings.filter((f) => f.rule === 'unanswered')).toHaveLength(QUESTION_IDS.length * 2);
    expect(result.findings.filter((f) => f.rule === 'missing-price').map((f) => f.cell)).toEqual(['D4', 'E4']);
    // One finding per vendor and layer (4 layers), whose cells are all 13 items of that vendor.
    const coverage = result.findings.filter((f) => f.rule === 'unknown-coverage');
    expect(coverage).toHaveLength(4 * 2);
    expect(new Set(coverage.flatMap((f) => f.cells ?? [])).size).toBe(13 * 2);
    expect(coverage.map((f) => f.cells?.[0])).toEqual(coverage.map((f) => f.cell));
    expect(result.summary).toMatchObject({ vendors: 2, completeVendors: 0, openQuestions: QUESTION_IDS.length * 2 });
  });

  it('warns where Coverage and Pricing disagree, through the real template', () => {
    const { plan, wb } = completeWorkbook();
    const coverage = sheetOf(plan, 'coverage');
    const pricing = sheetOf(plan, 'pricing');
    const row = (id: string) => SUPPORT_LAYERS.flatMap((l) => l.items).findIndex((i) => i.id === id);
    // Aurora (day rate 3000) marks on-site Included; Cirrus (2500) keeps Paid but its rate is cleared;
    // Beacon (tiered) moves to Flagship yet says it offers no architecture advice or on-site support.
    wb.set(coverage, cellIn(plan, 'vc_Coverage', row('L3-3'), 0), 'Included');
    wb.set(pricing, cellIn(plan, 'vc_DayRate', 0, 2), null);
    wb.set(pricing, cellIn(plan, 'vc_Tier', 0, 1), 'Flagship');
    wb.set(coverage, cellIn(plan, 'vc_Coverage', row('L3-1'), 1), 'Not offered');
    wb.set(coverage, cellIn(plan, 'vc_Coverage', row('L3-3'), 1), 'Not offered');
    const findings = validate(snapshotOf(wb)).findings.filter((f) => f.rule === 'coverage-mismatch');
    expect(findings.map((f) => [f.severity, f.vendor, f.sheet, f.cell, f.cells])).toEqual([
      ['warning', 'Aurora Cloud', coverage, cellIn(plan, 'vc_Coverage', row('L3-3'), 0), undefined],
      ['warning', 'Beacon RTC', coverage, cellIn(plan, 'vc_Coverage', row('L3-1'), 1), [cellIn(plan, 'vc_Coverage', row('L3-1'), 1), cellIn(plan, 'vc_Coverage', row('L3-3'), 1)]],
      ['warning', 'Cirrus IM', coverage, cellIn(plan, 'vc_Coverage', row('L3-3'), 2), undefined],
    ]);
    expect(findings[0]!.message).toContain(`${pricing}!${cellIn(plan, 'vc_DayRate', 0, 0)} holds an on-site day rate of 3000`);
    expect(findings[1]!.message).toContain(`“Flagship” (${pricing}!${cellIn(plan, 'vc_Tier', 0, 1)})`);
    expect(findings[2]!.message).toContain(`${pricing}!${cellIn(plan, 'vc_DayRate', 0, 2)} is blank`);
    expect(validate(snapshotOf(wb), 'zh').findings.filter((f) => f.rule === 'coverage-mismatch')[0]!.message).toContain('现场支持日费率为 3000');
  });

  it('names the sheet, cell, vendor and question of a placeholder answer, in Chinese too', () => {
    const { plan, wb } = completeWorkbook();
    wb.set(sheetOf(plan, 'questions'), cellIn(plan, 'vc_Answers', 4, 2), ' ＴＢＤ ');
    const [en] = validate(snapshotOf(wb)).findings;
    expect(en).toEqual({
      severity: 'error',
      rule: 'unanswered',
      sheet: 'Questions',
      cell: cellIn(plan, 'vc_Answers', 4, 2),
      vendor: 'Cirrus IM',
      question: 'Q5',
      message: 'Cirrus IM answered Q5 with the placeholder “ ＴＢＤ ”. Get a real answer before signing.',
    });
    expect(validate(snapshotOf(wb), 'zh').findings[0]!.message).toContain('占位');
  });

  it('follows rows inserted above the blocks and sorted question rows', () => {
    const { plan, wb } = completeWorkbook();
    const questions = wb.hf.getSheetId(sheetOf(plan, 'questions'))!;
    wb.set(sheetOf(plan, 'questions'), cellIn(plan, 'vc_Answers', 2, 1), '');
    wb.hf.addRows(questions, [1, 3]);
    const [finding] = validate(snapshotOf(wb)).findings;
    expect(finding).toMatchObject({ rule: 'unanswered', question: 'Q3', vendor: 'Beacon RTC', cell: cellIn(plan, 'vc_Answers', 5, 1) });
  });

  it('warns when Q1 or Q3 commits to no time', () => {
    const { plan, wb } = completeWorkbook();
    wb.set(sheetOf(plan, 'questions'), cellIn(plan, 'vc_Answers', 0, 0), 'We respond quickly');
    wb.set(sheetOf(plan, 'questions'), cellIn(plan, 'vc_Answers', 2, 1), '30分钟内响应');
    const findings = validate(snapshotOf(wb)).findings;
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ severity: 'warning', rule: 'vague-commitment', vendor: 'Aurora Cloud', question: 'Q1' });
    expect(validate(snapshotOf(wb)).complete).toBe(true);
  });

  it('names a missing price, a price typed as text and a negative one', () => {
    const { plan, wb } = completeWorkbook();
    const pricing = sheetOf(plan, 'pricing');
    wb.set(pricing, cellIn(plan, 'vc_OverageRate', 0, 0), null);
    wb.set(pricing, cellIn(plan, 'vc_HourlyRate', 0, 2), '¥1,000');
    wb.set(pricing, cellIn(plan, 'vc_PlatformFee', 0, 3), -5);
    const findings = validate(snapshotOf(wb)).findings.filter((f) => f.rule === 'missing-price');
    expect(findings.map((f) => [f.vendor, f.cell])).toEqual([
      ['Aurora Cloud', cellIn(plan, 'vc_OverageRate', 0, 0)],
      ['Cirrus IM', cellIn(plan, 'vc_HourlyRate', 0, 2)],
      ['Delta Talk', cellIn(plan, 'vc_PlatformFee', 0, 3)],
    ]);
    expect(findings[1]!.message).toContain('typed as text');
    expect(findings[2]!.message).toContain('negative');
  });

  it('flags a constant typed over a formula, not formulas left from another model', () => {
    const { plan, wb } = completeWorkbook();
    const pricing = sheetOf(plan, 'pricing');
    wb.set(pricing, cellIn(plan, 'vc_TCO', 0, 1), 12345);
    // Cirrus's cells all still hold formulas (of pay-as-you-go): none was typed over.
    wb.set(pricing, cellIn(plan, 'vc_Model', 0, 2), 'All-inclusive');
    const findings = validate(snapshotOf(wb)).findings.filter((f) => f.rule === 'broken-formula');
    expect(findings.map((f) => [f.vendor, f.cell])).toEqual([['Beacon RTC', cellIn(plan, 'vc_TCO', 0, 1)]]);
    expect(findings[0]!.message).toContain('replaced by a constant');
  });

  it('flags a rank typed over its formula, a winner the numbers did not choose', () => {
    const { plan, wb } = completeWorkbook();
    wb.set(sheetOf(plan, 'scorecard'), cellIn(plan, 'vc_Rank', 0, 2), 1);
    const findings = validate(snapshotOf(wb)).findings;
    expect(findings).toEqual([
      expect.objectContaining({ rule: 'broken-formula', sheet: 'Scorecard', cell: cellIn(plan, 'vc_Rank', 0, 2) }),
    ]);
    expect(findings[0]!.message).toContain('should hold a formula');
  });

  it('flags weights that do not add up to 100%', () => {
    const { plan, wb } = completeWorkbook();
    wb.set(sheetOf(plan, 'assumptions'), cellIn(plan, 'vc_Weights', 0, 0), 0.5);
    const [f] = validate(snapshotOf(wb)).findings;
    expect(f).toMatchObject({ rule: 'weights', severity: 'error', message: 'The quality weights add up to 125%, not 100%. Adjust them on Assumptions.' });
  });

  it('a workbook without the template names gives one clear finding', () => {
    const result = validate({ source: 'x.xlsx', sheetNames: ['Sheet1'], blocks: {}, broken: [] });
    expect(result.notTemplate).toBe(true);
    expect(result.findings).toHaveLength(1);
    expect(result.findings[0]!.message).toContain('not a Vendor Compare workbook');
  });

  it('a deleted sheet leaves broken names: reported, never thrown', () => {
    const { plan, wb } = completeWorkbook();
    wb.hf.removeSheet(wb.hf.getSheetId(sheetOf(plan, 'questions'))!);
    const result = validate(snapshotOf(wb));
    expect(result.complete).toBe(false);
    expect(result.findings.some((f) => f.rule === 'structure' && f.message.includes('vc_Answers'))).toBe(true);
  });

  it('a workbook that could not be fully checked never reads as complete, and says what was not checked', () => {
    const { wb } = completeWorkbook();
    const snapshot = snapshotOf(wb);
    const { vc_Answers: _answers, ...blocks } = snapshot.blocks;
    const broken = [...snapshot.broken, { name: 'vc_Answers', reference: "'Old answers'!$C$4:$F$13" }];
    const result = validate({ ...snapshot, blocks, broken });
    expect(result.summary).toMatchObject({ vendors: 4, completeVendors: 0, unchecked: ['vc_Answers'] });
    expect(result.headline).toBe('4 vendors, not fully checked: vc_Answers could not be read, so no vendor counts as complete');
    expect(validate({ ...snapshot, blocks, broken }, 'zh').headline).toBe('4 家供应商，未能完整检查：无法读取 vc_Answers，因此没有供应商可算作完整');
    // A required block whose name is gone altogether counts too.
    const { vc_QuestionIds: _ids, ...fewer } = snapshot.blocks;
    expect(validate({ ...snapshot, blocks: fewer }).summary).toMatchObject({ completeVendors: 0, unchecked: ['vc_QuestionIds'] });
    expect(validate(snapshot).summary.unchecked).toEqual([]);
  });
});
