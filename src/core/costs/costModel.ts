/**
 * The reference cost calculator: DOMAIN.md's cost model in plain TypeScript, no spreadsheet.
 * It is what the formulas are proven against, and what `vendor-compare summary` prints.
 */
import type { ModelId } from '../catalogue/models';
import type { PricingInputKey } from '../catalogue/pricingInputs';
import type { DemandYear, FxRate, QuotedPrices } from '../options';
import { excelTrim } from '../snapshot/labels';
import { missingInputs } from './requiredInputs';

/** A vendor's prices as the calculator sees them: the tier table flattened to the sheet's rows. */
export interface VendorPrices extends QuotedPrices {
  model: ModelId | undefined;
  /** The quote currency; undefined or blank means the comparison currency. */
  currency?: string;
  basicFee?: number;
  basicHours?: number;
  enterpriseFee?: number;
  enterpriseHours?: number;
  flagshipFee?: number;
  flagshipHours?: number;
}

export interface CostAssumptions {
  termYears: number;
  users: number;
  discountRate: number;
  /** At least termYears entries; later ones are ignored. */
  demand: DemandYear[];
  /** The comparison currency and the rates of the others (absent: every vendor quotes in it). */
  currency?: string;
  fx?: readonly Pick<FxRate, 'currency' | 'rate'>[];
}

export interface VendorCosts {
  /** Support cost per contract year, escalation included. */
  support: number[];
  /** Total cost per contract year. */
  yearCost: number[];
  tco: number;
  npv: number;
  perUserMonth: number;
  supportShare: number;
}

export type MissingInput = PricingInputKey | 'model' | 'fxRate';

export type CostResult = { complete: true; costs: VendorCosts } | { complete: false; missing: MissingInput[] };

/** Units of the comparison currency for one unit of the vendor's; undefined when no usable rate.
 * Codes compare trimmed and ignoring case, as the sheet does (TRIM and "="); a currency listed
 * twice in the table is ambiguous, so it has no rate, as on the sheet. */
export function fxRateFor(prices: Pick<VendorPrices, 'currency'>, a: Pick<CostAssumptions, 'currency' | 'fx'>): number | undefined {
  const code = (text: string | undefined) => excelTrim(text ?? '').toLocaleUpperCase();
  const quote = code(prices.currency);
  if (quote === '' || quote === code(a.currency)) return 1;
  const rows = (a.fx ?? []).filter((r) => code(r.currency) === quote);
  const rate = rows.length === 1 ? rows[0]!.rate : undefined;
  return rate !== undefined && Number.isFinite(rate) && rate > 0 ? rate : undefined;
}

/** The support parameters of DOMAIN.md's table "How each model fills the parameters". */
export function supportParameters(p: VendorPrices): { fixed: number; included: number; rate: number; incidentFee: number } {
  const n = (v: number | undefined) => v ?? 0;
  switch (p.model) {
    case 'all-inclusive':
      return { fixed: 0, included: n(p.includedHours), rate: n(p.overageRate), incidentFee: 0 };
    case 'tiered': {
      const tier = p.tier ?? 'basic';
      return { fixed: n(p[`${tier}Fee`]), included: n(p[`${tier}Hours`]), rate: n(p.overageRate), incidentFee: 0 };
    }
    case 'pay-as-you-go':
      return { fixed: 0, included: 0, rate: n(p.hourlyRate), incidentFee: n(p.incidentFee) };
    case 'subscription': {
      const fee = n(p.subscriptionFee) * (p.billing === 'monthly' ? 12 : 1);
      return { fixed: fee, included: n(p.includedHours), rate: n(p.overageRate), incidentFee: 0 };
    }
    default:
      throw new Error('no pricing model');
  }
}

/** Excel's NPV: the first cash flow is discounted one period. */
export function npv(rate: number, flows: readonly number[]): number {
  return flows.reduce((sum, flow, i) => sum + flow / (1 + rate) ** (i + 1), 0);
}

export function computeCosts(prices: VendorPrices, a: CostAssumptions): CostResult {
  const fx = fxRateFor(prices, a);
  const missing: MissingInput[] = [...(fx === undefined && prices.model ? (['fxRate'] as const) : []), ...missingInputs(prices, a)];
  if (missing.length > 0 || fx === undefined) return { complete: false, missing };
  const { fixed, included, rate, incidentFee } = supportParameters(prices);
  const escalation = prices.escalation ?? 0;
  const dayRate = prices.dayRate ?? 0;
  const oneTime = (prices.setupFee ?? 0) + (prices.customizationFee ?? 0);
  const support: number[] = [];
  const yearCost: number[] = [];
  for (let y = 1; y <= a.termYears; y++) {
    const d = a.demand[y - 1] ?? { devHours: 0, opsHours: 0, incidents: 0, onsiteDays: 0 };
    const hours = d.devHours + d.opsHours;
    const factor = (1 + escalation) ** (y - 1);
    const base = fixed + rate * Math.max(0, hours - included) + incidentFee * d.incidents + dayRate * d.onsiteDays;
    support.push(base * factor * fx);
    yearCost.push((((prices.platformFee ?? 0) + base) * factor + (y === 1 ? oneTime : 0)) * fx);
  }
  const tco = yearCost.reduce((s, c) => s + c, 0);
  return {
    complete: true,
    costs: {
      support,
      yearCost,
      tco,
      npv: npv(a.discountRate, yearCost),
      perUserMonth: tco / (a.users * 12 * a.termYears),
      supportShare: tco === 0 ? 0 : support.reduce((s, c) => s + c, 0) / tco,
    },
  };
}
