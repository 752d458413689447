/**
 * Response packs in the pane, on the Excel double: make packs from the open master, fill one as
 * a vendor would (ExcelJS, in its input cells), preview and apply it, validate the master: the
 * answers are there and counted; in English and in Chinese. Reading takes at most 2 syncs, an
 * apply 2 for all its packs; the same pack twice changes and logs nothing; a refused pack, a
 * conflict left alone and a master changed since the preview write nothing.
 */
import ExcelJS from 'exceljs';
import { PacksStaleError } from '../../../src/adapters/excel/errors';
import { applyImport, makePacks, previewImport } from '../../../src/adapters/excel/packs';
import type { PackApply } from '../../../src/adapters/excel/contract';
import { validateWorkbook } from '../../../src/adapters/excel/validateWorkbook';
import { customPropertiesOf, packBytes } from '../../../src/adapters/xlsx/packBytes';
import { withCustomProperties } from '../../../src/adapters/xlsx/customProperties';
import { readPackBytes } from '../../../src/adapters/xlsx/returnedPack';
import { readSnapshot as readXlsxSnapshot } from '../../../src/adapters/xlsx/readSnapshot';
import { writePlanToWorkbook } from '../../../src/adapters/xlsx/writePlan';
import { CONTRACT_QUESTIONS } from '../../../src/core/catalogue/questions';
import type { Language } from '../../../src/core/catalogue/text';
import { baseOf } from '../../../src/core/packs/base';
import { identityOf, MASTER_ID_PROPERTY } from '../../../src/core/packs/identity';
import { FIELD_NAMES, type PackMerge } from '../../../src/core/packs/planMerge';
import { planPack } from '../../../src/core/packs/planPack';
import { planTemplate } from '../../../src/core/template/planTemplate';
import { cellAt, type WorkbookDouble } from '../../excel-double';
import { committedAnswer } from '../../fixtures/answers';
import { WORKED_EXAMPLE } from '../../fixtures/workedExample';
import { cellOfName, templateOptions, workbookWithTemplate } from './analysisFixtures';
import { layoutOneWorkbook } from './layoutOne';

const BEACON = 'Beacon RTC';

/** A cell's value (a formula's text), null when empty. */
function valueAt(wb: WorkbookDouble, sheet: string, address: string): unknown {
  const cell = cellAt(wb, sheet, address);
  if (!cell) return null;
  return cell.kind === 'value' ? cell.value : cell.kind === 'formula' ? cell.formula : cell.error;
}

/** The cells of a one-column name of a pack, top to bottom. */
function nameCells(workbook: ExcelJS.Workbook, name: string): ExcelJS.Cell[] {
  const range = workbook.definedNames.getRanges(name).ranges[0]!;
  const sheetName = range.slice(0, range.lastIndexOf('!')).replace(/^'|'$/g, '');
  const [from, to = from] = range
    .slice(range.lastIndexOf('!') + 1)
    .replace(/\$/g, '')
    .split(':') as [string, string?];
  const sheet = workbook.getWorksheet(sheetName)!;
  const first = Number(sheet.getCell(from).row);
  const last = Number(sheet.getCell(to).row);
  const col = Number(sheet.getCell(from).col);
  return Array.from({ length: last - first + 1 }, (_, i) => sheet.getCell(first + i, col));
}

/** What the vendor's Excel saves: its edits, with the pack's document properties kept (ExcelJS drops them). */
async function fillAsVendor(data: Uint8Array, edit: (workbook: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  const properties = await customPropertiesOf(data);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(data as unknown as ArrayBuffer);
  edit(workbook);
  return withCustomProperties(new Uint8Array(await workbook.xlsx.writeBuffer()), properties);
}

async function master(language: Language): Promise<WorkbookDouble> {
  return workbookWithTemplate(templateOptions(WORKED_EXAMPLE.vendors, { ...WORKED_EXAMPLE, language }));
}

/** Beacon answers every contract question and raises its platform fee (80,000 in the worked example) to 82,000. */
const answerAll = (workbook: ExcelJS.Workbook) => {
  nameCells(workbook, 'vc_Answers').forEach((cell, r) => {
    if (r < CONTRACT_QUESTIONS.length) cell.value = committedAnswer(CONTRACT_QUESTIONS[r]!.id);
  });
  nameCells(workbook, 'vc_PlatformFee')[0]!.value = 82000;
};

const applyAll = (file: string, merge: PackMerge, taken = merge.changes): PackApply => ({
  file,
  vendor: merge.vendor!,
  round: merge.round!,
  changes: taken,
});

function mergeOf(preview: Awaited<ReturnType<typeof previewImport>>, i = 0): PackMerge {
  const p = preview.packs[i]!;
  if (!('merge' in p)) throw new Error(`${p.file} unreadable`);
  return p.merge;
}

const logSheetOf = (wb: WorkbookDouble) => {
  const name = wb.state.names.find((n) => n.name === 'vc_ChangeLog');
  return name ? wb.state.sheets.find((s) => s.id === name.sheetId) : undefined;
};

describe.each<Language>(['en', 'zh'])('the pane’s pack round trip (%s)', (language) => {
  it('makes packs, previews and applies a filled one; validate counts the answers; the same pack twice changes nothing', async () => {
    const wb = await master(language);
    const beforeSyncs = wb.stats.syncs;
    const made = await makePacks(wb.newContext(), { vendors: [BEACON], language, round: 2 }, () => 'master-1');
    // Read in 2, and one more to give the master its id.
    expect(made).toMatchObject({ masterId: 'master-1', idAdded: true, syncs: 3 });
    expect(wb.stats.syncs - beforeSyncs).toBe(3);
    expect(wb.state.customProperties).toEqual([{ key: MASTER_ID_PROPERTY, value: 'master-1' }]);
    expect(made.packs.map((p) => [p.vendor, p.fileName])).toEqual([[BEACON, 'Beacon RTC.xlsx']]);
    expect(identityOf(await customPropertiesOf(made.packs[0]!.data))).toMatchObject({ masterId: 'master-1', vendor: BEACON, round: 2 });
    // A second run keeps the id: two syncs.
    expect(await makePacks(wb.newContext(), { vendors: [], language, round: 2 }, () => 'other')).toMatchObject({
      masterId: 'master-1',
      idAdded: false,
      syncs: 2,
    });

    const filled = await fillAsVendor(made.packs[0]!.data, answerAll);
    const open = async () => (await validateWorkbook(wb.newContext(), 'en')).summary.openQuestions;
    const openBefore = await open();
    const protectedBefore = wb.state.sheets.filter((s) => s.protection.protected).map((s) => s.name);

    let syncs = wb.stats.syncs;
    const preview = await previewImport(wb.newContext(), [{ name: 'Beacon RTC.xlsx', data: filled }]);
    expect(wb.stats.syncs - syncs).toBeLessThanOrEqual(2);
    const merge = mergeOf(preview);
    // Seven answers and the fee (hand count: 7 + 1).
    expect(merge).toMatchObject({ vendor: BEACON, round: 2, status: 'merged', reason: null, conflicts: [] });
    expect(merge.changes).toHaveLength(8);
    const fee = cellOfName(wb, 'vc_PlatformFee', 0, 1);
    expect(merge.changes).toContainEqual(expect.objectContaining({ sheet: fee.sheet, cell: fee.address, old: '80000', new: '82000' }));

    syncs = wb.stats.syncs;
    const applied = await applyImport(wb.newContext(), [applyAll('Beacon RTC.xlsx', merge)], preview.language, new Date('2027-01-20T08:30:00Z'));
    expect(wb.stats.syncs - syncs).toBeLessThanOrEqual(2);
    expect(applied).toMatchObject({ written: 8, syncs: 2 });
    expect(valueAt(wb, fee.sheet, fee.address)).toBe(82000);
    expect(await open()).toBe(openBefore - 7);
    expect(wb.state.sheets.filter((s) => s.protection.protected).map((s) => s.name)).toEqual(protectedBefore);

    // The Change log: a header in the template's language and a row per change.
    const log = logSheetOf(wb)!;
    expect(log.name).toBe(language === 'zh' ? '变更记录' : 'Change log');
    expect(applied.logSheet).toBe(log.name);
    expect(valueAt(wb, log.name, 'C1')).toBe(language === 'zh' ? '供应商' : 'Vendor');
    const feeRow = Array.from({ length: 8 }, (_, i) => i + 2).find((r) => valueAt(wb, log.name, `E${r}`) === fee.address)!;
    expect(['A', 'B', 'C', 'D', 'E', 'G', 'H', 'I'].map((c) => valueAt(wb, log.name, `${c}${feeRow}`))).toEqual([
      '2027-01-20 08:30:00',
      2,
      BEACON,
      fee.sheet,
      fee.address,
      '80000',
      '82000',
      'Beacon RTC.xlsx',
    ]);
    expect(valueAt(wb, log.name, 'A10')).toBeNull();

    // The same pack again: nothing to change, nothing logged.
    const again = mergeOf(await previewImport(wb.newContext(), [{ name: 'Beacon RTC.xlsx', data: filled }]));
    expect(again).toMatchObject({ status: 'unchanged', changes: [], conflicts: [] });
    syncs = wb.stats.syncs;
    expect(await applyImport(wb.newContext(), [applyAll('Beacon RTC.xlsx', again)], language)).toMatchObject({ written: 0 });
    expect(wb.stats.syncs).toBe(syncs);
    expect(valueAt(wb, log.name, 'A10')).toBeNull();
  });
});

describe('packs from the pane', () => {
  it('hold what the CLI’s packs of the same master hold, name by name', async () => {
    const wb = await master('en');
    const made = await makePacks(wb.newContext(), { vendors: [BEACON], language: 'en', round: 1 }, () => 'm');
    // The CLI's way: the same template written by ExcelJS, read back, planned and packed.
    const file = writePlanToWorkbook(planTemplate(templateOptions(WORKED_EXAMPLE.vendors, { ...WORKED_EXAMPLE })));
    const reread = new ExcelJS.Workbook();
    await reread.xlsx.load(await file.xlsx.writeBuffer());
    const snapshot = readXlsxSnapshot(reread, 'master.xlsx');
    const identity = { masterId: 'm', vendor: BEACON, round: 1, questions: '', layoutVersion: 0, made: '' };
    const cli = await packBytes(
      planPack(snapshot, { vendorIndex: 1, round: 1, language: 'en' }),
      identity,
      baseOf(snapshot, Object.keys(FIELD_NAMES), 1),
    );
    const [pane, theirs] = [await readPackBytes(made.packs[0]!.data, 'pane'), await readPackBytes(cli, 'cli')];
    expect(Object.keys(pane.snapshot.blocks).sort()).toEqual(Object.keys(theirs.snapshot.blocks).sort());
    for (const name of Object.keys(theirs.snapshot.blocks)) {
      expect({ name, values: pane.snapshot.blocks[name]!.values }).toEqual({ name, values: theirs.snapshot.blocks[name]!.values });
    }
    expect(pane.base).toEqual(theirs.base);
  });

  it('refuses an unknown vendor, and writes nothing', async () => {
    const wb = await master('en');
    const syncs = wb.stats.syncs;
    await expect(makePacks(wb.newContext(), { vendors: ['Nobody'], language: 'en', round: 1 })).rejects.toMatchObject({
      reason: 'unknownVendor',
      detail: ['Nobody'],
    });
    expect(wb.stats.syncs - syncs).toBe(2);
    expect(wb.state.customProperties).toEqual([]);
  });

  it('refuses a master of the first layout (its packs could not merge back), and writes nothing', async () => {
    const wb = await layoutOneWorkbook();
    await expect(makePacks(wb.newContext(), { vendors: [], language: 'en', round: 1 })).rejects.toMatchObject({ reason: 'layout' });
    expect(wb.state.customProperties).toEqual([]);
  });
});

describe('importing in the pane', () => {
  async function packed() {
    const wb = await master('en');
    const made = await makePacks(wb.newContext(), { vendors: [BEACON], language: 'en', round: 1 }, () => 'master-1');
    return { wb, data: made.packs[0]!.data };
  }

  it('refuses a pack of another master or of a vendor the master no longer has, with the reason; an unreadable file is named', async () => {
    const { wb, data } = await packed();
    const filled = await fillAsVendor(data, answerAll);
    const other = await withCustomProperties(filled, { 'VendorCompare.Pack.Master': 'someone-else' });
    const gone = await withCustomProperties(filled, { 'VendorCompare.Pack.Vendor': 'Zeta Talk' });
    const preview = await previewImport(wb.newContext(), [
      { name: 'other.xlsx', data: other },
      { name: 'gone.xlsx', data: gone },
      { name: 'notes.xlsx', data: new TextEncoder().encode('not a workbook') },
    ]);
    expect(preview.packs[0]).toMatchObject({ file: 'other.xlsx', merge: { status: 'refused', reason: { kind: 'otherMaster' }, changes: [] } });
    expect(preview.packs[1]).toMatchObject({
      file: 'gone.xlsx',
      merge: { status: 'refused', reason: { kind: 'vendorGone', detail: 'Zeta Talk' }, changes: [] },
    });
    expect(preview.packs[2]).toEqual({ file: 'notes.xlsx', unreadable: true });
    expect(logSheetOf(wb)).toBeUndefined();
  });

  it('lists a cell the buyer changed since the pack was made as a conflict, left alone unless taken', async () => {
    const { wb, data } = await packed();
    const filled = await fillAsVendor(data, answerAll);
    const fee = cellOfName(wb, 'vc_PlatformFee', 0, 1);
    await wb.userEdit(fee.sheet, fee.address, [[81000]]);
    const merge = mergeOf(await previewImport(wb.newContext(), [{ name: 'b.xlsx', data: filled }]));
    expect(merge.status).toBe('conflict');
    expect(merge.conflicts).toEqual([expect.objectContaining({ cell: fee.address, old: '81000', new: '82000' })]);
    expect(merge.changes).toHaveLength(7);

    await applyImport(wb.newContext(), [applyAll('b.xlsx', merge)], 'en');
    expect(valueAt(wb, fee.sheet, fee.address)).toBe(81000);
    // Taken on a second preview: the buyer chose the vendor's value.
    const second = mergeOf(await previewImport(wb.newContext(), [{ name: 'b.xlsx', data: filled }]));
    expect(second).toMatchObject({ status: 'conflict', changes: [] });
    const result = await applyImport(wb.newContext(), [applyAll('b.xlsx', second, second.conflicts)], 'en');
    expect(result.written).toBe(1);
    expect(valueAt(wb, fee.sheet, fee.address)).toBe(82000);
    // Header, the 7 changes, then the taken conflict in row 9 (appended, not over the others).
    const log = logSheetOf(wb)!.name;
    expect([valueAt(wb, log, 'E9'), valueAt(wb, log, 'H9'), valueAt(wb, log, 'A10')]).toEqual([fee.address, '82000', null]);
  });

  it('writes nothing when a cell changed between preview and apply', async () => {
    const { wb, data } = await packed();
    const merge = mergeOf(await previewImport(wb.newContext(), [{ name: 'b.xlsx', data: await fillAsVendor(data, answerAll) }]));
    const fee = cellOfName(wb, 'vc_PlatformFee', 0, 1);
    await wb.userEdit(fee.sheet, fee.address, [[90000]]);
    const syncs = wb.stats.syncs;
    await expect(applyImport(wb.newContext(), [applyAll('b.xlsx', merge)], 'en')).rejects.toBeInstanceOf(PacksStaleError);
    expect(wb.stats.syncs - syncs).toBe(1);
    expect(valueAt(wb, fee.sheet, fee.address)).toBe(90000);
    expect(logSheetOf(wb)).toBeUndefined();
  });
});
