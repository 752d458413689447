/**
 * The Decision sheet's live formulas in HyperFormula, evaluated as Excel 2016 does (array
 * arithmetic off): the price-weight sweep and the abnormally low flags against hand-computed
 * cases, then the sweep against the reference scoring (computeScores) at every weight for random
 * filled templates.
 */
import fc from 'fast-check';
import { PRICE_METHODS, type PriceMethod } from '../../src/core/catalogue/criteria';
import { computeCosts } from '../../src/core/costs/costModel';
import { pricesFromQuote } from '../../src/core/costs/fromQuote';
import { computeScores, type ScoreSettings } from '../../src/core/costs/scores';
import { messages } from '../../src/core/i18n/messages';
import { DEFAULT_OPTIONS, effectiveDemand, type TemplateOptions } from '../../src/core/options';
import { cellAddress } from '../../src/core/plan/a1';
import type { Plan } from '../../src/core/plan/types';
import { SWEEP_WEIGHTS } from '../../src/core/template/decisionSheet';
import { planTemplate } from '../../src/core/template/planTemplate';
import { loadPlan, type LoadedWorkbook } from '../support/hyperformula';
import { ratedColumn } from '../support/quality';
import { templateOptions } from '../properties/arbitraries';

const t = messages('en').template.decision;

/** Sheet and A1 address of cell (row, col) of a named block, 0-based inside the block. */
function at(plan: Plan, name: string, row = 0, col = 0): [string, string] {
  const found = plan.names.find((n) => n.name === name);
  if (!found) throw new Error(`no name ${name}`);
  const sheet = plan.sheets.find((s) => s.key === found.sheet)!.name;
  return [sheet, cellAddress(found.range.row + row, found.range.col + col)];
}

function set(wb: LoadedWorkbook, plan: Plan, name: string, row: number, col: number, value: number | string | null): void {
  const [sheet, address] = at(plan, name, row, col);
  wb.set(sheet, address, value);
}

const column = (wb: LoadedWorkbook, name: string) => wb.named(name).map((r) => r[0]);

function threeVendors(): { plan: Plan; wb: LoadedWorkbook } {
  const plan = planTemplate({ ...DEFAULT_OPTIONS, vendors: ['A', 'B', 'C', 'D'].map((name) => ({ name })) });
  const wb = loadPlan(plan, { arrayArithmetic: false });
  return { plan, wb };
}

describe('price weight sweep, hand-computed', () => {
  // Scores typed over the Scorecard's formulas: the sweep reads only these two rows.
  // A: Q 80, P 60 -> 80 - 20w; B: Q 50, P 100 -> 50 + 50w; C: Q 90, P 40 -> 90 - 50w; D has no
  // quality score (#N/A) but the best price: left out.
  // w 0: A80 B50 C90 -> C; 0.1: 78 55 85 C; 0.2: 76 60 80 C; 0.3: 74 65 75 C; 0.4: 72 70 70 A;
  // 0.5: 70 75 65 B; 0.6..1: B ahead of A (68/80 ... 60/100). Changes at 40% and 50%.
  function scored(priceWeight: number) {
    const { plan, wb } = threeVendors();
    [80, 50, 90].forEach((q, i) => set(wb, plan, 'vc_QualityScore', 0, i, q));
    set(wb, plan, 'vc_QualityScore', 0, 3, '=NA()');
    [60, 100, 40, 100].forEach((p, i) => set(wb, plan, 'vc_PriceScore', 0, i, p));
    set(wb, plan, 'vc_PriceWeight', 0, 0, priceWeight);
    return { plan, wb };
  }

  it('gives the winner at every weight, marks where it changes and leaves the incomplete vendor out', () => {
    const { wb } = scored(0.35);
    expect(column(wb, 'vc_DecisionWinners')).toEqual(['C', 'C', 'C', 'C', 'A', 'B', 'B', 'B', 'B', 'B', 'B']);
    const changes = column(wb, 'vc_DecisionChanges');
    expect(changes.map((c, k) => (c === t.changes ? SWEEP_WEIGHTS[k] : null)).filter((w) => w !== null)).toEqual([0.4, 0.5]);
    // D's scores are blank at every weight.
    expect(wb.named('vc_DecisionScores').every((row) => row[3] === '')).toBe(true);
    // Chosen 35%: A 73, B 67.5, C 72.5 -> A; within +/-10 points 30% has C: the test fails.
    expect(wb.named('vc_DecisionWinner')[0]![0]).toBe('A');
    expect(wb.named('vc_DecisionPriceWeightTest')[0]![0]).toBe(0);
    expect(wb.named('vc_DecisionVerdict')[0]![0]).toBe(`${t.notRobust}${t.tests.priceWeight}`);
  });

  it('passes the price weight test when the winner holds within 10 points', () => {
    // 80%: B wins at 70%, 80%, 90%; rank reversal and demand not written yet.
    const { wb } = scored(0.8);
    expect(wb.named('vc_DecisionWinner')[0]![0]).toBe('B');
    expect(wb.named('vc_DecisionPriceWeightTest')[0]![0]).toBe(1);
    expect(wb.named('vc_DecisionVerdict')[0]![0]).toBe(t.notCheckedVerdict);
  });

  it('gives a tie to the first vendor in workbook order', () => {
    const { plan, wb } = threeVendors();
    // B and C score the same as each other everywhere and beat A; D incomplete.
    [10, 70, 70, 10].forEach((q, i) => set(wb, plan, 'vc_QualityScore', 0, i, q));
    [10, 90, 90, 10].forEach((p, i) => set(wb, plan, 'vc_PriceScore', 0, i, p));
    expect(new Set(column(wb, 'vc_DecisionWinners'))).toEqual(new Set(['B']));
  });

  it('has no winner when no vendor is complete', () => {
    const { wb } = threeVendors();
    expect(new Set(column(wb, 'vc_DecisionWinners'))).toEqual(new Set([t.noWinner]));
    expect(wb.named('vc_DecisionVerdict')[0]![0]).toBe(t.noComplete);
  });
});

describe('abnormally low, hand-computed', () => {
  it('flags a complete vendor below the threshold share of the median of complete vendors', () => {
    const { plan, wb } = threeVendors();
    // Five vendors: A-D complete with TCO 100, 180, 300, 400: median (180 + 300) / 2 = 240, 70%
    // of it 168: A (100) is abnormally low, B (180) is not. E is incomplete (no overall score) with
    // a TCO of 10: not flagged and not in the median (with it the median would be 180).
    const plan5 = planTemplate({ ...DEFAULT_OPTIONS, vendors: ['A', 'B', 'C', 'D', 'E'].map((name) => ({ name })) });
    const wb5 = loadPlan(plan5, { arrayArithmetic: false });
    [100, 180, 300, 400, 10].forEach((tco, i) => {
      set(wb5, plan5, 'vc_TCO', 0, i, tco);
      set(wb5, plan5, 'vc_Overall', 0, i, i < 4 ? 50 : '=NA()');
    });
    expect(wb5.named('vc_DecisionMedian')[0]![0]).toBe(240);
    expect(wb5.named('vc_DecisionLowLimit')[0]![0]).toBeCloseTo(168, 9);
    expect(wb5.named('vc_DecisionLowFlags')[0]).toEqual([t.flag, '', '', '', '']);
    expect(wb5.named('vc_DecisionAbnormalCount')[0]![0]).toBe(1);
    // A threshold of 40% (limit 96) flags nobody.
    set(wb5, plan5, 'vc_AbnormalThreshold', 0, 0, 0.4);
    expect(wb5.named('vc_DecisionLowFlags')[0]).toEqual(['', '', '', '', '']);
    void plan;
    void wb;
  });
});

// ---- against the reference scoring ----

interface Case {
  options: TemplateOptions;
  settings: ScoreSettings;
  /** Vendors whose ratings are left blank. */
  unrated: boolean[];
}

const cases: fc.Arbitrary<Case> = fc
  .record({
    options: templateOptions(5),
    priceWeight: fc.integer({ min: 0, max: 100 }).map((p) => p / 100),
    priceMethod: fc.constantFrom<PriceMethod>('lowest', 'linear'),
    unrated: fc.array(fc.boolean(), { minLength: 5, maxLength: 5 }),
    ratings: fc.array(fc.array(fc.integer({ min: 1, max: 5 }), { minLength: 4, maxLength: 4 }), { minLength: 5, maxLength: 5 }),
  })
  .map(({ options, priceWeight, priceMethod, unrated }) => ({
    options,
    settings: { weights: [0.25, 0.1, 0.25, 0.15, 0.15, 0.1], priceWeight, priceMethod },
    unrated: unrated.slice(0, options.vendors.length),
  }));

it('the live sweep equals the reference scoring at every weight (random templates)', () => {
  fc.assert(
    fc.property(
      cases,
      fc.array(fc.array(fc.integer({ min: 1, max: 5 }), { minLength: 3, maxLength: 3 }), { minLength: 5, maxLength: 5 }),
      (c, ratings) => {
        const plan = planTemplate(c.options);
        const wb = loadPlan(plan, { arrayArithmetic: false });
        const lang = c.options.language;
        const base = ratedColumn(lang);
        const qualities = c.options.vendors.map((_, v) => {
          const [depth, proactiveness, fit] = ratings[v]!;
          const column = [...base.slice(0, 3), depth!, proactiveness!, ...base.slice(5, 8), fit!];
          if (!c.unrated[v]) column.forEach((value, k) => set(wb, plan, 'vc_ScoreInputs', k, v, value));
          return c.unrated[v]
            ? {}
            : {
                responseNormal: 2,
                responseUrgent: 1,
                coverage247: true,
                depth,
                proactiveness,
                team: 'inHouse' as const,
                dedicatedManager: true,
                experts: 4,
                scenarioFit: fit,
              };
        });
        set(wb, plan, 'vc_PriceWeight', 0, 0, c.settings.priceWeight);
        set(wb, plan, 'vc_PriceMethod', 0, 0, PRICE_METHODS.find((m) => m.id === c.settings.priceMethod)!.label[lang]);
        const demand = effectiveDemand(c.options);
        const tcos = c.options.vendors.map((v) => {
          const r = computeCosts(pricesFromQuote(v), { ...c.options, demand });
          return r.complete ? r.costs.tco : undefined;
        });
        const names = c.options.vendors.map((v, i) => v.name.trim() || `Vendor ${i + 1}`);
        const winnerAt = (priceWeight: number) => {
          const scores = computeScores(
            tcos.map((tco, v) => ({ tco, quality: qualities[v]! })),
            { ...c.settings, priceWeight },
          );
          const first = scores.findIndex((s) => s.rank === 1);
          return first < 0 ? messages(lang).template.decision.noWinner : names[first];
        };
        expect(column(wb, 'vc_DecisionWinners')).toEqual(SWEEP_WEIGHTS.map(winnerAt));
        expect(wb.named('vc_DecisionWinner')[0]![0]).toBe(winnerAt(c.settings.priceWeight));
      },
    ),
    { numRuns: 25 },
  );
});
