/**
 * Packs that come back damaged or tampered with, made by the real `pack` command and edited as a
 * vendor (or its Excel) would: each is refused with a message naming the file and what is wrong,
 * and the master is not written. Also: a pack in the master's other language merges, and
 * `validate` checks a pack on its own.
 */
import { readFileSync, writeFileSync } from 'fs';
import { join } from 'path';
import type ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { withCustomPropertiesXml } from '../../src/adapters/xlsx/customProperties';
import { compoundFile } from '../adapters/xlsx/zipFixtures';
import { runCli, tempFolder } from './runCli';
import { answeredOptions, loadWorkbook, writeWorkbook } from './workbooks';

const PACK = join('packs', 'Beacon RTC.xlsx');

/** A master and Beacon RTC's pack beside it, in `lang`. */
async function masterAndPack(lang: 'en' | 'zh' = 'en'): Promise<string> {
  const dir = tempFolder();
  await writeWorkbook(join(dir, 'master.xlsx'), answeredOptions());
  expect(await runCli(['pack', 'master.xlsx', '-o', 'packs', '--vendors', 'Beacon RTC', '--lang', lang], dir)).toMatchObject({ code: 0 });
  return dir;
}

/** The pack after `edit`, its document properties kept as Excel keeps them (ExcelJS drops them). */
async function editPack(dir: string, edit: (workbook: ExcelJS.Workbook) => void): Promise<void> {
  const path = join(dir, PACK);
  const custom = await (await JSZip.loadAsync(readFileSync(path))).file('docProps/custom.xml')!.async('string');
  const workbook = await loadWorkbook(path);
  edit(workbook);
  writeFileSync(path, await withCustomPropertiesXml(new Uint8Array(await workbook.xlsx.writeBuffer()), custom));
}

/** The first cell of a one-column name in the pack. */
function firstCell(workbook: ExcelJS.Workbook, name: string): ExcelJS.Cell {
  const range = workbook.definedNames.getRanges(name).ranges[0]!;
  const sheet = range.slice(0, range.lastIndexOf('!')).replace(/^'|'$/g, '');
  const address = range
    .slice(range.lastIndexOf('!') + 1)
    .replace(/\$/g, '')
    .split(':')[0]!;
  return workbook.getWorksheet(sheet)!.getCell(address);
}

async function mergeRefused(dir: string): Promise<string> {
  const master = readFileSync(join(dir, 'master.xlsx'));
  const run = await runCli(['merge', 'master.xlsx', PACK], dir);
  expect(readFileSync(join(dir, 'master.xlsx')).equals(master)).toBe(true);
  expect(run.code).toBeGreaterThan(0);
  return run.stdout + run.stderr;
}

describe('bad packs', () => {
  it('refuses a pack whose protection was removed and a label edited, naming the sheet', async () => {
    const dir = await masterAndPack();
    await editPack(dir, (workbook) => {
      const questions = workbook.getWorksheet('Questions')!;
      questions.unprotect();
      // The question text beside Q1 (a locked cell) softened by the vendor.
      const q1 = firstCell(workbook, 'vc_QuestionIds');
      questions.getCell(Number(q1.row), Number(q1.col) + 1).value = 'Is support included? (vendor’s wording)';
    });
    expect(await mergeRefused(dir)).toContain('refused: a locked cell on the pack’s sheet Questions was edited (its protection was removed)');
  });

  it('merges a pack filled in its input cells only (the locked content unchanged)', async () => {
    const dir = await masterAndPack();
    await editPack(dir, (workbook) => (firstCell(workbook, 'vc_PlatformFee').value = 70000));
    const run = await runCli(['merge', 'master.xlsx', PACK], dir);
    expect(run.stdout).toContain('1 change(s) merged');
    expect(run.code).toBe(0);
  });

  it('refuses a pack whose questions were reordered', async () => {
    const dir = await masterAndPack();
    await editPack(dir, (workbook) => {
      const first = firstCell(workbook, 'vc_QuestionIds');
      const second = first.worksheet.getCell(Number(first.row) + 1, Number(first.col));
      [first.value, second.value] = [second.value, first.value];
    });
    expect(await mergeRefused(dir)).toContain('refused: the pack’s questions were deleted, added or reordered');
  });

  it('refuses a pack with a renamed sheet, naming it', async () => {
    const dir = await masterAndPack();
    await editPack(dir, (workbook) => (workbook.getWorksheet('Coverage')!.name = 'Our coverage'));
    expect(await mergeRefused(dir)).toContain('refused: the pack’s sheet Coverage was renamed or deleted');
  });

  it('refuses a formula typed over an input, naming the pack cell', async () => {
    const dir = await masterAndPack();
    await editPack(dir, (workbook) => (firstCell(workbook, 'vc_PlatformFee').value = { formula: '60000*1.1' } as ExcelJS.CellFormulaValue));
    expect(await mergeRefused(dir)).toMatch(/Pricing'?!D7 \(platform fee \/ year\)/);
  });

  it('reports a truncated and a password-protected pack as unreadable (exit 2), naming each file', async () => {
    const dir = await masterAndPack();
    const bytes = readFileSync(join(dir, PACK));
    writeFileSync(join(dir, 'cut.xlsx'), bytes.subarray(0, Math.floor(bytes.length / 2)));
    writeFileSync(join(dir, 'secret.xlsx'), compoundFile(['EncryptionInfo', 'EncryptedPackage']));
    const run = await runCli(['merge', 'master.xlsx', 'cut.xlsx', 'secret.xlsx'], dir);
    expect(run.code).toBe(2);
    expect(run.stdout).toContain('cut.xlsx: cut.xlsx is damaged');
    expect(run.stdout).toContain('secret.xlsx: secret.xlsx is password-protected');
  });

  it('refuses the pack of a vendor removed from the master since', async () => {
    const dir = await masterAndPack();
    expect(await runCli(['vendors', 'remove', 'master.xlsx', '--name', 'Beacon RTC', '--force'], dir)).toMatchObject({ code: 0 });
    expect(await mergeRefused(dir)).toContain('Beacon RTC');
  });

  it('merges a Chinese pack into an English master in the master’s labels', async () => {
    const dir = await masterAndPack('zh');
    // The vendor switches its model to 按需付费型 (Pay-as-you-go) and marks Q1 否 (No).
    await editPack(dir, (workbook) => {
      firstCell(workbook, 'vc_Model').value = '按需付费型';
      firstCell(workbook, 'vc_InContract').value = '否';
    });
    const run = await runCli(['merge', 'master.xlsx', PACK, '--json'], dir);
    expect(run.code).toBe(0);
    const changes = (JSON.parse(run.stdout) as { packs: { changes: { field: string; new: string }[] }[] }).packs[0]!.changes;
    expect(changes).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ field: 'model', new: 'Pay-as-you-go' }),
        expect.objectContaining({ field: 'Q1 in contract', new: 'No' }),
      ]),
    );
    const master = await loadWorkbook(join(dir, 'master.xlsx'));
    expect(master.getWorksheet('Pricing')!.getCell('E4').value).toBe('Pay-as-you-go');
  });

  it('validates a pack on its own: the vendor’s open answers are counted', async () => {
    const dir = await masterAndPack();
    await editPack(dir, (workbook) => (firstCell(workbook, 'vc_Answers').value = ''));
    const run = await runCli(['validate', PACK, '--json'], dir);
    const file = (JSON.parse(run.stdout) as { files: { file: string; summary: { vendors: number; openQuestions: number } }[] }).files[0]!;
    expect(file.summary).toMatchObject({ vendors: 1, openQuestions: expect.any(Number) });
    expect(file.summary.openQuestions).toBeGreaterThanOrEqual(1);
  });
});
