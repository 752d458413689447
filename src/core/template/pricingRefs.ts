import { PRICING_INPUTS, type PricingInputKey } from '../catalogue/pricingInputs';
import type { PricingRefs } from '../formulas/pricingFormulas';
import { cellAddress, quoteSheet } from '../plan/a1';
import type { PlanContext } from './context';
import { ASSUMPTIONS, PRICING, pricingComputedRows, pricingInputRows } from './layout';

const DEMAND_COLS = { dev: 1, ops: 2, incidents: 3, days: 4 } as const;

/** The formula builders' view of a freshly planned template (1-based rows). */
export function layoutPricingRefs(ctx: PlanContext): PricingRefs {
  const inputs = pricingInputRows().rows;
  const c = pricingComputedRows();
  const inputRows = Object.fromEntries(PRICING_INPUTS.map((i) => [i.key, inputs[i.key] + 1])) as Record<PricingInputKey, number>;
  const assumptions = quoteSheet(ctx.sheetNames.assumptions);
  return {
    language: ctx.language,
    modelRow: PRICING.modelRow + 1,
    inputRows,
    rows: {
      missing: c.missingRow + 1,
      status: c.statusRow + 1,
      tierFee: c.tierFeeRow + 1,
      tierHours: c.tierHoursRow + 1,
      subscriptionYear: c.subscriptionYearRow + 1,
      hoursFirst: c.hoursFirstRow + 1,
      supportFirst: c.supportFirstRow + 1,
      costFirst: c.costFirstRow + 1,
      tco: c.tcoRow + 1,
      npv: c.npvRow + 1,
      perUserMonth: c.perUserMonthRow + 1,
      supportShare: c.supportShareRow + 1,
      tcoForRanking: c.tcoForRankingRow + 1,
    },
    demand: (kind, year) =>
      `${assumptions}!${cellAddress(ASSUMPTIONS.demandFirstRow + year - 1, DEMAND_COLS[kind], true)}`,
  };
}
