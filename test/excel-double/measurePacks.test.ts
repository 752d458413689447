import { CONTRACT_QUESTIONS } from '../../src/core/catalogue/questions';
import { measurePacks } from './measurePacks';

describe('measurePacks', () => {
  it('makes, previews and applies the packs of 3 vendors: reads in 2 syncs, applies all in 2, each request under 1 MB', async () => {
    const m = await measurePacks(3);
    // Make: read in 2 and the master's id added in a third.
    expect([m.make.syncs, m.preview.syncs, m.apply.syncs]).toEqual([3, 2, 2]);
    // Per pack: the contract answers and the fee (hand count: 3 x (7 + 1)).
    expect(m.apply.changes).toBe(3 * (CONTRACT_QUESTIONS.length + 1));
    expect(Math.max(m.make.maxPayloadBytes, m.preview.maxPayloadBytes, m.apply.maxPayloadBytes)).toBeLessThan(1_000_000);
  });
});
