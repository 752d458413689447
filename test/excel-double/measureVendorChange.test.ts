import { measureEvaluatorChange, measureVendorChange } from './measureVendorChange';

describe('measureVendorChange', () => {
  it('adds and removes a vendor of the largest 50-vendor template in 2 syncs each, each request under 1 MB', async () => {
    const m = await measureVendorChange(50);
    expect([m.add.syncs, m.remove.syncs]).toEqual([2, 2]);
    expect(Math.max(m.add.maxPayloadBytes, m.remove.maxPayloadBytes)).toBeLessThan(1_000_000);
  });

  it.each([0, 2])('adds and removes an evaluator of a 50-vendor template with %i evaluators in 2 syncs each, each request under 1 MB', async (n) => {
    const m = await measureEvaluatorChange(50, n);
    expect([m.add.syncs, m.remove.syncs]).toEqual([2, 2]);
    expect(Math.max(m.add.maxPayloadBytes, m.remove.maxPayloadBytes)).toBeLessThan(1_000_000);
  });

  it('with 9 evaluators (adding the 10th) the request stays near a fresh insert of that template', async () => {
    // The Scorecard is written whole, as a fresh insert writes it: at 50 vendors x 10 evaluators
    // that insert's largest request is itself over 1 MB (1.15 MB measured); allow 1.5 MB here.
    const m = await measureEvaluatorChange(50, 9);
    expect([m.add.syncs, m.remove.syncs]).toEqual([2, 2]);
    expect(Math.max(m.add.maxPayloadBytes, m.remove.maxPayloadBytes)).toBeLessThan(1_500_000);
  });
});
