import { PRICING_INPUTS, type PricingInputKey, type Requirement } from '../catalogue/pricingInputs';
import type { ModelId } from '../catalogue/models';
import type { CostAssumptions, VendorPrices } from './costModel';

/** Does the demand within the term make this conditional input necessary? */
export function demandNeeds(requirement: Requirement, a: Pick<CostAssumptions, 'termYears' | 'demand'>): boolean {
  const years = a.demand.slice(0, a.termYears);
  if (requirement === 'whenIncidents') return years.some((d) => d.incidents > 0);
  if (requirement === 'whenOnsiteDays') return years.some((d) => d.onsiteDays > 0);
  return true;
}

/** The inputs of `model` that must be given, given the demand and (for tiered) the chosen tier. */
export function requiredInputs(
  model: ModelId,
  tier: VendorPrices['tier'],
  a: Pick<CostAssumptions, 'termYears' | 'demand'>,
): PricingInputKey[] {
  return PRICING_INPUTS.filter((input) => {
    const requirement = input.required[model];
    if (!requirement) return false;
    if (requirement === 'chosenTier') return tier !== undefined && input.key.startsWith(tier);
    return demandNeeds(requirement, a);
  }).map((input) => input.key);
}

/** DOMAIN.md's "inputs each model needs": what is blank among them (a blank is missing, not 0),
 * and any input the model's formulas read that holds text (NaN), in sheet order. */
export function missingInputs(prices: VendorPrices, a: Pick<CostAssumptions, 'termYears' | 'demand'>): (PricingInputKey | 'model')[] {
  const model = prices.model;
  if (!model) return ['model'];
  const required = new Set(requiredInputs(model, prices.tier, a));
  const reads = (key: PricingInputKey) => {
    const input = PRICING_INPUTS.find((i) => i.key === key)!;
    if (input.required[model] === 'chosenTier') return required.has(key);
    return input.usedBy.includes(model);
  };
  return PRICING_INPUTS.map((i) => i.key).filter((key) => {
    const value = prices[key];
    if (required.has(key)) return value === undefined || (typeof value === 'number' && Number.isNaN(value));
    return typeof value === 'number' && Number.isNaN(value) && reads(key);
  });
}
