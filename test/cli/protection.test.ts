/**
 * `template` writes every sheet protected without a password; `fill` keeps that protection, and
 * refuses (writing nothing) a workbook where a sheet it writes is protected with the user's
 * password, or where a rewrite would lose a legacy password hash.
 */
import { readFileSync, writeFileSync } from 'fs';
import type ExcelJS from 'exceljs';
import { join } from 'path';
import { partText, withParts } from '../adapters/xlsx/zipFixtures';
import { runCli, tempFolder } from './runCli';
import { answeredOptions, namedCells, writeWorkbook } from './workbooks';
import type { Plan } from '../../src/core/plan/types';

/** The template with a computed cell deleted, so fill has something to write. */
async function book(dir: string, edit?: (workbook: ExcelJS.Workbook, plan: Plan) => void) {
  return writeWorkbook(join(dir, 'book.xlsx'), answeredOptions(), {
    complete: true,
    edit: (workbook, plan) => {
      const tco = namedCells(plan, 'vc_TCO');
      workbook.getWorksheet(tco.sheet)!.getCell(tco.cells[0]![0]!).value = null;
      edit?.(workbook, plan);
    },
  });
}

/** The <sheetProtection> of the sheet at `index` (0-based, workbook order). */
const protectionOf = (data: Buffer, index: number) => /<sheetProtection\b[^>]*\/>/.exec(partText(data, `xl/worksheets/sheet${index + 1}.xml`))?.[0] ?? '';

describe('protection in the CLI', () => {
  it('template: every sheet protected without a password', async () => {
    const dir = tempFolder();
    expect(await runCli(['template', '-o', 't.xlsx', '--vendor-names', 'Aurora,Beacon'], dir)).toMatchObject({ code: 0 });
    const data = readFileSync(join(dir, 't.xlsx'));
    for (let i = 0; i < 6; i++) {
      expect(protectionOf(data, i)).toMatch(/sheet="1"/);
      expect(protectionOf(data, i)).not.toMatch(/password|hashValue/);
    }
  });

  it('fill keeps the template protection as it was', async () => {
    const dir = tempFolder();
    await book(dir);
    const before = readFileSync(join(dir, 'book.xlsx'));
    expect(await runCli(['fill', 'book.xlsx'], dir)).toMatchObject({ code: 0 });
    const after = readFileSync(join(dir, 'book.xlsx'));
    for (let i = 0; i < 6; i++) expect(protectionOf(after, i)).toBe(protectionOf(before, i));
  });

  it("refuses a sheet it writes that is protected with the user's password, naming it, and writes nothing", async () => {
    const dir = tempFolder();
    const { plan } = await book(dir, (workbook, p) => {
      const pricing = p.sheets.find((s) => s.key === 'pricing')!.name;
      const sheet = workbook.getWorksheet(pricing)!;
      sheet.unprotect();
      void sheet.protect('secret', { spinCount: 1000 });
    });
    const before = readFileSync(join(dir, 'book.xlsx'));
    const pricingIndex = plan.sheets.findIndex((s) => s.key === 'pricing');
    expect(protectionOf(before, pricingIndex)).toMatch(/hashValue=/);
    const run = await runCli(['fill', 'book.xlsx'], dir);
    expect(run.code).not.toBe(0);
    expect(run.stderr).toContain('the sheet Pricing is protected with a password');
    expect(run.stderr).toContain('Nothing was written');
    expect(readFileSync(join(dir, 'book.xlsx')).equals(before)).toBe(true);
  });

  it('refuses a legacy password hash on any sheet, which a rewrite would drop, in the CLI language', async () => {
    const dir = tempFolder();
    const { plan } = await book(dir);
    const questions = plan.sheets.findIndex((s) => s.key === 'questions');
    const data = readFileSync(join(dir, 'book.xlsx'));
    const part = `xl/worksheets/sheet${questions + 1}.xml`;
    const xml = partText(data, part).replace('<sheetProtection sheet="1"', '<sheetProtection password="CC3D" sheet="1"');
    const patched = withParts(data, [{ name: part, data: Buffer.from(xml) }]);
    writeFileSync(join(dir, 'book.xlsx'), patched);
    const run = await runCli(['fill', 'book.xlsx'], dir, { LANG: 'zh_CN.UTF-8' });
    expect(run.code).not.toBe(0);
    expect(run.stderr).toContain('工作表 Questions 设有密码保护');
    expect(readFileSync(join(dir, 'book.xlsx')).equals(patched)).toBe(true);
  });
});
