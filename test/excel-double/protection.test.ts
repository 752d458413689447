/** Each protection rule of the double (protection.ts) has a test that fails without it. */
import { createWorkbook, formatAt, type WorkbookDouble } from '.';
import { protectedState } from './protection';

/** A sheet with B2 unlocked, then protected with `options` (and `password`, if given). */
async function protectedBook(options: Excel.WorksheetProtectionOptions = {}, password?: string): Promise<WorkbookDouble> {
  const wb = createWorkbook({ sheets: [{ name: 'S', cells: { A1: 1, B2: 2 } }] });
  const ctx = wb.newContext();
  const sheet = ctx.workbook.worksheets.getItemOrNullObject('S');
  sheet.getRange('B2').format.protection.locked = false;
  sheet.protection.protect(options, password);
  await ctx.sync();
  return wb;
}

/** Queue `act` on sheet S in a new context and sync it. */
async function run(wb: WorkbookDouble, act: (sheet: ReturnType<ReturnType<WorkbookDouble['newContext']>['workbook']['worksheets']['getItemOrNullObject']>) => void): Promise<void> {
  const ctx = wb.newContext();
  act(ctx.workbook.worksheets.getItemOrNullObject('S'));
  await ctx.sync();
}

const denied = { code: 'AccessDenied' };

describe('worksheet protection in the double', () => {
  it('reports protected and the options, through the sheet and through a collection load', async () => {
    const wb = await protectedBook({ allowFormatRows: true });
    const ctx = wb.newContext();
    const p = ctx.workbook.worksheets.getItemOrNullObject('S').protection.load({ protected: true, options: true });
    const all = ctx.workbook.worksheets.load({ name: true, protection: { protected: true } });
    await ctx.sync();
    expect(p.protected).toBe(true);
    expect(p.options).toMatchObject({ allowFormatRows: true, allowFormatColumns: false, selectionMode: 'Normal' });
    expect(all.items[0]!.protection.protected).toBe(true);
    expect(() => all.items[0]!.protection.options).toThrow(/not available/);
  });

  it('fails protect() on a sheet already protected', async () => {
    const wb = await protectedBook();
    await expect(run(wb, (s) => s.protection.protect())).rejects.toMatchObject({ code: 'InvalidOperation' });
  });

  it("needs the sheet's password to unprotect it; a sheet without one unprotects with none", async () => {
    const wb = await protectedBook({}, 'secret');
    await expect(run(wb, (s) => s.protection.unprotect())).rejects.toMatchObject({ code: 'InvalidArgument' });
    await expect(run(wb, (s) => s.protection.unprotect('wrong'))).rejects.toMatchObject({ code: 'InvalidArgument' });
    expect(wb.sheet('S').protection.protected).toBe(true);
    await run(wb, (s) => s.protection.unprotect('secret'));
    expect(wb.sheet('S').protection.protected).toBe(false);
    const open = await protectedBook();
    await run(open, (s) => s.protection.unprotect());
    expect(open.sheet('S').protection.protected).toBe(false);
  });

  it('refuses values and formulas in locked cells with AccessDenied, takes them in unlocked cells', async () => {
    const wb = await protectedBook();
    await expect(run(wb, (s) => (s.getRange('A1').values = [[5]]))).rejects.toMatchObject(denied);
    await expect(run(wb, (s) => (s.getRange('A1:B2').formulas = [['=1', '=2'], ['=3', '=4']]))).rejects.toMatchObject(denied);
    await run(wb, (s) => (s.getRange('B2').values = [[7]]));
    expect(wb.sheet('S').cells.get('1,1')).toMatchObject({ kind: 'value', value: 7 });
    expect(wb.sheet('S').cells.get('0,0')).toMatchObject({ kind: 'value', value: 1 });
  });

  it('refuses cell formats, number formats and the locked flag while protected', async () => {
    const wb = await protectedBook({ allowFormatColumns: true, allowFormatRows: true });
    await expect(run(wb, (s) => (s.getRange('B2').format.fill.color = '#FF0000'))).rejects.toMatchObject(denied);
    await expect(run(wb, (s) => (s.getRange('B2').numberFormat = [['0.00']]))).rejects.toMatchObject(denied);
    await expect(run(wb, (s) => (s.getRange('A1').format.protection.locked = false))).rejects.toMatchObject(denied);
    expect(formatAt(wb, 'S', 'A1').locked).toBeUndefined();
    // Formatting cells allowed: formats go through, the locked flag still does not.
    const allowed = await protectedBook({ allowFormatCells: true });
    await run(allowed, (s) => (s.getRange('B2').format.fill.color = '#FF0000'));
    await expect(run(allowed, (s) => (s.getRange('A1').format.protection.locked = false))).rejects.toMatchObject(denied);
  });

  it('sizes and hides columns and rows only where the options allow it', async () => {
    const wb = await protectedBook();
    await expect(run(wb, (s) => (s.getRange('A1').format.columnWidth = 80))).rejects.toMatchObject(denied);
    await expect(run(wb, (s) => (s.getRange('A1').format.rowHeight = 30))).rejects.toMatchObject(denied);
    await expect(run(wb, (s) => (s.getRange('A1').rowHidden = true))).rejects.toMatchObject(denied);
    await expect(run(wb, (s) => (s.getRange('A1').columnHidden = true))).rejects.toMatchObject(denied);
    const allowed = await protectedBook({ allowFormatColumns: true, allowFormatRows: true });
    await run(allowed, (s) => {
      s.getRange('A1').format.columnWidth = 80;
      s.getRange('A1').format.rowHeight = 30;
    });
    expect(allowed.sheet('S').columnWidths.get(0)).toBe(80);
  });

  it('refuses conditional formats (add, change, delete) and data validation (set, clear) while protected', async () => {
    const wb = createWorkbook({ sheets: [{ name: 'S', conditionalFormats: [{ address: 'A1', formula: '=TRUE' }] }] });
    wb.sheet('S').protection = protectedState({ allowFormatCells: true });
    await expect(run(wb, (s) => s.getRange('B2').conditionalFormats.add('Custom'))).rejects.toMatchObject(denied);
    const ctx = wb.newContext();
    const formats = ctx.workbook.worksheets.getItemOrNullObject('S').getRange('A1').conditionalFormats.load({ type: true });
    await ctx.sync();
    formats.items[0]!.delete();
    await expect(ctx.sync()).rejects.toMatchObject(denied);
    expect(wb.sheet('S').conditionalFormats).toHaveLength(1);
    await expect(run(wb, (s) => (s.getRange('B2').dataValidation.rule = { wholeNumber: { formula1: 1, operator: 'GreaterThan' } }))).rejects.toMatchObject(
      denied,
    );
    await expect(run(wb, (s) => (s.getRange('B2').dataValidation.prompt = { showPrompt: true, message: 'm', title: '' }))).rejects.toMatchObject(denied);
    await expect(run(wb, (s) => (s.getRange('B2').dataValidation.errorAlert = { showAlert: true, style: 'Stop', message: 'm', title: '' }))).rejects.toMatchObject(
      denied,
    );
    await expect(run(wb, (s) => s.getRange('A1').getEntireRow().dataValidation.clear())).rejects.toMatchObject(denied);
  });

  it('refuses to insert rows unless the options allow it', async () => {
    const wb = await protectedBook();
    await expect(run(wb, (s) => s.getRange('A1').getEntireRow().insert('Down'))).rejects.toMatchObject(denied);
    const allowed = await protectedBook({ allowInsertRows: true });
    await run(allowed, (s) => s.getRange('A1').getEntireRow().insert('Down'));
    expect(allowed.sheet('S').cells.get('1,0')).toMatchObject({ kind: 'value', value: 1 });
  });

  it('stops a batch at a refused write, leaving what went before applied', async () => {
    const wb = await protectedBook();
    await expect(
      run(wb, (s) => {
        s.protection.unprotect();
        s.getRange('A1').values = [[5]];
        s.protection.protect();
        s.getRange('A1').values = [[6]];
      }),
    ).rejects.toMatchObject(denied);
    expect(wb.sheet('S').cells.get('0,0')).toMatchObject({ kind: 'value', value: 5 });
    expect(wb.sheet('S').protection.protected).toBe(true);
  });
});
