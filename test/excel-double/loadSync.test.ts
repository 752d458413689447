import { cellAt, createWorkbook, readSheetGrid } from './index';

describe('excel double: load and sync semantics', () => {
  it('throws PropertyNotLoaded on a property that was never loaded', async () => {
    const wb = createWorkbook({ sheets: [{ name: 'Data', cells: { A1: 5 } }] });
    const ctx = wb.newContext();
    const range = ctx.workbook.worksheets.getItemOrNullObject('Data').getRange('A1');
    await ctx.sync();
    expect(() => range.values).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
  });

  it('throws on a loaded property until sync delivers it', async () => {
    const wb = createWorkbook({ sheets: [{ name: 'Data', cells: { A1: 5, B1: '=A1*2' } }] });
    const ctx = wb.newContext();
    const range = ctx.workbook.worksheets.getItemOrNullObject('Data').getRange('A1:B1');
    range.load({ values: true, formulas: true, address: true });
    expect(() => range.values).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
    await ctx.sync();
    expect(range.values).toEqual([[5, '']]);
    expect(range.formulas).toEqual([[5, '=A1*2']]);
    expect(range.address).toBe('Data!A1:B1');
    expect(() => range.numberFormat).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
  });

  it("treats a collection's items like a property", async () => {
    const wb = createWorkbook({ sheets: [{ name: 'One' }, { name: 'Two' }] });
    const ctx = wb.newContext();
    const sheets = ctx.workbook.worksheets;
    expect(() => sheets.items).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
    sheets.load({ name: true });
    expect(() => sheets.items).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
    await ctx.sync();
    expect(sheets.items.map((s) => s.name)).toEqual(['One', 'Two']);
    expect(() => sheets.items[0]!.tabColor).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
  });

  it('answers isNullObject only after a sync', async () => {
    const wb = createWorkbook({ sheets: [{ name: 'One' }] });
    const ctx = wb.newContext();
    const present = ctx.workbook.worksheets.getItemOrNullObject('one');
    const missing = ctx.workbook.worksheets.getItemOrNullObject('Nope');
    expect(() => missing.isNullObject).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
    await ctx.sync();
    expect(present.isNullObject).toBe(false);
    expect(missing.isNullObject).toBe(true);
  });

  it('ignores operations on a null object, as Excel does', async () => {
    const wb = createWorkbook({ sheets: [{ name: 'One' }, { name: 'Two' }] });
    const ctx = wb.newContext();
    ctx.workbook.worksheets.getItemOrNullObject('Missing').delete();
    ctx.workbook.names.getItemOrNullObject('nothing').delete();
    ctx.workbook.worksheets.getItemOrNullObject('Two').delete();
    await ctx.sync();
    expect(wb.sheetNames).toEqual(['One']);
  });

  it('queues writes and applies them at sync, in order', async () => {
    const wb = createWorkbook({ sheets: [{ name: 'Data' }] });
    const ctx = wb.newContext();
    const a1 = ctx.workbook.worksheets.getItemOrNullObject('Data').getRange('A1');
    a1.values = [['first']];
    a1.values = [['second']];
    expect(cellAt(wb, 'Data', 'A1')).toBeUndefined();
    await ctx.sync();
    expect(cellAt(wb, 'Data', 'A1')).toEqual({ kind: 'value', value: 'second', quotePrefix: false });
  });

  it('shows the old state to a read after a write without sync', async () => {
    const wb = createWorkbook({ sheets: [{ name: 'Data', cells: { A1: 'old' } }] });
    const ctx = wb.newContext();
    const a1 = ctx.workbook.worksheets.getItemOrNullObject('Data').getRange('A1');
    a1.load({ values: true });
    await ctx.sync();
    a1.values = [['new']];
    expect(a1.values).toEqual([['old']]);
    await ctx.sync();
    expect(a1.values).toEqual([['old']]);
    a1.load({ values: true });
    await ctx.sync();
    expect(a1.values).toEqual([['new']]);
  });

  it('keeps operations before a failing one and delivers no loads from that sync', async () => {
    const wb = createWorkbook({ sheets: [{ name: 'Data' }] });
    const ctx = wb.newContext();
    const sheets = ctx.workbook.worksheets;
    sheets.add('Added');
    sheets.load({ name: true });
    sheets.add('Bad:name');
    sheets.add('Never');
    await expect(ctx.sync()).rejects.toMatchObject({ code: 'InvalidArgument' });
    expect(wb.sheetNames).toEqual(['Data', 'Added']);
    expect(() => sheets.items).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
    // The failed batch is gone: the next sync sends nothing of it.
    await ctx.sync();
    expect(wb.sheetNames).toEqual(['Data', 'Added']);
  });

  it('lets a sheet added in a batch be written in the same batch', async () => {
    const wb = createWorkbook();
    const ctx = wb.newContext();
    const sheet = ctx.workbook.worksheets.add('New');
    sheet.getRangeByIndexes(1, 1, 1, 2).values = [['x', 2]];
    await ctx.sync();
    expect(readSheetGrid(wb, 'New').formulas).toEqual([
      [null, null, null],
      [null, 'x', 2],
    ]);
  });
});
