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
 * Each vendor's TCO at a demand multiplier, every multiplier computed once (the break-even scan
 * and the verdict share points). A multiplier > 0 keeps every zero demand zero and every other one
 * non-zero, so a vendor complete at x1 stays complete (no input becomes required).
 */
export type TcoAt = (multiplier: number) => readonly number[];

export function tcoCurve(prices: readonly VendorPrices[], a: CostAssumptions): TcoAt {
  const cache = new Map<number, number[]>();
  return (multiplier) => {
    let tcos = cache.get(multiplier);
    if (!tcos) {
      const scaled = scaledAssumptions(a, multiplier);
      tcos = prices.map((p) => {
        const result = computeCosts(p, scaled);
        if (!result.complete) throw new Error('tcoCurve: a vendor complete at x1 is incomplete at another demand');
        return result.costs.tco;
      });
      cache.set(multiplier, tcos);
    }
    return tcos;
  };
}

/** The curve of some of the curve's vendors, by their positions in it. */
export function tcoOf(curve: TcoAt, positions: readonly number[]): TcoAt {
  return (multiplier) => {
    const all = curve(multiplier);
    return positions.map((p) => all[p]!);
  };
}

/** Index of the cheapest (first on a tie), or null for no vendor. */
export function cheapest(tcos: readonly number[]): number | null {
  return lowestOf(tcos, [...tcos.keys()]);
}

function rankOf(tcos: readonly number[]): number[] {
  return tcos.map((t) => tcos.filter((o) => o < t).length + 1);
}

/** TCO, TCO rank and cheapest of the vendors `names` (the curve's order) at each multiplier. */
export function demandPoints(names: readonly string[], tcoAt: TcoAt, multipliers: readonly number[] = DEMAND_MULTIPLIERS): DemandPoint[] {
  return multipliers.map((multiplier) => {
    const tcos = tcoAt(multiplier);
    const ranks = rankOf(tcos);
    const first = cheapest(tcos);
    return {
      multiplier,
      tco: Object.fromEntries(names.map((name, i) => [name, tcos[i]!])),
      rank: Object.fromEntries(names.map((name, i) => [name, ranks[i]!])),
      cheapest: first === null ? null : names[first]!,
    };
  });
}

/**
 * Where a vendor's TCO bends: the multipliers at which a year's hours reach its included hours
 * (the cap of all-inclusive, the tier's or subscription's hours). Between two such points every
 * TCO is a straight line in the multiplier (escalation and exchange rate only scale it).
 */
export function kinks(prices: readonly VendorPrices[], a: CostAssumptions): number[] {
  const points: number[] = [];
  for (const p of prices) {
    const { included } = supportParameters(p);
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
 * Scan: every kink, and every 0.1 as a safety net. Between two neighbouring scan points every TCO
 * is linear, so two vendors cross there at most once and each vendor is cheapest on at most one
 * stretch (the lower envelope of lines). A vendor with a cap can cross another twice (cheaper
 * below the cap, dearer above it, cheaper again past the other's cap), but only with a kink
 * between the crossings, and every kink is a scan point: so where the same vendor is cheapest at
 * both ends of a stretch it is cheapest throughout, and no double crossing is missed, however
 * close. Where the cheapest differs at the two ends, bisection finds the change; if a third
 * vendor is cheapest in the middle, both halves are searched. Only a vendor cheapest on a stretch
 * narrower than 1e-7 can be missed. (A fixed grid alone, even every 0.01, would miss two
 * crossings closer than its step; the kinks make the step irrelevant, so it stays coarse.)
 */
export function breakEvens(names: readonly string[], tcoAt: TcoAt, bends: readonly number[]): BreakEven[] {
  if (names.length < 2) return [];
  const { from, to } = BREAK_EVEN_RANGE;
  const grid = Array.from({ length: Math.round((to - from) * 10) + 1 }, (_, k) => (Math.round(from * 10) + k) / 10);
  const scan = [...new Set([...grid, ...bends.filter((m) => m > from && m < to)])].sort((x, y) => x - y);
  const cheapestAt = (m: number) => cheapest(tcoAt(m))!;
  const found: BreakEven[] = [];
  const search = (lo: number, cLo: number, hi: number, cHi: number): void => {
    if (hi - lo <= PRECISION) {
      found.push({ multiplier: round2((lo + hi) / 2), from: names[cLo]!, to: names[cHi]! });
      return;
    }
    const mid = (lo + hi) / 2;
    const cMid = cheapestAt(mid);
    if (cMid !== cLo) search(lo, cLo, mid, cMid);
    if (cMid !== cHi) search(mid, cMid, hi, cHi);
  };
  let previous = cheapestAt(scan[0]!);
  for (let k = 1; k < scan.length; k++) {
    const current = cheapestAt(scan[k]!);
    if (current !== previous) search(scan[k - 1]!, previous, scan[k]!, current);
    previous = current;
  }
  return found;
}
