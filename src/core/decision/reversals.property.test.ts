/**
 * Property: the rank reversals the check reports are exactly those a brute force finds. The
 * brute force below scores the vendors from DOMAIN.md section 3 directly (its own code, not the
 * reference calculator), re-scores every field with one complete vendor taken out (price
 * scores and C1's best response time over the vendors left), and compares every pair.
 */
import fc from 'fast-check';
import type { QualityInputs, ScoreSettings } from '../costs/scores';
import { rankReversals, TIE_TOLERANCE } from './reversals';
import type { Entry } from './standing';

const TEAM = { inHouse: 100, mixed: 50, outsourced: 0 } as const;

/** Overall score of each vendor of `field`, undefined where a TCO or an input is missing. */
function bruteOverall(field: Entry[], s: ScoreSettings): (number | undefined)[] {
  const tcos = field.flatMap((v) => (v.tco === undefined ? [] : [v.tco]));
  const lowest = Math.min(...tcos);
  const highest = Math.max(...tcos);
  const fastest = (key: 'responseNormal' | 'responseUrgent') =>
    Math.min(...field.flatMap((v) => (v.quality[key] === undefined ? [] : [v.quality[key]])));
  const bestNormal = fastest('responseNormal');
  const bestUrgent = fastest('responseUrgent');
  const weightSum = s.weights.reduce((a, b) => a + b, 0);
  return field.map(({ tco, quality: q }) => {
    if (tco === undefined || weightSum === 0) return undefined;
    const { responseNormal: n, responseUrgent: u, coverage247, depth, proactiveness, team, dedicatedManager, experts, scenarioFit } = q;
    if (n === undefined || u === undefined || coverage247 === undefined || depth === undefined || proactiveness === undefined) return undefined;
    if (team === undefined || dedicatedManager === undefined || experts === undefined || scenarioFit === undefined) return undefined;
    let price: number;
    if (s.priceMethod === 'linear') price = highest === lowest ? 100 : (100 * (highest - tco)) / (highest - lowest);
    else price = tco === 0 ? 100 : (100 * lowest) / tco;
    const hours = (value: number, best: number) => (value === 0 ? 100 : (100 * best) / value);
    const criteria = [
      (hours(n, bestNormal) + hours(u, bestUrgent)) / 2,
      yesNo(coverage247),
      depth * 20,
      proactiveness * 20,
      ((typeof team === 'number' ? team : TEAM[team]) + yesNo(dedicatedManager) + experts * 20) / 3,
      scenarioFit * 20,
    ];
    const quality = criteria.reduce((sum, c, i) => sum + c * s.weights[i]!, 0) / weightSum;
    return s.priceWeight * price + (1 - s.priceWeight) * quality;
  });
}

/** A yes/no input, or the evaluators' consensus of one (already 0-100). */
const yesNo = (value: boolean | number) => (typeof value === 'number' ? value : value ? 100 : 0);

/** "removed|ahead before|ahead after" for every flip, sorted. */
function bruteReversals(field: Entry[], names: string[], s: ScoreSettings): string[] {
  const before = bruteOverall(field, s);
  const found: string[] = [];
  for (let r = 0; r < field.length; r++) {
    if (before[r] === undefined) continue;
    const rest = field.filter((_, i) => i !== r);
    const restNames = names.filter((_, i) => i !== r);
    const after = bruteOverall(rest, s);
    for (let a = 0; a < rest.length; a++) {
      for (let b = 0; b < rest.length; b++) {
        const [x, y] = [names.indexOf(restNames[a]!), names.indexOf(restNames[b]!)];
        if (before[x] === undefined || before[y] === undefined) continue;
        // a strictly ahead of b before, b strictly ahead of a after.
        if (before[x]! - before[y]! > TIE_TOLERANCE && after[b]! - after[a]! > TIE_TOLERANCE)
          found.push(`${names[r]}|${restNames[a]}|${restNames[b]}`);
      }
    }
  }
  return found.sort();
}

const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined, freq: 40 });
const rating = maybe(fc.integer({ min: 1, max: 5 }));
const quality: fc.Arbitrary<QualityInputs> = fc.record({
  responseNormal: maybe(fc.constantFrom(0, 0.5, 1, 2, 4, 8, 24)),
  responseUrgent: maybe(fc.constantFrom(0.5, 1, 2, 4)),
  coverage247: maybe(fc.boolean()),
  depth: rating,
  proactiveness: rating,
  team: maybe(fc.constantFrom('inHouse' as const, 'mixed' as const, 'outsourced' as const)),
  dedicatedManager: maybe(fc.boolean()),
  experts: rating,
  scenarioFit: rating,
});
// Few distinct TCOs, so ties and shared lowest / highest TCOs occur.
const entry: fc.Arbitrary<Entry> = fc.record({
  tco: maybe(fc.constantFrom(0, 50_000, 80_000, 100_000, 100_000, 150_000, 240_000, 400_000)),
  quality,
});
const settings: fc.Arbitrary<ScoreSettings> = fc.record({
  weights: fc.array(fc.integer({ min: 0, max: 4 }), { minLength: 6, maxLength: 6 }),
  priceWeight: fc.oneof(
    fc.integer({ min: 0, max: 10 }).map((k) => k / 10),
    fc.double({ min: 0, max: 1, noNaN: true }),
  ),
  priceMethod: fc.constantFrom('lowest' as const, 'linear' as const),
});

describe('rank reversal, property', () => {
  it('reports exactly the flips a brute force finds', () => {
    let withReversals = 0;
    fc.assert(
      fc.property(fc.array(entry, { minLength: 2, maxLength: 7 }), settings, (field, s) => {
        const names = field.map((_, i) => `V${i + 1}`);
        const reported = rankReversals(field, s, names).map((r) => `${r.removed}|${r.pair[0]}|${r.pair[1]}`);
        const expected = bruteReversals(field, names, s);
        if (expected.length > 0) withReversals++;
        expect([...reported].sort()).toEqual(expected);
      }),
      { numRuns: 1000, seed: 20261204 },
    );
    // The generator must actually produce reversals, or the property says little.
    expect(withReversals).toBeGreaterThan(50);
  });
});
