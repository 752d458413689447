/**
 * A short hash of every input the decision check depends on, so a sheet that shows written
 * results can tell when they are out of date (recompute the fingerprint, compare).
 *
 * Hashed, as read by the reference calculator (so "Yes" and "yes" are the same input), in order:
 *  1. the assumptions: term, users, discount rate, comparison currency, the exchange-rate table
 *     (currency, rate per row), then per contract year within the term: dev hours, ops hours,
 *     incidents, on-site days; or null when the assumptions are unusable;
 *  2. per vendor, in workbook order: name, pricing model, quote currency, then every pricing
 *     input in the catalogue's order (PRICING_INPUTS: tier fees and hours, platform fee, setup
 *     fee, customisation fee, escalation, day rate, included hours, overage rate, tier, hourly
 *     rate, incident fee, subscription fee, billing), then the quality inputs in Scorecard order
 *     (SCORE_INPUTS: response normal, response urgent, 7x24, depth, proactiveness, team,
 *     dedicated manager, experts, scenario fit);
 *  3. the weights of C1-C6, the price weight, the price method;
 *  4. the abnormally-low threshold.
 * Evaluator blocks are not hashed separately: the check reads the consensus quality inputs
 * (item 2), and the disagreements come from the evaluators' scores (see disagreements.ts).
 */
import { PRICING_INPUTS } from '../catalogue/pricingInputs';
import { SCORE_INPUTS } from '../catalogue/criteria';
import { fingerprint } from '../packs/identity';
import type { DecisionInputs } from './inputs';

/** A value JSON keeps apart: a blank (undefined) is null, a number that is not finite (text typed in a price) is its name. */
function plain(value: unknown): unknown {
  if (value === undefined) return null;
  if (typeof value === 'number' && !Number.isFinite(value)) return String(value);
  return value;
}

export function decisionFingerprint(inputs: DecisionInputs): string {
  const a = inputs.assumptions;
  const assumptions = a && [
    a.termYears,
    a.users,
    a.discountRate,
    a.currency ?? '',
    (a.fx ?? []).map((r) => [r.currency, plain(r.rate)]),
    a.demand.slice(0, a.termYears).map((d) => [d.devHours, d.opsHours, d.incidents, d.onsiteDays]),
  ];
  const vendors = inputs.vendors.map((v) => [
    v.name,
    plain(v.prices.model),
    plain(v.prices.currency),
    PRICING_INPUTS.map((input) => plain(v.prices[input.key])),
    SCORE_INPUTS.map((input) => plain(v.quality[input.key])),
  ]);
  const s = inputs.settings;
  const settings = [s.weights.map(plain), plain(s.priceWeight), s.priceMethod];
  return fingerprint(JSON.stringify([assumptions, vendors, settings, plain(inputs.abnormalThreshold)]));
}
