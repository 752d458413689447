/**
 * `vendor-compare vendors add|remove`: the file keeps every other vendor's inputs in that
 * vendor's column (checked cell by cell through the named blocks), a formula of the user's
 * follows the column it reads, the chart is drawn again over the new vendors, a removal that
 * would take inputs lists them and writes nothing without --force, and bad requests say why.
 */
import { readFileSync } from 'fs';
import { join } from 'path';
import { readSnapshot } from '../../src/adapters/xlsx/readSnapshot';
import { readWorkbookFile } from '../../src/adapters/xlsx/readWorkbookFile';
import { ownChartParts } from '../../src/adapters/xlsx/ownChart';
import { columnLetters } from '../../src/core/plan/a1';
import type { Snapshot } from '../../src/core/snapshot/types';
import { runCli, tempFolder } from './runCli';
import { answeredOptions, loadWorkbook, namedCells, writeWorkbook } from './workbooks';

const INPUTS = [
  'vc_VendorNames',
  'vc_Model',
  'vc_PlatformFee',
  'vc_DayRate',
  'vc_Answers',
  'vc_InContract',
  'vc_Evidence',
  'vc_Coverage',
  'vc_ScoreInputs',
];

/** Every input block as one column of values per vendor, keyed by vendor name. */
function columnsByVendor(snapshot: Snapshot): Map<string, unknown[]> {
  const names = snapshot.blocks.vc_VendorNames!.values[0]!.map(String);
  return new Map(names.map((name, c) => [name, INPUTS.map((block) => snapshot.blocks[block]!.values.map((row) => row[c]))]));
}

async function snapshotOf(path: string): Promise<Snapshot> {
  return readSnapshot(await loadWorkbook(path), path);
}

describe('vendor-compare vendors', () => {
  it('adds a vendor in the middle and removes another: every other vendor keeps its inputs, a user formula follows', async () => {
    const dir = tempFolder();
    const { plan, path } = await writeWorkbook(join(dir, 'book.xlsx'), answeredOptions(), {
      complete: true,
      // The user's own sheet reads Cirrus's TCO (third vendor): it must follow Cirrus.
      edit: (workbook, written) => {
        const tco = namedCells(written, 'vc_TCO');
        workbook.addWorksheet('Mine').getCell('A1').value = { formula: `'${tco.sheet}'!${tco.cells[0]![2]}` };
      },
    });
    const before = columnsByVendor(await snapshotOf(path));

    const add = await runCli(['vendors', 'add', 'book.xlsx', '--name', 'Echo', '--before', 'Beacon RTC'], dir);
    expect(add.stderr).toBe('');
    expect(add.stdout).toMatch(/^Added Echo as vendor 2 of 5/);
    expect(add.code).toBe(0);
    const added = await snapshotOf(path);
    expect(added.blocks.vc_VendorNames!.values[0]).toEqual(['Aurora Cloud', 'Echo', 'Beacon RTC', 'Cirrus IM', 'Delta Talk']);
    for (const [vendor, column] of before) expect({ vendor, column: columnsByVendor(added).get(vendor) }).toEqual({ vendor, column });
    const cirrusTco = namedCells(plan, 'vc_TCO').cells[0]![2]!;
    const movedRight = cirrusTco.replace(/^[A-Z]+/, (letters) => columnLetters(letters.charCodeAt(0) - 64));
    expect((await loadWorkbook(path)).getWorksheet('Mine')!.getCell('A1').formula).toBe(`'Pricing'!${movedRight}`);
    // The Overview's chart is there again, over the five vendors' data.
    const file = await readWorkbookFile(path, { cwd: dir });
    expect(ownChartParts(file).length).toBeGreaterThan(0);
    const chart = ownChartParts(file)
      .map((part) => file.text(part) ?? '')
      .join('');
    expect(chart).toContain('$F$'); // the fifth vendor's column (B..F after the label column A)

    // Beacon's column holds prices, answers and ratings: listed, nothing written without --force.
    const bytes = readFileSync(path);
    const refused = await runCli(['vendors', 'remove', 'book.xlsx', '--name', 'beacon rtc'], dir);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/Beacon RTC’s column holds \d+ input\(s\):/);
    expect(refused.stderr).toContain('80000'); // its platform fee, among the first listed
    expect(refused.stderr).toMatch(/…and \d+ more/);
    expect(refused.stderr).toContain('Nothing was written. Run again with --force');
    expect(readFileSync(path).equals(bytes)).toBe(true);

    const removed = await runCli(['vendors', 'remove', 'book.xlsx', '--name', 'Beacon RTC', '--force', '-o', 'out.xlsx'], dir);
    expect(removed.stderr).toBe('');
    expect(removed.code).toBe(0);
    const after = columnsByVendor(await snapshotOf(join(dir, 'out.xlsx')));
    expect([...after.keys()]).toEqual(['Aurora Cloud', 'Echo', 'Cirrus IM', 'Delta Talk']);
    for (const vendor of ['Aurora Cloud', 'Cirrus IM', 'Delta Talk'])
      expect({ vendor, column: after.get(vendor) }).toEqual({ vendor, column: before.get(vendor) });
    expect((await loadWorkbook(join(dir, 'out.xlsx'))).getWorksheet('Mine')!.getCell('A1').formula).toBe(`'Pricing'!${cirrusTco}`);

    const check = await runCli(['validate', 'out.xlsx', '--json'], dir);
    const findings = (JSON.parse(check.stdout) as { files: { findings: { rule: string }[] }[] }).files[0]!.findings;
    expect(findings.filter((f) => f.rule === 'broken-formula' || f.rule === 'structure')).toEqual([]);
  });

  it.each([
    [['vendors', 'remove', 'book.xlsx', '--name', 'Nobody'], /has no vendor named Nobody; its vendors are: Aurora Cloud, Beacon RTC/],
    [['vendors', 'add', 'book.xlsx', '--name', 'aurora cloud'], /already has a vendor named aurora cloud/],
    [['vendors', 'add', 'book.xlsx', '--name', '  '], /The vendor name is blank/],
    [['vendors', 'add', 'book.xlsx', '--name', 'X', '--before', 'Nobody'], /has no vendor named/],
  ])('refuses %j with a reason and exit 2, leaving the file alone', async (argv, message) => {
    const dir = tempFolder();
    const { path } = await writeWorkbook(join(dir, 'book.xlsx'), answeredOptions());
    const bytes = readFileSync(path);
    const result = await runCli(argv, dir);
    expect(result.stderr).toMatch(message);
    expect(result.code).toBe(2);
    expect(readFileSync(path).equals(bytes)).toBe(true);
  });

  it('refuses a workbook whose template blocks were moved (a column inserted inside Pricing), naming the blocks', async () => {
    const dir = tempFolder();
    const { plan } = await writeWorkbook(join(dir, 'book.xlsx'), answeredOptions());
    const workbook = await loadWorkbook(join(dir, 'book.xlsx'));
    const pricing = plan.sheets.find((s) => s.key === 'pricing')!.name;
    // ExcelJS's splice moves cells but not names: the names then point one column left of the data.
    workbook.definedNames.model = workbook.definedNames.model.map((n) => (n.name === 'vc_Model' ? { ...n, ranges: [`'${pricing}'!$E$4:$H$4`] } : n));
    await workbook.xlsx.writeFile(join(dir, 'book.xlsx'));
    const result = await runCli(['vendors', 'add', 'book.xlsx', '--name', 'Echo'], dir);
    expect(result.stderr).toMatch(/not where the template put them \(vc_Model\)/);
    expect(result.code).toBe(2);
  });

  it('refuses a workbook that lacks a template block (deleted, or an earlier build), naming it', async () => {
    const dir = tempFolder();
    await writeWorkbook(join(dir, 'book.xlsx'), answeredOptions());
    const workbook = await loadWorkbook(join(dir, 'book.xlsx'));
    workbook.definedNames.model = workbook.definedNames.model.filter((n) => n.name !== 'vc_Evidence');
    await workbook.xlsx.writeFile(join(dir, 'book.xlsx'));
    const result = await runCli(['vendors', 'remove', 'book.xlsx', '--name', 'Aurora Cloud', '--force'], dir);
    expect(result.stderr).toMatch(/lacks the template’s blocks vc_Evidence/);
    expect(result.code).toBe(2);
  });

  it('speaks Chinese where the terminal does', async () => {
    const dir = tempFolder();
    await writeWorkbook(join(dir, 'book.xlsx'), answeredOptions());
    const result = await runCli(['vendors', 'add', 'book.xlsx', '--name', '新供应商'], dir, { LANG: 'zh_CN.UTF-8' });
    expect(result.stdout).toMatch(/^已添加 新供应商，为第 5 家（共 5 家）/);
    expect(result.code).toBe(0);
  });
});
