/** The template's document properties: set in a new file and in an untitled workbook, never over
 * the user's own title, subject, keywords or comments. */
import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { insertTemplate } from '../../src/adapters/excel/insertTemplate';
import { writePlanToWorkbook } from '../../src/adapters/xlsx/writePlan';
import { DEFAULT_OPTIONS } from '../../src/core/options';
import { planTemplate } from '../../src/core/template/planTemplate';
import { PRODUCT_VERSION } from '../../src/core/version';
import { createWorkbook } from '../excel-double';

const options = { ...DEFAULT_OPTIONS, vendors: [{ name: 'Aurora' }] };

it('the product version in the files is package.json’s', () => {
  expect(PRODUCT_VERSION).toBe((JSON.parse(readFileSync('package.json', 'utf8')) as { version: string }).version);
});

describe('document properties', () => {
  it('a CLI file has the title, subject, keywords, comments with the version, and the creator', async () => {
    const data = await writePlanToWorkbook(planTemplate({ ...options, language: 'zh' })).xlsx.writeBuffer();
    const read = new ExcelJS.Workbook();
    await read.xlsx.load(data);
    expect(read.title).toBe(planTemplate({ ...options, language: 'zh' }).properties.title);
    expect(read.title).toMatch(/[\u4e00-\u9fff]/);
    expect(read.subject).toContain('技术支持');
    expect(read.description).toBe(`由 Vendor Compare ${PRODUCT_VERSION} 制作。`);
    expect(read.creator).toBe('Vendor Compare');
  });

  it('a workbook with its own title keeps it (ExcelJS)', () => {
    const mine = new ExcelJS.Workbook();
    mine.title = 'Our tender 2026';
    writePlanToWorkbook(planTemplate(options, []), mine);
    expect(mine.title).toBe('Our tender 2026');
    expect(mine.subject).toContain('technical support');
  });

  it('the pane sets only the empty ones, in the same two syncs', async () => {
    const wb = createWorkbook();
    wb.state.properties = { title: 'Our tender 2026', subject: '', keywords: '', comments: '' };
    const result = await insertTemplate(wb.newContext(), options);
    expect(result.syncs).toBe(2);
    expect(wb.state.properties).toEqual({
      title: 'Our tender 2026',
      subject: planTemplate(options).properties.subject,
      keywords: planTemplate(options).properties.keywords,
      comments: `Made with Vendor Compare ${PRODUCT_VERSION}.`,
    });
  });
});
