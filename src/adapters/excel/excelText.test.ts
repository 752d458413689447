import { cellAt, createWorkbook } from '../../../test/excel-double';
import { literalText, needsQuotePrefix, toExcelInput } from './excelText';

const DANGEROUS = [
  '=HYPERLINK("http://x","y")',
  '+1',
  '-2',
  '@SUM(A1)',
  '\tfoo',
  '\rfoo',
  '123',
  '1,000',
  '5%',
  '0.5',
  '.5',
  '1e3',
  '$100',
  '(5)',
  'TRUE',
  'false',
  '2024-01-31',
  '1/2',
  '12:30',
  'Jan 5',
  'March 2024',
  '#N/A',
  "'quoted",
  ' 42 ',
];

const PLAIN = ['Aurora Cloud', 'Beacon', 'Included', 'Tiered service', '云通信', 'Q1', 'S2-1', 'N/A', 'Hours/yr', 'A+B', 'x=1'];

describe('needsQuotePrefix', () => {
  it.each(DANGEROUS)('protects %j', (text) => {
    expect(needsQuotePrefix(text)).toBe(true);
    expect(literalText(text)).toBe(`'${text}`);
  });

  it.each(PLAIN)('leaves %j alone', (text) => {
    expect(needsQuotePrefix(text)).toBe(false);
    expect(literalText(text)).toBe(text);
  });

  it('leaves the empty string alone', () => {
    expect(needsQuotePrefix('')).toBe(false);
  });
});

describe('toExcelInput', () => {
  it('adds "=" to formulas and keeps numbers, booleans and null', () => {
    expect(toExcelInput({ formula: 'SUM(A1:A3)', result: 6 })).toBe('=SUM(A1:A3)');
    expect(toExcelInput(42)).toBe(42);
    expect(toExcelInput(true)).toBe(true);
    expect(toExcelInput(null)).toBeNull();
  });

  it('refuses a non-finite number', () => {
    expect(() => toExcelInput(Number.POSITIVE_INFINITY)).toThrow(/Infinity/);
  });

  it('makes every dangerous and plain string land in Excel as that exact text', async () => {
    const texts = [...DANGEROUS, ...PLAIN];
    const wb = createWorkbook();
    const ctx = wb.newContext();
    const range = ctx.workbook.worksheets.getItemOrNullObject('Sheet1').getRangeByIndexes(0, 0, texts.length, 1);
    range.values = texts.map((t) => [toExcelInput(t)]);
    await ctx.sync();
    texts.forEach((t, i) => {
      expect(cellAt(wb, 'Sheet1', `A${i + 1}`)).toMatchObject({ kind: 'value', value: t });
    });
  });

  it('would lose the text without the prefix (the double is strict enough to tell)', async () => {
    const wb = createWorkbook();
    const ctx = wb.newContext();
    ctx.workbook.worksheets.getItemOrNullObject('Sheet1').getRange('A1:C1').values = [['=HYPERLINK("http://x","y")', '123', '-2']];
    await ctx.sync();
    expect(cellAt(wb, 'Sheet1', 'A1')?.kind).toBe('formula');
    expect(cellAt(wb, 'Sheet1', 'B1')).toMatchObject({ value: 123 });
    expect(cellAt(wb, 'Sheet1', 'C1')).toMatchObject({ value: -2 });
  });
});
