import { measureVendorChange } from './measureVendorChange';

describe('measureVendorChange', () => {
  it('adds and removes a vendor of the largest 50-vendor template in 2 syncs each, each request under 1 MB', async () => {
    const m = await measureVendorChange(50);
    expect([m.add.syncs, m.remove.syncs]).toEqual([2, 2]);
    expect(Math.max(m.add.maxPayloadBytes, m.remove.maxPayloadBytes)).toBeLessThan(1_000_000);
  });
});
