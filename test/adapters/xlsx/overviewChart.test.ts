/** The CLI's template file carries the Overview chart, bound to the chart-data block's cells. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeTemplateFile } from '../../../src/adapters/xlsx/writeTemplateFile';
import { unescapeXml } from '../../../src/adapters/xlsx/workbookNames';
import { DEFAULT_OPTIONS } from '../../../src/core/options';
import { chartsOnSheet, packageText } from '../../support/chartParts';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'vc-chart-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

it('draws one line chart on the Overview: title, names, years and costs are references to the chart-data block', async () => {
  const file = join(dir, 'zh.xlsx');
  const vendors = [{ name: 'Aurora' }, { name: '供应商' }, { name: "O'Brien & Co" }];
  await writeTemplateFile({ ...DEFAULT_OPTIONS, language: 'zh', vendors }, file);
  // The Chinese Overview "概览" for three vendors, as README's table of names has it: title A19,
  // header row 21 (A21:D21: "年度" and the vendors), years 22-31.
  const names = unescapeXml(packageText(file)('xl/workbook.xml') ?? '');
  expect(names).toContain(`<definedName name="vc_ChartTitle">'概览'!$A$19</definedName>`);
  expect(names).toContain(`<definedName name="vc_ChartData">'概览'!$A$21:$D$31</definedName>`);
  const charts = chartsOnSheet(file, '概览');
  expect(charts).toHaveLength(1);
  expect(charts[0]).toEqual({
    part: 'xl/charts/chart1.xml',
    title: "'概览'!$A$19",
    series: ['B', 'C', 'D'].map((col) => ({ name: `'概览'!$${col}$21`, categories: "'概览'!$A$22:$A$31", values: `'概览'!$${col}$22:$${col}$31`, cached: [] })),
  });
  for (const other of ['假设', '报价', '支持范围', '合同问题', '评分卡']) expect(chartsOnSheet(file, other)).toEqual([]);
});

it('puts the drawing where the worksheet schema wants it, with its own relationship and content types', async () => {
  const file = join(dir, 'en.xlsx');
  await writeTemplateFile({ ...DEFAULT_OPTIONS, vendors: [{ name: 'A' }] }, file);
  const text = packageText(file);
  const sheet = text('xl/worksheets/sheet1.xml') ?? '';
  // After headerFooter, last before the end (no legacy drawing, tables or extensions here).
  expect(sheet).toMatch(/<headerFooter[\s\S]*<\/headerFooter><drawing r:id="rId(\d+)"\/><\/worksheet>\s*$/);
  const id = /<drawing r:id="(rId\d+)"/.exec(sheet)![1];
  const rels = text('xl/worksheets/_rels/sheet1.xml.rels') ?? '';
  expect(rels.match(/Id="rId\d+"/g)!.length).toBe(new Set(rels.match(/Id="rId\d+"/g)).size);
  expect(rels).toContain(`Id="${id}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing" Target="../drawings/drawing1.xml"`);
  const types = text('[Content_Types].xml') ?? '';
  expect(types).toContain('<Override PartName="/xl/charts/chart1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"/>');
  expect(types).toContain('<Override PartName="/xl/drawings/drawing1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"/>');
});

it('writes no chart for a template without vendors', async () => {
  const file = join(dir, 'none.xlsx');
  await writeTemplateFile({ ...DEFAULT_OPTIONS, vendors: [] }, file);
  expect(chartsOnSheet(file, 'Overview')).toEqual([]);
});
