/**
 * Property: for random valid inputs of every model, the formulas written to a real .xlsx and
 * computed by HyperFormula equal the reference calculator to a relative 1e-9.
 */
import fc from 'fast-check';
import { computeCosts } from '../../src/core/costs/costModel';
import { pricesFromQuote } from '../../src/core/costs/fromQuote';
import { effectiveDemand } from '../../src/core/options';
import { planTemplate } from '../../src/core/template/planTemplate';
import { planToXlsx, readXlsx, workbookToHyperFormula } from '../support/xlsxWorkbook';
import { templateOptions } from './arbitraries';

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
