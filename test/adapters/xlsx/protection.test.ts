/** Template files from the CLI: every sheet protected without a password, inputs unlocked. */
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { writePlanToWorkbook } from '../../../src/adapters/xlsx/writePlan';
import { DEFAULT_OPTIONS } from '../../../src/core/options';
import { planTemplate } from '../../../src/core/template/planTemplate';
import { formulaCells, inputCells } from '../../support/inputBlocks';

const plan = planTemplate({ ...DEFAULT_OPTIONS, vendors: [{ name: 'Aurora' }, { name: 'Beacon' }, { name: 'Cosmo' }], scenarios: ['S1'] });

async function written(): Promise<Uint8Array> {
  return new Uint8Array(await writePlanToWorkbook(plan).xlsx.writeBuffer());
}

/** The <sheetProtection> element of every worksheet part, in sheet order. */
async function protectionElements(bytes: Uint8Array): Promise<string[]> {
  const zip = await JSZip.loadAsync(bytes);
  return Promise.all(
    plan.sheets.map(async (_, i) => {
      const xml = await zip.file(`xl/worksheets/sheet${i + 1}.xml`)!.async('string');
      return /<sheetProtection\b[^>]*\/>/.exec(xml)?.[0] ?? '';
    }),
  );
}

async function loaded(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes.buffer as ArrayBuffer);
  return wb;
}

const locked = (wb: ExcelJS.Workbook, ref: string): boolean => {
  const [sheet, address] = ref.split('!') as [string, string];
  return wb.getWorksheet(sheet)!.getCell(address).protection?.locked !== false;
};

describe('template file protection (ExcelJS)', () => {
  it('protects every sheet with no password: no hash, salt or legacy password attribute', async () => {
    const elements = await protectionElements(await written());
    expect(elements).toHaveLength(plan.sheets.length);
    for (const el of elements) {
      expect(el).toContain('sheet="1"');
      expect(el).not.toMatch(/\b(password|hashValue|saltValue|algorithmName|spinCount)=/);
      // Columns and rows can be resized; nothing else is allowed.
      expect(el).toContain('formatColumns="0"');
      expect(el).toContain('formatRows="0"');
      expect(el).not.toMatch(/\b(formatCells|insertRows|sort|autoFilter)="0"/);
    }
  });

  it('leaves every cell a user types in unlocked and locks every formula cell', async () => {
    const wb = await loaded(await written());
    const inputs = inputCells(plan);
    expect(inputs.filter((ref) => locked(wb, ref))).toEqual([]);
    const formulas = formulaCells(plan);
    expect(formulas.length).toBeGreaterThan(100);
    expect(formulas.filter((ref) => !locked(wb, ref))).toEqual([]);
  });

  it('keeps the protection and the unlocked cells through an ExcelJS round trip (what fill does)', async () => {
    const again = new Uint8Array(await (await loaded(await written())).xlsx.writeBuffer());
    expect(await protectionElements(again)).toEqual(await protectionElements(await written()));
    const wb = await loaded(again);
    expect(inputCells(plan).filter((ref) => locked(wb, ref))).toEqual([]);
  });
});
