import { createWorkbook, installOfficeGlobals } from './index';

describe('excel double: what reading, marking and watching need', () => {
  let office: ReturnType<typeof installOfficeGlobals> | undefined;
  afterEach(() => office?.uninstall());

  it('types cells as Excel does: an error typed as a constant is an error value', async () => {
    const wb = createWorkbook({ sheets: [{ name: 'S', cells: { A1: '#N/A', B1: "'#N/A", C1: 2.5, D1: 3, E1: true, F1: '=A1' } }] });
    const ctx = wb.newContext();
    const range = ctx.workbook.worksheets.getItemOrNullObject('S').getRange('A1:G1').load({ values: true, formulas: true, valueTypes: true });
    await ctx.sync();
    expect(range.values).toEqual([['#N/A', '#N/A', 2.5, 3, true, '', '']]);
    expect(range.formulas).toEqual([['#N/A', '#N/A', 2.5, 3, true, '=A1', '']]);
    expect(range.valueTypes.map((row) => row.map(String))).toEqual([['Error', 'String', 'Double', 'Integer', 'Boolean', 'String', 'Empty']]);
  });

  it('reaches a named range and its sheet, and gives null objects for a name at #REF! or none', async () => {
    const wb = createWorkbook({
      sheets: [{ name: 'Pricing', cells: { D4: 'x' } }, { name: 'Old' }],
      names: [
        { name: 'vc_Model', sheet: 'Pricing', address: 'D4:E4' },
        { name: 'vc_Gone', sheet: 'Old', address: 'A1' },
      ],
    });
    const setup = wb.newContext();
    setup.workbook.worksheets.getItemOrNullObject('Old').delete();
    await setup.sync();
    const ctx = wb.newContext();
    const model = ctx.workbook.names.getItemOrNullObject('vc_Model').getRangeOrNullObject().load({ address: true, values: true });
    const gone = ctx.workbook.names.getItemOrNullObject('vc_Gone').getRangeOrNullObject().load({ address: true });
    const none = ctx.workbook.names.getItemOrNullObject('vc_None').getRangeOrNullObject().load({ address: true });
    await ctx.sync();
    expect([model.isNullObject, gone.isNullObject, none.isNullObject]).toEqual([false, true, true]);
    expect(model.address).toBe('Pricing!D4:E4');
    expect(model.values).toEqual([['x', '']]);
    expect(model.worksheet.isNullObject).toBe(false);
    expect(gone.worksheet.isNullObject).toBe(true);
  });

  it('makes ranges on a missing sheet null objects', async () => {
    const wb = createWorkbook();
    const ctx = wb.newContext();
    const range = ctx.workbook.worksheets.getItemOrNullObject('Nope').getRange('A1').load({ values: true });
    await ctx.sync();
    expect(range.isNullObject).toBe(true);
  });

  it('selects a range, activating its sheet', async () => {
    const wb = createWorkbook({ sheets: [{ name: 'One' }, { name: 'Two' }] });
    const ctx = wb.newContext();
    ctx.workbook.worksheets.getItemOrNullObject('Two').getRange('B2:C3').select();
    expect(wb.selection).toBeNull();
    await ctx.sync();
    expect(wb.activeSheetName).toBe('Two');
    expect(wb.selection).toEqual({ sheet: 'Two', address: 'B2:C3' });
  });

  it('lists the conditional formats intersecting a range, with custom formulas, and deletes them', async () => {
    const wb = createWorkbook({
      sheets: [
        {
          name: 'S',
          conditionalFormats: [
            { address: 'A1:A5', type: 'DataBar' },
            { address: 'B2', formula: '=B2>1' },
            { address: 'Z99', formula: '=TRUE' },
          ],
        },
      ],
    });
    const ctx = wb.newContext();
    const formats = ctx.workbook.worksheets.getItemOrNullObject('S').getRange('A1:C3').conditionalFormats;
    formats.load({ type: true, customOrNullObject: { rule: { formula: true } } });
    expect(() => formats.items).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
    await ctx.sync();
    expect(formats.items.map((cf) => String(cf.type))).toEqual(['DataBar', 'Custom']);
    expect(formats.items[0]!.customOrNullObject.isNullObject).toBe(true);
    expect(formats.items[1]!.customOrNullObject.rule.formula).toBe('=B2>1');
    formats.items[1]!.delete();
    await ctx.sync();
    expect(wb.sheet('S').conditionalFormats.map((cf) => cf.formula)).toEqual(['', '=TRUE']);
    formats.items[1]!.delete();
    await expect(ctx.sync()).rejects.toMatchObject({ code: 'ItemNotFound' });
  });

  it('adds charts from a source on another sheet and checks series indexes', async () => {
    const wb = createWorkbook({ sheets: [{ name: 'Overview' }, { name: 'Pricing' }] });
    const ctx = wb.newContext();
    const source = ctx.workbook.worksheets.getItemOrNullObject('Pricing').getRange('D10:F12');
    const chart = ctx.workbook.worksheets.getItemOrNullObject('Overview').charts.add('Line', source, 'Columns');
    chart.title.text = 'Cost';
    chart.series.getItemAt(2).name = 'Cosmo';
    chart.setPosition('K3', 'R20');
    await ctx.sync();
    expect(wb.sheet('Overview').charts[0]).toMatchObject({
      type: 'Line',
      source: { sheetId: wb.sheet('Pricing').id, rect: { row: 9, col: 3, rows: 3, cols: 3 } },
      seriesNames: ['Series1', 'Series2', 'Cosmo'],
      // An empty source has no labels: no series name follows a cell.
      seriesNameCells: [null, null, null],
      categories: null,
      title: 'Cost',
      position: { start: 'K3', end: 'R20' },
    });
    chart.series.getItemAt(3).name = 'none';
    await expect(ctx.sync()).rejects.toMatchObject({ code: 'InvalidArgument' });
  });

  it('binds series names and categories to a labelled source (header row, label column), and the title to a cell', async () => {
    const wb = createWorkbook({ sheets: [{ name: 'S' }] });
    const ctx = wb.newContext();
    const sheet = ctx.workbook.worksheets.getItemOrNullObject('S');
    sheet.getRange('A1:C3').formulas = [['Year', '=T1', 'Beacon'], ['Year 1', 1, 2], ['Year 2', 3, 4]];
    const chart = sheet.charts.add('Line', sheet.getRange('A1:C3'), 'Columns');
    chart.title.setFormula("='S'!$E$1");
    await ctx.sync();
    expect(wb.sheet('S').charts[0]).toMatchObject({ seriesNameCells: ['B1', 'C1'], categories: { row: 1, col: 0, rows: 2, cols: 1 }, titleFormula: "='S'!$E$1" });
    // A typed name replaces the reference, as in Excel; a title formula must be a reference.
    chart.series.getItemAt(1).name = 'Typed';
    await ctx.sync();
    expect(wb.sheet('S').charts[0]!.seriesNameCells).toEqual(['B1', null]);
    chart.title.setFormula('Cost');
    await expect(ctx.sync()).rejects.toMatchObject({ code: 'InvalidArgument' });
  });

  it('registers onChanged handlers at sync, keeps them after the run, removes them on their context', async () => {
    const wb = createWorkbook({ sheets: [{ name: 'S' }, { name: 'T' }] });
    office = installOfficeGlobals(wb);
    const seen: string[] = [];
    const registration = await Excel.run(async (context) => {
      const result = context.workbook.worksheets.getItemOrNullObject('S').onChanged.add(async (e) => {
        seen.push(`${e.address}:${String(e.changeType)}`);
      });
      expect(wb.changeHandlerCount).toBe(0);
      await context.sync();
      return result;
    });
    expect(wb.changeHandlerCount).toBe(1);
    await wb.userEdit('S', 'B2', [['typed']]);
    await wb.userEdit('T', 'B2', [['elsewhere']]);
    await wb.fireChanged('S', '3:3', 'RowInserted');
    expect(seen).toEqual(['B2:RangeEdited', '3:3:RowInserted']);

    // Removing on another context does nothing: Office.js needs the context that added it.
    await Excel.run(async (context) => {
      registration.remove();
      await context.sync();
    });
    expect(wb.changeHandlerCount).toBe(1);
    await Excel.run(registration.context as unknown as Excel.RequestContext, async (context) => {
      await context.sync();
    });
    expect(wb.changeHandlerCount).toBe(0);
    expect(office.runs.at(-1)).toEqual({ options: undefined, reusedContext: true });
  });
});
