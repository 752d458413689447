import type { VendorQuote } from '../options';
import type { VendorPrices } from './costModel';

/** A quotes-file vendor as the calculator sees it (tier table flattened to the sheet's rows). */
export function pricesFromQuote(v: VendorQuote): VendorPrices {
  return {
    model: v.model,
    ...(v.currency ? { currency: v.currency } : {}),
    platformFee: v.platformFee,
    setupFee: v.setupFee,
    customizationFee: v.customizationFee,
    escalation: v.escalation,
    dayRate: v.dayRate,
    includedHours: v.includedHours,
    overageRate: v.overageRate,
    tier: v.tier,
    basicFee: v.tiers?.basic?.fee,
    basicHours: v.tiers?.basic?.hours,
    enterpriseFee: v.tiers?.enterprise?.fee,
    enterpriseHours: v.tiers?.enterprise?.hours,
    flagshipFee: v.tiers?.flagship?.fee,
    flagshipHours: v.tiers?.flagship?.hours,
    hourlyRate: v.hourlyRate,
    incidentFee: v.incidentFee,
    subscriptionFee: v.subscriptionFee,
    billing: v.billing,
  };
}
