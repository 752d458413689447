import { ExcelWriteError, PartialTemplateError, TemplateExistsError } from '../../../src/adapters/excel/errors';
import { insertTemplate } from '../../../src/adapters/excel/insertTemplate';
import { messages } from '../../../src/core/i18n/messages';
import { describeError } from '../../../src/taskpane/errorMessage';
import { DEFAULT_OPTIONS, type TemplateOptions } from '../../../src/core/options';
import { planTemplate } from '../../../src/core/template/planTemplate';
import { cellAt, createWorkbook, definedNames, readSheetGrid, snapshot } from '../../excel-double';
import { measureInsert, measurementOptions } from '../../excel-double/measureInsert';
import { expectPlanWritten } from './expectPlanWritten';

function options(vendorNames: string[], extra: Partial<TemplateOptions> = {}): TemplateOptions {
  return { ...DEFAULT_OPTIONS, scenarios: ['S2'], vendors: vendorNames.map((name) => ({ name })), ...extra };
}

const vendors = (n: number) => Array.from({ length: n }, (_, i) => `Vendor ${i + 1}`);

describe('insertTemplate: the written workbook matches the plan', () => {
  // 50 vendors with every scenario and the Decision sheet pass one 1 MB batch: a third sync.
  it.each([
    [1, 2],
    [3, 2],
    [50, 3],
  ])('%i vendor(s), in %i syncs', async (n, syncs) => {
    const opts = options(vendors(n), { scenarios: ['S1', 'S3'] });
    const wb = createWorkbook();
    const ctx = wb.newContext();
    const result = await insertTemplate(ctx, opts);
    const plan = planTemplate(opts, ['Sheet1']);
    expectPlanWritten(wb, plan, ['Sheet1']);
    expect(result).toEqual({ sheets: plan.sheets.map((s) => ({ key: s.key, name: s.name })), vendorCount: n, syncs });
    expect(ctx.stats.syncs).toBe(syncs);
  });

  it('writes Chinese templates too', async () => {
    const opts = options(vendors(3), { language: 'zh', currency: 'USD' });
    const wb = createWorkbook();
    await insertTemplate(wb.newContext(), opts);
    expectPlanWritten(wb, planTemplate(opts, ['Sheet1']), ['Sheet1']);
  });

  it('uses the expected look for headers and inputs (not only what the adapter itself maps)', async () => {
    const wb = createWorkbook();
    await insertTemplate(wb.newContext(), options(vendors(3)));
    const pricing = planTemplate(options(vendors(3)), ['Sheet1']).sheets.find((s) => s.key === 'pricing')!;
    const header = pricing.formats.find((f) => f.style === 'header')!;
    const input = pricing.formats.find((f) => f.style === 'input')!;
    const at = (r: { row: number; col: number }) => wb.sheet(pricing.name).formats.get(`${r.row},${r.col}`);
    expect(at(header.range)).toMatchObject({ fill: '#1F4E79', fontColor: '#FFFFFF', bold: true });
    expect(at(input.range)).toMatchObject({ fill: '#FFF8E1' });
  });
});

describe('insertTemplate: syncs and request size', () => {
  it.each([3, 50])('stays within 3 syncs and far below 5 MB for %i vendors', async (n) => {
    const m = await measureInsert(n);
    expect(m.syncs).toBeLessThanOrEqual(3);
    expect(m.syncs).toBe(n === 3 ? 2 : 3);
    expect(m.payloadBytes).toHaveLength(m.syncs);
    expect(m.maxPayloadBytes).toBe(Math.max(...m.payloadBytes));
    expect(m.maxPayloadBytes).toBeLessThan(1_000_000);
  });

  it('grows the request with the vendor count', async () => {
    const three = await measureInsert(3);
    const fifty = await measureInsert(50);
    expect(fifty.maxPayloadBytes).toBeGreaterThan(three.maxPayloadBytes * 2);
  });

  it('splits a write too large for one request into two, still 3 syncs, same workbook', async () => {
    const opts = measurementOptions(50);
    const wb = createWorkbook();
    const ctx = wb.newContext();
    const result = await insertTemplate(ctx, opts, { batchBudgetBytes: 100_000 });
    expect(result.syncs).toBe(3);
    expect(ctx.stats.syncs).toBe(3);
    expect(ctx.stats.payloadBytes[1]).toBeLessThanOrEqual(110_000);
    expectPlanWritten(wb, planTemplate(opts, ['Sheet1']), ['Sheet1']);
  });
});

describe('insertTemplate: text stays text', () => {
  const NASTY = ['=HYPERLINK("http://x","y")', '+1', '-2', '@SUM(A1)', '123', 'TRUE'];

  it('writes hostile vendor names and answers as literal text', async () => {
    const opts: TemplateOptions = {
      ...options([]),
      vendors: NASTY.map((name) => ({ name, answers: { Q1: '=1+1', Q2: '\tfoo', Q3: '-5' } })),
    };
    const wb = createWorkbook();
    await insertTemplate(wb.newContext(), opts);
    const plan = planTemplate(opts, ['Sheet1']);
    expectPlanWritten(wb, plan, ['Sheet1']);
    const pricing = plan.sheets.find((s) => s.key === 'pricing')!;
    const grid = readSheetGrid(wb, pricing.name).values;
    const stored = grid.flat().filter((v) => typeof v === 'string');
    for (const name of NASTY) expect(stored).toContain(name);
    const questions = plan.sheets.find((s) => s.key === 'questions')!;
    const answers = readSheetGrid(wb, questions.name).values.flat();
    for (const answer of ['=1+1', '\tfoo', '-5']) expect(answers).toContain(answer);
    // No cell anywhere became a formula the plan did not ask for.
    for (const s of plan.sheets) {
      const planned = s.blocks.flatMap((b) => b.cells.flat()).filter((c) => c !== null && typeof c === 'object').length;
      const formulas = [...wb.sheet(s.name).cells.values()].filter((c) => c.kind === 'formula').length;
      expect(formulas).toBe(planned);
    }
  });
});

describe("insertTemplate: the user's workbook is left alone", () => {
  const seed = {
    sheets: [
      { name: 'Overview', cells: { A1: 'my notes', B2: 42, C3: '=B2*2' } },
      { name: 'Pricing', tabColor: '#FF0000' },
      { name: 'Pricing (2)' },
    ],
    names: [{ name: 'MyRange', sheet: 'Pricing', address: 'A1:B2', comment: 'mine' }],
    activeSheet: 'Pricing',
  };

  it('suffixes taken sheet names and never touches existing sheets, cells or names', async () => {
    const wb = createWorkbook(seed);
    const before = snapshot(wb) as { sheets: unknown[]; names: unknown[] };
    const opts = options(vendors(3));
    const result = await insertTemplate(wb.newContext(), opts);
    const plan = planTemplate(opts, ['Overview', 'Pricing', 'Pricing (2)']);
    expect(result.sheets.find((s) => s.key === 'overview')?.name).toBe('Overview (2)');
    expect(result.sheets.find((s) => s.key === 'pricing')?.name).toBe('Pricing (3)');
    expectPlanWritten(wb, plan, ['Overview', 'Pricing', 'Pricing (2)']);
    const after = snapshot(wb) as { sheets: unknown[]; names: unknown[] };
    expect(after.sheets.slice(0, 3)).toEqual(before.sheets);
    expect(definedNames(wb)[0]).toEqual({ name: 'MyRange', formula: '=Pricing!$A$1:$B$2', comment: 'mine' });
    expect(cellAt(wb, 'Overview', 'C3')).toEqual({ kind: 'formula', formula: '=B2*2' });
  });

  it('refuses a second template, naming its sheet, and writes nothing', async () => {
    const wb = createWorkbook({ ...seed, names: [...seed.names, { name: 'vc_Term', sheet: 'Pricing (2)', address: 'B4' }] });
    const before = snapshot(wb);
    const ctx = wb.newContext();
    const error = await insertTemplate(ctx, options(vendors(3))).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TemplateExistsError);
    expect((error as TemplateExistsError).sheetName).toBe('Pricing (2)');
    expect(snapshot(wb)).toEqual(before);
    expect(ctx.stats.syncs).toBe(1);
  });

  it("inserts next to a user's own vc_ name, and leaves it alone", async () => {
    const wb = createWorkbook({ ...seed, names: [...seed.names, { name: 'vc_budget', sheet: 'Pricing', address: 'A1' }] });
    await insertTemplate(wb.newContext(), options(vendors(2)));
    expect(definedNames(wb).find((n) => n.name === 'vc_budget')).toMatchObject({ formula: '=Pricing!$A$1' });
    expect(definedNames(wb).some((n) => n.name === 'vc_VendorNames')).toBe(true);
  });

  it('never overwrites a name the template needs, even one the user made', async () => {
    const wb = createWorkbook({ ...seed, names: [...seed.names, { name: 'vc_TCO', sheet: 'Pricing', address: 'A1' }] });
    const before = snapshot(wb);
    const error = await insertTemplate(wb.newContext(), options(vendors(2))).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TemplateExistsError);
    expect(snapshot(wb)).toEqual(before);
  });
});

describe('insertTemplate: a failed write is rolled back', () => {
  it.each([
    ['the first write operation', { atSync: 2 }],
    ['a defined name late in the batch', { when: (op: { op: string; args: unknown[] }) => op.op === 'add' && op.args[0] === 'vc_Answers' }],
    ['the activation at the very end', { when: (op: { op: string }) => op.op === 'activate' }],
  ])('fails at %s: ExcelWriteError with Excel message and code, workbook as before', async (_where, spec) => {
    const wb = createWorkbook({
      sheets: [{ name: 'Data', cells: { A1: 'keep' } }],
      names: [{ name: 'Mine', sheet: 'Data', address: 'A1' }],
    });
    const before = snapshot(wb);
    wb.injectFailure({ ...spec, code: 'InvalidArgument', message: 'The argument is invalid or missing or has an incorrect format.' });
    const ctx = wb.newContext();
    const error = await insertTemplate(ctx, options(vendors(3))).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ExcelWriteError);
    expect(error).toMatchObject({
      code: 'InvalidArgument',
      message: 'The argument is invalid or missing or has an incorrect format.',
      cleanupFailed: false,
    });
    expect(snapshot(wb)).toEqual(before);
    expect(ctx.stats.syncs).toBe(3);
  });

  it('rolls back sheets written by an earlier batch when the second batch fails', async () => {
    const wb = createWorkbook();
    const before = snapshot(wb);
    wb.injectFailure({ atSync: 3, afterOps: 5, code: 'GeneralException', message: 'boom' });
    const ctx = wb.newContext();
    const error = await insertTemplate(ctx, measurementOptions(50), { batchBudgetBytes: 100_000 }).catch((e: unknown) => e);
    expect(error).toMatchObject({ name: 'ExcelWriteError', code: 'GeneralException' });
    expect(snapshot(wb)).toEqual(before);
    expect(ctx.stats.syncs).toBe(4);
  });

  it('says so when the cleanup fails too', async () => {
    const wb = createWorkbook();
    wb.injectFailure({ when: (op) => op.op === 'activate', code: 'GeneralException', message: 'write failed' });
    wb.injectFailure({ atSync: 3, code: 'GeneralException', message: 'cleanup failed' });
    const error = await insertTemplate(wb.newContext(), options(vendors(1))).catch((e: unknown) => e);
    expect(error).toMatchObject({ message: 'write failed', cleanupFailed: true });
    expect((error as ExcelWriteError).cleanupError).toMatchObject({ message: 'cleanup failed' });
  });

  it('names every sheet a failed cleanup may leave, and the pane says how to remove them and the vc_ names', async () => {
    const wb = createWorkbook();
    wb.injectFailure({ when: (op) => op.op === 'activate', code: 'GeneralException', message: 'write failed' });
    wb.injectFailure({ atSync: 3, code: 'GeneralException', message: 'cleanup failed' });
    const opts = options(vendors(2));
    const error = await insertTemplate(wb.newContext(), opts).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PartialTemplateError);
    const partial = error as PartialTemplateError;
    expect(partial.sheetNames).toEqual(planTemplate(opts, ['Sheet1']).sheets.map((s) => s.name));
    // What the failed insert left behind: its sheets (all named in the error) and vc_ names.
    const leftSheets = wb.sheetNames.filter((n) => n !== 'Sheet1');
    expect(leftSheets.length).toBeGreaterThan(0);
    for (const sheet of leftSheets) expect(partial.sheetNames).toContain(sheet);
    expect(definedNames(wb).length).toBeGreaterThan(0);
    for (const n of definedNames(wb)) expect(n.name.startsWith('vc_')).toBe(true);
    // Those leftovers make a retry report an existing template, so the message must say how to clear them.
    await expect(insertTemplate(wb.newContext(), opts)).rejects.toBeInstanceOf(TemplateExistsError);
    const text = describeError(error, 'insert', messages('en').ui);
    for (const sheet of leftSheets) expect(text.body).toContain(sheet);
    expect(text.body).toContain('Formulas > Name Manager');
    expect(text.body).toContain('write failed');
  });
});
