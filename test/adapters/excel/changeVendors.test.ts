/**
 * Adding and removing a vendor through Office.js (the double): two syncs, and the workbook then
 * holds what a fresh insert of the new vendor list holds - the same names over the same cells,
 * the same formulas, the same inputs per vendor, the same validations, conditional formats and
 * one chart over the chart data - with every sheet protected again and a formula of the
 * user's following the vendor it reads.
 */
import { changeVendors } from '../../../src/adapters/excel/changeVendors';
import { VendorChangeRefusedError } from '../../../src/adapters/excel/errors';
import { readSnapshot } from '../../../src/adapters/excel/readSnapshot';
import type { VendorQuote } from '../../../src/core/options';
import { cellAt } from '../../excel-double';
import { WORKED_EXAMPLE } from '../../fixtures/workedExample';
import { cellOfName, workbookWithTemplate } from './analysisFixtures';
import { expectSameAsFresh, sheetRules } from './sameAsFresh';

const [aurora, beacon, cirrus, delta] = WORKED_EXAMPLE.vendors.map((v, i): VendorQuote => ({
  ...v,
  answers: { Q1: `${v.name}: within ${i + 1} hours` },
  coverage: { 'L1-1': i % 2 === 0 ? 'included' : 'paid' },
  ratings: { depth: 2 + i },
})) as [VendorQuote, VendorQuote, VendorQuote, VendorQuote];
const book = (vendors: VendorQuote[]) => workbookWithTemplate({ ...WORKED_EXAMPLE, vendors });

describe('changeVendors (Office.js)', () => {
  it('removes a vendor in the middle in two syncs, after asking: as a fresh insert of the others', async () => {
    const wb = await book([aurora, beacon, cirrus, delta]);
    // The user's formula reads Cirrus's TCO; it must follow Cirrus one column left.
    const cirrusTco = cellOfName(wb, 'vc_TCO', 0, 2);
    const cirrusTcoAfter = cellOfName(wb, 'vc_TCO', 0, 1);
    await wb.userEdit('Assumptions', 'H2', [[`='${cirrusTco.sheet}'!${cirrusTco.address}*2`]]);

    const asked = wb.newContext();
    const refused = await changeVendors(asked, { kind: 'remove', name: 'Beacon RTC' }, false);
    expect(refused).toMatchObject({ applied: false, vendor: 'Beacon RTC', syncs: 1 });
    expect(refused.held.map((h) => h.value)).toEqual(expect.arrayContaining(['Beacon RTC: within 2 hours', '80000']));
    expect(asked.stats.syncs).toBe(1);

    const ctx = wb.newContext();
    const result = await changeVendors(ctx, { kind: 'remove', name: 'Beacon RTC' }, true);
    expect(result).toMatchObject({ applied: true, vendors: ['Aurora Cloud', 'Cirrus IM', 'Delta Talk'], syncs: 2 });
    expect(ctx.stats.syncs).toBe(2);

    const fresh = await book([aurora, cirrus, delta]);
    expectSameAsFresh(await readSnapshot(wb.newContext()), await readSnapshot(fresh.newContext()));
    expect(sheetRules(wb)).toEqual(sheetRules(fresh));
    expect(cellAt(wb, 'Assumptions', 'H2')).toEqual({ kind: 'formula', formula: `=Pricing!${cirrusTcoAfter.address}*2` });
  });

  it('adds a vendor before another in two syncs: as a fresh insert with an empty column for it', async () => {
    const wb = await book([aurora, cirrus, delta]);
    const ctx = wb.newContext();
    const result = await changeVendors(ctx, { kind: 'add', name: 'Beacon RTC', before: 'cirrus im' }, false);
    expect(result).toMatchObject({ applied: true, vendors: ['Aurora Cloud', 'Beacon RTC', 'Cirrus IM', 'Delta Talk'], syncs: 2, held: [] });
    expect(ctx.stats.syncs).toBe(2);
    const fresh = await book([aurora, { name: 'Beacon RTC' }, cirrus, delta]);
    expectSameAsFresh(await readSnapshot(wb.newContext()), await readSnapshot(fresh.newContext()));
    expect(sheetRules(wb)).toEqual(sheetRules(fresh));
  });

  it('adds at the end, where Excel grows no name or rule by itself', async () => {
    const wb = await book([aurora, beacon]);
    await changeVendors(wb.newContext(), { kind: 'add', name: 'Echo' }, false);
    const fresh = await book([aurora, beacon, { name: 'Echo' }]);
    expectSameAsFresh(await readSnapshot(wb.newContext()), await readSnapshot(fresh.newContext()));
    expect(sheetRules(wb)).toEqual(sheetRules(fresh));
  });

  it('refuses a duplicate name with the reason, writing nothing', async () => {
    const wb = await book([aurora, beacon]);
    const ctx = wb.newContext();
    await expect(changeVendors(ctx, { kind: 'add', name: 'AURORA CLOUD' }, false)).rejects.toEqual(
      new VendorChangeRefusedError({ reason: 'duplicate', name: 'AURORA CLOUD' }),
    );
    expect(ctx.stats.syncs).toBe(1);
  });
});
