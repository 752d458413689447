import { measureAnalysis } from './measureAnalysis';

describe('measureAnalysis', () => {
  it.each([
    [3, '1.9'],
    [10, '1.9'],
    [50, '1.9'],
    [50, '1.8'],
  ])('validates and fills %i vendors x 40 questions in 2 syncs each (ExcelApi %s)', async (vendors, excelApi) => {
    const m = await measureAnalysis(vendors, 40, { excelApi });
    expect(m.validate.syncs).toBe(2);
    expect(m.fill.syncs).toBe(2);
    expect(m.fill.changedVendors).toBe(vendors);
    expect(m.validate.payloadBytes).toHaveLength(2);
    expect(Math.max(m.validate.maxPayloadBytes, m.fill.maxPayloadBytes)).toBeLessThan(1_000_000);
  });

  it('waits the simulated latency once per sync', async () => {
    const m = await measureAnalysis(3, 40, { latencyMs: 40 });
    expect(m.validate.ms).toBeGreaterThanOrEqual(75);
    expect(m.fill.ms).toBeGreaterThanOrEqual(75);
  });
});
