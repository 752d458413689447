/**
 * The pane and protected sheets: insert protects every template sheet without a password, inputs
 * unlocked; fill and validation marks write through the protection and leave it as it was; a
 * sheet protected with the user's password stops them before any write; a failed write leaves no
 * sheet unprotected.
 */
import { ExcelWriteError, ProtectionNotRestoredError, SheetPasswordError } from '../../../src/adapters/excel/errors';
import { fillFormulas } from '../../../src/adapters/excel/fillFormulas';
import { clearMarks, MARK_FORMULA, markFindings } from '../../../src/adapters/excel/marks';
import { validateWorkbook } from '../../../src/adapters/excel/validateWorkbook';
import { rectAddress } from '../../../src/core/plan/a1';
import { planTemplate } from '../../../src/core/template/planTemplate';
import { formatAt, snapshot, type WorkbookDouble } from '../../excel-double';
import { protectedState } from '../../excel-double/protection';
import { formulaCells, inputCells } from '../../support/inputBlocks';
import { nameAt, named, setModels, templateOptions, workbookWithTemplate } from './analysisFixtures';
import { layoutOneWorkbook } from './layoutOne';

const options = templateOptions(named('Aurora', 'Beacon', 'Cosmo'), { scenarios: ['S1'] });

const isLocked = (wb: WorkbookDouble, ref: string) => {
  const [sheet, address] = ref.split('!') as [string, string];
  return formatAt(wb, sheet, address).locked !== false;
};

const protections = (wb: WorkbookDouble) => wb.state.sheets.map((s) => ({ sheet: s.name, ...s.protection }));
const allProtected = (wb: WorkbookDouble) => wb.state.sheets.filter((s) => s.name !== 'Sheet1').every((s) => s.protection.protected);
const marks = (wb: WorkbookDouble) => wb.state.sheets.flatMap((s) => s.conditionalFormats.filter((cf) => cf.formula === MARK_FORMULA));

/** Every computed formula on Pricing deleted (typed over), so fill has something to write. */
async function deleteComputed(wb: WorkbookDouble): Promise<void> {
  const { sheet, rect } = nameAt(wb, 'vc_Computed');
  await wb.userEdit(sheet, rectAddress(rect), Array.from({ length: rect.rows }, () => Array.from({ length: rect.cols }, () => '')));
}

/** The user protects `sheet` with a password of their own (Review > Protect Sheet). */
function userPassword(wb: WorkbookDouble, sheet: string): void {
  wb.sheet(sheet).protection = protectedState({ allowFormatColumns: true }, 'secret');
}

describe('insert protects the template', () => {
  it('unlocks every cell a user types in, locks every formula cell, protects every sheet without a password', async () => {
    const wb = await workbookWithTemplate(options);
    const plan = planTemplate(options, ['Sheet1']);
    expect(inputCells(plan).filter((ref) => isLocked(wb, ref))).toEqual([]);
    expect(formulaCells(plan).filter((ref) => !isLocked(wb, ref))).toEqual([]);
    expect(allProtected(wb)).toBe(true);
    expect(wb.state.sheets.every((s) => s.protection.password === null)).toBe(true);
    // A user can type in an input on the protected sheet, not over a formula.
    const ctx = wb.newContext();
    const model = nameAt(wb, 'vc_Model');
    ctx.workbook.worksheets.getItemOrNullObject(model.sheet).getRangeByIndexes(model.rect.row, model.rect.col, 1, 1).values = [['x']];
    await ctx.sync();
    const total = nameAt(wb, 'vc_TCO');
    ctx.workbook.worksheets.getItemOrNullObject(total.sheet).getRangeByIndexes(total.rect.row, total.rect.col, 1, 1).values = [[1]];
    await expect(ctx.sync()).rejects.toMatchObject({ code: 'AccessDenied' });
  });
});

describe('fill on protected sheets', () => {
  it('writes through the protection in the usual 2 syncs and leaves every sheet protected with its options', async () => {
    const wb = await workbookWithTemplate(options);
    await setModels(wb, ['tiered', 'subscription', null]);
    await deleteComputed(wb);
    const before = protections(wb);
    const ctx = wb.newContext();
    const result = await fillFormulas(ctx, false);
    expect(result).toMatchObject({ applied: true, syncs: 2 });
    expect(ctx.stats.syncs).toBe(2);
    expect(protections(wb)).toEqual(before);
    const { sheet, rect } = nameAt(wb, 'vc_Computed');
    expect(formatAt(wb, sheet, rectAddress({ ...rect, rows: 1, cols: 1 })).locked).toBeUndefined();
  });

  it('upgrades a protected layout-1 workbook (rows inserted, formats and rules written) and leaves it protected', async () => {
    const wb = await layoutOneWorkbook();
    expect(allProtected(wb)).toBe(true);
    const result = await fillFormulas(wb.newContext(), false);
    expect(result).toMatchObject({ applied: true, upgraded: true, syncs: 3 });
    expect(allProtected(wb)).toBe(true);
  });

  it("refuses a sheet protected with the user's password, naming it, and writes nothing", async () => {
    const wb = await workbookWithTemplate(options);
    await deleteComputed(wb);
    const pricing = nameAt(wb, 'vc_Computed').sheet;
    userPassword(wb, pricing);
    const before = snapshot(wb);
    const beforeProtection = protections(wb);
    const error = await fillFormulas(wb.newContext(), false).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SheetPasswordError);
    expect((error as SheetPasswordError).sheetName).toBe(pricing);
    expect(snapshot(wb)).toEqual(before);
    expect(protections(wb)).toEqual(beforeProtection);
  });

  it('puts the protection back when the write fails after the unprotect, and reports the write error', async () => {
    const wb = await workbookWithTemplate(options);
    await deleteComputed(wb);
    const before = protections(wb);
    // The second sync is the write: fail it after the unprotect and a first write went through.
    wb.injectFailure({ atSync: 2, afterOps: 3, code: 'GeneralException', message: 'Excel is busy.' });
    const error = await fillFormulas(wb.newContext(), false).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ExcelWriteError);
    expect(error).not.toBeInstanceOf(SheetPasswordError);
    expect((error as ExcelWriteError).message).toBe('Excel is busy.');
    expect(protections(wb)).toEqual(before);
  });

  it('says which sheets stay unprotected when protecting them again fails too', async () => {
    const wb = await workbookWithTemplate(options);
    await deleteComputed(wb);
    const pricing = nameAt(wb, 'vc_Computed').sheet;
    wb.injectFailure({ atSync: 2, afterOps: 3 });
    // Sync 3 reads the protection back; sync 4 protects again and fails (office-js 6784).
    wb.injectFailure({ atSync: 4, code: 'AccessDenied' });
    const error = await fillFormulas(wb.newContext(), false).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ProtectionNotRestoredError);
    expect((error as ProtectionNotRestoredError).sheetNames).toEqual([pricing]);
  });
});

describe('validation marks on protected sheets', () => {
  it('marks and clears in 2 syncs each, leaving every sheet protected', async () => {
    const wb = await workbookWithTemplate(options);
    const before = protections(wb);
    const { findings } = await validateWorkbook(wb.newContext(), 'en');
    expect(findings.some((f) => f.cell)).toBe(true);
    const ctx = wb.newContext();
    await markFindings(ctx, findings);
    expect(ctx.stats.syncs).toBe(2);
    expect(marks(wb).length).toBeGreaterThan(0);
    expect(protections(wb)).toEqual(before);
    const clear = wb.newContext();
    await clearMarks(clear);
    expect(clear.stats.syncs).toBe(2);
    expect(marks(wb)).toEqual([]);
    expect(protections(wb)).toEqual(before);
  });

  it("refuses to mark when a marked sheet has the user's password, and adds no mark anywhere", async () => {
    const wb = await workbookWithTemplate(options);
    const { findings } = await validateWorkbook(wb.newContext(), 'en');
    const sheet = findings.find((f) => f.sheet && f.cell)!.sheet!;
    userPassword(wb, sheet);
    const before = snapshot(wb);
    const error = await markFindings(wb.newContext(), findings).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SheetPasswordError);
    expect((error as SheetPasswordError).sheetName).toBe(sheet);
    expect(snapshot(wb)).toEqual(before);
    expect(marks(wb)).toEqual([]);
  });
});

