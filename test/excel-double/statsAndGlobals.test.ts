import { payloadBytes } from './context';
import { createWorkbook, installOfficeGlobals } from './index';

describe('excel double: sync counting, payload, failures, latency', () => {
  it('counts syncs and measures each request as the JSON of its operations', async () => {
    const wb = createWorkbook();
    const ctx = wb.newContext();
    const sheet = ctx.workbook.worksheets.getItemOrNullObject('Sheet1');
    await ctx.sync();
    sheet.getRange('A1:B1').values = [['hello', 1]];
    await ctx.sync();
    expect(ctx.stats.syncs).toBe(2);
    const [first, second] = ctx.stats.payloadBytes;
    expect(first).toBe(payloadBytes([{ op: 'getItemOrNullObject', target: 'worksheets1', args: ['Sheet1'] }]));
    expect(second).toBeGreaterThan(first!);
    expect(ctx.stats.maxPayloadBytes).toBe(second);
    expect(wb.stats.syncs).toBe(2);
  });

  it('grows the measured payload with the data written', async () => {
    const measure = async (text: string) => {
      const wb = createWorkbook();
      const ctx = wb.newContext();
      ctx.workbook.worksheets.getItemOrNullObject('Sheet1').getRange('A1').values = [[text]];
      await ctx.sync();
      return ctx.stats.maxPayloadBytes;
    };
    expect((await measure('x'.repeat(1000))) - (await measure('x'))).toBe(999);
    // Measured in UTF-8 bytes, as sent.
    expect((await measure('中')) - (await measure('x'))).toBe(2);
  });

  it('fails the n-th sync from now after the given number of operations', async () => {
    const wb = createWorkbook();
    wb.injectFailure({ atSync: 2, afterOps: 1, code: 'GeneralException', message: 'boom' });
    const ctx = wb.newContext();
    await ctx.sync();
    ctx.workbook.worksheets.add('A');
    ctx.workbook.worksheets.add('B');
    await expect(ctx.sync()).rejects.toMatchObject({ code: 'GeneralException', message: 'boom' });
    expect(wb.sheetNames).toEqual(['Sheet1', 'A']);
    ctx.workbook.worksheets.add('C');
    await ctx.sync();
    expect(wb.sheetNames).toEqual(['Sheet1', 'A', 'C']);
  });

  it('fails a chosen operation', async () => {
    const wb = createWorkbook();
    wb.injectFailure({ when: (op) => op.op === 'add' && op.args[0] === 'vc_Two', code: 'InvalidReference' });
    const ctx = wb.newContext();
    ctx.workbook.names.add('vc_One', '=Sheet1!$A$1');
    ctx.workbook.names.add('vc_Two', '=Sheet1!$A$2');
    await expect(ctx.sync()).rejects.toMatchObject({ code: 'InvalidReference' });
    expect(wb.state.names.map((n) => n.name)).toEqual(['vc_One']);
  });

  it('waits the simulated latency on each sync', async () => {
    const wb = createWorkbook();
    wb.latencyMs = 30;
    const ctx = wb.newContext();
    const started = Date.now();
    await ctx.sync();
    await ctx.sync();
    expect(Date.now() - started).toBeGreaterThanOrEqual(55);
  });
});

describe('excel double: Office globals', () => {
  afterEach(() => {
    delete (globalThis as { Excel?: unknown }).Excel;
    delete (globalThis as { Office?: unknown }).Office;
  });

  it('runs Excel.run with and without RunOptions against the double', async () => {
    const wb = createWorkbook();
    const office = installOfficeGlobals(wb);
    const names = await Excel.run({ delayForCellEdit: true }, async (context) => {
      context.workbook.worksheets.load({ name: true });
      await context.sync();
      return context.workbook.worksheets.items.map((s) => s.name);
    });
    expect(names).toEqual(['Sheet1']);
    await Excel.run(async (context) => {
      context.workbook.worksheets.add('Queued');
      return 'no explicit sync';
    });
    // Excel.run's closing sync sent the queued add.
    expect(wb.sheetNames).toEqual(['Sheet1', 'Queued']);
    expect(office.runs.map((r) => r.options)).toEqual([{ delayForCellEdit: true }, undefined]);
    expect(wb.stats.syncs).toBe(2);
    office.uninstall();
    expect((globalThis as { Excel?: unknown }).Excel).toBeUndefined();
  });

  it('answers isSetSupported from the configured requirement sets', () => {
    installOfficeGlobals(createWorkbook(), { requirementSets: { ExcelApi: '1.10' } });
    expect(Office.context.requirements.isSetSupported('ExcelApi', '1.8')).toBe(true);
    expect(Office.context.requirements.isSetSupported('ExcelApi', '1.10')).toBe(true);
    expect(Office.context.requirements.isSetSupported('ExcelApi', '1.11')).toBe(false);
    expect(Office.context.requirements.isSetSupported('WordApi', '1.1')).toBe(false);
  });
});
