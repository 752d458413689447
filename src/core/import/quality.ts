/**
 * The quotes file's ratings (Scorecard inputs C1-C6), coverage statuses and weights (issue 9),
 * checked like the prices: every bad value is a problem naming vendor and field.
 */
import { CRITERIA, type TeamId } from '../catalogue/criteria';
import { PAID_UNITS, SUPPORT_LAYERS, type CoverageStatus, type PaidUnit } from '../catalogue/layers';
import type { QualityInputs } from '../costs/scores';
import type { VendorQuote, Weights } from '../options';
import { absent, type Checker, isPlainObject, join } from './checker';

const YES_NO = ['yes', 'no'] as const;
const TEAMS: Record<string, TeamId> = { 'in-house': 'inHouse', mixed: 'mixed', outsourced: 'outsourced' };
const STATUSES: Record<string, CoverageStatus> = { included: 'included', paid: 'paid', 'not-offered': 'notOffered', unknown: 'unknown' };
const UNIT_IDS = Object.keys(PAID_UNITS) as PaidUnit[];
const ITEM_IDS: readonly string[] = SUPPORT_LAYERS.flatMap((layer) => layer.items.map((item) => item.id));
const CRITERION_IDS: readonly string[] = CRITERIA.map((c) => c.id);

/** `"ratings": { "C1": { "normalHours": 4, "urgentHours": 1 }, "C2": "yes", "C3": 4, ... }` */
export function readRatings(value: unknown, check: Checker, field = 'ratings'): QualityInputs | undefined {
  const ratings = check.object(value, field, CRITERION_IDS);
  if (!ratings) return undefined;
  const inputs: QualityInputs = {};
  const set = <K extends keyof QualityInputs>(key: K, v: QualityInputs[K] | undefined) => {
    if (v !== undefined) inputs[key] = v;
  };
  const rating = (v: unknown, field: string) => check.whole(v, field, 1, 5);
  const yes = (v: unknown, field: string) => {
    const answer = check.oneOf(v, field, YES_NO);
    return answer === undefined ? undefined : answer === 'yes';
  };
  const c1 = check.object(ratings.C1, join(field, 'C1'), ['normalHours', 'urgentHours']);
  if (c1) {
    set('responseNormal', check.nonNegative(c1.normalHours, join(field, 'C1.normalHours')));
    set('responseUrgent', check.nonNegative(c1.urgentHours, join(field, 'C1.urgentHours')));
  }
  set('coverage247', yes(ratings.C2, join(field, 'C2')));
  set('depth', rating(ratings.C3, join(field, 'C3')));
  set('proactiveness', rating(ratings.C4, join(field, 'C4')));
  const c5 = check.object(ratings.C5, join(field, 'C5'), ['team', 'manager', 'experts']);
  if (c5) {
    const team = check.oneOf(c5.team, join(field, 'C5.team'), Object.keys(TEAMS));
    set('team', team === undefined ? undefined : TEAMS[team]);
    set('dedicatedManager', yes(c5.manager, join(field, 'C5.manager')));
    set('experts', rating(c5.experts, join(field, 'C5.experts')));
  }
  set('scenarioFit', rating(ratings.C6, join(field, 'C6')));
  return inputs;
}

/**
 * `"ratingsBy": { "Li": { ...ratings }, "Wang": { ... } }`: each listed evaluator's ratings of a
 * vendor. `ratings` alone means one evaluator, so it is refused when evaluators are listed (and
 * `ratingsBy` when they are not): a file never mixes the two shapes silently.
 */
export function readRatingsBy(
  raw: Record<string, unknown>,
  evaluators: readonly string[],
  check: Checker,
): Record<string, QualityInputs> | undefined {
  if (evaluators.length === 0) {
    if (!absent(raw.ratingsBy)) check.add('ratingsBy', { kind: 'ratingsShape', withEvaluators: false });
    return undefined;
  }
  if (!absent(raw.ratings)) check.add('ratings', { kind: 'ratingsShape', withEvaluators: true });
  const by = check.object(raw.ratingsBy, 'ratingsBy', evaluators);
  if (!by) return undefined;
  const result: Record<string, QualityInputs> = {};
  for (const name of evaluators) {
    const ratings = readRatings(by[name], check, join('ratingsBy', name));
    if (ratings) result[name] = ratings;
  }
  return result;
}

/**
 * `"coverage": { "L1-1": "included", "L3-3": "paid", "L4-1": { "paid": 200000, "unit": "one-off" }, ... }`:
 * an object marks the item Paid and gives its price (in the vendor's quote currency) and unit.
 */
export function readCoverage(value: unknown, check: Checker): Pick<VendorQuote, 'coverage' | 'paidPrices'> | undefined {
  const coverage = check.object(value, 'coverage', ITEM_IDS);
  if (!coverage) return undefined;
  const result: Required<Pick<VendorQuote, 'coverage' | 'paidPrices'>> = { coverage: {}, paidPrices: {} };
  for (const id of ITEM_IDS) {
    const entry = coverage[id];
    const field = join('coverage', id);
    if (absent(entry)) continue;
    if (!isPlainObject(entry)) {
      const status = check.oneOf(entry, field, Object.keys(STATUSES));
      if (status !== undefined) result.coverage[id] = STATUSES[status]!;
      continue;
    }
    result.coverage[id] = 'paid';
    const paid = check.object(entry, field, ['paid', 'unit'])!;
    const price = check.nonNegative(paid.paid, join(field, 'paid'));
    const unit = check.oneOf(paid.unit, join(field, 'unit'), UNIT_IDS);
    if (price !== undefined || unit !== undefined) result.paidPrices[id] = { ...(price !== undefined ? { price } : {}), ...(unit ? { unit } : {}) };
  }
  return result;
}

/** `"weights": { "C1": 0.25, ..., "C6": 0.10, "price": 0.4 }`: fractions; a weight left out keeps its default. */
export function readWeights(value: unknown, check: Checker): Weights | undefined {
  const keys = [...CRITERION_IDS, 'price'];
  const weights = check.object(value, 'weights', keys);
  if (!weights) return undefined;
  const result: Weights = {};
  for (const key of keys) {
    const weight = check.fraction(weights[key], join('weights', key));
    if (weight !== undefined) result[key] = weight;
  }
  return result;
}
