/**
 * fast-check generators shared by the property tests: vendor quotes of every model (complete,
 * or with prices left blank), template options around them, pricing models switched in the
 * sheet after writing, and quote currencies with an exchange-rate table.
 */
import fc from 'fast-check';
import { BILLING_PERIODS, MODEL_IDS, TIERS, modelById, type BillingId, type ModelId, type TierId } from '../../src/core/catalogue/models';
import type { VendorPrices } from '../../src/core/costs/costModel';
import { pricesFromQuote } from '../../src/core/costs/fromQuote';
import type { DemandYear, FxRate, TemplateOptions, VendorQuote } from '../../src/core/options';
import type { CellEdit } from '../support/namedCells';

// Money in cents, as prices are quoted: zero, small and very large amounts.
export const money = fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 5_000_000 }), fc.integer({ min: 0, max: 1e9 }).map((c) => c / 100));
export const hours = fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 2000 }), fc.integer({ min: 0, max: 1_000_000 }));

/** A vendor with every price given, so it is complete whatever its model and the demand. */
export const vendorQuote: fc.Arbitrary<VendorQuote> = fc.record({
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

/** Given, or left blank about one time in `freq` (a blank price is missing, not zero). */
const blankable = <T>(a: fc.Arbitrary<T>, freq = 5) => fc.option(a, { nil: undefined, freq });

/** A vendor with any input possibly left blank: the model, prices, tier, billing. About a third
 * of them are complete, so the status and the costs are both exercised. */
export const incompleteVendorQuote: fc.Arbitrary<VendorQuote> = fc.record({
  name: fc.constant('v'),
  model: blankable(fc.constantFrom(...MODEL_IDS), 10),
  platformFee: blankable(money),
  setupFee: fc.option(money, { nil: undefined }),
  customizationFee: fc.option(money, { nil: undefined }),
  escalation: fc.option(fc.integer({ min: 0, max: 1500 }).map((bp) => bp / 10000), { nil: undefined }),
  dayRate: blankable(money),
  includedHours: blankable(hours),
  overageRate: blankable(money),
  tier: blankable(fc.constantFrom(...TIERS.map((t) => t.id))),
  tiers: fc.record({
    basic: fc.record({ fee: blankable(money), hours: blankable(hours) }),
    enterprise: fc.record({ fee: blankable(money), hours: blankable(hours) }),
    flagship: fc.record({ fee: blankable(money), hours: blankable(hours) }),
  }),
  hourlyRate: blankable(money),
  incidentFee: blankable(money),
  subscriptionFee: blankable(money),
  billing: blankable(fc.constantFrom('monthly' as const, 'yearly' as const)),
});

export const demandYear: fc.Arbitrary<DemandYear> = fc.record({
  devHours: hours,
  opsHours: hours,
  incidents: fc.integer({ min: 0, max: 500 }),
  onsiteDays: fc.integer({ min: 0, max: 365 }),
});

const tenYears = fc.array(demandYear, { minLength: 10, maxLength: 10 });

/** Ten years of demand with no incidents (or no on-site days) in the first n years, so the
 * per-incident fee and day rate are sometimes not needed within the term, sometimes only beyond it. */
export const sparseDemand: fc.Arbitrary<DemandYear[]> = fc
  .tuple(tenYears, fc.integer({ min: 0, max: 10 }), fc.integer({ min: 0, max: 10 }))
  .map(([years, quietIncidents, quietDays]) =>
    years.map((d, y) => ({ ...d, incidents: y < quietIncidents ? 0 : d.incidents, onsiteDays: y < quietDays ? 0 : d.onsiteDays })),
  );

/** Template options: term 1-10, any discount rate 0-30%, 10 years of demand, named vendors. */
export function templateOptions(
  maxVendors = 4,
  vendor: fc.Arbitrary<VendorQuote> = vendorQuote,
  demand: fc.Arbitrary<DemandYear[]> = tenYears,
): fc.Arbitrary<TemplateOptions> {
  return fc
    .record({
      termYears: fc.integer({ min: 1, max: 10 }),
      users: fc.integer({ min: 1, max: 1_000_000 }),
      discountRate: fc.integer({ min: 0, max: 3000 }).map((bp) => bp / 10000),
      demand,
      vendors: fc.array(vendor, { minLength: 1, maxLength: maxVendors }),
      language: fc.constantFrom('en' as const, 'zh' as const),
    })
    .map((o) => ({ ...o, currency: 'CNY', scenarios: [], fx: [], vendors: o.vendors.map((v, i) => ({ ...v, name: `Vendor ${i + 1}` })) }));
}

/**
 * What the buyer types over a vendor's model in the sheet after the template was written:
 * another model (null clears the cell), and sometimes another tier or billing period
 * (undefined leaves the cell as written, null clears it).
 */
export interface ModelSwitch {
  model: ModelId | null;
  tier?: TierId | null;
  billing?: BillingId | null;
}

const retyped = <T>(a: fc.Arbitrary<T>) => fc.option(fc.option(a, { nil: null, freq: 8 }), { nil: undefined, freq: 2 });

export const modelSwitch: fc.Arbitrary<ModelSwitch> = fc.record(
  {
    model: fc.option(fc.constantFrom(...MODEL_IDS), { nil: null, freq: 12 }),
    tier: retyped(fc.constantFrom(...TIERS.map((t) => t.id))),
    billing: retyped(fc.constantFrom(...BILLING_PERIODS.map((p) => p.id))),
  },
  { requiredKeys: ['model'] },
);

export interface SwitchedOptions {
  options: TemplateOptions;
  /** One per vendor. */
  switches: ModelSwitch[];
}

/** Complete vendors of random models, each switched in the sheet to a random model. */
export function switchedOptions(maxVendors = 4): fc.Arbitrary<SwitchedOptions> {
  return templateOptions(maxVendors).chain((options) =>
    fc.array(modelSwitch, { minLength: options.vendors.length, maxLength: options.vendors.length }).map((switches) => ({ options, switches })),
  );
}

/** The cells typed for `s.switches`, as the template's dropdowns show the choices. */
export function switchEdits(s: SwitchedOptions): CellEdit[] {
  const lang = s.options.language;
  return s.switches.flatMap((sw, vendor) => {
    const edits: CellEdit[] = [{ name: 'vc_Model', vendor, value: sw.model ? modelById(sw.model).label[lang] : null }];
    if (sw.tier !== undefined) edits.push({ name: 'vc_Tier', vendor, value: sw.tier ? TIERS.find((t) => t.id === sw.tier)!.label[lang] : null });
    if (sw.billing !== undefined) {
      edits.push({ name: 'vc_Billing', vendor, value: sw.billing ? BILLING_PERIODS.find((p) => p.id === sw.billing)!.label[lang] : null });
    }
    return edits;
  });
}

/** The vendor's prices as the calculator sees them once the switch was typed. */
export function switchedPrices(v: VendorQuote, sw: ModelSwitch | undefined): VendorPrices {
  const prices = pricesFromQuote(v);
  if (!sw) return prices;
  return {
    ...prices,
    model: sw.model ?? undefined,
    tier: sw.tier === undefined ? prices.tier : (sw.tier ?? undefined),
    billing: sw.billing === undefined ? prices.billing : (sw.billing ?? undefined),
  };
}

/** Codes of the FX table and the quote currencies; GBP is never in the table. */
const FX_CODES = ['USD', 'EUR', 'JPY'] as const;
const anyCase = (code: string) => fc.constantFrom(code, code.toLowerCase(), code.charAt(0) + code.slice(1).toLowerCase());

/** Up to four rows, a code possibly repeated (the first row counts, as MATCH finds it), a rate
 * sometimes 0 (no usable rate). */
export const fxTable: fc.Arbitrary<FxRate[]> = fc.array(
  fc.record({
    currency: fc.constantFrom(...FX_CODES).chain(anyCase),
    rate: fc.oneof(
      { weight: 6, arbitrary: fc.integer({ min: 1, max: 2_000_000 }).map((r) => r / 10_000) },
      { weight: 1, arbitrary: fc.constant(0) },
    ),
  }),
  { maxLength: 4 },
);

/** Complete vendors quoting in the comparison currency, a currency of the table, or one without a rate. */
export function currencyOptions(maxVendors = 4): fc.Arbitrary<TemplateOptions> {
  const quote = fc.option(fc.constantFrom('CNY', 'USD', 'EUR', 'JPY', 'GBP').chain(anyCase), { nil: undefined, freq: 4 });
  return fc
    .tuple(
      templateOptions(maxVendors),
      fc.constantFrom('CNY', 'USD'),
      fxTable,
      fc.array(quote, { minLength: maxVendors, maxLength: maxVendors }),
    )
    .map(([o, currency, fx, quotes]) => ({
      ...o,
      currency,
      fx,
      vendors: o.vendors.map((v, i) => {
        const code = quotes[i];
        return code === undefined ? v : { ...v, currency: code };
      }),
    }));
}
