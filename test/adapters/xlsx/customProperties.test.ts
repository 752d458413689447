import JSZip from 'jszip';
import { readCustomProperties, withCustomProperties } from '../../../src/adapters/xlsx/customProperties';
import { writePlanToWorkbook } from '../../../src/adapters/xlsx/writePlan';
import { DEFAULT_OPTIONS } from '../../../src/core/options';
import { planTemplate } from '../../../src/core/template/planTemplate';
import { readXlsx } from '../../support/xlsxWorkbook';

async function templateBytes(): Promise<Uint8Array> {
  const workbook = writePlanToWorkbook(planTemplate({ ...DEFAULT_OPTIONS, vendors: [{ name: 'A' }] }));
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

const partText = async (bytes: Uint8Array, part: string) => (await JSZip.loadAsync(bytes)).file(part)?.async('string') ?? null;

describe('custom document properties', () => {
  it('adds the part, its relationship and content type once, keeps earlier properties, escapes text', async () => {
    const first = await withCustomProperties(await templateBytes(), { 'VendorCompare.MasterId': 'abc', Note: 'R&D <team> "x"' });
    const second = await withCustomProperties(first, { Round: '2' });
    expect(readCustomProperties(await partText(second, 'docProps/custom.xml'))).toEqual({ 'VendorCompare.MasterId': 'abc', Note: 'R&D <team> "x"', Round: '2' });
    expect((await partText(second, '_rels/.rels'))!.match(/custom-properties/g)).toHaveLength(1);
    expect((await partText(second, '[Content_Types].xml'))!.match(/\/docProps\/custom\.xml/g)).toHaveLength(1);
    // ExcelJS still opens it, with its content.
    const workbook = await readXlsx(Buffer.from(second));
    expect(workbook.worksheets.length).toBe(7);
  });

  it('reads values of other types as text, and nothing from no part', () => {
    const xml = `<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" name="n"><vt:i4>42</vt:i4></property></Properties>`;
    expect(readCustomProperties(xml)).toEqual({ n: '42' });
    expect(readCustomProperties(null)).toEqual({});
  });

  it('refuses a value longer than Excel keeps', async () => {
    await expect(withCustomProperties(await templateBytes(), { long: 'x'.repeat(256) })).rejects.toThrow(/256 characters/);
  });
});
