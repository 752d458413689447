import type { TierId } from './models';

/**
 * The coverage items each tier of the tiered model includes (DOMAIN.md section 2): Basic is tickets
 * only; Enterprise adds a dedicated technical manager and regular reviews, which are no coverage
 * item; Flagship adds on-site service and architecture consulting. Higher tiers include the lower.
 */
const ADDED_BY_TIER: Record<TierId, readonly string[]> = {
  basic: ['L1-1'],
  enterprise: [],
  flagship: ['L3-1', 'L3-3'],
};

const ORDER: readonly TierId[] = ['basic', 'enterprise', 'flagship'];

/** The item ids (SUPPORT_LAYERS) a tier includes, its own and those of the tiers below it. */
export function tierItems(tier: TierId): string[] {
  return ORDER.slice(0, ORDER.indexOf(tier) + 1).flatMap((t) => ADDED_BY_TIER[t]);
}

/** The on-site support item: its status on Coverage and the day rate on Pricing must agree. */
export const ONSITE_ITEM = 'L3-3';
