import { loadPlan, type LoadedWorkbook } from '../../../test/support/hyperformula';
import { snapshotOf } from '../../../test/support/snapshot';
import { WORKED_EXAMPLE } from '../../../test/fixtures/workedExample';
import { cellAddress } from '../plan/a1';
import type { Plan } from '../plan/types';
import { effectiveDemand } from '../options';
import { planTemplate } from '../template/planTemplate';
import { computeCosts } from './costModel';
import { pricesFromQuote } from './fromQuote';
import {
  assumptionsFromSnapshot,
  pricesFromSnapshot,
  qualityFromSnapshot,
  scoreSettingsFromSnapshot,
  summarizeSnapshot,
} from './fromSnapshot';
import { computeScores } from './scores';

function workedExample(): { plan: Plan; wb: LoadedWorkbook } {
  const plan = planTemplate(WORKED_EXAMPLE);
  return { plan, wb: loadPlan(plan) };
}

/** Sets the cell of `name` at row r, column c of its block. */
function setNamed(plan: Plan, wb: LoadedWorkbook, name: string, r: number, c: number, value: string | number | boolean | null): void {
  const n = plan.names.find((x) => x.name === name)!;
  const sheet = plan.sheets.find((s) => s.key === n.sheet)!.name;
  wb.set(sheet, cellAddress(n.range.row + r, n.range.col + c), value);
}

const { termYears, users, discountRate } = WORKED_EXAMPLE;
const assumptions = { termYears, users, discountRate, demand: effectiveDemand(WORKED_EXAMPLE).slice(0, termYears), currency: 'CNY', fx: [] };

describe('pricesFromSnapshot', () => {
  it('reads back every price the template was written with', () => {
    const { wb } = workedExample();
    const snapshot = snapshotOf(wb);
    WORKED_EXAMPLE.vendors.forEach((v, i) => expect(pricesFromSnapshot(snapshot, i)).toEqual(pricesFromQuote(v)));
  });

  it('takes blanks as not given and text as no number (NaN: missing where the model reads it), never as zero', () => {
    const { plan, wb } = workedExample();
    setNamed(plan, wb, 'vc_OverageRate', 0, 0, "'800");
    setNamed(plan, wb, 'vc_PlatformFee', 0, 0, null);
    setNamed(plan, wb, 'vc_Model', 0, 1, 'Freemium');
    setNamed(plan, wb, 'vc_Tier', 0, 1, 'Gold');
    const snapshot = snapshotOf(wb);
    const aurora = pricesFromSnapshot(snapshot, 0);
    expect(aurora.overageRate).toBeNaN();
    expect(aurora.platformFee).toBeUndefined();
    expect(aurora.includedHours).toBe(100);
    expect(pricesFromSnapshot(snapshot, 1)).toMatchObject({ model: undefined, tier: undefined, enterpriseFee: 30000 });
  });

  it('reads Chinese labels of models, tiers and billing periods', () => {
    const plan = planTemplate({ ...WORKED_EXAMPLE, language: 'zh' });
    const snapshot = snapshotOf(loadPlan(plan));
    WORKED_EXAMPLE.vendors.forEach((v, i) => expect(pricesFromSnapshot(snapshot, i)).toEqual(pricesFromQuote(v)));
  });
});

describe('assumptionsFromSnapshot', () => {
  it('reads the term, users, rate and the demand within the term', () => {
    const result = assumptionsFromSnapshot(snapshotOf(workedExample().wb));
    expect(result).toEqual({ assumptions, missing: [] });
  });

  it('counts a blank demand cell as none, and names text in the demand, a bad term and a missing rate', () => {
    const { plan, wb } = workedExample();
    setNamed(plan, wb, 'vc_DevHours', 1, 0, null);
    expect(assumptionsFromSnapshot(snapshotOf(wb)).assumptions!.demand[1]!.devHours).toBe(0);
    setNamed(plan, wb, 'vc_Incidents', 2, 0, 'many');
    setNamed(plan, wb, 'vc_DiscountRate', 0, 0, null);
    expect(assumptionsFromSnapshot(snapshotOf(wb))).toEqual({ assumptions: null, missing: ['discountRate', 'incidents'] });
    setNamed(plan, wb, 'vc_Term', 0, 0, 11);
    expect(assumptionsFromSnapshot(snapshotOf(wb)).missing).toEqual(['termYears', 'discountRate']);
  });

  it('ignores text in demand years beyond the term', () => {
    const { plan, wb } = workedExample();
    setNamed(plan, wb, 'vc_OpsHours', 5, 0, 'later');
    expect(assumptionsFromSnapshot(snapshotOf(wb)).missing).toEqual([]);
  });
});

describe('quality inputs and score settings', () => {
  it('reads hours, ratings, yes/no and team labels, and skips a row inserted in the block', () => {
    const { plan, wb } = workedExample();
    const values: (string | number)[] = [4, 1, 'Yes', 4, 3, 'Mixed', 'no', 5, 2];
    values.forEach((v, r) => setNamed(plan, wb, 'vc_ScoreInputs', r, 2, v));
    const expected = {
      responseNormal: 4,
      responseUrgent: 1,
      coverage247: true,
      depth: 4,
      proactiveness: 3,
      team: 'mixed',
      dedicatedManager: false,
      experts: 5,
      scenarioFit: 2,
    };
    expect(qualityFromSnapshot(snapshotOf(wb), 2)).toEqual(expected);
    const scorecard = wb.hf.getSheetId(plan.sheets.find((s) => s.key === 'scorecard')!.name)!;
    const first = plan.names.find((n) => n.name === 'vc_ScoreInputs')!.range.row;
    wb.hf.addRows(scorecard, [first + 3, 1]);
    expect(qualityFromSnapshot(snapshotOf(wb), 2)).toEqual(expected);
    expect(qualityFromSnapshot(snapshotOf(wb), 0)).toEqual({});
  });

  it('takes a rating typed as text as not given', () => {
    const { plan, wb } = workedExample();
    setNamed(plan, wb, 'vc_ScoreInputs', 3, 0, "'4"); // HyperFormula reads '4 as the text "4"
    expect(qualityFromSnapshot(snapshotOf(wb), 0).depth).toBeUndefined();
  });

  it('reads the weights, the price weight and the price method', () => {
    const { plan, wb } = workedExample();
    expect(scoreSettingsFromSnapshot(snapshotOf(wb))).toEqual({ weights: [0.25, 0.1, 0.25, 0.15, 0.15, 0.1], priceWeight: 0.4, priceMethod: 'lowest' });
    setNamed(plan, wb, 'vc_PriceMethod', 0, 0, 'Linear min-max');
    setNamed(plan, wb, 'vc_Weights', 1, 0, null);
    expect(scoreSettingsFromSnapshot(snapshotOf(wb))).toMatchObject({ weights: [0.25, 0, 0.25, 0.15, 0.15, 0.1], priceMethod: 'linear' });
  });
});

describe('summarizeSnapshot', () => {
  it('gives the reference calculator’s costs for every vendor', () => {
    const summary = summarizeSnapshot(snapshotOf(workedExample().wb));
    expect(summary.currency).toBe('CNY');
    expect(summary.vendors.map((v) => v.vendor)).toEqual(WORKED_EXAMPLE.vendors.map((v) => v.name));
    summary.vendors.forEach((v, i) => {
      expect(v.model).toBe(WORKED_EXAMPLE.vendors[i]!.model);
      expect(v.costs).toEqual(computeCosts(pricesFromQuote(WORKED_EXAMPLE.vendors[i]!), assumptions));
    });
  });

  it('scores and ranks vendors whose quality inputs are complete', () => {
    const { plan, wb } = workedExample();
    const rows: (string | number)[][] = [
      [2, 1, 'Yes', 4, 4, 'In-house', 'Yes', 4, 4],
      [4, 2, 'No', 3, 3, 'Mixed', 'Yes', 3, 5],
    ];
    rows.forEach((values, c) => values.forEach((v, r) => setNamed(plan, wb, 'vc_ScoreInputs', r, c, v)));
    const summary = summarizeSnapshot(snapshotOf(wb));
    const tcos = summary.vendors.map((v) => (v.costs?.complete ? v.costs.costs.tco : undefined));
    const expected = computeScores(
      summary.vendors.map((_, i) => ({ tco: tcos[i], quality: qualityFromSnapshot(snapshotOf(wb), i) })),
      scoreSettingsFromSnapshot(snapshotOf(wb)),
    );
    expect(summary.vendors.map((v) => v.scores)).toEqual(expected);
    expect(summary.vendors.map((v) => v.scores.rank)).toEqual([expect.any(Number), expect.any(Number), undefined, undefined]);
  });

  it('withholds costs when the assumptions are unusable, and scores when the weights add up to 0', () => {
    const { plan, wb } = workedExample();
    setNamed(plan, wb, 'vc_Users', 0, 0, 'lots');
    for (let r = 0; r < 6; r++) setNamed(plan, wb, 'vc_Weights', r, 0, 0);
    [2, 1, 'Yes', 4, 4, 'In-house', 'Yes', 4, 4].forEach((v, r) => setNamed(plan, wb, 'vc_ScoreInputs', r, 0, v));
    const summary = summarizeSnapshot(snapshotOf(wb));
    expect(summary.missingAssumptions).toEqual(['users']);
    expect(summary.vendors.every((v) => v.costs === null)).toBe(true);
    expect(summary.vendors[0]!.scores).toMatchObject({ quality: undefined, overall: undefined, rank: undefined });
  });
});
