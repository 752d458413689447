import type { CoverageStatus, PaidUnit } from './catalogue/layers';
import type { ContractStatus } from './catalogue/questions';
import type { BillingId, ModelId, TierId } from './catalogue/models';
import type { ScenarioId } from './catalogue/scenarios';
import type { Language } from './catalogue/text';
import type { QualityInputs } from './costs/scores';

/** One year of the buyer's support demand (DOMAIN.md cost model). */
export interface DemandYear {
  devHours: number;
  opsHours: number;
  incidents: number;
  onsiteDays: number;
}

export interface TierQuote {
  fee?: number;
  hours?: number;
}

/** The prices every model may have; undefined is "not given", never zero. */
export interface QuotedPrices {
  platformFee?: number;
  setupFee?: number;
  customizationFee?: number;
  escalation?: number;
  dayRate?: number;
  includedHours?: number;
  overageRate?: number;
  tier?: TierId;
  hourlyRate?: number;
  incidentFee?: number;
  subscriptionFee?: number;
  billing?: BillingId;
}

/** What a vendor quoted; any field may be absent (the template then leaves the cell to fill). */
export interface VendorQuote extends QuotedPrices {
  name: string;
  /** The currency of every price of this vendor; absent means the comparison currency. */
  currency?: string;
  model?: ModelId;
  tiers?: Partial<Record<TierId, TierQuote>>;
  answers?: Record<string, string>;
  /** Per question: is the answer in the contract, and where (a note or an evidence reference). */
  contract?: Record<string, { inContract?: ContractStatus; note?: string }>;
  /** The buyer's ratings of this vendor: the Scorecard's inputs (C1-C6), with one evaluator. */
  ratings?: QualityInputs;
  /** With evaluators named: each evaluator's ratings of this vendor, by evaluator name. */
  ratingsBy?: Record<string, QualityInputs>;
  /** Coverage status per support item id (L1-1 ... L4-3); an item left out stays Unknown. */
  coverage?: Record<string, CoverageStatus>;
  /** Per support item marked Paid: its price (in the vendor's quote currency) and what it is per. */
  paidPrices?: Record<string, { price?: number; unit?: PaidUnit }>;
}

/** Weights by criterion id (C1-C6) and "price", as fractions; one left out keeps its default. */
export type Weights = Partial<Record<string, number>>;

export interface TemplateOptions {
  language: Language;
  currency: string;
  termYears: number;
  users: number;
  discountRate: number;
  scenarios: ScenarioId[];
  /** One entry per contract year; shorter lists are padded with the default profile. */
  demand: DemandYear[];
  vendors: VendorQuote[];
  /** Exchange rates for the vendors' quote currencies (DOMAIN.md section 2). */
  fx: FxRate[];
  weights?: Weights;
  /** The evaluators rating the vendors (DOMAIN.md section 3, "Several evaluators"): one block of
   * Scorecard inputs each, averaged into the consensus. Absent or empty: one unnamed evaluator,
   * the Scorecard as it has always been. */
  evaluators?: string[];
}

/** One unit of `currency` is worth `rate` units of the comparison currency. */
export interface FxRate {
  currency: string;
  rate: number;
  date?: string;
  source?: string;
}

export const MAX_TERM_YEARS = 10;
export const MAX_VENDORS = 200;
export const MAX_VENDOR_NAME_LENGTH = 100;
/** Each evaluator adds a block of rows and a term to every consensus formula: a panel, not a crowd. */
export const MAX_EVALUATORS = 10;
export const MAX_EVALUATOR_NAME_LENGTH = 50;

/** Year 1 carries the integration work, later years mostly operations. */
export function defaultDemand(year: number): DemandYear {
  return year === 1 ? { devHours: 120, opsHours: 40, incidents: 6, onsiteDays: 2 } : { devHours: 20, opsHours: 60, incidents: 6, onsiteDays: 1 };
}

/** The demand of every year of the demand table: the buyer's figures, padded with the default profile. */
export function effectiveDemand(options: Pick<TemplateOptions, 'demand'>): DemandYear[] {
  return Array.from({ length: MAX_TERM_YEARS }, (_, i) => options.demand[i] ?? defaultDemand(i + 1));
}

export const DEFAULT_OPTIONS: Omit<TemplateOptions, 'vendors'> = {
  language: 'en',
  currency: 'CNY',
  termYears: 3,
  users: 500,
  discountRate: 0.08,
  scenarios: [],
  demand: [],
  fx: [],
};

export const CURRENCIES: readonly string[] = ['CNY', 'USD', 'EUR', 'GBP', 'JPY', 'HKD', 'SGD'];

/** Money without a currency symbol: the comparison currency can change, a fixed symbol would
 * go stale; labels name the currency live instead. */
export const MONEY_FORMAT = '#,##0;-#,##0';

/** A vendor-name problem, or null. Shared by the pane, the CLI and the import-file check. */
export type VendorListProblem =
  | { kind: 'none' }
  | { kind: 'tooMany'; max: number }
  | { kind: 'blank'; index: number }
  | { kind: 'tooLong'; index: number; max: number }
  | { kind: 'duplicate'; index: number; name: string };

export function vendorListProblem(names: readonly string[]): VendorListProblem | null {
  return nameListProblem(names, MAX_VENDORS, MAX_VENDOR_NAME_LENGTH);
}

/** The same rules for evaluator names (an empty list is allowed: one unnamed evaluator). */
export function evaluatorListProblem(names: readonly string[]): Exclude<VendorListProblem, { kind: 'none' }> | null {
  if (names.length === 0) return null;
  const problem = nameListProblem(names, MAX_EVALUATORS, MAX_EVALUATOR_NAME_LENGTH);
  return problem?.kind === 'none' ? null : problem;
}

function nameListProblem(names: readonly string[], max: number, maxLength: number): VendorListProblem | null {
  if (names.length === 0) return { kind: 'none' };
  if (names.length > max) return { kind: 'tooMany', max };
  const seen = new Set<string>();
  for (const [index, raw] of names.entries()) {
    const name = raw.trim();
    if (!name) return { kind: 'blank', index };
    if (name.length > maxLength) return { kind: 'tooLong', index, max: maxLength };
    const folded = name.toLocaleLowerCase();
    if (seen.has(folded)) return { kind: 'duplicate', index, name };
    seen.add(folded);
  }
  return null;
}
