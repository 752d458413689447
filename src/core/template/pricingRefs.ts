import { PRICING_INPUTS, type PricingInputKey } from '../catalogue/pricingInputs';
import type { PricingRefs } from '../formulas/pricingFormulas';
import { cellAddress, quoteSheet } from '../plan/a1';
import type { PlanContext } from './context';
import { ASSUMPTIONS, DEMAND_COLUMNS, PRICING, computedRowNumbers, pricingInputRows } from './layout';

/** The formula builders' view of a freshly planned template (1-based rows). */
export function layoutPricingRefs(ctx: PlanContext): PricingRefs {
  const inputs = pricingInputRows().rows;
  const inputRows = Object.fromEntries(PRICING_INPUTS.map((i) => [i.key, inputs[i.key] + 1])) as Record<PricingInputKey, number>;
  const assumptions = quoteSheet(ctx.sheetNames.assumptions);
  return {
    language: ctx.language,
    modelRow: PRICING.modelRow + 1,
    quoteCurrencyRow: PRICING.quoteCurrencyRow + 1,
    inputRows,
    rows: computedRowNumbers(),
    demand: (kind, year) =>
      `${assumptions}!${cellAddress(ASSUMPTIONS.demandFirstRow + year - 1, DEMAND_COLUMNS[kind].col, true)}`,
  };
}
