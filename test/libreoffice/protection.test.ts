/**
 * LibreOffice opens a CLI template with every sheet protected and no password asked (it writes
 * the protection back without a password hash), the input cells still unlocked. (It writes
 * locked="false", a valid xsd:boolean that ExcelJS 4 reads as locked: see the report of issue 9.)
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

it('keeps every sheet protected without a password, inputs unlocked and formulas locked, through LibreOffice', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'vc-lo-protect-'));
  try {
    await writeTemplateFile(WORKED_EXAMPLE, join(dir, 'book.xlsx'));
    const [out] = recalculate([join(dir, 'book.xlsx')]);
    const data = readFileSync(out!);
    const plan = planTemplate(WORKED_EXAMPLE);
    for (let i = 0; i < plan.sheets.length; i++) {
      const element = /<sheetProtection\b[^>]*\/>/.exec(partText(data, `xl/worksheets/sheet${i + 1}.xml`))?.[0] ?? '';
      expect(element).toMatch(/sheet="(1|true)"/);
      expect(element).not.toMatch(/\b(password|hashValue)=/);
    }
    // Read the styles raw: LibreOffice writes locked="false", which ExcelJS reads as locked.
    const xfs = /<cellXfs\b[^>]*>([\s\S]*?)<\/cellXfs>/.exec(partText(data, 'xl/styles.xml'))![1]!.match(/<xf\b[^>]*\/>|<xf\b[^>]*[^/]>[\s\S]*?<\/xf>/g)!;
    const unlockedStyle = xfs.map((xf) => /<protection\b[^>]*locked="(false|0)"/.test(xf));
    const sheetXml = plan.sheets.map((_, i) => partText(data, `xl/worksheets/sheet${i + 1}.xml`));
    const locked = (ref: string) => {
      const [sheet, address] = ref.split('!') as [string, string];
      const xml = sheetXml[plan.sheets.findIndex((s) => s.name === sheet)]!;
      const style = new RegExp(`<c r="${address}"(?: [^>]*?)? s="(\\d+)"`).exec(xml)?.[1];
      return !(style !== undefined && unlockedStyle[Number(style)]);
    };
    expect(inputCells(plan).filter(locked)).toEqual([]);
    expect(formulaCells(plan).filter((ref) => !locked(ref))).toEqual([]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}, 120_000);
