/**
 * Properties: for random inputs of every model, the formulas computed by HyperFormula equal the
 * reference calculator to a relative 1e-9 - complete vendors through a real .xlsx; vendors with
 * inputs left blank (the status names exactly what the calculator misses, costs are #N/A);
 * models, tiers and billing periods switched in the sheet after writing; vendors quoting in
 * another currency with an exchange-rate table.
 */
import fc from 'fast-check';
import { computeCosts, type VendorPrices } from '../../src/core/costs/costModel';
import { pricesFromQuote } from '../../src/core/costs/fromQuote';
import { effectiveDemand, type TemplateOptions } from '../../src/core/options';
import type { Plan } from '../../src/core/plan/types';
import { planTemplate } from '../../src/core/template/planTemplate';
import { compareVendor, type ReadNamed } from '../support/costChecks';
import { loadPlan, type LoadedWorkbook } from '../support/hyperformula';
import { applyEditsToHyperFormula, fromHyperFormula, type CellEdit } from '../support/namedCells';
import { planToXlsx, readXlsx, workbookToHyperFormula } from '../support/xlsxWorkbook';
import {
  currencyOptions,
  incompleteVendorQuote,
  sparseDemand,
  switchEdits,
  switchedOptions,
  switchedPrices,
  templateOptions,
} from './arbitraries';

const options = templateOptions();

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

/**
 * The plan loaded straight into HyperFormula (the .xlsx round trip is the property above's
 * business; skipping it keeps these fast), `edits` typed in, then every vendor compared with
 * the calculator's result for `prices[i]`.
 */
function compareAll(o: TemplateOptions, prices: VendorPrices[], edits: CellEdit[] = []): void {
  const plan: Plan = planTemplate(o);
  const wb: LoadedWorkbook = loadPlan(plan);
  applyEditsToHyperFormula(plan, wb, edits);
  const read: ReadNamed = (name, row, vendor) => fromHyperFormula(wb.named(name)[row]?.[vendor]);
  const demand = effectiveDemand(o);
  const mismatches = prices.flatMap((p, i) => compareVendor(read, i, computeCosts(p, { ...o, demand }), p, o.language, o.termYears));
  if (mismatches.length > 0) throw new Error(mismatches.join('\n'));
}

describe('incomplete vendors', () => {
  const incomplete = templateOptions(4, incompleteVendorQuote, sparseDemand);

  it('the generator makes complete and incomplete vendors alike (else the property proves little)', () => {
    const vendors = fc.sample(incomplete, { numRuns: 100, seed: 7 }).flatMap((o) => o.vendors.map((v) => computeCosts(pricesFromQuote(v), { ...o, demand: effectiveDemand(o) })));
    const complete = vendors.filter((r) => r.complete).length;
    expect(complete / vendors.length).toBeGreaterThan(0.15);
    expect(complete / vendors.length).toBeLessThan(0.85);
  });

  it('"Complete" exactly when the calculator is; otherwise the status lists its missing inputs and the costs are #N/A', () => {
    fc.assert(
      fc.property(incomplete, (o) => compareAll(o, o.vendors.map(pricesFromQuote))),
      { numRuns: 50 },
    );
  });
});

describe('pricing models switched in the sheet after writing', () => {
  it('the costs (or the missing inputs) are those of the new model, tier and billing', () => {
    fc.assert(
      fc.property(switchedOptions(), (s) =>
        compareAll(
          s.options,
          s.options.vendors.map((v, i) => switchedPrices(v, s.switches[i])),
          switchEdits(s),
        ),
      ),
      { numRuns: 50 },
    );
  });
});

describe('vendors quoting in another currency', () => {
  it('costs are converted at the first rate of the quote currency; no positive rate is a missing input', () => {
    fc.assert(
      fc.property(currencyOptions(), (o) => compareAll(o, o.vendors.map(pricesFromQuote))),
      { numRuns: 50 },
    );
  });
});
