import { removeLeftovers } from '../../../src/adapters/excel/removeLeftovers';
import { createWorkbook } from '../../excel-double';

describe('removeLeftovers', () => {
  it('deletes the given sheets and the template’s names in two syncs, nothing of the user’s', async () => {
    const wb = createWorkbook({
      sheets: [{ name: 'Mine', cells: { A1: 'keep me' } }, { name: 'Overview' }, { name: 'Pricing (2)' }],
      names: [
        { name: 'vc_Term', sheet: 'Overview', address: 'B2' },
        { name: 'vc_Model', sheet: 'Pricing (2)', address: 'D4:F4' },
        { name: 'vc_Mine', sheet: 'Mine', address: 'A1' },
        { name: 'Budget', sheet: 'Mine', address: 'A1' },
      ],
    });
    const ctx = wb.newContext();
    await removeLeftovers(ctx, ['Overview', 'Pricing (2)', 'Questions']);
    expect(ctx.stats.syncs).toBe(2);
    expect(wb.sheetNames).toEqual(['Mine']);
    expect(wb.state.names.map((n) => n.name)).toEqual(['vc_Mine', 'Budget']);
  });
});
