/**
 * LibreOffice opens a CLI template with every sheet protected and no password asked (it writes
 * the protection back without a password hash), the input cells still unlocked. It writes
 * locked="false", a valid xsd:boolean that ExcelJS 4 reads as locked: `fill` on the file it saved
 * must still leave the inputs unlocked and the columns resizable.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeTemplateFile } from '../../src/adapters/xlsx/writeTemplateFile';
import { planTemplate } from '../../src/core/template/planTemplate';
import { partText } from '../adapters/xlsx/zipFixtures';
import { WORKED_EXAMPLE } from '../fixtures/workedExample';
import { formulaCells, inputCells } from '../support/inputBlocks';
import { recalculate } from './recalculate';
import { runCli } from '../cli/runCli';
import type { Plan } from '../../src/core/plan/types';

/** The cells of `plan`'s blocks that `data` leaves locked, read raw from the styles and sheets. */
function lockedCells(data: Buffer, plan: Plan): (ref: string) => boolean {
  const xfs = /<cellXfs\b[^>]*>([\s\S]*?)<\/cellXfs>/.exec(partText(data, 'xl/styles.xml'))![1]!.match(/<xf\b[^>]*\/>|<xf\b[^>]*[^/]>[\s\S]*?<\/xf>/g)!;
  const unlockedStyle = xfs.map((xf) => /<protection\b[^>]*locked="(false|0)"/.test(xf));
  const sheetXml = plan.sheets.map((_, i) => partText(data, `xl/worksheets/sheet${i + 1}.xml`));
  return (ref: string) => {
    const [sheet, address] = ref.split('!') as [string, string];
    const xml = sheetXml[plan.sheets.findIndex((s) => s.name === sheet)]!;
    const style = new RegExp(`<c r="${address}"(?: [^>]*?)? s="(\\d+)"`).exec(xml)?.[1];
    return !(style !== undefined && unlockedStyle[Number(style)]);
  };
}

it('keeps every sheet protected without a password, inputs unlocked and formulas locked, through LibreOffice and a fill after it', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'vc-lo-protect-'));
  try {
    await writeTemplateFile(WORKED_EXAMPLE, join(dir, 'book.xlsx'));
    const [out] = recalculate([join(dir, 'book.xlsx')], join(dir, 'lo'));
    const plan = planTemplate(WORKED_EXAMPLE);
    const refilled = await runCli(['fill', join('lo', 'book.xlsx'), '-o', 'refilled.xlsx'], dir);
    expect(refilled).toMatchObject({ code: 0, stderr: '' });
    for (const file of [out!, join(dir, 'refilled.xlsx')]) {
      const data = readFileSync(file);
      for (let i = 0; i < plan.sheets.length; i++) {
        const element = /<sheetProtection\b[^>]*\/>/.exec(partText(data, `xl/worksheets/sheet${i + 1}.xml`))?.[0] ?? '';
        expect(element, file).toMatch(/sheet="(1|true)"/);
        expect(element, file).not.toMatch(/\b(password|hashValue)=/);
        // Columns and rows may still be resized.
        expect(element, file).toMatch(/formatColumns="(0|false)"/);
      }
      const locked = lockedCells(data, plan);
      expect(inputCells(plan).filter(locked), file).toEqual([]);
      expect(formulaCells(plan).filter((ref) => !locked(ref)), file).toEqual([]);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}, 120_000);
