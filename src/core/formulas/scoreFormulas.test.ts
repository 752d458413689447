import { CRITERIA, SCORE_INPUTS, TEAM_OPTIONS, YES_NO, type ScoreInputKey } from '../catalogue/criteria';
import type { Language } from '../catalogue/text';
import { computeCosts } from '../costs/costModel';
import { pricesFromQuote } from '../costs/fromQuote';
import { computeScores, type QualityInputs } from '../costs/scores';
import { effectiveDemand } from '../options';
import { cellAddress } from '../plan/a1';
import { planTemplate } from '../template/planTemplate';
import { loadPlan } from '../../../test/support/hyperformula';
import { WORKED_EXAMPLE } from '../../../test/fixtures/workedExample';
import { ratedColumn } from '../../../test/support/quality';

const QUALITY: QualityInputs[] = [
  { responseNormal: 2, responseUrgent: 1, coverage247: true, depth: 4, proactiveness: 3, team: 'inHouse', dedicatedManager: true, experts: 4, scenarioFit: 5 },
  { responseNormal: 4, responseUrgent: 0.5, coverage247: true, depth: 5, proactiveness: 4, team: 'mixed', dedicatedManager: true, experts: 5, scenarioFit: 3 },
  { responseNormal: 8, responseUrgent: 4, coverage247: false, depth: 3, proactiveness: 2, team: 'outsourced', dedicatedManager: false, experts: 2, scenarioFit: 2 },
  { responseNormal: 0, responseUrgent: 2, coverage247: true, depth: 4, proactiveness: 5, team: 'inHouse', dedicatedManager: false, experts: 3, scenarioFit: 4 },
];

function cellValue(q: QualityInputs, key: (typeof SCORE_INPUTS)[number]['key']): string | number | null {
  const v = q[key];
  if (v === undefined) return null;
  if (typeof v === 'boolean') return v ? YES_NO.yes.en : YES_NO.no.en;
  if (key === 'team') return TEAM_OPTIONS.find((t) => t.id === v)!.label.en;
  return v as number;
}

function scenario(priceMethod: 'lowest' | 'linear', quality = QUALITY, vendors = WORKED_EXAMPLE.vendors) {
  const options = { ...WORKED_EXAMPLE, vendors };
  const plan = planTemplate(options);
  const wb = loadPlan(plan);
  const grid = plan.names.find((n) => n.name === 'vc_ScoreInputs')!.range;
  const scorecard = plan.sheets.find((s) => s.key === 'scorecard')!.name;
  quality.forEach((q, v) =>
    SCORE_INPUTS.forEach((input, k) => wb.set(scorecard, cellAddress(grid.row + k, grid.col + v), cellValue(q, input.key))),
  );
  if (priceMethod === 'linear') {
    const assumptions = plan.sheets.find((s) => s.key === 'assumptions')!.name;
    const method = plan.names.find((n) => n.name === 'vc_PriceMethod')!.range;
    wb.set(assumptions, cellAddress(method.row, method.col), 'Linear min-max');
  }
  const tcos = vendors.map((v) => {
    const r = computeCosts(pricesFromQuote(v), { ...options, demand: effectiveDemand(options) });
    return r.complete ? r.costs.tco : undefined;
  });
  const expected = computeScores(
    vendors.map((_, i) => ({ tco: tcos[i], quality: quality[i]! })),
    { weights: CRITERIA.map((c) => c.defaultWeight), priceWeight: 0.4, priceMethod },
  );
  return { wb, expected };
}

function expectScore(actual: unknown, expected: number | undefined) {
  if (expected === undefined) {
    expect(actual).toMatchObject({ type: 'NA' });
    return;
  }
  expect(typeof actual).toBe('number');
  expect(Math.abs((actual as number) - expected) / Math.max(1, Math.abs(expected))).toBeLessThan(1e-9);
}

describe.each(['lowest', 'linear'] as const)('scores agree with the reference (%s price rule)', (method) => {
  it('criteria, quality, price, overall and rank', () => {
    const { wb, expected } = scenario(method);
    const criteria = wb.named('vc_CriterionScores');
    expected.forEach((s, v) => {
      s.criteria.forEach((c, k) => expectScore(criteria[k]![v], c));
      expectScore(wb.named('vc_QualityScore')[0]![v], s.quality);
      expectScore(wb.named('vc_PriceScore')[0]![v], s.price);
      expectScore(wb.named('vc_Overall')[0]![v], s.overall);
      expectScore(wb.named('vc_Rank')[0]![v], s.rank);
    });
    expect(new Set(expected.map((s) => s.rank))).toEqual(new Set([1, 2, 3, 4]));
  });
});

it('withholds the scores and rank of a vendor with a missing price or rating; others still rank', () => {
  const vendors = WORKED_EXAMPLE.vendors.map((v, i) => (i === 1 ? { ...v, overageRate: undefined } : v));
  const quality = QUALITY.map((q, i) => (i === 2 ? { ...q, depth: undefined } : q));
  const { wb, expected } = scenario('lowest', quality, vendors);
  expect(expected[1]!.rank).toBeUndefined();
  expect(expected[2]!.rank).toBeUndefined();
  expect(wb.named('vc_Rank')[0]![1]).toMatchObject({ type: 'NA' });
  expect(wb.named('vc_Rank')[0]![2]).toMatchObject({ type: 'NA' });
  expect(wb.named('vc_Rank')[0]!.filter((r) => typeof r === 'number').sort()).toEqual([1, 2]);
  expect(wb.named('vc_Ranking')[1]![2]).toBe('incomplete');
});

describe('the quality status row names the criteria that withhold the scores', () => {
  /** One vendor, rated 2 h / 1 h, Yes, 4, 4, in-house, Yes, 4, 4 in the template's language. */
  function rated(language: Language) {
    const plan = planTemplate({ ...WORKED_EXAMPLE, language, vendors: [WORKED_EXAMPLE.vendors[0]!] });
    const wb = loadPlan(plan);
    const grid = plan.names.find((n) => n.name === 'vc_ScoreInputs')!.range;
    const sheet = plan.sheets.find((s) => s.key === 'scorecard')!.name;
    const set = (key: ScoreInputKey, value: string | number | null) =>
      wb.set(sheet, cellAddress(grid.row + SCORE_INPUTS.findIndex((i) => i.key === key), grid.col), value);
    ratedColumn(language).forEach((value, k) => set(SCORE_INPUTS[k]!.key, value));
    return { wb, set, status: () => wb.named('vc_ScoreStatus')[0]![0], quality: () => wb.named('vc_QualityScore')[0]![0] };
  }

  it('says Complete when every criterion has a score, and the quality is computed', () => {
    const { status, quality } = rated('en');
    expect(status()).toBe('Complete');
    // C1 100 (the only vendor is the fastest), C2 100, C3 80, C4 80, C5 (100+100+80)/3, C6 80;
    // 0.25*100 + 0.1*100 + 0.25*80 + 0.15*80 + 0.15*93.33 + 0.1*80 = 25+10+20+12+14+8 = 89.
    expect(quality()).toBeCloseTo(89, 9);
  });

  it('names each criterion left without a score, and clears as they are filled in', () => {
    const { set, status, quality } = rated('en');
    set('depth', null);
    set('experts', 'four'); // not a number: C5 has no score either
    set('scenarioFit', null);
    expect(status()).toBe('Missing: C3 Technical depth, C5 Team set-up, C6 Scenario fit');
    expect(quality()).toMatchObject({ type: 'NA' });
    set('depth', 4);
    set('experts', 4);
    expect(status()).toBe('Missing: C6 Scenario fit');
    set('scenarioFit', 4);
    expect(status()).toBe('Complete');
  });

  it('speaks the template’s language, with a yes/no of the other language counted as missing', () => {
    const { set, status } = rated('zh');
    set('responseUrgent', null);
    set('coverage247', 'Yes');
    expect(status()).toBe('缺少：C1 响应速度、C2 7×24小时支持');
  });
});
