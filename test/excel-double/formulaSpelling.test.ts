import { respellFormula } from './formulaSpelling';
import { cellAt, createWorkbook, installOfficeGlobals } from './index';

const KNOWN = { sheets: ['Pricing', '报价', 'My Sheet', 'R2C3'], names: ['vc_Term', 'vc_DiscountRate'] };

describe('excel double: formulas read back as Excel spells them', () => {
  it.each([
    ["='Pricing'!D3", '=Pricing!D3'],
    ["='报价'!$b$14*2", '=报价!$B$14*2'],
    ["='pricing'!d3", '=Pricing!D3'],
    ["='My Sheet'!A1+'R2C3'!A1", "='My Sheet'!A1+'R2C3'!A1"],
    ['=if(d4>0.10,1.0,.5)', '=IF(D4>0.1,1,0.5)'],
    ['=sum(d40:d49)*1e3', '=SUM(D40:D49)*1000'],
    ['=npv(VC_DISCOUNTRATE,D4:D5)+vc_term', '=NPV(vc_DiscountRate,D4:D5)+vc_Term'],
    ['=if(a1="0.10 and sum(x)",true,#n/a)', '=IF(A1="0.10 and sum(x)",TRUE,#N/A)'],
    ['=count(d:f) + unknownName', '=COUNT(D:F) + unknownName'],
  ])('%s reads back as %s', (written, spelled) => {
    expect(respellFormula(written, KNOWN)).toBe(spelled);
  });

  it('re-spells formulas written to formulas and to values, and typed by the user', async () => {
    const wb = createWorkbook({
      sheets: [{ name: 'Pricing', cells: { A1: "=sum('Pricing'!B1:B2)" } }, { name: '报价' }],
      names: [{ name: 'vc_Term', sheet: 'Pricing', address: 'B1' }],
    });
    const ctx = wb.newContext();
    const sheet = ctx.workbook.worksheets.getItemOrNullObject('Pricing');
    sheet.getRange('A2').formulas = [["='报价'!a1*0.50+VC_TERM"]];
    sheet.getRange('A3').values = [['=round(1.0,2)']];
    const read = sheet.getRange('A1:A3').load({ formulas: true, values: true });
    await ctx.sync();
    expect(read.formulas).toEqual([['=SUM(Pricing!B1:B2)'], ['=报价!A1*0.5+vc_Term'], ['=ROUND(1,2)']]);
    await wb.userEdit('Pricing', 'A4', [['=max(a1,a2)']]);
    expect(cellAt(wb, 'Pricing', 'A4')).toEqual({ kind: 'formula', formula: '=MAX(A1,A2)' });
  });
});

describe('excel double: quote-prefixed text against real formulas', () => {
  let office: ReturnType<typeof installOfficeGlobals> | undefined;
  afterEach(() => office?.uninstall());

  const seeded = () =>
    createWorkbook({ sheets: [{ name: 'S', cells: { A1: '=HYPERLINK("x")', B1: '\'=HYPERLINK("x")', C1: 5, A2: '=1+1', B2: '=2+2', C2: "'=3" } }] });

  it('reads quote-prefixed "=..." text like a formula through values and formulas (office-js 6687)', async () => {
    const wb = seeded();
    const ctx = wb.newContext();
    const range = ctx.workbook.worksheets.getItemOrNullObject('S').getRange('B1:C2').load({ values: true, formulas: true });
    await ctx.sync();
    expect(range.formulas).toEqual([['=HYPERLINK("x")', 5], ['=2+2', '=3']]);
    expect(range.values).toEqual([['=HYPERLINK("x")', 5], ['', '=3']]);
  });

  it('getSpecialCellsOrNullObject("Formulas") lists only real formulas, as areas with their sheet', async () => {
    const wb = seeded();
    const ctx = wb.newContext();
    const sheet = ctx.workbook.worksheets.getItemOrNullObject('S');
    const formulas = sheet.getRange('A1:C2').getSpecialCellsOrNullObject('Formulas').load({ address: true });
    const none = sheet.getRange('C1:C2').getSpecialCellsOrNullObject('Formulas').load({ address: true });
    const constants = sheet.getRange('A1:C2').getSpecialCellsOrNullObject('Constants').load({ address: true });
    expect(() => formulas.address).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
    expect(() => formulas.isNullObject).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
    await ctx.sync();
    expect(formulas.address).toBe('S!A1, S!A2:B2');
    expect(constants.address).toBe('S!B1:C1, S!C2');
    expect(none.isNullObject).toBe(true);
  });

  it('getSpecialCells fails the sync with ItemNotFound when no cell matches', async () => {
    const ctx = seeded().newContext();
    ctx.workbook.worksheets.getItemOrNullObject('S').getRange('C1:C2').getSpecialCells('Formulas');
    await expect(ctx.sync()).rejects.toMatchObject({ code: 'ItemNotFound' });
  });

  it('fails with ApiNotFound on a host older than ExcelApi 1.9', async () => {
    const wb = seeded();
    office = installOfficeGlobals(wb, { requirementSets: { ExcelApi: '1.8' } });
    const ctx = wb.newContext();
    ctx.workbook.worksheets.getItemOrNullObject('S').getRange('A1').getSpecialCellsOrNullObject('Formulas');
    await expect(ctx.sync()).rejects.toMatchObject({ code: 'ApiNotFound' });
    office.uninstall();
    office = installOfficeGlobals(wb, { requirementSets: { ExcelApi: '1.9' } });
    const again = wb.newContext();
    const found = again.workbook.worksheets.getItemOrNullObject('S').getRange('A1').getSpecialCellsOrNullObject('Formulas').load({ address: true });
    await again.sync();
    expect(found.address).toBe('S!A1');
  });
});
