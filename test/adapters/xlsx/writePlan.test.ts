import ExcelJS from 'exceljs';
import type { TemplateOptions } from '../../../src/core/options';
import type { Plan, SheetPlan } from '../../../src/core/plan/types';
import { planTemplate } from '../../../src/core/template/planTemplate';
import { FOOTER, PROPERTIES, sheetPlan } from '../../support/planFixtures';
import { comparePlan, conditionalFormats, readWorkbook } from './comparePlan';
import { isValidDefinedName } from '../../../src/adapters/xlsx/definedNames';
import { writePlanToWorkbook } from '../../../src/adapters/xlsx/writePlan';

function sheet({ key, name, ...extra }: Partial<SheetPlan> & Pick<SheetPlan, 'key' | 'name'>): SheetPlan {
  return sheetPlan(key, name, extra);
}

const INJECTIONS = ['=HYPERLINK("http://evil","x")', '+1+1', '-2', '@SUM(A1)', '=1/0'];

/** A small plan that uses every feature of the Plan model. */
const handMade: Plan = {
  language: 'en',
  properties: PROPERTIES,
  footer: FOOTER,
  sheets: [
    sheet({
      key: 'pricing',
      name: "Vendor's prices",
      tabColor: '#375623',
      freeze: { rows: 2, cols: 1 },
      columnWidths: [
        { col: 0, width: 30 },
        { col: 2, width: 14.5 },
      ],
      blocks: [
        { row: 0, col: 0, cells: [['Title', null, 'Übersicht 报价']] },
        { row: 1, col: 0, cells: [INJECTIONS] },
        {
          row: 2,
          col: 0,
          cells: [
            [1.5, 0, true, false, { formula: 'SUM(A3:B3)', result: 1.5 }],
            [{ formula: 'A3*0', result: 0 }, { formula: 'IF(C3,"yes","no")', result: 'yes' }, { formula: 'C3', result: true }, { formula: 'NOW()' }, null],
          ],
        },
      ],
      formats: [
        { range: { row: 0, col: 0, rows: 1, cols: 3 }, style: 'title' },
        { range: { row: 2, col: 0, rows: 1, cols: 2 }, style: 'input', numberFormat: '"¥"#,##0;-"¥"#,##0' },
        { range: { row: 3, col: 0, rows: 1, cols: 1 }, numberFormat: '0.0%' },
        { range: { row: 1, col: 0, rows: 1, cols: 5 }, style: 'header' },
      ],
      validations: [
        { range: { row: 2, col: 0, rows: 1, cols: 2 }, kind: 'decimal', min: 0 },
        { range: { row: 4, col: 0, rows: 3, cols: 2 }, kind: 'list', items: ['Included', 'Say "hi"', '包含'], prompt: 'Pick one' },
        { range: { row: 7, col: 0, rows: 1, cols: 1 }, kind: 'whole', min: 1, max: 10 },
      ],
      conditionalFormats: [
        { range: { row: 4, col: 0, rows: 3, cols: 2 }, formula: 'LEN(TRIM(A5))=0', style: 'missing' },
        { range: { row: 2, col: 0, rows: 1, cols: 2 }, formula: 'A$3<>""', style: 'unused' },
      ],
    }),
    sheet({ key: 'questions', name: '合同问题', blocks: [{ row: 0, col: 0, cells: [['Q1']] }] }),
  ],
  names: [
    { name: 'vc_Prices', sheet: 'pricing', range: { row: 2, col: 0, rows: 2, cols: 2 }, comment: 'prices' },
    { name: 'vc_Q', sheet: 'questions', range: { row: 0, col: 0, rows: 1, cols: 1 }, comment: 'ids' },
  ],
};

async function roundTrip(plan: Plan): Promise<ExcelJS.Workbook> {
  const buffer = await writePlanToWorkbook(plan).xlsx.writeBuffer();
  return readWorkbook(buffer);
}

describe('writePlanToWorkbook: a hand-made plan survives write and read back', () => {
  it('holds every value, formula, format, width, view, validation, conditional format and name', async () => {
    const workbook = await roundTrip(handMade);
    expect(comparePlan(handMade, workbook)).toEqual([]);
  });

  it('writes text that looks like a formula as text', async () => {
    const pricing = (await roundTrip(handMade)).getWorksheet("Vendor's prices")!;
    INJECTIONS.forEach((text, i) => {
      const cell = pricing.getCell(2, i + 1);
      expect(cell.type).toBe(ExcelJS.ValueType.String);
      expect(cell.value).toBe(text);
      expect(cell.formula).toBeUndefined();
    });
  });

  it('keeps cached results, including 0', async () => {
    const workbook = await roundTrip(handMade);
    const pricing = workbook.getWorksheet("Vendor's prices")!;
    expect(pricing.getCell('A4').result).toBe(0);
    expect(pricing.getCell('B4').result).toBe('yes');
    expect(pricing.getCell('D4').formula).toBe('NOW()');
    expect(pricing.getCell('D4').result).toBeUndefined();
  });

  it('asks Excel to recalculate on open (ExcelJS writes calcPr but does not read it back)', async () => {
    const stored = await writePlanToWorkbook(handMade).xlsx.writeBuffer({ zip: { compression: 'STORE' } });
    expect(Buffer.from(stored).toString('utf8')).toMatch(/<calcPr [^>]*fullCalcOnLoad="1"/);
  });

  it('styles the conditional formats with the plan colours', async () => {
    const pricing = (await roundTrip(handMade)).getWorksheet("Vendor's prices")!;
    const rules = conditionalFormats(pricing).flatMap((cf) => cf.rules);
    expect(rules.map((r) => r.priority)).toEqual([1, 2]);
    expect(rules[0]?.style?.fill).toMatchObject({ type: 'pattern', pattern: 'solid', bgColor: { argb: 'FFF8D7DA' } });
    expect(rules[1]?.style?.font?.color).toEqual({ argb: 'FFA6A6A6' });
  });

  it('writes the list prompt and quotes inside list items', async () => {
    const cell = (await roundTrip(handMade)).getWorksheet("Vendor's prices")!.getCell('B6');
    expect(cell.dataValidation).toMatchObject({ type: 'list', formulae: ['"Included,Say ""hi"",包含"'], prompt: 'Pick one' });
  });

  it('detects a difference (the comparison can fail)', async () => {
    const workbook = await roundTrip(handMade);
    workbook.getWorksheet("Vendor's prices")!.getCell('A3').value = 2;
    workbook.definedNames.add("'合同问题'!$B$1", 'vc_Q');
    expect(comparePlan(handMade, workbook)).toEqual([
      "Vendor's prices!A3: 2 (type 2) != 1.5",
      "name vc_Q: '合同问题'!$A$1:$B$1 != '合同问题'!$A$1",
    ]);
  });
});

describe('writePlanToWorkbook refuses a plan it cannot write faithfully', () => {
  const withSheet = (changes: Partial<SheetPlan>, names: Plan['names'] = []): Plan => ({
    language: 'en',
    properties: PROPERTIES,
    footer: FOOTER,
    sheets: [sheet({ key: 'pricing', name: 'Pricing', ...changes })],
    names,
  });

  it.each([
    ['a formula with "="', withSheet({ blocks: [{ row: 0, col: 0, cells: [[{ formula: '=A2' }]] }] }), /without "="/],
    ['a list item with a comma', withSheet({ validations: [{ range: { row: 0, col: 0, rows: 1, cols: 1 }, kind: 'list', items: ['a,b'] }] }), /comma/],
    ['an invalid name', withSheet({}, [{ name: 'vc Term', sheet: 'pricing', range: { row: 0, col: 0, rows: 1, cols: 1 }, comment: '' }]), /not a valid Excel name/],
    ['a name that is a cell address', withSheet({}, [{ name: 'VC1', sheet: 'pricing', range: { row: 0, col: 0, rows: 1, cols: 1 }, comment: '' }]), /not a valid Excel name/],
    ['a name on a missing sheet', withSheet({}, [{ name: 'vc_X', sheet: 'scorecard', range: { row: 0, col: 0, rows: 1, cols: 1 }, comment: '' }]), /lacks/],
    [
      'a name given twice',
      withSheet({}, [
        { name: 'vc_X', sheet: 'pricing', range: { row: 0, col: 0, rows: 1, cols: 1 }, comment: '' },
        { name: 'VC_x', sheet: 'pricing', range: { row: 1, col: 0, rows: 1, cols: 1 }, comment: '' },
      ]),
      /twice/,
    ],
  ])('%s', (_label, plan, message) => {
    expect(() => writePlanToWorkbook(plan)).toThrow(message);
  });

  it.each([
    ['vc_Term', true],
    ['_x.y', true],
    ['名称', true],
    ['A1', false],
    ['XFD1048576', false],
    ['R1C1', false],
    ['r', false],
    ['TRUE', false],
    ['1abc', false],
    ['a-b', false],
  ])('isValidDefinedName(%j) is %s', (name, valid) => {
    expect(isValidDefinedName(name)).toBe(valid);
  });
});

describe('writePlanToWorkbook renders the real template', () => {
  const options = (count: number, language: 'en' | 'zh', scenarios: TemplateOptions['scenarios']): TemplateOptions => ({
    language,
    currency: 'CNY',
    fx: [],
    termYears: 3,
    users: 500,
    discountRate: 0.08,
    scenarios,
    demand: [],
    vendors: Array.from({ length: count }, (_, i) => ({ name: i === 1 ? '=HYPERLINK("x")' : `Vendor ${i + 1}` })),
  });

  it.each([
    [1, 'en', []],
    [3, 'zh', ['S2', 'S5']],
    [50, 'en', ['S1']],
  ] as const)('%i vendor(s), %s, scenarios %j: the file holds the plan', async (count, language, scenarios) => {
    const plan = planTemplate(options(count, language, [...scenarios]));
    const workbook = await roundTrip(plan);
    expect(comparePlan(plan, workbook)).toEqual([]);
    for (const name of ['vc_Term', 'vc_Users', 'vc_DiscountRate', 'vc_Currency', 'vc_VendorNames', 'vc_Model', 'vc_QuestionIds', 'vc_Answers', 'vc_Completeness']) {
      expect(workbook.definedNames.getRanges(name).ranges).toHaveLength(1);
    }
  });

  it('prints landscape, one page wide, headers and labels on every page, with a footer; the Overview on one page up to 10 vendors', async () => {
    for (const [count, overviewPages] of [[3, 1], [30, 0]] as const) {
      const workbook = await roundTrip(planTemplate(options(count, 'en', [])));
      const pricing = workbook.getWorksheet('Pricing')!;
      expect(pricing.pageSetup).toMatchObject({ orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '1:3', printTitlesColumn: 'A:C' });
      expect(pricing.headerFooter.oddFooter).toBe('&LVendor comparison&C&A&RPage &P of &N · printed &D');
      expect(workbook.getWorksheet('Overview')!.pageSetup.fitToHeight).toBe(overviewPages);
    }
  });

  it('adds the template to a workbook that already has sheets, under the plan’s suffixed names', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('Pricing').getCell('A1').value = 'mine';
    const plan = planTemplate(options(2, 'en', []), ['Pricing']);
    writePlanToWorkbook(plan, workbook);
    const read = await readWorkbook(await workbook.xlsx.writeBuffer());
    expect(read.worksheets.map((s) => s.name)).toEqual(['Pricing', ...plan.sheets.map((s) => s.name)]);
    expect(read.getWorksheet('Pricing')!.getCell('A1').value).toBe('mine');
    expect(plan.sheets.map((s) => s.name)).toContain('Pricing (2)');
  });
});
