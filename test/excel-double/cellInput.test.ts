import { interpretInput } from './cellInput';
import { cellAt, createWorkbook } from './index';

const text = (value: string, quotePrefix = false) => ({ kind: 'value', value, quotePrefix });
const num = (value: number) => ({ kind: 'value', value, quotePrefix: false });
const formula = (f: string) => ({ kind: 'formula', formula: f });

describe('excel double: cell input is read as Excel reads typed input', () => {
  it.each([
    ['=SUM(A1:A3)', formula('=SUM(A1:A3)')],
    ['=HYPERLINK("http://x","y")', formula('=HYPERLINK("http://x","y")')],
    ['+A1', formula('=+A1')],
    ['-foo', formula('=-foo')],
    ['@SUM(A1)', formula('=SUM(A1)')],
    ['+1', num(1)],
    ['-2', num(-2)],
    ['123', num(123)],
    ['1,234.5', num(1234.5)],
    ['1e3', num(1000)],
    ['5%', num(0.05)],
    ['2024-01-31', num(45322)],
    ['1/31/2024', num(45322)],
    ["'=SUM(A1)", text('=SUM(A1)', true)],
    ["'123", text('123', true)],
    ['Aurora Cloud', text('Aurora Cloud')],
    ['\tfoo', text('\tfoo')],
  ])('%j', (input, expected) => {
    expect(interpretInput(input)).toEqual(expected);
  });

  it('reads an error typed as a constant as that error value, unless quote-prefixed', () => {
    expect(interpretInput('#N/A')).toEqual({ kind: 'error', error: '#N/A' });
    expect(interpretInput('#div/0!')).toEqual({ kind: 'error', error: '#DIV/0!' });
    expect(interpretInput("'#N/A")).toEqual(text('#N/A', true));
    expect(interpretInput('#hashtag')).toEqual(text('#hashtag'));
  });

  it('reads TRUE/FALSE text and booleans as booleans', () => {
    expect(interpretInput('true')).toEqual({ kind: 'value', value: true, quotePrefix: false });
    expect(interpretInput(false)).toEqual({ kind: 'value', value: false, quotePrefix: false });
  });

  it('leaves a cell unchanged for null and clears it for the empty string', async () => {
    const wb = createWorkbook({ sheets: [{ name: 'S', cells: { A1: 'keep', B1: 'drop' } }] });
    const ctx = wb.newContext();
    ctx.workbook.worksheets.getItemOrNullObject('S').getRange('A1:B1').values = [[null, '']];
    await ctx.sync();
    expect(cellAt(wb, 'S', 'A1')).toEqual(text('keep'));
    expect(cellAt(wb, 'S', 'B1')).toBeUndefined();
  });

  it('turns a string starting with = written to values into a formula', async () => {
    const wb = createWorkbook({ sheets: [{ name: 'S' }] });
    const ctx = wb.newContext();
    ctx.workbook.worksheets.getItemOrNullObject('S').getRange('A1:C1').values = [['=1+1', "'=1+1", '-2']];
    await ctx.sync();
    expect(cellAt(wb, 'S', 'A1')).toEqual(formula('=1+1'));
    expect(cellAt(wb, 'S', 'B1')).toEqual(text('=1+1', true));
    expect(cellAt(wb, 'S', 'C1')).toEqual(num(-2));
  });

  it('rejects non-finite numbers and objects', () => {
    expect(() => interpretInput(Number.NaN)).toThrow(expect.objectContaining({ code: 'InvalidArgument' }));
    expect(() => interpretInput({})).toThrow(expect.objectContaining({ code: 'InvalidArgument' }));
  });
});
