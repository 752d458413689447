/**
 * rewriteLosses against real ExcelJS round trips: each test builds a file, lets ExcelJS read it
 * and write it back as `fill` does, and checks both what ExcelJS really dropped and what the
 * check reports.
 */
import ExcelJS from 'exceljs';
import { mkdtempSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { readWorkbookFile, type WorkbookFile } from '../../../src/adapters/xlsx/readWorkbookFile';
import { rewriteLosses } from '../../../src/adapters/xlsx/rewriteLosses';
import { writePlanToWorkbook } from '../../../src/adapters/xlsx/writePlan';
import { planTemplate } from '../../../src/core/template/planTemplate';
import { WORKED_EXAMPLE } from '../../fixtures/workedExample';
import { partText, withParts } from './zipFixtures';

async function bytes(workbook: ExcelJS.Workbook): Promise<Buffer> {
  return Buffer.from((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
}

async function read(data: Buffer): Promise<WorkbookFile> {
  const dir = mkdtempSync(join(tmpdir(), 'vendor-compare-losses-'));
  writeFileSync(join(dir, 'book.xlsx'), data);
  return readWorkbookFile('book.xlsx', { cwd: dir });
}

/** What fill does: read the file, write it back with ExcelJS; the losses and the bytes written. */
async function rewrite(data: Buffer) {
  const file = await read(data);
  const written = await bytes(file.workbook);
  return { losses: rewriteLosses(file, written), written };
}

/** A small workbook written by ExcelJS, then given parts of the user's. */
async function smallWorkbook(): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet('S').getCell('A1').value = 1;
  workbook.addWorksheet('My Sheet').getCell('B2').value = 'x';
  return bytes(workbook);
}

function replacePart(data: Buffer, name: string, edit: (xml: string) => string): Buffer {
  return withParts(data, [{ name, data: Buffer.from(edit(partText(data, name))) }]);
}

describe('rewriteLosses: nothing lost', () => {
  it('a template written by this tool loses nothing', async () => {
    const data = await bytes(writePlanToWorkbook(planTemplate(WORKED_EXAMPLE)));
    expect((await rewrite(data)).losses).toEqual([]);
  });

  it('a calculation chain is dropped but not reported: Excel rebuilds it', async () => {
    const data = withParts(await smallWorkbook(), [{ name: 'xl/calcChain.xml', data: Buffer.from('<calcChain><c r="A1" i="1"/></calcChain>') }]);
    const { losses, written } = await rewrite(data);
    expect(() => partText(written, 'xl/calcChain.xml')).toThrow('no part');
    expect(losses).toEqual([]);
  });

  it('an empty custom-properties part (LibreOffice writes one) is no loss; one with a property is', async () => {
    const empty = '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties"></Properties>';
    const data = await smallWorkbook();
    expect((await rewrite(withParts(data, [{ name: 'docProps/custom.xml', data: Buffer.from(empty) }]))).losses).toEqual([]);
    const label = empty.replace('></Properties>', '><property name="MSIP_Label" pid="2"><vt:lpwstr>Confidential</vt:lpwstr></property></Properties>');
    expect((await rewrite(withParts(data, [{ name: 'docProps/custom.xml', data: Buffer.from(label) }]))).losses).toEqual([
      { kind: 'part', part: 'docProps/custom.xml', what: 'customProperties' },
    ]);
  });
});

describe('rewriteLosses: parts', () => {
  it('lists every part outside the allow-list, with its kind', async () => {
    const extra = [
      'xl/charts/chart1.xml',
      'xl/drawings/drawing1.xml',
      'xl/media/image1.png',
      'xl/comments1.xml',
      'xl/drawings/vmlDrawing1.vml',
      'customXml/item1.xml',
      'xl/connections.xml',
      'xl/vbaProject.bin',
      'xl/printerSettings/printerSettings1.bin',
      'xl/worksheets/mySheet.xml',
    ];
    const data = withParts(await smallWorkbook(), extra.map((name) => ({ name, data: Buffer.from('<x/>') })));
    expect((await rewrite(data)).losses).toEqual([
      { kind: 'part', part: 'xl/charts/chart1.xml', what: 'chart' },
      { kind: 'part', part: 'xl/drawings/drawing1.xml', what: 'drawing' },
      { kind: 'part', part: 'xl/media/image1.png', what: 'picture' },
      { kind: 'part', part: 'xl/comments1.xml', what: 'notes' },
      { kind: 'part', part: 'xl/drawings/vmlDrawing1.vml', what: 'notes' },
      { kind: 'part', part: 'customXml/item1.xml', what: 'customXml' },
      { kind: 'part', part: 'xl/connections.xml', what: 'dataConnection' },
      { kind: 'part', part: 'xl/vbaProject.bin', what: 'macros' },
      { kind: 'part', part: 'xl/printerSettings/printerSettings1.bin', what: 'printerSettings' },
      // ExcelJS reads worksheets only as sheetN.xml: this one would vanish.
      { kind: 'part', part: 'xl/worksheets/mySheet.xml', what: null },
    ]);
  });

  it('notes are not on the allow-list: ExcelJS loses a note on an empty cell and every note author', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('S');
    sheet.getCell('A1').value = 'kept';
    sheet.getCell('A1').note = 'on a value';
    sheet.getCell('C3').note = 'on an empty cell';
    const data = replacePart(await bytes(workbook), 'xl/comments1.xml', (xml) => xml.replace('<author>Author</author>', '<author>Ann Lee</author>'));
    const { losses, written } = await rewrite(data);
    const comments = partText(written, 'xl/comments1.xml');
    expect(comments).toContain('on a value');
    expect(comments).not.toContain('on an empty cell');
    expect(comments).not.toContain('Ann Lee');
    expect(losses.map((l) => l.kind === 'part' && l.what)).toEqual(['notes', 'notes']);
  });
});

describe('rewriteLosses: the allow-listed parts come back with their content', () => {
  it('sheets, shared strings, styles, theme, properties, relationships', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.creator = 'Ann Lee';
    workbook.title = 'Vendor comparison';
    workbook.company = 'Acme';
    const sheet = workbook.addWorksheet('S');
    sheet.getCell('A1').value = { richText: [{ text: 'bold', font: { bold: true } }, { text: ' plain' }] };
    sheet.getCell('A2').value = { formula: 'A3*2', result: 6 };
    sheet.getCell('A3').value = 3;
    sheet.getCell('A3').numFmt = '0.00%';
    sheet.getCell('A3').font = { italic: true, color: { argb: 'FFFF0000' } };
    sheet.getCell('A4').value = { text: 'site', hyperlink: 'https://example.com/' };
    workbook.addWorksheet('Other').getCell('B2').value = 'second sheet';
    const data = await bytes(workbook);

    const { losses, written } = await rewrite(data);
    expect(losses).toEqual([]);
    // Every part of the input is in the output, as its kind must be for the allow-list to hold.
    const file = await read(data);
    const out = await read(written);
    expect(out.parts.filter((p) => !p.endsWith('/')).sort()).toEqual(file.parts.filter((p) => !p.endsWith('/')).sort());
    for (const part of ['xl/theme/theme1.xml', 'xl/styles.xml', 'xl/sharedStrings.xml', 'docProps/core.xml', 'docProps/app.xml', '[Content_Types].xml', '_rels/.rels']) {
      expect(out.text(part), part).toBe(file.text(part));
    }
    expect(out.text('docProps/core.xml')).toContain('Ann Lee');
    expect(out.text('docProps/app.xml')).toContain('Acme');
    expect(out.text('xl/worksheets/_rels/sheet1.xml.rels')).toContain('https://example.com/');
    const reread = out.workbook.getWorksheet('S')!;
    expect(reread.getCell('A1').value).toEqual({ richText: [{ text: 'bold', font: { bold: true } }, { text: ' plain' }] });
    expect(reread.getCell('A2').formula).toBe('A3*2');
    expect(reread.getCell('A3').numFmt).toBe('0.00%');
    expect(reread.getCell('A3').font).toMatchObject({ italic: true, color: { argb: 'FFFF0000' } });
    expect(out.workbook.getWorksheet('Other')!.getCell('B2').value).toBe('second sheet');
  });
});

describe('rewriteLosses: features inside kept parts', () => {
  it('workbook protection, iterative calculation, sparklines, ignored errors and filter criteria', async () => {
    let data = replacePart(await smallWorkbook(), 'xl/workbook.xml', (xml) =>
      xml.replace('<sheets>', '<workbookProtection lockStructure="1"/><sheets>').replace(/<calcPr[^>]*\/>/, '<calcPr calcId="191029" iterate="1"/>'),
    );
    const extLst =
      '<extLst><ext uri="{05C60535-1F16-4fd2-B633-F4F36F0B64E0}" xmlns:x14="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main">' +
      '<x14:sparklineGroups><x14:sparklineGroup/></x14:sparklineGroups></ext></extLst>';
    data = replacePart(data, 'xl/worksheets/sheet2.xml', (xml) =>
      xml.replace('</sheetData>', '</sheetData><autoFilter ref="A1:B2"><filterColumn colId="0"><filters><filter val="x"/></filters></filterColumn></autoFilter>')
        .replace('</worksheet>', `<ignoredErrors><ignoredError sqref="B2" numberStoredAsText="1"/></ignoredErrors>${extLst}</worksheet>`),
    );
    const { losses, written } = await rewrite(data);
    // What ExcelJS really wrote back.
    expect(partText(written, 'xl/workbook.xml')).not.toMatch(/workbookProtection|iterate=/);
    expect(partText(written, 'xl/worksheets/sheet2.xml')).not.toMatch(/sparkline|ignoredError|filterColumn/);
    expect(losses).toEqual([
      { kind: 'feature', sheet: null, feature: 'workbookProtection' },
      { kind: 'feature', sheet: null, feature: 'iterativeCalculation' },
      { kind: 'feature', sheet: 'My Sheet', feature: 'filterCriteria' },
      { kind: 'feature', sheet: 'My Sheet', feature: 'ignoredErrors' },
      { kind: 'feature', sheet: 'My Sheet', feature: 'ext:sparklineGroups' },
    ]);
  });

  it('ignores what carries nothing: an empty element, the saved-with records of extLst, phonetic settings', async () => {
    let data = replacePart(await smallWorkbook(), 'xl/workbook.xml', (xml) =>
      xml.replace('<sheets>', '<workbookProtection/><sheets>').replace(
        '</workbook>',
        '<extLst><ext uri="{140A7094-0E35-4892-8432-C4D2E57EDEB5}" xmlns:x15="urn:x15"><x15:workbookPr chartTrackingRefBase="1"/></ext></extLst></workbook>',
      ),
    );
    data = replacePart(data, 'xl/worksheets/sheet1.xml', (xml) => xml.replace('</sheetData>', '</sheetData><phoneticPr fontId="1" type="noConversion"/>'));
    expect((await rewrite(data)).losses).toEqual([]);
  });
});

describe('rewriteLosses: defined names', () => {
  it('reports a constant ExcelJS drops, a formula it mangles, a scope and a print area it changes; not a print title it rewrites alike', async () => {
    const names =
      '<definedNames><definedName name="TaxRate">0.05</definedName><definedName name="Off">OFFSET(S!$A$1,1,1)</definedName>' +
      '<definedName name="Local" localSheetId="1">S!$A$1</definedName><definedName name="Cell">S!$A$1</definedName>' +
      '<definedName name="_xlnm.Print_Titles" localSheetId="0">S!$1:$2</definedName>' +
      '<definedName name="_xlnm.Print_Area" localSheetId="1">\'My Sheet\'!$A$1:$D$20</definedName></definedNames>';
    const data = replacePart(await smallWorkbook(), 'xl/workbook.xml', (xml) => xml.replace('</sheets>', `</sheets>${names}`));
    const { losses, written } = await rewrite(data);
    const out = partText(written, 'xl/workbook.xml');
    expect(out).not.toContain('TaxRate');
    expect(out).toContain('<definedName name="Off">&apos;OFFSET(S&apos;!$A$1</definedName>');
    expect(losses).toEqual([
      { kind: 'name', name: 'TaxRate', sheet: null, reference: '0.05', becomes: null },
      { kind: 'name', name: 'Off', sheet: null, reference: 'OFFSET(S!$A$1,1,1)', becomes: { sheet: null, reference: "'OFFSET(S'!$A$1" } },
      { kind: 'name', name: 'Local', sheet: 'My Sheet', reference: 'S!$A$1', becomes: { sheet: null, reference: 'S!$A$1' } },
      // ExcelJS writes a print area back with relative rows.
      { kind: 'name', name: '_xlnm.Print_Area', sheet: 'My Sheet', reference: "'My Sheet'!$A$1:$D$20", becomes: { sheet: 'My Sheet', reference: "'My Sheet'!$A1:$D20" } },
    ]);
  });

  it('names a sheet with an entity in its name as the user knows it', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('R&D').getCell('A1').value = 1;
    const names = '<definedNames><definedName name="Rate" localSheetId="0">0.05</definedName></definedNames>';
    const data = replacePart(await bytes(workbook), 'xl/workbook.xml', (xml) => xml.replace('</sheets>', `</sheets>${names}`));
    expect((await rewrite(data)).losses).toEqual([{ kind: 'name', name: 'Rate', sheet: 'R&D', reference: '0.05', becomes: null }]);
  });
});
