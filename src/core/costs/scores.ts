/**
 * Reference scoring (DOMAIN.md section 3): criteria normalised to 0-100, weighted quality score,
 * price score, overall score and rank. An input not given withholds the score (undefined).
 */
import type { PriceMethod, TeamId } from '../catalogue/criteria';
import { TEAM_OPTIONS } from '../catalogue/criteria';

/**
 * A vendor's Scorecard inputs. A yes/no or team input may also be a number: the consensus of
 * evaluators who chose differently, as the mean of their choices' 0-100 scores (consensus.ts).
 */
export interface QualityInputs {
  responseNormal?: number;
  responseUrgent?: number;
  coverage247?: boolean | number;
  depth?: number;
  proactiveness?: number;
  team?: TeamId | number;
  dedicatedManager?: boolean | number;
  experts?: number;
  scenarioFit?: number;
}

export interface ScoreSettings {
  /** Weights of C1..C6 as fractions. */
  weights: readonly number[];
  priceWeight: number;
  priceMethod: PriceMethod;
}

export interface VendorScores {
  criteria: (number | undefined)[];
  quality?: number;
  price?: number;
  overall?: number;
  rank?: number;
}

const rating = (r: number | undefined) => (r === undefined ? undefined : (r / 5) * 100);
const yesNo = (b: boolean | number | undefined) => (b === undefined || typeof b === 'number' ? b : b ? 100 : 0);

/** Hours, lower is better: best / value x 100, where best is the lowest among all vendors. */
function hoursScore(value: number | undefined, all: (number | undefined)[]): number | undefined {
  if (value === undefined) return undefined;
  if (value === 0) return 100;
  const given = all.filter((v): v is number => v !== undefined);
  return (Math.min(...given) / value) * 100;
}

function mean(values: (number | undefined)[]): number | undefined {
  if (values.some((v) => v === undefined)) return undefined;
  return (values as number[]).reduce((s, v) => s + v, 0) / values.length;
}

export function criterionScores(q: QualityInputs, all: QualityInputs[]): (number | undefined)[] {
  const c1 = mean([
    hoursScore(
      q.responseNormal,
      all.map((a) => a.responseNormal),
    ),
    hoursScore(
      q.responseUrgent,
      all.map((a) => a.responseUrgent),
    ),
  ]);
  const team = q.team === undefined || typeof q.team === 'number' ? q.team : TEAM_OPTIONS.find((t) => t.id === q.team)?.score;
  const c5 = mean([team, yesNo(q.dedicatedManager), rating(q.experts)]);
  return [c1, yesNo(q.coverage247), rating(q.depth), rating(q.proactiveness), c5, rating(q.scenarioFit)];
}

/** Price score of `tco` among the complete vendors' TCOs. */
export function priceScore(tco: number | undefined, allTco: (number | undefined)[], method: PriceMethod): number | undefined {
  if (tco === undefined) return undefined;
  const given = allTco.filter((t): t is number => t !== undefined);
  const min = Math.min(...given);
  const max = Math.max(...given);
  if (method === 'linear') return max === min ? 100 : 100 * (1 - (tco - min) / (max - min));
  return tco === 0 ? 100 : (min / tco) * 100;
}

export function computeScores(vendors: { tco: number | undefined; quality: QualityInputs }[], settings: ScoreSettings): VendorScores[] {
  const qualities = vendors.map((v) => v.quality);
  const tcos = vendors.map((v) => v.tco);
  const weightSum = settings.weights.reduce((s, w) => s + w, 0);
  const scores: VendorScores[] = vendors.map((v) => {
    const criteria = criterionScores(v.quality, qualities);
    const complete = criteria.every((c) => c !== undefined);
    // Weights summing to 0 give no quality score (the sheet shows #DIV/0!), never NaN ranked first.
    const quality = complete && weightSum > 0 ? criteria.reduce<number>((s, c, i) => s + (settings.weights[i] ?? 0) * c!, 0) / weightSum : undefined;
    const price = priceScore(v.tco, tcos, settings.priceMethod);
    const overall = quality !== undefined && price !== undefined ? settings.priceWeight * price + (1 - settings.priceWeight) * quality : undefined;
    return { criteria, quality, price, overall };
  });
  for (const s of scores) {
    if (s.overall === undefined) continue;
    s.rank = scores.filter((o) => o.overall !== undefined && o.overall > s.overall!).length + 1;
  }
  return scores;
}
