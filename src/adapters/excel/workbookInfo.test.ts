import { createWorkbook } from '../../../test/excel-double';
import { hasTemplate, readWorkbookInfo, sheetOfReference } from './workbookInfo';

describe('sheetOfReference', () => {
  it.each([
    ['=Pricing!$D$3:$F$3', 'Pricing'],
    ["='My ''x'' sheet'!$A$1", "My 'x' sheet"],
    ["='Pricing (2)'!$A$1", 'Pricing (2)'],
    ['=#REF!$A$1', null],
    ['=0.08', null],
    ['=SUM(Sheet1!A1:A2)', null],
    [42, null],
  ])('%j -> %j', (formula, sheet) => {
    expect(sheetOfReference(formula)).toBe(sheet);
  });
});

describe('readWorkbookInfo / hasTemplate', () => {
  it('reads sheet names and names with their sheets in one sync', async () => {
    const wb = createWorkbook({
      sheets: [{ name: 'Data' }, { name: 'My Sheet' }],
      names: [{ name: 'Mine', sheet: 'My Sheet', address: 'A1:B2' }],
    });
    const ctx = wb.newContext();
    expect(await readWorkbookInfo(ctx)).toEqual({
      sheetNames: ['Data', 'My Sheet'],
      properties: { title: '', subject: '', keywords: '', comments: '' },
      names: [{ name: 'Mine', sheet: 'My Sheet' }],
    });
    expect(ctx.stats.syncs).toBe(1);
  });

  it('finds a template by any name starting with vc_, in any case', async () => {
    const none = createWorkbook({ names: [{ name: 'vcx', sheet: 'Sheet1', address: 'A1' }] });
    expect(await hasTemplate(none.newContext())).toBe(false);
    const some = createWorkbook({ names: [{ name: 'VC_Term', sheet: 'Sheet1', address: 'A1' }] });
    expect(await hasTemplate(some.newContext())).toBe(true);
  });
});
