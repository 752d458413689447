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
  return { wb, expected, plan };
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
  // The Overview lists the two complete vendors first, then Beacon (a price missing) and Cirrus
  // (a rating missing) in input order, each saying what is missing.
  const ranking = wb.named('vc_Ranking');
  const names = WORKED_EXAMPLE.vendors.map((v) => v.name);
  expect(ranking.map((line) => line[0])).toEqual([...orderOf(expected).slice(0, 2).map((i) => names[i]), names[1], names[2]]);
  expect(ranking[2]![2]).toBe('incomplete');
  expect(ranking[2]![12]).toBe('Missing: Overage rate / hour beyond included');
  expect(typeof ranking[3]![2]).toBe('number'); // Cirrus's prices are complete: its TCO shows
  expect(ranking[3]![10]).toBe('incomplete');
  expect(ranking[3]![12]).toBe(`Missing: ${CRITERIA[2]!.id} ${CRITERIA[2]!.label.en}`);
  expect([ranking[0]![12], ranking[1]![12]]).toEqual(['', '']);
});

/**
 * The order the Overview must show, worked out apart from the sheet's formulas: the reference
 * calculator's ranks, best first, a tie in input order, vendors without a rank last in input order.
 */
function orderOf(expected: { rank?: number }[]): number[] {
  const key = (i: number) => expected[i]!.rank ?? Number.POSITIVE_INFINITY;
  return expected.map((_, i) => i).sort((a, b) => key(a) - key(b) || a - b);
}

describe('the Overview ranking is sorted by rank, live', () => {
  it.each(['lowest', 'linear'] as const)('lines in rank order, each with its own vendor’s figures (%s price rule)', (method) => {
    const { wb, expected } = scenario(method);
    const options = { ...WORKED_EXAMPLE, demand: effectiveDemand(WORKED_EXAMPLE) };
    const costs = WORKED_EXAMPLE.vendors.map((v) => computeCosts(pricesFromQuote(v), options));
    const ranking = wb.named('vc_Ranking');
    orderOf(expected).forEach((v, line) => {
      const row = ranking[line]!;
      const c = costs[v]!;
      if (!c.complete) throw new Error('the worked example is complete');
      expect(row[0]).toBe(WORKED_EXAMPLE.vendors[v]!.name);
      expect(row[10]).toBe(line + 1);
      expectScore(row[2], c.costs.tco);
      expectScore(row[3], c.costs.npv);
      // Support over the term: the calculator's yearly support costs added up.
      expectScore(row[4], c.costs.support.reduce((sum, x) => sum + x, 0));
      expectScore(row[5], c.costs.supportShare);
      expectScore(row[6], c.costs.perUserMonth);
      expectScore(row[7], expected[v]!.quality);
      expectScore(row[8], expected[v]!.price);
      expectScore(row[9], expected[v]!.overall);
      expect(row[12]).toBe('');
    });
  });

  it('re-sorts when an input changes: price weight 0% ranks by quality alone', () => {
    const { wb, plan } = scenario('lowest');
    const before = wb.named('vc_Ranking').map((line) => line[0]);
    const weight = plan.names.find((n) => n.name === 'vc_PriceWeight')!;
    wb.set(plan.sheets.find((x) => x.key === weight.sheet)!.name, cellAddress(weight.range.row, weight.range.col), 0);
    const tcos = WORKED_EXAMPLE.vendors.map((v) => {
      const r = computeCosts(pricesFromQuote(v), { ...WORKED_EXAMPLE, demand: effectiveDemand(WORKED_EXAMPLE) });
      return r.complete ? r.costs.tco : undefined;
    });
    const byQuality = computeScores(
      WORKED_EXAMPLE.vendors.map((_, i) => ({ tco: tcos[i], quality: QUALITY[i]! })),
      { weights: CRITERIA.map((c) => c.defaultWeight), priceWeight: 0, priceMethod: 'lowest' },
    );
    const after = wb.named('vc_Ranking').map((line) => line[0]);
    expect(after).toEqual(orderOf(byQuality).map((i) => WORKED_EXAMPLE.vendors[i]!.name));
    expect(after).not.toEqual(before);
  });

  it('two vendors with the same score share the rank and keep their column order', () => {
    const twin = { ...WORKED_EXAMPLE.vendors[0]!, name: 'Aurora Twin' };
    const { wb } = scenario('lowest', [QUALITY[0]!, QUALITY[1]!, QUALITY[0]!], [WORKED_EXAMPLE.vendors[0]!, WORKED_EXAMPLE.vendors[1]!, twin]);
    const ranking = wb.named('vc_Ranking');
    const aurora = ranking.findIndex((line) => line[0] === 'Aurora Cloud');
    expect(ranking[aurora + 1]![0]).toBe('Aurora Twin');
    expect(ranking[aurora + 1]![10]).toBe(ranking[aurora]![10]);
    expect(new Set(ranking.map((line) => line[0])).size).toBe(3);
  });

  it('cuts a long list of what is missing to 80 characters, with an ellipsis', () => {
    const bare = { name: 'Bare Co', model: 'tiered' as const };
    const { wb } = scenario('lowest', [QUALITY[0]!, {} as QualityInputs], [WORKED_EXAMPLE.vendors[0]!, bare]);
    const why = wb.named('vc_Ranking')[1]![12] as string;
    expect(why).toHaveLength(80);
    expect(why.endsWith('…')).toBe(true);
    expect(why.startsWith('Missing: ')).toBe(true);
  });
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
