/**
 * Abnormally low tenders (DOMAIN.md section 7; EU 2014/24/EU art. 69 asks the buyer to seek an
 * explanation): a complete vendor whose TCO is below threshold x the median TCO of the complete
 * vendors.
 */
import type { AbnormallyLow } from './types';

/** The middle value; for an even count the mean of the two middle ones. */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export function abnormallyLow(vendors: readonly { vendor: string; tco: number }[], threshold: number): AbnormallyLow[] {
  if (vendors.length === 0) return [];
  const m = median(vendors.map((v) => v.tco));
  return vendors.filter((v) => v.tco < threshold * m).map((v) => ({ vendor: v.vendor, tco: v.tco, median: m, threshold }));
}
