/**
 * The decision check on small hand-made fields. Every expected figure is worked by hand in the
 * comment above it (DOMAIN.md sections 2, 3 and 7), never taken from the code under test.
 */
import type { CostAssumptions, VendorPrices } from '../costs/costModel';
import type { QualityInputs, ScoreSettings } from '../costs/scores';
import { namedBlock } from '../../../test/support/snapshotBuilder';
import { checkDecision } from './check';
import { decisionFingerprint } from './fingerprint';
import { abnormalThresholdFromSnapshot, type DecisionInputs, type DecisionVendor } from './inputs';

/** Every criterion scored; with ONLY_DEPTH weights the quality score is depth / 5 x 100. */
function rated(depth: number): QualityInputs {
  return {
    responseNormal: 2,
    responseUrgent: 1,
    coverage247: true,
    depth,
    proactiveness: 3,
    team: 'inHouse',
    dedicatedManager: true,
    experts: 3,
    scenarioFit: 3,
  };
}
const ONLY_DEPTH = [0, 0, 1, 0, 0, 0];

/** All-inclusive with no hours and no demand: TCO = platform fee over a one-year term. */
function flat(name: string, tco: number, depth: number): DecisionVendor {
  return { name, prices: { model: 'all-inclusive', platformFee: tco, includedHours: 0, overageRate: 0, dayRate: 0 }, quality: rated(depth) };
}
const NO_DEMAND: CostAssumptions = { termYears: 1, users: 100, discountRate: 0, demand: [{ devHours: 0, opsHours: 0, incidents: 0, onsiteDays: 0 }] };

function inputs(vendors: DecisionVendor[], settings: Partial<ScoreSettings> = {}, rest: Partial<DecisionInputs> = {}): DecisionInputs {
  return {
    vendors,
    assumptions: NO_DEMAND,
    settings: { weights: ONLY_DEPTH, priceWeight: 0.4, priceMethod: 'lowest', ...settings },
    abnormalThreshold: 0.7,
    ...rest,
  };
}

describe('price weight sweep', () => {
  // Lowest-price rule. A: TCO 100,000 -> price 100; depth 2 -> quality 40. B: TCO 125,000 ->
  // price 100,000/125,000 x 100 = 80; depth 4 -> quality 80.
  // Overall A = 100w + 40(1-w) = 40 + 60w; B = 80w + 80(1-w) = 80. A > B when w > 2/3:
  // B wins at 0%..60% (at 60%: A 76 < 80), A at 70% (A 82)..100%.
  const field = [flat('A', 100_000, 2), flat('B', 125_000, 4)];

  it('names the winner at each point and the weight where it changes', () => {
    const report = checkDecision(inputs(field), []);
    expect(report.priceWeights.map((p) => p.winner)).toEqual(['B', 'B', 'B', 'B', 'B', 'B', 'B', 'A', 'A', 'A', 'A']);
    expect(report.priceWeights.map((p) => p.priceWeight)).toEqual([0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1]);
    expect(report.winnerChangesAt).toEqual([0.7]);
  });

  it('is robust at 40% (B wins from 30% to 50%) and fails the price weight test at 60% (A wins at 70%)', () => {
    // At 40% no demand (TCOs fixed), two vendors (no reversal possible): only the window counts.
    expect(checkDecision(inputs(field), [])).toMatchObject({ robust: true, winner: 'B', reasons: [] });
    expect(checkDecision(inputs(field, { priceWeight: 0.6 }), [])).toMatchObject({ robust: false, winner: 'B', reasons: ['priceWeight'] });
    // At 65%: A = 40 + 39 = 79 < 80, B still wins there, but A wins at 75% (85).
    expect(checkDecision(inputs(field, { priceWeight: 0.65 }), [])).toMatchObject({ winner: 'B', reasons: ['priceWeight'] });
  });
});

describe('rank reversal', () => {
  // Price weight 50%, quality = depth score. X: TCO 50,000, quality 20; A: 100,000, 40; B: 200,000, 80.
  const field = [flat('X', 50_000, 1), flat('A', 100_000, 2), flat('B', 200_000, 4)];

  it('lowest-price rule: taking out the cheapest vendor lifts A over B', () => {
    // Before: price X 100, A 50,000/100,000 = 50, B 50,000/200,000 = 25.
    //   Overall X 50 + 10 = 60, A 25 + 20 = 45, B 12.5 + 40 = 52.5: X, B, A.
    // Without X: lowest TCO 100,000: A 100, B 50 -> A 50 + 20 = 70, B 25 + 40 = 65: A ahead of B.
    // Without A or B the lowest TCO is still X's: nothing moves.
    const report = checkDecision(inputs(field, { priceWeight: 0.5 }), []);
    expect(report.rankReversals).toEqual([{ removed: 'X', pair: ['B', 'A'] }]);
    // The winner X is not in the pair.
    expect(report.reasons).not.toContain('rankReversal');
  });

  it('linear min-max: the same field has no reversal', () => {
    // Before: min 50,000, max 200,000: X 100, A 100 x (1 - 50/150) = 66.67, B 0.
    //   Overall X 60, A 33.33 + 20 = 53.33, B 40: X, A, B.
    // Without X: A 100, B 0 -> A 70, B 40. Without A: X 60, B 40. Without B (max 100,000):
    // X 100, A 0 -> X 60, A 20. Each pair keeps its order.
    const report = checkDecision(inputs(field, { priceWeight: 0.5, priceMethod: 'linear' }), []);
    expect(report.rankReversals).toEqual([]);
  });

  it('an order that only becomes a tie is no reversal', () => {
    // Lowest-price rule, 50%. X: 50,000, depth 1; A: 100,000, depth 2 (40); B: 200,000, depth 4.5 (90).
    // Before: A 25 + 20 = 45, B 12.5 + 45 = 57.5: B ahead. Without X: A 50 + 20 = 70, B 25 + 45 = 70: tied.
    const report = checkDecision(inputs([flat('X', 50_000, 1), flat('A', 100_000, 2), flat('B', 200_000, 4.5)], { priceWeight: 0.5 }), []);
    expect(report.rankReversals).toEqual([]);
  });

  it('a reversal that involves the winner fails the verdict', () => {
    // Lowest-price rule, 50%. X: 50,000, depth 1 (20); A: 100,000, depth 3 (60); B: 200,000, depth 5 (100).
    // Before: X 50 + 10 = 60, A 25 + 30 = 55, B 12.5 + 50 = 62.5: B wins.
    // Without X: A 50 + 30 = 80, B 25 + 50 = 75: A ahead of B, the winner.
    // Price weight 60% (window end): X 60 + 8 = 68, A 30 + 24 = 54, B 15 + 40 = 55: X wins, so
    // the price weight test fails too.
    const report = checkDecision(inputs([flat('X', 50_000, 1), flat('A', 100_000, 3), flat('B', 200_000, 5)], { priceWeight: 0.5 }), []);
    expect(report.winner).toBe('B');
    expect(report.rankReversals).toEqual([{ removed: 'X', pair: ['B', 'A'] }]);
    expect(report.reasons).toEqual(['priceWeight', 'rankReversal']);
  });

  it('takes the removed vendor out of C1 too (best response time among the vendors present)', () => {
    // Price weight 0, only C1 weighted. C1 = mean(best normal / normal, best urgent / urgent) x 100.
    // X: 1 h / 3 h, A: 2 h / 10 h, B: 8 h / 3 h. With X: best 1 and 3: A (1/2 + 3/10)/2 = 40,
    // B (1/8 + 3/3)/2 = 56.25: B ahead. Without X: best 2 and 3: A (2/2 + 3/10)/2 = 65,
    // B (2/8 + 1)/2 = 62.5: A ahead.
    const c1 = (name: string, responseNormal: number, responseUrgent: number): DecisionVendor => ({
      ...flat(name, 100_000, 3),
      quality: { ...rated(3), responseNormal, responseUrgent },
    });
    const report = checkDecision(inputs([c1('X', 1, 3), c1('A', 2, 10), c1('B', 8, 3)], { priceWeight: 0, weights: [1, 0, 0, 0, 0, 0] }), []);
    expect(report.rankReversals).toEqual([{ removed: 'X', pair: ['B', 'A'] }]);
  });
});

describe('demand sensitivity', () => {
  // One year; demand at x1: 150 dev + 50 ops = 200 hours, no incidents, no on-site days.
  // A all-inclusive: platform 100,000, cap 200 h, 900 per hour beyond.
  // B tiered, Enterprise: platform 60,000 + tier fee 20,000 = 80,000, 100 h included, 600 beyond.
  // At multiplier m (hours 200m): A = 100,000 + 900 x max(0, 200m - 200);
  //                               B =  80,000 + 600 x max(0, 200m - 100).
  // m <= 0.5: B 80,000 < A 100,000. 0.5..1: B = 80,000 + 120,000m - 60,000 = 20,000 + 120,000m,
  //   A = 100,000: equal at m = 2/3 = 0.667 -> 0.67, B -> A.
  // m >= 1: A = 100,000 + 180,000m - 180,000 = 180,000m - 80,000; B = 20,000 + 120,000m:
  //   equal at 60,000m = 100,000, m = 5/3 = 1.667 -> 1.67, A -> B. Two crossings, one each side of A's cap.
  const demand = [{ devHours: 150, opsHours: 50, incidents: 0, onsiteDays: 0 }];
  const a: CostAssumptions = { ...NO_DEMAND, demand };
  const capped: VendorPrices = { model: 'all-inclusive', platformFee: 100_000, includedHours: 200, overageRate: 900, dayRate: 0 };
  const tiered: VendorPrices = {
    model: 'tiered',
    platformFee: 60_000,
    tier: 'enterprise',
    enterpriseFee: 20_000,
    enterpriseHours: 100,
    overageRate: 600,
    dayRate: 0,
  };
  const field = (depthA: number, depthB: number): DecisionVendor[] => [
    { name: 'A', prices: capped, quality: rated(depthA) },
    { name: 'B', prices: tiered, quality: rated(depthB) },
  ];

  it('finds both break-evens between a capped all-inclusive and a tiered vendor', () => {
    const report = checkDecision(inputs(field(3, 3), {}, { assumptions: a }), []);
    expect(report.breakEven).toEqual([
      { multiplier: 0.67, from: 'B', to: 'A' },
      { multiplier: 1.67, from: 'A', to: 'B' },
    ]);
  });

  it('finds a double crossing that lies between two steps of a fixed grid (the cap is a scan point)', () => {
    // 200 hours at x1. P pay-as-you-go: 50,000 + 500 x 200m = 50,000 + 100,000m.
    // Q all-inclusive: 152,000, cap 210 h (reached at m = 1.05), 2,000 per hour beyond:
    //   m <= 1.05: 152,000; beyond: 152,000 + 2,000 x (200m - 210) = 400,000m - 268,000.
    // P = Q at 100,000m = 102,000, m = 1.02 (P -> Q); past the cap P - Q = 318,000 - 300,000m,
    // zero at m = 1.06 (Q -> P). At x1.0 and x1.1 P is cheaper (150,000 < 152,000; 160,000 < 172,000).
    const payg: VendorPrices = { model: 'pay-as-you-go', platformFee: 50_000, hourlyRate: 500, dayRate: 0 };
    const cap: VendorPrices = { model: 'all-inclusive', platformFee: 152_000, includedHours: 210, overageRate: 2_000, dayRate: 0 };
    const vendors = [
      { name: 'P', prices: payg, quality: rated(3) },
      { name: 'Q', prices: cap, quality: rated(3) },
    ];
    expect(checkDecision(inputs(vendors, {}, { assumptions: a }), []).breakEven).toEqual([
      { multiplier: 1.02, from: 'P', to: 'Q' },
      { multiplier: 1.06, from: 'Q', to: 'P' },
    ]);
  });

  it('finds a vendor cheapest only in the middle of a scan step', () => {
    // 200 hours at x1, no caps (straight lines). F flat 130,000; M pay-as-you-go 23,000 + 500 x
    // 200m = 23,000 + 100,000m; S pay-as-you-go 2,400 + 600 x 200m = 2,400 + 120,000m.
    // x1.0: F 130,000, M 123,000, S 122,400 (S); x1.1: F 130,000, M 133,000, S 134,400 (F).
    // S = M at 20,000m = 20,600, m = 1.03; M = F at 100,000m = 107,000, m = 1.07.
    const payg = (platformFee: number, hourlyRate: number): VendorPrices => ({ model: 'pay-as-you-go', platformFee, hourlyRate, dayRate: 0 });
    const vendors = [
      flat('F', 130_000, 3),
      { name: 'M', prices: payg(23_000, 500), quality: rated(3) },
      { name: 'S', prices: payg(2_400, 600), quality: rated(3) },
    ];
    expect(checkDecision(inputs(vendors, {}, { assumptions: a }), []).breakEven).toEqual([
      { multiplier: 1.03, from: 'S', to: 'M' },
      { multiplier: 1.07, from: 'M', to: 'F' },
    ]);
  });

  it('tabulates TCO, rank and cheapest at x0.5, x1, x1.5, x2, x3', () => {
    // A: 100,000; 100,000; 100,000 + 900 x 100 = 190,000; + 900 x 200 = 280,000; + 900 x 400 = 460,000.
    // B: 80,000; 80,000 + 600 x 100 = 140,000; + 600 x 200 = 200,000; + 600 x 300 = 260,000; + 600 x 500 = 380,000.
    const report = checkDecision(inputs(field(3, 3), {}, { assumptions: a }), []);
    expect(report.demand.map((d) => d.multiplier)).toEqual([0.5, 1, 1.5, 2, 3]);
    expect(report.demand.map((d) => d.tco.A)).toEqual([100_000, 100_000, 190_000, 280_000, 460_000]);
    expect(report.demand.map((d) => d.tco.B)).toEqual([80_000, 140_000, 200_000, 260_000, 380_000]);
    expect(report.demand.map((d) => d.cheapest)).toEqual(['B', 'A', 'A', 'B', 'B']);
    expect(report.demand.map((d) => [d.rank.A, d.rank.B])).toEqual([
      [2, 1],
      [1, 2],
      [1, 2],
      [2, 1],
      [2, 1],
    ]);
  });

  it('fails the demand test when the winner is neither cheapest nor first at x0.5', () => {
    // Equal quality (depth 3): the cheaper vendor always ranks first. At x1 A is cheaper and wins
    // (at every price weight; at 0% the tie goes to A, first in the workbook); at x0.5 B is cheaper.
    expect(checkDecision(inputs(field(3, 3), {}, { assumptions: a }), [])).toMatchObject({ winner: 'A', robust: false, reasons: ['demand'] });
  });

  it('passes the demand test when the winner stays first while not cheapest', () => {
    // A depth 5 (100), B depth 1 (20), price weight 40%, lowest-price rule.
    // x1: A 40 + 60 = 100; B price 100,000/140,000 = 71.43 -> 28.57 + 12 = 40.57: A wins.
    // x0.5: A price 80,000/100,000 = 80 -> 32 + 60 = 92 > B 40 + 12 = 52. From x2/3 to x5/3 A is
    // cheapest; at x2: A 260/280 = 92.86 -> 37.1 + 60 > B 40 + 12. A holds throughout.
    expect(checkDecision(inputs(field(5, 1), {}, { assumptions: a }), [])).toMatchObject({ winner: 'A', robust: true, reasons: [] });
  });
});

describe('abnormally low', () => {
  // TCOs 100,000, 110,000, 120,000, 60,000: median (100,000 + 110,000)/2 = 105,000;
  // 70% of it is 73,500, so D (60,000) is abnormally low; at 50% (52,500) none is.
  const field = [flat('A', 100_000, 3), flat('B', 110_000, 3), flat('C', 120_000, 3), flat('D', 60_000, 3)];

  it('flags a TCO below 70% of the median', () => {
    expect(checkDecision(inputs(field), []).abnormallyLow).toEqual([{ vendor: 'D', tco: 60_000, median: 105_000, threshold: 0.7 }]);
  });

  it('uses the threshold given', () => {
    expect(checkDecision(inputs(field, {}, { abnormalThreshold: 0.5 }), []).abnormallyLow).toEqual([]);
    // 60% of 105,000 = 63,000 > 60,000.
    expect(checkDecision(inputs(field, {}, { abnormalThreshold: 0.6 }), []).abnormallyLow.map((v) => v.vendor)).toEqual(['D']);
  });

  it('takes the median of the complete vendors only (odd count: the middle one)', () => {
    // C has no depth rating: left out. A 100,000, B 110,000, D 60,000: median 100,000, 70% = 70,000.
    const withGap = field.map((v) => (v.name === 'C' ? { ...v, quality: { ...v.quality, depth: undefined } } : v));
    const report = checkDecision(inputs(withGap), []);
    expect(report.incomplete).toEqual(['C']);
    expect(report.abnormallyLow).toEqual([{ vendor: 'D', tco: 60_000, median: 100_000, threshold: 0.7 }]);
  });
});

describe('incomplete vendors and the verdict', () => {
  it('leaves out vendors with a missing price or rating, and gives no verdict without a complete vendor', () => {
    const noPrice: DecisionVendor = { ...flat('P', 0, 3), prices: { model: 'all-inclusive', includedHours: 0, overageRate: 0 } };
    const noRating: DecisionVendor = { ...flat('R', 100_000, 3), quality: { ...rated(3), team: undefined } };
    const report = checkDecision(inputs([noPrice, noRating]), []);
    expect(report).toMatchObject({ robust: false, winner: null, reasons: ['noCompleteVendor'], incomplete: ['P', 'R'] });
    expect(report.priceWeights.every((p) => p.winner === null)).toBe(true);
    expect(checkDecision(inputs([flat('A', 1000, 3)], {}, { assumptions: null }), [])).toMatchObject({
      winner: null,
      reasons: ['noCompleteVendor'],
      incomplete: ['A'],
    });
  });

  it('passes the disagreements through', () => {
    const d = [{ vendor: 'A', criterion: 'C3', evaluators: ['Lin', 'Sam'], scores: [20, 80] }];
    expect(checkDecision(inputs([flat('A', 1000, 3)]), d).disagreements).toEqual(d);
  });
});

describe('inputs', () => {
  const snapshot = (value: string | number | null) => ({
    source: 't',
    sheetNames: ['Assumptions'],
    blocks: { vc_AbnormalThreshold: namedBlock('vc_AbnormalThreshold', 'Assumptions', 'C40', [[value]]) },
    broken: [],
  });

  it('reads the threshold from vc_AbnormalThreshold, 0.7 when absent, blank or not a number', () => {
    expect(abnormalThresholdFromSnapshot(snapshot(0.5))).toBe(0.5);
    expect(abnormalThresholdFromSnapshot(snapshot(null))).toBe(0.7);
    expect(abnormalThresholdFromSnapshot(snapshot('70%'))).toBe(0.7);
    expect(abnormalThresholdFromSnapshot({ source: 't', sheetNames: [], blocks: {}, broken: [] })).toBe(0.7);
  });

  it('fingerprints every input the check reads, and nothing else changes it', () => {
    const base = inputs(
      [flat('A', 100_000, 2), flat('B', 125_000, 4)],
      {},
      { assumptions: { ...NO_DEMAND, demand: [{ devHours: 10, opsHours: 0, incidents: 0, onsiteDays: 0 }] } },
    );
    const print = decisionFingerprint(base);
    expect(print).toMatch(/^[0-9a-f]{8}$/);
    expect(decisionFingerprint(structuredClone(base))).toBe(print);
    const changed: DecisionInputs[] = [
      { ...base, assumptions: { ...base.assumptions!, demand: [{ devHours: 11, opsHours: 0, incidents: 0, onsiteDays: 0 }] } },
      { ...base, assumptions: null },
      { ...base, vendors: [{ ...base.vendors[0]!, prices: { ...base.vendors[0]!.prices, platformFee: 100_001 } }, base.vendors[1]!] },
      { ...base, vendors: [base.vendors[0]!, { ...base.vendors[1]!, quality: rated(5) }] },
      { ...base, vendors: [{ ...base.vendors[0]!, name: 'A2' }, base.vendors[1]!] },
      { ...base, settings: { ...base.settings, weights: [0, 0, 1, 0, 0, 0.5] } },
      { ...base, settings: { ...base.settings, priceWeight: 0.5 } },
      { ...base, settings: { ...base.settings, priceMethod: 'linear' } },
      { ...base, abnormalThreshold: 0.6 },
    ];
    const prints = changed.map(decisionFingerprint);
    expect(new Set([print, ...prints]).size).toBe(changed.length + 1);
  });
});
