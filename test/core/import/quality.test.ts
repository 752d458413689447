/**
 * The quotes file's ratings, coverage and weights (issue 9): read into the options, written into
 * the template, and computed there as the reference calculator scores them.
 */
import { CRITERIA } from '../../../src/core/catalogue/criteria';
import { COVERAGE_STATUSES } from '../../../src/core/catalogue/layers';
import { computeCosts } from '../../../src/core/costs/costModel';
import { pricesFromQuote } from '../../../src/core/costs/fromQuote';
import { computeScores } from '../../../src/core/costs/scores';
import { messages } from '../../../src/core/i18n/cliMessages';
import { describeProblem } from '../../../src/core/import/describe';
import { importOptions, type ImportResult } from '../../../src/core/import/importOptions';
import { effectiveDemand } from '../../../src/core/options';
import { planTemplate } from '../../../src/core/template/planTemplate';
import { validate } from '../../../src/core/validation/validate';
import { WORKED_EXAMPLE } from '../../fixtures/workedExample';
import { loadPlan } from '../../support/hyperformula';
import { snapshotOf } from '../../support/snapshot';

const en = messages('en').cli.problems;

function lines(result: ImportResult): string[] {
  if (result.ok) throw new Error('expected the import to fail');
  return result.error.map((p) => describeProblem(p, en));
}

/** The README's example: two vendors rated on every criterion, some coverage, custom weights. */
const FILE = {
  termYears: 3,
  weights: { C1: 0.3, C2: 0.1, C3: 0.2, C4: 0.15, C5: 0.15, C6: 0.1, price: 0.5 },
  vendors: [
    {
      ...WORKED_EXAMPLE.vendors[0],
      ratings: { C1: { normalHours: 4, urgentHours: 1 }, C2: 'yes', C3: 4, C4: 3, C5: { team: 'in-house', manager: 'yes', experts: 4 }, C6: 5 },
      coverage: { 'L1-1': 'included', 'L3-3': 'paid', 'L4-1': 'not-offered' },
    },
    {
      ...WORKED_EXAMPLE.vendors[1],
      ratings: { C1: { normalHours: 2, urgentHours: 2 }, C2: 'no', C3: 5, C4: 5, C5: { team: 'outsourced', manager: 'no', experts: 2 }, C6: 3 },
    },
  ],
};

describe('quotes file: ratings, coverage and weights', () => {
  it('reads them into the options', () => {
    const result = importOptions(FILE);
    if (!result.ok) throw new Error(lines(result).join('\n'));
    const [a, b] = result.value.vendors;
    expect(a!.ratings).toEqual({
      responseNormal: 4,
      responseUrgent: 1,
      coverage247: true,
      depth: 4,
      proactiveness: 3,
      team: 'inHouse',
      dedicatedManager: true,
      experts: 4,
      scenarioFit: 5,
    });
    expect(b!.ratings).toMatchObject({ coverage247: false, team: 'outsourced', dedicatedManager: false });
    expect(a!.coverage).toEqual({ 'L1-1': 'included', 'L3-3': 'paid', 'L4-1': 'notOffered' });
    expect(result.value.weights).toEqual(FILE.weights);
  });

  it('names vendor and field for every bad value, all at once', () => {
    const bad = {
      weights: { C1: 1.5, quality: 0.5 },
      vendors: [
        {
          name: 'Aurora',
          ratings: { C2: 'maybe', C3: 6, C5: { team: 'robots', experts: 2.5 }, C7: 1 },
          coverage: { 'L1-1': 'sometimes', 'L9-9': 'included', 'L3-3': { paid: -800, unit: 'week' } },
        },
      ],
    };
    const text = lines(importOptions(bad)).join('\n');
    const fields = [
      'weights.C1',
      'weights.quality',
      'ratings.C2',
      'ratings.C3',
      'ratings.C5.team',
      'ratings.C5.experts',
      'ratings.C7',
      'coverage.L1-1',
      'coverage.L9-9',
    ];
    for (const field of [...fields, 'coverage.L3-3.paid', 'coverage.L3-3.unit']) expect(text, field).toContain(field);
    expect(text).toContain('Aurora');
    expect(lines(importOptions(bad))).toHaveLength(11);
  });

  it('writes them into the template, where the scores and rank are those of the reference calculator', () => {
    const result = importOptions(FILE);
    if (!result.ok) throw new Error(lines(result).join('\n'));
    const options = result.value;
    const plan = planTemplate(options);
    const wb = loadPlan(plan);
    // The calculator, from the same inputs: prices through computeCosts, ratings and weights as read.
    const tcos = options.vendors.map((v) => {
      const r = computeCosts(pricesFromQuote(v), { ...options, demand: effectiveDemand(options) });
      return r.complete ? r.costs.tco : undefined;
    });
    const expected = computeScores(
      options.vendors.map((v, i) => ({ tco: tcos[i], quality: v.ratings! })),
      { weights: CRITERIA.map((c) => FILE.weights[c.id as keyof typeof FILE.weights]), priceWeight: 0.5, priceMethod: 'lowest' },
    );
    expected.forEach((s, v) => {
      expect(wb.named('vc_QualityScore')[0]![v]).toBeCloseTo(s.quality!, 9);
      expect(wb.named('vc_Overall')[0]![v]).toBeCloseTo(s.overall!, 9);
      expect(wb.named('vc_Rank')[0]![v]).toBe(s.rank);
    });
    // C1 for A: (min(4,2)/4*100 + min(1,2)/1*100) / 2 = (50 + 100) / 2 = 75.
    expect(wb.named('vc_CriterionScores')[0]![0]).toBeCloseTo(75, 9);
    const coverage = wb.named('vc_Coverage');
    const ids = wb.named('vc_CoverageIds').map((row) => row[0]);
    expect(coverage[ids.indexOf('L3-3')]![0]).toBe(COVERAGE_STATUSES.paid.en);
    expect(coverage[ids.indexOf('L4-1')]![0]).toBe(COVERAGE_STATUSES.notOffered.en);
    expect(coverage[ids.indexOf('L3-3')]![1]).toBe(COVERAGE_STATUSES.unknown.en);
    // Rated on every criterion: validation finds no missing rating.
    expect(validate(snapshotOf(wb)).findings.filter((f) => f.rule === 'missing-quality')).toEqual([]);
  });

  it('reads a Paid item’s price and unit, writes them beside the statuses, and checks each field naming vendor and field', () => {
    const file = {
      vendors: [
        {
          name: 'Aurora',
          coverage: { 'L3-3': { paid: 3000, unit: 'day' }, 'L4-1': { paid: 0, unit: 'one-off' }, 'L4-2': { paid: 800 }, 'L1-1': 'paid' },
        },
        { name: 'Beacon', coverage: { 'L2-4': { unit: 'hour' } } },
      ],
    };
    const result = importOptions(file);
    if (!result.ok) throw new Error(lines(result).join('\n'));
    const [a, b] = result.value.vendors;
    expect(a!.coverage).toEqual({ 'L1-1': 'paid', 'L3-3': 'paid', 'L4-1': 'paid', 'L4-2': 'paid' });
    expect(a!.paidPrices).toEqual({ 'L3-3': { price: 3000, unit: 'day' }, 'L4-1': { price: 0, unit: 'one-off' }, 'L4-2': { price: 800 } });
    expect(b!.coverage).toEqual({ 'L2-4': 'paid' });
    expect(b!.paidPrices).toEqual({ 'L2-4': { unit: 'hour' } });
    for (const language of ['en', 'zh'] as const) {
      const wb = loadPlan(planTemplate({ ...result.value, language }));
      const ids = wb.named('vc_CoverageIds').map((row) => row[0]);
      const at = (name: string, id: string, v: number) => wb.named(name)[ids.indexOf(id)]![v];
      expect([at('vc_Coverage', 'L3-3', 0), at('vc_CoveragePrice', 'L3-3', 0), at('vc_CoverageUnit', 'L3-3', 0)]).toEqual(
        language === 'en' ? ['Paid', 3000, 'Per day'] : ['另行收费', 3000, '每天'],
      );
      expect([at('vc_CoveragePrice', 'L4-1', 0), at('vc_CoverageUnit', 'L4-1', 0)]).toEqual([0, language === 'en' ? 'One-off' : '一次性']);
      // Not given (L4-2's unit, L2-4's price): blank, missing, never a zero.
      expect([at('vc_CoveragePrice', 'L4-2', 0), at('vc_CoverageUnit', 'L4-2', 0), at('vc_CoveragePrice', 'L2-4', 1)]).toEqual([800, null, null]);
    }
    const bad = { vendors: [{ name: 'Beacon', coverage: { 'L3-3': { paid: -1, unit: 'week', currency: 'USD' }, 'L4-1': { paid: '800' } } }] };
    const problems = lines(importOptions(bad));
    expect(problems).toHaveLength(4);
    for (const field of ['coverage.L3-3.paid', 'coverage.L3-3.unit', 'coverage.L3-3.currency', 'coverage.L4-1.paid']) {
      const line = problems.find((p) => p.includes(field));
      expect(line, field).toContain('Beacon');
    }
    expect(problems.find((p) => p.includes('coverage.L3-3.unit'))).toContain('one-off');
  });

  it('reads an answer with its contract status and note, writes them beside the answer, and checks each field', () => {
    const file = {
      vendors: [
        {
          name: 'Aurora',
          answers: { Q1: { answer: 'Within 2 hours, 7x24', inContract: 'yes', note: 'Contract §4.2' }, Q2: 'Per hour, 600 per hour' },
        },
      ],
    };
    const result = importOptions(file);
    if (!result.ok) throw new Error(lines(result).join('\n'));
    expect(result.value.vendors[0]).toMatchObject({ answers: { Q1: 'Within 2 hours, 7x24', Q2: 'Per hour, 600 per hour' }, contract: { Q1: { inContract: 'yes', note: 'Contract §4.2' } } });
    const wb = loadPlan(planTemplate(result.value));
    const ids = wb.named('vc_QuestionIds').map((row) => row[0]);
    expect(wb.named('vc_InContract')[ids.indexOf('Q1')]![0]).toBe('Yes');
    expect(wb.named('vc_InContract')[ids.indexOf('Q2')]![0]).toBe('Pending'); // until the buyer says so
    expect(wb.named('vc_Evidence')[ids.indexOf('Q1')]![0]).toBe('Contract §4.2');
    const bad = { vendors: [{ name: 'Aurora', answers: { Q1: { answer: 42, inContract: 'maybe', source: 'x' } } }] };
    const problems = lines(importOptions(bad)).join('\n');
    for (const field of ['answers.Q1.answer', 'answers.Q1.inContract', 'answers.Q1.source']) expect(problems, field).toContain(field);
  });
});
