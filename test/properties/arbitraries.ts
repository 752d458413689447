/**
 * fast-check generators shared by the property tests: complete vendor quotes of every model and
 * template options around them.
 */
import fc from 'fast-check';
import { MODEL_IDS, TIERS } from '../../src/core/catalogue/models';
import type { DemandYear, TemplateOptions, VendorQuote } from '../../src/core/options';

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

export const demandYear: fc.Arbitrary<DemandYear> = fc.record({
  devHours: hours,
  opsHours: hours,
  incidents: fc.integer({ min: 0, max: 500 }),
  onsiteDays: fc.integer({ min: 0, max: 365 }),
});

/** Template options: term 1-10, any discount rate 0-30%, 10 years of demand, named vendors. */
export function templateOptions(maxVendors = 4): fc.Arbitrary<TemplateOptions> {
  return fc
    .record({
      termYears: fc.integer({ min: 1, max: 10 }),
      users: fc.integer({ min: 1, max: 1_000_000 }),
      discountRate: fc.integer({ min: 0, max: 3000 }).map((bp) => bp / 10000),
      demand: fc.array(demandYear, { minLength: 10, maxLength: 10 }),
      vendors: fc.array(vendorQuote, { minLength: 1, maxLength: maxVendors }),
      language: fc.constantFrom('en' as const, 'zh' as const),
    })
    .map((o) => ({ ...o, currency: 'CNY', scenarios: [], fx: [], vendors: o.vendors.map((v, i) => ({ ...v, name: `Vendor ${i + 1}` })) }));
}
