/**
 * `vendor-compare fill` on a workbook made by the previous version (test/fixtures/v1, written by
 * that version's CLI): validate asks for the upgrade, fill performs it in place, every input
 * stays, the user's own formulas follow the moved rows, and the formulas compute the worked
 * example's figures (worked out by hand in the README: Aurora, year 1 = 160 h - 100 included =
 * 60 h x 800 + 2 days x 3,000 + 120,000 + 10,000 = 184,000).
 */
import { copyFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { readSnapshot } from '../../src/adapters/xlsx/readSnapshot';
import type { Snapshot } from '../../src/core/snapshot/types';
import { workbookToHyperFormula } from '../support/xlsxWorkbook';
import { runCli, tempFolder } from './runCli';
import { loadWorkbook } from './workbooks';

const FIXTURES = join(__dirname, '../fixtures/v1');
const INPUTS = ['vc_VendorNames', 'vc_Model', 'vc_PlatformFee', 'vc_SetupFee', 'vc_DayRate', 'vc_IncludedHours', 'vc_Tier', 'vc_EnterpriseFee', 'vc_Billing', 'vc_Answers', 'vc_Weights', 'vc_DevHours', 'vc_Term'];

const inputs = (s: Snapshot) => Object.fromEntries(INPUTS.map((n) => [n, s.blocks[n]!.values]));

/** The layout-1 book with a formula of the user's reading Aurora's TCO (row 62 in layout 1). */
async function layoutOneBook(dir: string, language: 'en' | 'zh', edit?: (wb: ExcelJS.Workbook) => void): Promise<string> {
  const path = join(dir, 'book.xlsx');
  copyFileSync(join(FIXTURES, `worked-example.${language}.xlsx`), path);
  const workbook = await loadWorkbook(path);
  const mine = workbook.addWorksheet('Mine');
  const pricing = workbook.worksheets.find((ws) => ws.getCell('D3').value === 'Aurora Cloud')!.name;
  mine.getCell('A1').value = { formula: `'${pricing}'!D62*2` };
  edit?.(workbook);
  await workbook.xlsx.writeFile(path);
  return path;
}

describe('vendor-compare fill upgrades a layout-1 workbook', () => {
  it.each(['en', 'zh'] as const)('in place (%s): inputs kept, references followed, figures right, nothing left to do', async (language) => {
    const dir = tempFolder();
    const path = await layoutOneBook(dir, language);
    const before = readSnapshot(await loadWorkbook(path), path);

    const check = await runCli(['validate', 'book.xlsx', '--json', '--lang', 'en'], dir);
    const findings = (JSON.parse(check.stdout) as { files: { findings: { rule: string; severity: string; message: string }[] }[] }).files[0]!.findings;
    expect(findings.filter((f) => f.rule === 'structure')).toEqual([expect.objectContaining({ severity: 'warning', message: expect.stringContaining('earlier version') })]);
    expect(findings.filter((f) => f.rule === 'broken-formula')).toEqual([]);

    const fill = await runCli(['fill', 'book.xlsx'], dir);
    expect(fill.code).toBe(0);
    // The CLI speaks the terminal's language (English here), whatever the workbook's.
    expect(fill.stdout).toMatch(/^Upgraded from an earlier version/);
    const workbook = await loadWorkbook(path);
    const after = readSnapshot(workbook, path);
    expect(inputs(after)).toEqual(inputs(before));
    expect(after.blocks.vc_LayoutVersion!.values).toEqual([[2]]);
    const pricing = after.blocks.vc_Model!.sheet;
    expect(workbook.getWorksheet('Mine')!.getCell('A1').formula).toBe(`'${pricing}'!D66*2`);

    const hf = workbookToHyperFormula(workbook);
    // README worked example: TCO per vendor (Aurora, Beacon, Cirrus, Delta).
    const tco = hf.named('vc_TCO')[0]!;
    [448757.5, 375999, 425000, 545929.28].forEach((expected, v) => expect(Math.abs((tco[v] as number) - expected)).toBeLessThan(1e-6));
    expect(hf.value('Mine', 'A1')).toBeCloseTo(2 * 448757.5, 6);
    // Picking another model in the sheet now recomputes with no fill: Cirrus to all-inclusive
    // needs included hours and an overage rate first.
    const model = after.blocks.vc_Model!;
    hf.set(pricing, `F${model.range.row + 1}`, language === 'en' ? 'All-inclusive' : '全包型');
    expect(hf.named('vc_TCO')[0]![2]).toMatchObject({ type: 'NA' });

    const again = await runCli(['validate', 'book.xlsx', '--json'], dir);
    expect(again.stdout).not.toContain('"rule": "structure"');
    const second = readFileSync(path);
    expect((await runCli(['fill', 'book.xlsx'], dir)).stdout).toContain('nothing to repair');
    expect(readFileSync(path).equals(second)).toBe(true);
  });

  it('asks before replacing a constant typed over a layout-1 formula, naming the cell as it is now', async () => {
    const dir = tempFolder();
    await layoutOneBook(dir, 'en', (wb) => {
      wb.getWorksheet('Pricing')!.getCell('E62').value = 99999;
    });
    const input = readFileSync(join(dir, 'book.xlsx'));
    const refused = await runCli(['fill', 'book.xlsx'], dir);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('Beacon RTC  Pricing!E62');
    expect(readFileSync(join(dir, 'book.xlsx')).equals(input)).toBe(true);
    const forced = await runCli(['fill', 'book.xlsx', '--force'], dir);
    expect(forced.code).toBe(0);
    expect((await loadWorkbook(join(dir, 'book.xlsx'))).getWorksheet('Pricing')!.getCell('E66').formula).toBe('SUM(E56:E65)');
  });

  it('adds the Paid price and unit blocks beside the coverage statuses, the statuses kept', async () => {
    const dir = tempFolder();
    await layoutOneBook(dir, 'en', (wb) => {
      wb.getWorksheet('Coverage')!.getCell('D13').value = 'Paid';
    });
    expect((await runCli(['fill', 'book.xlsx'], dir)).code).toBe(0);
    const workbook = await loadWorkbook(join(dir, 'book.xlsx'));
    const after = readSnapshot(workbook, 'book.xlsx');
    // 4 vendors, 13 items from row 4: statuses D-G, spacer H, prices I-L, spacer M, units N-Q.
    expect(after.blocks.vc_Coverage!.range).toEqual({ row: 3, col: 3, rows: 13, cols: 4 });
    expect(after.blocks.vc_CoveragePrice!.range).toEqual({ row: 3, col: 8, rows: 13, cols: 4 });
    expect(after.blocks.vc_CoverageUnit!.range).toEqual({ row: 3, col: 13, rows: 13, cols: 4 });
    expect(after.blocks.vc_CoveragePrice!.above).toEqual(['Aurora Cloud', 'Beacon RTC', 'Cirrus IM', 'Delta Talk']);
    const coverage = workbook.getWorksheet('Coverage')!;
    expect(coverage.getCell('D13').value).toBe('Paid');
    expect(coverage.getCell('I2').value).toBe('Paid price');
    expect(coverage.getCell('I13').dataValidation).toMatchObject({ type: 'decimal', operator: 'greaterThanOrEqual' });
    expect(coverage.getCell('N13').dataValidation).toMatchObject({ type: 'list' });
    // On-site support (row 13) is Paid for Aurora with no price yet: validate asks for it there.
    const check = await runCli(['validate', 'book.xlsx', '--json'], dir);
    const findings = (JSON.parse(check.stdout) as { files: { findings: { rule: string; cell: string; vendor: string }[] }[] }).files[0]!.findings;
    expect(findings.filter((f) => f.rule === 'paid-price')).toEqual([expect.objectContaining({ cell: 'I13', vendor: 'Aurora Cloud' })]);
  });

  it('writes nothing where the user has content in the way of the new Coverage blocks, and names the cell', async () => {
    const dir = tempFolder();
    await layoutOneBook(dir, 'en', (wb) => {
      wb.getWorksheet('Coverage')!.getCell('N9').value = 'my own note';
    });
    const input = readFileSync(join(dir, 'book.xlsx'));
    const result = await runCli(['fill', 'book.xlsx', '--force'], dir);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('(Coverage!N9)');
    expect(readFileSync(join(dir, 'book.xlsx')).equals(input)).toBe(true);
  });

  it('writes nothing where the user has content in the way of the new tables, and names the cells', async () => {
    const dir = tempFolder();
    await layoutOneBook(dir, 'en', (wb) => {
      wb.getWorksheet('Assumptions')!.getCell('A53').value = 'my own note';
    });
    const input = readFileSync(join(dir, 'book.xlsx'));
    const result = await runCli(['fill', 'book.xlsx', '--force'], dir);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('(Assumptions!A53)');
    expect(readFileSync(join(dir, 'book.xlsx')).equals(input)).toBe(true);
  });

  it('moves the user’s own content as Excel’s "Insert rows" would: merged cells, whole-row and array formulas, formats on whole columns', async () => {
    const dir = tempFolder();
    await layoutOneBook(dir, 'en', (wb) => {
      const pricing = wb.getWorksheet('Pricing')!;
      pricing.getCell('J10').value = 'merged note';
      pricing.mergeCells('J10:K11');
      pricing.addConditionalFormatting({ ref: 'J:J', rules: [{ type: 'expression', priority: 99, formulae: ['J1="x"'], style: {} }] });
      const mine = wb.getWorksheet('Mine')!;
      mine.getCell('A2').value = { formula: 'SUM(Pricing!62:62)' };
      mine.getCell('A3').value = { formula: 'SUM(Pricing!D62:G62*1)', shareType: 'array', ref: 'A3' } as ExcelJS.CellValue;
    });
    expect((await runCli(['fill', 'book.xlsx'], dir)).code).toBe(0);
    const workbook = await loadWorkbook(join(dir, 'book.xlsx'));
    const pricing = workbook.getWorksheet('Pricing')!;
    // Row 10 of layout 1 is below the first inserted row (5) and above the other three (30-32).
    expect(pricing.getCell('J11').value).toBe('merged note');
    expect(pricing.getCell('K12').isMerged).toBe(true);
    expect(pricing.getCell('J14').isMerged).toBe(false);
    const mine = workbook.getWorksheet('Mine')!;
    expect(mine.getCell('A2').formula).toBe('SUM(Pricing!66:66)');
    expect(mine.getCell('A3').value).toMatchObject({ formula: 'SUM(Pricing!D66:G66*1)', shareType: 'array', ref: 'A3' });
    const hf = workbookToHyperFormula(workbook);
    expect(hf.value('Mine', 'A2')).toBeCloseTo(448757.5 + 375999 + 425000 + 545929.28, 4);
  });
});

describe('a workbook without the Decision sheet (upgraded from layout 1)', () => {
  it('adds and removes a vendor as it is: no Decision sheet, no verdict reading a missing name, the costs right', async () => {
    const dir = tempFolder();
    await layoutOneBook(dir, 'en');
    expect((await runCli(['fill', 'book.xlsx'], dir)).code).toBe(0);
    const add = await runCli(['vendors', 'add', 'book.xlsx', '--name', 'Echo'], dir);
    expect(add.code, add.stderr).toBe(0);
    const remove = await runCli(['vendors', 'remove', 'book.xlsx', '--name', 'Echo'], dir);
    expect(remove.code, remove.stderr).toBe(0);
    const workbook = await loadWorkbook(join(dir, 'book.xlsx'));
    const snapshot = readSnapshot(workbook, 'book.xlsx');
    expect(snapshot.blocks.vc_DecisionVerdict).toBeUndefined();
    expect(JSON.stringify(workbook.worksheets.map((ws) => ws.getSheetValues()))).not.toContain('vc_DecisionVerdict');
    const tco = workbookToHyperFormula(workbook).named('vc_TCO')[0]!;
    [448757.5, 375999, 425000, 545929.28].forEach((expected, v) => expect(Math.abs((tco[v] as number) - expected)).toBeLessThan(1e-6));
    const check = await runCli(['validate', 'book.xlsx', '--json', '--lang', 'en'], dir);
    const findings = (JSON.parse(check.stdout) as { files: { findings: { rule: string }[] }[] }).files[0]!.findings;
    expect(findings.filter((f) => f.rule === 'broken-formula' || f.rule === 'structure')).toEqual([]);
  });
});
