/**
 * Property: for random valid inputs of every model, the formulas written to a real .xlsx and
 * computed by HyperFormula equal the reference calculator to a relative 1e-9.
 */
import fc from 'fast-check';
import { MODEL_IDS, TIERS } from '../../src/core/catalogue/models';
import { computeCosts } from '../../src/core/costs/costModel';
import { pricesFromQuote } from '../../src/core/costs/fromQuote';
import { effectiveDemand, type TemplateOptions, type VendorQuote } from '../../src/core/options';
import { planTemplate } from '../../src/core/template/planTemplate';
import { planToXlsx, readXlsx, workbookToHyperFormula } from '../support/xlsxWorkbook';

// Money in cents, as prices are quoted: zero, small and very large amounts.
const money = fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 5_000_000 }), fc.integer({ min: 0, max: 1e9 }).map((c) => c / 100));
const hours = fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 2000 }), fc.integer({ min: 0, max: 1_000_000 }));

const vendor: fc.Arbitrary<VendorQuote> = fc.record({
  name: fc.constant('v'),
  model: fc.constantFrom(...MODEL_IDS),
  platformFee: money,
  setupFee: fc.option(money, { nil: undefined }),
  customizationFee: fc.option(money, { nil: undefined }),
  escalation: fc.option(fc.integer({ min: 0, max: 1500 }).map((bp) => bp / 10000), { nil: undefined }),
  dayRate: money,
  includedHours: hours,
  overageRate: money,
  tier: fc.constantFrom(...TIERS.map((t) => t.id)),
  tiers: fc.record({
    basic: fc.record({ fee: money, hours }),
    enterprise: fc.record({ fee: money, hours }),
    flagship: fc.record({ fee: money, hours }),
  }),
  hourlyRate: money,
  incidentFee: money,
  subscriptionFee: money,
  billing: fc.constantFrom('monthly' as const, 'yearly' as const),
});

const demandYear = fc.record({ devHours: hours, opsHours: hours, incidents: fc.integer({ min: 0, max: 500 }), onsiteDays: fc.integer({ min: 0, max: 365 }) });

const options: fc.Arbitrary<TemplateOptions> = fc
  .record({
    termYears: fc.integer({ min: 1, max: 10 }),
    users: fc.integer({ min: 1, max: 1_000_000 }),
    discountRate: fc.integer({ min: 0, max: 3000 }).map((bp) => bp / 10000),
    demand: fc.array(demandYear, { minLength: 10, maxLength: 10 }),
    vendors: fc.array(vendor, { minLength: 1, maxLength: 4 }),
    language: fc.constantFrom('en' as const, 'zh' as const),
  })
  .map((o) => ({ ...o, currency: 'CNY', scenarios: [], vendors: o.vendors.map((v, i) => ({ ...v, name: `Vendor ${i + 1}` })) }));

function close(actual: unknown, expected: number): boolean {
  return typeof actual === 'number' && Math.abs(actual - expected) <= 1e-9 * Math.max(1, Math.abs(expected));
}

it('year costs, TCO, NPV, cost per user and support share match the reference calculator', async () => {
  await fc.assert(
    fc.asyncProperty(options, async (o) => {
      const wb = workbookToHyperFormula(await readXlsx(await planToXlsx(planTemplate(o))));
      const yearCost = wb.named('vc_YearCost');
      const named = (name: string) => wb.named(name)[0]!;
      o.vendors.forEach((v, i) => {
        const result = computeCosts(pricesFromQuote(v), { ...o, demand: effectiveDemand(o) });
        if (!result.complete) throw new Error(`generated an incomplete vendor: ${result.missing.join(',')}`);
        const c = result.costs;
        const checks: [string, unknown, number][] = [
          ...c.yearCost.map((cost, y): [string, unknown, number] => [`year ${y + 1}`, yearCost[y]![i], cost]),
          ['TCO', named('vc_TCO')[i], c.tco],
          ['NPV', named('vc_NPV')[i], c.npv],
          ['per user', named('vc_PerUserMonth')[i], c.perUserMonth],
          ['support share', named('vc_SupportShare')[i], c.supportShare],
        ];
        for (const [what, actual, expected] of checks) {
          if (!close(actual, expected)) throw new Error(`${v.model} ${what}: sheet ${String(actual)} vs reference ${expected}`);
        }
      });
    }),
    { numRuns: 40 },
  );
});
