/**
 * The questionnaire round trip in the CLI: make packs, fill one as a vendor would (ExcelJS, in
 * its unlocked cells), merge it back, validate the master: the answers are there and counted.
 * Then the buyer edits a value the vendor changed too: merging the pack again is a conflict.
 */
import { join } from 'path';
import { CONTRACT_QUESTIONS } from '../../src/core/catalogue/questions';
import { runCli, tempFolder } from './runCli';
import { loadWorkbook, writeWorkbook } from './workbooks';
import { WORKED_EXAMPLE } from '../fixtures/workedExample';
import { committedAnswer } from '../fixtures/answers';
import type ExcelJS from 'exceljs';
import { readFileSync, writeFileSync } from 'fs';
import JSZip from 'jszip';
import { withCustomPropertiesXml } from '../../src/adapters/xlsx/customProperties';

/** The cells of a one-column name of a pack, top to bottom. */
function nameCells(workbook: ExcelJS.Workbook, name: string): ExcelJS.Cell[] {
  const range = workbook.definedNames.getRanges(name).ranges[0]!;
  const [sheetPart, address] = [
    range.slice(0, range.lastIndexOf('!')).replace(/^'|'$/g, ''),
    range.slice(range.lastIndexOf('!') + 1).replace(/\$/g, ''),
  ];
  const [from, to = from] = address.split(':') as [string, string?];
  const sheet = workbook.getWorksheet(sheetPart)!;
  const first = sheet.getCell(from).row as unknown as number;
  const last = sheet.getCell(to).row as unknown as number;
  const col = sheet.getCell(from).col as unknown as number;
  return Array.from({ length: last - first + 1 }, (_, i) => sheet.getCell(first + i, col));
}

/** What the vendor's Excel saves: its edits, and the document properties as they were (ExcelJS
 * drops them; Excel keeps them). */
async function fillAsVendor(path: string, edit: (workbook: ExcelJS.Workbook) => void): Promise<void> {
  const custom = await customXmlOf(path);
  const workbook = await loadWorkbook(path);
  edit(workbook);
  writeFileSync(path, await withCustomPropertiesXml(new Uint8Array(await workbook.xlsx.writeBuffer()), custom));
}

async function customXmlOf(path: string): Promise<string> {
  return (await JSZip.loadAsync(readFileSync(path))).file('docProps/custom.xml')!.async('string');
}

describe('pack, fill, merge, validate', () => {
  it('carries a vendor’s answers and prices into the master, counted by validate; a later buyer edit is a conflict', async () => {
    const dir = tempFolder();
    await writeWorkbook(join(dir, 'master.xlsx'), WORKED_EXAMPLE);
    const packed = await runCli(['pack', 'master.xlsx', '-o', 'packs', '--vendors', 'Beacon RTC', '--deadline', '2027-01-15'], dir);
    expect(packed).toMatchObject({ code: 0, stderr: '' });

    // Beacon answers all seven contract questions, marks Q1 as in the contract, and raises its fee.
    await fillAsVendor(join(dir, 'packs', 'Beacon RTC.xlsx'), (workbook) => {
      nameCells(workbook, 'vc_Answers').forEach((cell, r) => {
        if (r < CONTRACT_QUESTIONS.length) cell.value = committedAnswer(CONTRACT_QUESTIONS[r]!.id);
      });
      nameCells(workbook, 'vc_InContract')[0]!.value = 'Yes';
      nameCells(workbook, 'vc_PlatformFee')[0]!.value = 82000;
    });
    const before = JSON.parse((await runCli(['validate', 'master.xlsx', '--json'], dir)).stdout) as {
      files: { summary: { openQuestions: number } }[];
    };
    const merged = await runCli(['merge', 'master.xlsx', join('packs', 'Beacon RTC.xlsx')], dir);
    expect(merged.stderr).toBe('');
    expect(merged.stdout).toContain('(Beacon RTC, round 1): 9 change(s) merged');
    expect(merged.code).toBe(0);
    const after = JSON.parse((await runCli(['validate', 'master.xlsx', '--json'], dir)).stdout) as {
      files: { summary: { openQuestions: number } }[];
    };
    // Seven of Beacon's questions are answered now.
    expect(after.files[0]!.summary.openQuestions).toBe(before.files[0]!.summary.openQuestions - 7);
    const master = await loadWorkbook(join(dir, 'master.xlsx'));
    expect(master.getWorksheet('Pricing')!.getCell('E7').value).toBe(82000);

    // The buyer then corrects the fee to 81,000 in the master. The same pack merged again says
    // 82,000 against its base of 80,000 (the master's value when it was made), while the master
    // now says 81,000: both changed it, a conflict, left as the master has it.
    master.getWorksheet('Pricing')!.getCell('E7').value = 81000;
    await master.xlsx.writeFile(join(dir, 'master-edited.xlsx'));
    const custom = await customXmlOf(join(dir, 'master.xlsx'));
    writeFileSync(join(dir, 'master.xlsx'), await withCustomPropertiesXml(readFileSync(join(dir, 'master-edited.xlsx')), custom));
    const conflict = await runCli(['merge', 'master.xlsx', join('packs', 'Beacon RTC.xlsx'), '--json'], dir);
    expect(conflict.code).toBe(1);
    const pack = (JSON.parse(conflict.stdout) as { packs: { status: string; conflicts: { cell: string; old: string; new: string }[] }[] }).packs[0]!;
    expect(pack).toMatchObject({ status: 'conflict', conflicts: [{ cell: 'E7', old: '81000', new: '82000' }] });
  });

  it('shows in a later round only what the vendor changed since the previous one, logged with its round', async () => {
    const dir = tempFolder();
    await writeWorkbook(join(dir, 'master.xlsx'), WORKED_EXAMPLE);
    const pack = join('packs', 'Beacon RTC.xlsx');
    await runCli(['pack', 'master.xlsx', '-o', 'packs', '--vendors', 'Beacon RTC'], dir);
    await fillAsVendor(join(dir, pack), (workbook) => {
      nameCells(workbook, 'vc_PlatformFee')[0]!.value = 82000;
      nameCells(workbook, 'vc_DayRate')[0]!.value = 5000;
    });
    expect((await runCli(['merge', 'master.xlsx', pack], dir)).code).toBe(0);
    // Round 2 is made from the master holding round 1's answers; the vendor lowers the fee again.
    await runCli(['pack', 'master.xlsx', '-o', 'packs', '--vendors', 'Beacon RTC', '--round', '2', '--force'], dir);
    await fillAsVendor(join(dir, pack), (workbook) => (nameCells(workbook, 'vc_PlatformFee')[0]!.value = 79000));
    const second = await runCli(['merge', 'master.xlsx', pack, '--json'], dir);
    expect(second.code).toBe(0);
    const report = (JSON.parse(second.stdout) as { packs: { round: number; changes: { field: string; old: string; new: string }[] }[] }).packs[0]!;
    expect(report).toMatchObject({ round: 2, changes: [{ field: 'platform fee / year', old: '82000', new: '79000' }] });
    const log = (await loadWorkbook(join(dir, 'master.xlsx'))).getWorksheet('Change log')!;
    // Header, two round-1 rows (fee, day rate), one round-2 row.
    expect(log.actualRowCount).toBe(4);
    expect(log.getRow(4).getCell(2).value).toBe(2);
    expect(log.getRow(4).getCell(8).value).toBe('79000');
  });
});
