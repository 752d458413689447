import { csvField, csvText } from '../../src/cli/csv';

describe('csv', () => {
  it('quotes per RFC 4180 only what needs it', () => {
    expect(csvField('Aurora')).toBe('Aurora');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField(1234.5)).toBe('1234.5');
    expect(csvField(-5)).toBe('-5');
    expect(csvField(null)).toBe('');
    expect(csvField(undefined)).toBe('');
    expect(csvField(Number.NaN)).toBe('');
  });

  it.each([
    ['=HYPERLINK("http://x","y")', `"'=HYPERLINK(""http://x"",""y"")"`],
    ['+1+1', `"'+1+1"`],
    ['-2+3', `"'-2+3"`],
    ['@SUM(A1)', `"'@SUM(A1)"`],
    ['\t=1', `"'\t=1"`],
    ['\r=1', `"'\r=1"`],
  ])('keeps %j from being a formula in a spreadsheet', (text, expected) => {
    expect(csvField(text)).toBe(expected);
  });

  it('joins rows with CRLF and ends with one', () => {
    expect(csvText([['a', 1], ['b', null]])).toBe('a,1\r\nb,\r\n');
  });
});
