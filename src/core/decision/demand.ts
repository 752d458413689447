/**
 * Demand sensitivity (DOMAIN.md section 7): every year's demand (each field of DemandYear: hours,
 * incidents, on-site days) multiplied by a factor, each complete vendor's TCO and TCO rank, the
 * cheapest vendor, and the multipliers where the cheapest vendor changes (break-even).
 */
import { computeCosts, supportParameters, type CostAssumptions, type VendorPrices } from '../costs/costModel';
import type { DemandYear } from '../options';
import { lowestOf } from './standing';
import type { BreakEven, DemandPoint } from './types';

export const DEMAND_MULTIPLIERS: readonly number[] = [0.5, 1, 1.5, 2, 3];
/** Break-evens are searched in this range of multipliers and reported to 0.01. */
export const BREAK_EVEN_RANGE = { from: 0.1, to: 5 } as const;

export function scaledAssumptions(a: CostAssumptions, multiplier: number): CostAssumptions {
  const scale = (d: DemandYear) => Object.fromEntries(Object.entries(d).map(([k, v]) => [k, (v as number) * multiplier])) as unknown as DemandYear;
  return { ...a, demand: a.demand.map(scale) };
}

/**
 * TCO at a demand multiplier. A multiplier > 0 keeps every zero demand zero and every other one
 * non-zero, so a vendor complete at x1 stays complete (no input becomes required).
 */
export function tcoAt(prices: VendorPrices, a: CostAssumptions, multiplier: number): number {
  const result = computeCosts(prices, scaledAssumptions(a, multiplier));
  if (!result.complete) throw new Error('tcoAt: a vendor complete at x1 is incomplete at another demand');
  return result.costs.tco;
}

/** The complete vendors: their prices and names, in workbook order. */
export interface Priced {
  name: string;
  prices: VendorPrices;
}

function rankOf(tcos: readonly number[]): number[] {
  return tcos.map((t) => tcos.filter((o) => o < t).length + 1);
}

export function demandPoints(vendors: readonly Priced[], a: CostAssumptions, multipliers: readonly number[] = DEMAND_MULTIPLIERS): DemandPoint[] {
  return multipliers.map((multiplier) => {
    const tcos = vendors.map((v) => tcoAt(v.prices, a, multiplier));
    const ranks = rankOf(tcos);
    const cheapest = lowestOf(tcos, [...tcos.keys()]);
    return {
      multiplier,
      tco: Object.fromEntries(vendors.map((v, i) => [v.name, tcos[i]!])),
      rank: Object.fromEntries(vendors.map((v, i) => [v.name, ranks[i]!])),
      cheapest: cheapest === null ? null : vendors[cheapest]!.name,
    };
  });
}

/** Index of the cheapest vendor at `multiplier` (first in workbook order on a tie). */
export function cheapestAt(vendors: readonly Priced[], a: CostAssumptions, multiplier: number): number | null {
  const tcos = vendors.map((v) => tcoAt(v.prices, a, multiplier));
  return lowestOf(tcos, [...tcos.keys()]);
}

/**
 * Where a vendor's TCO bends: the multipliers at which a year's hours reach its included hours
 * (the cap of all-inclusive, the tier's or subscription's hours). Between two such points every
 * TCO is a straight line in the multiplier (escalation and exchange rate only scale it).
 */
export function kinks(vendors: readonly Priced[], a: CostAssumptions): number[] {
  const points: number[] = [];
  for (const v of vendors) {
    const { included } = supportParameters(v.prices);
    for (const d of a.demand.slice(0, a.termYears)) {
      const hours = d.devHours + d.opsHours;
      if (hours > 0 && included > 0) points.push(included / hours);
    }
  }
  return points;
}

/** Bisection stops when the change is known within this width, well inside the reported 0.01. */
const PRECISION = 1e-7;
const round2 = (m: number) => Math.round(m * 100) / 100;

/**
 * Every change of the cheapest vendor for multipliers in 0.1-5, in increasing order.
 *
 * Scan: every 0.01 and every kink. Between two neighbouring scan points every TCO is linear, so
 * two vendors cross there at most once and each vendor is cheapest on at most one stretch (the
 * lower envelope of lines); a vendor with a cap can still cross another twice (cheaper below the
 * cap, dearer above it, cheaper again past the other's cap), but never between two scan points
 * without a kink between them, and the kinks are scan points. Where the cheapest differs at the
 * two ends, bisection finds the change; if a third vendor is cheapest in the middle, both halves
 * are searched. Only a vendor cheapest on a stretch narrower than 1e-7 can be missed.
 */
export function breakEvens(vendors: readonly Priced[], a: CostAssumptions): BreakEven[] {
  if (vendors.length < 2) return [];
  const { from, to } = BREAK_EVEN_RANGE;
  const grid = Array.from({ length: Math.round((to - from) * 100) + 1 }, (_, k) => (Math.round(from * 100) + k) / 100);
  const scan = [...new Set([...grid, ...kinks(vendors, a).filter((m) => m > from && m < to)])].sort((x, y) => x - y);
  const cheapest = (m: number) => cheapestAt(vendors, a, m)!;
  const found: BreakEven[] = [];
  const search = (lo: number, cLo: number, hi: number, cHi: number): void => {
    if (hi - lo <= PRECISION) {
      found.push({ multiplier: round2((lo + hi) / 2), from: vendors[cLo]!.name, to: vendors[cHi]!.name });
      return;
    }
    const mid = (lo + hi) / 2;
    const cMid = cheapest(mid);
    if (cMid !== cLo) search(lo, cLo, mid, cMid);
    if (cMid !== cHi) search(mid, cMid, hi, cHi);
  };
  let previous = cheapest(scan[0]!);
  for (let k = 1; k < scan.length; k++) {
    const current = cheapest(scan[k]!);
    if (current !== previous) search(scan[k - 1]!, previous, scan[k]!, current);
    previous = current;
  }
  return found;
}
