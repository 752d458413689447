/** Finding a chart by name, renaming and deleting it in the double (charts.ts). */
import { createWorkbook, type WorkbookDouble } from '.';

function book(): WorkbookDouble {
  return createWorkbook({ sheets: [{ name: 'S', cells: { B1: 'V1', A2: 'x', B2: 1 } }] });
}

async function addChart(wb: WorkbookDouble, name: string): Promise<void> {
  const ctx = wb.newContext();
  const sheet = ctx.workbook.worksheets.getItemOrNullObject('S');
  sheet.charts.add('Line', sheet.getRange('A1:B2'), 'Columns').name = name;
  await ctx.sync();
}

describe('charts by name in the double', () => {
  it('finds a chart by name, renames it and deletes it, all queued until sync; a missing name is a null object', async () => {
    const wb = book();
    await addChart(wb, 'vc_Chart');
    const ctx = wb.newContext();
    const charts = ctx.workbook.worksheets.getItemOrNullObject('S').charts;
    const found = charts.getItemOrNullObject('vc_Chart');
    const missing = charts.getItemOrNullObject('vc_None');
    found.name = 'vc_Old';
    missing.delete();
    expect(wb.sheet('S').charts.map((c) => c.name)).toEqual(['vc_Chart']);
    await ctx.sync();
    expect([found.isNullObject, missing.isNullObject]).toEqual([false, true]);
    expect(wb.sheet('S').charts.map((c) => c.name)).toEqual(['vc_Old']);
    // The proxy stands for the chart, not the name it was found by.
    found.delete();
    await ctx.sync();
    expect(wb.sheet('S').charts).toEqual([]);
    found.name = 'again';
    await expect(ctx.sync()).rejects.toMatchObject({ code: 'ItemNotFound' });
  });

  it('needs ExcelApi 1.4 to find a chart by name', async () => {
    const wb = book();
    wb.excelApi = '1.3';
    const ctx = wb.newContext();
    ctx.workbook.worksheets.getItemOrNullObject('S').charts.getItemOrNullObject('x');
    await expect(ctx.sync()).rejects.toMatchObject({ code: 'ApiNotFound' });
  });

  it('refuses to delete a chart on a protected sheet unless its options allow editing objects', async () => {
    const wb = book();
    await addChart(wb, 'c');
    const ctx = wb.newContext();
    const sheet = ctx.workbook.worksheets.getItemOrNullObject('S');
    sheet.protection.protect();
    await ctx.sync();
    sheet.charts.getItemOrNullObject('c').delete();
    await expect(ctx.sync()).rejects.toMatchObject({ code: 'AccessDenied' });
    sheet.protection.unprotect();
    sheet.protection.protect({ allowEditObjects: true });
    sheet.charts.getItemOrNullObject('c').delete();
    await ctx.sync();
    expect(wb.sheet('S').charts).toEqual([]);
  });
});
