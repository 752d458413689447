import { lazyPaneService } from './lazyService';
import { FakeWorkbookService } from './testing/fakeWorkbookService';

describe('lazyPaneService', () => {
  it('loads the implementation once, on first use, and forwards every call', async () => {
    const fake = new FakeWorkbookService(true);
    const load = vi.fn(() => Promise.resolve(fake));
    const service = lazyPaneService(load);
    expect(load).not.toHaveBeenCalled();
    expect(await service.hasTemplate()).toBe(true);
    await service.fillFormulas(true);
    await service.validate('zh');
    await service.selectCell('Pricing', 'B4');
    expect(load).toHaveBeenCalledTimes(1);
    expect(fake.fills).toEqual([true]);
    expect(fake.validations).toEqual(['zh']);
    expect(fake.selections).toEqual([{ sheet: 'Pricing', address: 'B4' }]);
  });

  it('retries a failed load on the next call', async () => {
    const fake = new FakeWorkbookService(false);
    const load = vi.fn().mockRejectedValueOnce(new Error('chunk failed')).mockResolvedValue(fake);
    const service = lazyPaneService(load);
    await expect(service.hasTemplate()).rejects.toThrow('chunk failed');
    expect(await service.hasTemplate()).toBe(false);
    expect(load).toHaveBeenCalledTimes(2);
  });
});
