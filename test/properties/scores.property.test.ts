/**
 * Property: for random quality inputs, weights, price weight and price method, the Scorecard
 * formulas written to a real .xlsx and computed by HyperFormula equal the reference scoring
 * (criterion scores, quality, price, overall, rank) to a relative 1e-9; a withheld score is #N/A,
 * and the status row names the criteria that withhold it.
 */
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { DetailedCellError, ErrorType } from 'hyperformula';
import { CRITERIA, PRICE_METHODS, SCORE_INPUTS, TEAM_OPTIONS, YES_NO, type PriceMethod } from '../../src/core/catalogue/criteria';
import { PRICING_INPUTS } from '../../src/core/catalogue/pricingInputs';
import { computeCosts } from '../../src/core/costs/costModel';
import { pricesFromQuote } from '../../src/core/costs/fromQuote';
import { computeScores, type QualityInputs, type ScoreSettings } from '../../src/core/costs/scores';
import { effectiveDemand, type TemplateOptions, type VendorQuote } from '../../src/core/options';
import type { Plan } from '../../src/core/plan/types';
import { planTemplate } from '../../src/core/template/planTemplate';
import { writePlanToWorkbook } from '../../src/adapters/xlsx/writePlan';
import { readXlsx, workbookToHyperFormula } from '../support/xlsxWorkbook';
import { templateOptions } from './arbitraries';

const MAX_VENDORS = 5;

// Mostly given, sometimes left blank: a blank input withholds that vendor's criterion score.
const given = <T>(a: fc.Arbitrary<T>) => fc.option(a, { nil: undefined, freq: 15 });
const responseHours = fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 480 }).map((t) => t / 10), fc.integer({ min: 1, max: 1000 }));
const rating = fc.integer({ min: 1, max: 5 });

const quality: fc.Arbitrary<QualityInputs> = fc.record({
  responseNormal: given(responseHours),
  responseUrgent: given(responseHours),
  coverage247: given(fc.boolean()),
  depth: given(rating),
  proactiveness: given(rating),
  team: given(fc.constantFrom(...TEAM_OPTIONS.map((t) => t.id))),
  dedicatedManager: given(fc.boolean()),
  experts: given(rating),
  scenarioFit: given(rating),
});

const percent = fc.integer({ min: 0, max: 100 }).map((p) => p / 100);

const weights: fc.Arbitrary<number[]> = fc.oneof(
  fc.constant(CRITERIA.map((c) => c.defaultWeight)),
  // Summing to 100%: six slices of 0..100 cut at five random points.
  fc.array(fc.integer({ min: 0, max: 100 }), { minLength: 5, maxLength: 5 }).map((cuts) => {
    const edges = [0, ...[...cuts].sort((a, b) => a - b), 100];
    return edges.slice(1).map((edge, i) => (edge - edges[i]!) / 100);
  }),
  // Any weights, usually not summing to 100%.
  fc.array(percent, { minLength: CRITERIA.length, maxLength: CRITERIA.length }),
  // All zero: no quality score at all (the sheet divides by zero).
  fc.constant(CRITERIA.map(() => 0)),
);

const settings: fc.Arbitrary<ScoreSettings> = fc.record({
  weights,
  priceWeight: fc.oneof(fc.constant(0), fc.constant(1), percent),
  priceMethod: fc.constantFrom<PriceMethod>('lowest', 'linear'),
});

/** Leaves out one price the vendor's model always needs, making the vendor incomplete. */
function withoutRequiredPrice(v: VendorQuote, pick: number): VendorQuote {
  const always = PRICING_INPUTS.filter((input) => v.model && input.required[v.model] === 'always').map((input) => input.key);
  const key = always[pick % always.length]!;
  if (!(key in v)) throw new Error(`${key} is not a field of a quote`);
  return { ...v, [key]: undefined };
}

interface Case {
  options: TemplateOptions;
  quality: QualityInputs[];
  settings: ScoreSettings;
}

const cases: fc.Arbitrary<Case> = fc
  .record({
    options: templateOptions(MAX_VENDORS),
    quality: fc.array(quality, { minLength: MAX_VENDORS, maxLength: MAX_VENDORS }),
    settings,
    incomplete: fc.option(fc.record({ vendor: fc.nat(), input: fc.nat() }), { nil: undefined, freq: 3 }),
  })
  .map(({ options, quality, settings, incomplete }) => {
    const vendors = options.vendors.map((v, i) =>
      incomplete && i === incomplete.vendor % options.vendors.length ? withoutRequiredPrice(v, incomplete.input) : v,
    );
    return { options: { ...options, vendors }, quality: quality.slice(0, vendors.length), settings };
  });

/** The template of `c` with its quality inputs and scoring settings typed in, as a buyer would. */
function workbookFor(c: Case): ExcelJS.Workbook {
  const plan = planTemplate(c.options);
  const workbook = writePlanToWorkbook(plan);
  const lang = c.options.language;
  const cell = (name: string, row = 0, col = 0) => {
    const found = plan.names.find((n) => n.name === name);
    if (!found) throw new Error(`no name ${name}`);
    const sheet = workbook.getWorksheet(sheetName(plan, found.sheet))!;
    return sheet.getCell(found.range.row + row + 1, found.range.col + col + 1);
  };
  const shown = (raw: QualityInputs[keyof QualityInputs]): ExcelJS.CellValue => {
    if (raw === undefined) return null;
    if (typeof raw === 'boolean') return raw ? YES_NO.yes[lang] : YES_NO.no[lang];
    const team = TEAM_OPTIONS.find((t) => t.id === raw);
    return team ? team.label[lang] : (raw as number);
  };
  c.quality.forEach((q, v) => SCORE_INPUTS.forEach((input, k) => (cell('vc_ScoreInputs', k, v).value = shown(q[input.key]))));
  c.settings.weights.forEach((w, k) => (cell('vc_Weights', k).value = w));
  cell('vc_PriceWeight').value = c.settings.priceWeight;
  cell('vc_PriceMethod').value = PRICE_METHODS.find((m) => m.id === c.settings.priceMethod)!.label[lang];
  return workbook;
}

function sheetName(plan: Plan, key: string): string {
  const sheet = plan.sheets.find((s) => s.key === key);
  if (!sheet) throw new Error(`no sheet ${key}`);
  return sheet.name;
}

/** A withheld score (undefined) must show one of `withheldAs`, never a number. */
function agrees(actual: unknown, expected: number | undefined, withheldAs: readonly ErrorType[] = [ErrorType.NA]): boolean {
  if (expected === undefined) return actual instanceof DetailedCellError && withheldAs.includes(actual.type);
  return typeof actual === 'number' && Math.abs(actual - expected) <= 1e-9 * Math.max(1, Math.abs(expected));
}

it('criterion, quality, price and overall scores and rank match the reference scoring', async () => {
  await fc.assert(
    fc.asyncProperty(cases, async (c) => {
      const data = Buffer.from((await workbookFor(c).xlsx.writeBuffer()) as ArrayBuffer);
      const wb = workbookToHyperFormula(await readXlsx(data));
      const demand = effectiveDemand(c.options);
      const costs = c.options.vendors.map((v) => computeCosts(pricesFromQuote(v), { ...c.options, demand }));
      const expected = computeScores(
        costs.map((r, v) => ({ tco: r.complete ? r.costs.tco : undefined, quality: c.quality[v]! })),
        c.settings,
      );
      const criteria = wb.named('vc_CriterionScores');
      const row = (name: string) => wb.named(name)[0]!;
      // Weights summing to 0 make the quality (and so the overall) score a division by zero.
      const noWeights = c.settings.weights.every((w) => w === 0);
      const qualityWithheldAs = noWeights ? [ErrorType.NA, ErrorType.DIV_BY_ZERO] : [ErrorType.NA];
      const mismatches: string[] = [];
      expected.forEach((s, v) => {
        type Check = [string, unknown, number | undefined, ErrorType[]?];
        const checks: Check[] = [
          ...s.criteria.map((score, k): Check => [CRITERIA[k]!.id, criteria[k]![v], score]),
          ['quality', row('vc_QualityScore')[v], s.quality, qualityWithheldAs],
          ['price', row('vc_PriceScore')[v], s.price],
          ['overall', row('vc_Overall')[v], s.overall, qualityWithheldAs],
          ['rank', row('vc_Rank')[v], s.rank],
        ];
        for (const [what, actual, want, withheldAs] of checks) {
          if (!agrees(actual, want, withheldAs)) mismatches.push(`vendor ${v + 1} ${what}: sheet ${String(actual)} vs reference ${String(want)}`);
        }
        // The status row names exactly the criteria the reference leaves without a score.
        const status = String(row('vc_ScoreStatus')[v]);
        const named = CRITERIA.filter((cr) => status.includes(`${cr.id} `)).map((cr) => cr.id);
        const withheld = CRITERIA.filter((_, k) => s.criteria[k] === undefined).map((cr) => cr.id);
        if (named.join() !== withheld.join()) mismatches.push(`vendor ${v + 1} status “${status}” vs criteria without a score ${withheld.join()}`);
      });
      if (mismatches.length > 0) throw new Error(mismatches.join('\n'));
    }),
    { numRuns: 30 },
  );
});

it('the generated cases include incomplete vendors, withheld criteria and both price methods', () => {
  // Guards the generator: a property that never meets these cases would prove nothing about them.
  const sample = fc.sample(cases, { numRuns: 200, seed: 7 });
  const incomplete = sample.filter((c) =>
    c.options.vendors.some((v) => !computeCosts(pricesFromQuote(v), { ...c.options, demand: effectiveDemand(c.options) }).complete),
  );
  expect(incomplete.length).toBeGreaterThan(20);
  expect(sample.some((c) => c.quality.some((q) => Object.values(q).includes(undefined)))).toBe(true);
  expect(new Set(sample.map((c) => c.settings.priceMethod))).toEqual(new Set(['lowest', 'linear']));
  expect(sample.some((c) => c.quality.some((q) => q.responseNormal === 0))).toBe(true);
  expect(sample.some((c) => c.settings.weights.every((w) => w === 0))).toBe(true);
  expect(sample.some((c) => Math.abs(c.settings.weights.reduce((s, w) => s + w, 0) - 1) > 1e-9)).toBe(true);
});
