/**
 * The package reader `validate` uses (issue 12): what it reads from hand-written XML, worked out
 * from ECMA-376 by hand, and that it reads every kind of file we make exactly as ExcelJS does.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { WorkbookFileError } from '../../../src/adapters/xlsx/errors';
import { packageSnapshot, readFileSnapshot } from '../../../src/adapters/xlsx/packageSnapshot';
import { writePlanToWorkbook } from '../../../src/adapters/xlsx/writePlan';
import { planTemplate } from '../../../src/core/template/planTemplate';
import { validate } from '../../../src/core/validation/validate';
import { answeredOptions, EVIL_XML, withSharedString, writeWorkbook } from '../../cli/workbooks';
import { WORKED_EXAMPLE } from '../../fixtures/workedExample';
import { expectReadersAgree, packageOf } from '../../support/snapshotAgreement';
import { buildZip, type ZipPart } from './zipFixtures';

const MAIN = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

function handMade({ date1904 = false, sheet }: { date1904?: boolean; sheet?: string } = {}): Buffer {
  const xml = (text: string) => Buffer.from(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n${text}`);
  const parts: ZipPart[] = [
    { name: '[Content_Types].xml', data: xml('<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>') },
    {
      name: 'xl/workbook.xml',
      data: xml(
        `<workbook ${MAIN}><workbookPr${date1904 ? ' date1904="1"' : ''}/><sheets>` +
          '<sheet name="Pricing" sheetId="1" r:id="rId1"/><sheet name="Chart1" sheetId="2" r:id="rId2"/><sheet name="Gone" sheetId="3" r:id="rId3"/>' +
          '</sheets><definedNames>' +
          '<definedName name="vc_Answers">Pricing!$A$2:$C$5</definedName>' +
          '<definedName name="vc_TCO">Pricing!$B$4:$C$4</definedName>' +
          '<definedName name="vc_Model">Chart1!$A$1</definedName>' +
          '<definedName name="vc_Coverage">Gone!$A$1</definedName>' +
          '<definedName name="vc_Rank">#REF!</definedName>' +
          '<definedName name="vc_Weights" localSheetId="0">Pricing!$A$1</definedName>' +
          '</definedNames></workbook>',
      ),
    },
    {
      name: 'xl/_rels/workbook.xml.rels',
      data: xml(
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
          `<Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/>` +
          `<Relationship Id="rId2" Type="${REL}/chartsheet" Target="chartsheets/sheet1.xml"/>` +
          `<Relationship Id="rId3" Type="${REL}/worksheet" Target="/xl/worksheets/sheet3.xml"/>` +
          '</Relationships>',
      ),
    },
    { name: 'xl/chartsheets/sheet1.xml', data: xml(`<chartsheet ${MAIN}/>`) },
    {
      name: 'xl/sharedStrings.xml',
      data: xml(
        `<sst ${MAIN} count="4" uniqueCount="4">` +
          '<si><t>Ven_x001B_dor</t></si>' +
          '<si><r><t>Ri</t></r><r><rPr><b/></rPr><t>ch</t></r><rPh sb="0" eb="1"><t>ふりがな</t></rPh></si>' +
          '<si><t>master</t></si><si><t>hidden</t></si></sst>',
      ),
    },
    {
      name: 'xl/styles.xml',
      data: xml(
        `<styleSheet ${MAIN}><numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy\\-mm\\-dd"/></numFmts>` +
          '<cellStyleXfs count="1"><xf numFmtId="14"/></cellStyleXfs>' +
          '<cellXfs count="4"><xf numFmtId="0"/><xf numFmtId="164"/><xf numFmtId="2"/><xf numFmtId="14"/></cellXfs></styleSheet>',
      ),
    },
    {
      name: 'xl/worksheets/sheet1.xml',
      data: xml(
        sheet ??
          `<worksheet ${MAIN}><sheetData>` +
            '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c>' +
            '<c r="C1" t="inlineStr"><is><r><t>In</t></r><r><t>line_x000A_</t></r><rPh sb="0" eb="1"><t>PH</t></rPh></is></c></row>' +
            '<row r="2"><c r="A2"><f t="shared" ref="A2:C2" si="0">A1&amp;$B$1&amp;"A1"&amp;Q1!A1</f><v>1</v></c>' +
            '<c r="B2"><f t="shared" si="0"/><v>2</v></c><c r="C2"><f t="shared" si="0"/></c></row>' +
            // Row 3 and its cells without r attributes: they follow the previous ones (18.3.1.73, 18.3.1.4).
            '<row><c s="1"><v>45658</v></c><c s="2"><v>45658</v></c><c t="b"><v>1</v></c></row>' +
            '<row r="4"><c r="A4" t="e"><v>#N/A</v></c><c r="B4" t="str"><f>"x"</f><v>x</v></c><c r="C4"><f>1/0</f><v></v></c></row>' +
            '<row r="5"><c r="A5" t="s"><v>2</v></c><c r="B5" t="s"><v>3</v></c></row>' +
            '<row r="9"><c r="D9" s="3"><v>1</v></c></row>' +
            '</sheetData><mergeCells count="1"><mergeCell ref="A5:B5"/></mergeCells></worksheet>',
      ),
    },
  ];
  return buildZip(parts);
}

describe('packageSnapshot: hand-written XML', () => {
  it('reads shared strings, inline strings, shared formulas, dates, errors and merges as ECMA-376 says', () => {
    const snapshot = packageSnapshot(packageOf(handMade()), 'hand.xlsx');
    expect(snapshot.sheetNames).toEqual(['Pricing']); // the chart sheet and the sheet with no part are no worksheets
    const answers = snapshot.blocks.vc_Answers!;
    expect(answers.range).toEqual({ row: 1, col: 0, rows: 4, cols: 3 });
    // Row 1 above: an escaped ESC, rich runs joined without the phonetic guide, an inline string with an escaped line break.
    expect(answers.above).toEqual(['Ven\u001bdor', 'Rich', 'Inline\n']);
    expect(answers.values).toEqual([
      [1, 2, null], // cached results; C2 has none
      ['2025-01-01', 45658, true], // 45658 - 25569 = 20089 days after 1970-01-01 = 55 years + 14 leap days: 2025-01-01; "0.00" is no date
      [{ error: '#N/A' }, 'x', null], // an empty <v> is no cached result
      ['master', null, null], // B5 is hidden by the merge A5:B5, C5 was never written
    ]);
    // The shared formula slid one and two columns right: A1 -> B1 -> C1; $B$1, the text "A1" and the sheet Q1 stay.
    expect(answers.formulas[0]).toEqual(['=A1&$B$1&"A1"&Q1!A1', '=B1&$B$1&"A1"&Q1!B1', '=C1&$B$1&"A1"&Q1!C1']);
    expect(answers.formulas[2]).toEqual([null, '="x"', '=1/0']);
    // A result-only name: where each formula is, not its value.
    expect(snapshot.blocks.vc_TCO).toEqual({ name: 'vc_TCO', sheet: 'Pricing', range: { row: 3, col: 1, rows: 1, cols: 2 }, values: [], formulas: [['="x"', '=1/0']], above: null });
    expect(snapshot.broken).toEqual([
      { name: 'vc_Model', reference: 'Chart1!$A$1' },
      { name: 'vc_Coverage', reference: 'Gone!$A$1' },
      { name: 'vc_Rank', reference: '#REF!' },
    ]);
    expect(snapshot.blocks.vc_Weights).toBeUndefined(); // scoped to a sheet: not the template's
  });

  it('counts dates from 1904 when the workbook says so', () => {
    const snapshot = packageSnapshot(packageOf(handMade({ date1904: true })), 'hand.xlsx');
    // 2025-01-01 + 1462 days (1461 to 2029-01-01, 2028 being a leap year, and one more).
    expect(snapshot.blocks.vc_Answers!.values[1]![0]).toBe('2029-01-02');
  });

  it('malformed sheet XML makes the file damaged, naming the part, and not a crash', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'vc-package-'));
    try {
      writeFileSync(join(dir, 'bad.xlsx'), handMade({ sheet: `<worksheet ${MAIN}><sheetData><row r="1"><c r="A1"><v>1</c></row></sheetData></worksheet>` }));
      const error = await readFileSnapshot('bad.xlsx', { cwd: dir }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(WorkbookFileError);
      expect((error as WorkbookFileError).problem).toEqual({ kind: 'corrupt', reason: 'damaged', entry: 'xl/worksheets/sheet1.xml' });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('packageSnapshot reads what ExcelJS reads', () => {
  const written = async (options: Parameters<typeof planTemplate>[0]) => Buffer.from((await writePlanToWorkbook(planTemplate(options)).xlsx.writeBuffer()) as ArrayBuffer);

  it('templates in both languages, 1 to 12 vendors, answered or not', async () => {
    const many = { ...WORKED_EXAMPLE, vendors: Array.from({ length: 12 }, (_, i) => ({ ...WORKED_EXAMPLE.vendors[i % 4]!, name: `V${i + 1}` })) };
    for (const options of [WORKED_EXAMPLE, answeredOptions(), { ...answeredOptions(), language: 'zh' as const }, { ...WORKED_EXAMPLE, vendors: [WORKED_EXAMPLE.vendors[0]!] }, many]) {
      const snapshot = await expectReadersAgree(await written(options));
      expect(Object.keys(snapshot.blocks).length).toBeGreaterThan(40);
      await expectReadersAgree(await written(options), { resultValues: true });
    }
  });

  it('a complete workbook, one with control characters in a name, and the layout-1 files', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'vc-package-'));
    try {
      const { path } = await writeWorkbook(join(dir, 'complete.xlsx'), answeredOptions(), { complete: true });
      const complete = await expectReadersAgree(readFileSync(path));
      expect(validate(complete).complete).toBe(true);
      const evil = await expectReadersAgree(withSharedString(readFileSync(path), 'Aurora Cloud', EVIL_XML));
      expect(evil.blocks.vc_VendorNames!.values[0]![0]).toBe('\u001b[31mEvil\u0007\u009b2J Co\nLtd');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    for (const language of ['en', 'zh']) await expectReadersAgree(readFileSync(join(__dirname, '../../fixtures/v1', `worked-example.${language}.xlsx`)));
  });
});
