import { printable } from '../../src/cli/text';

describe('printable', () => {
  it.each([
    ['\u001b[31mEvil', 'Evil'],
    ['\u001b[2J\u001b[HClear', 'Clear'],
    ['\u001b]0;new title\u0007Name', 'Name'],
    ['\u001b]8;;http://x\u001b\\link\u001b]8;;\u001b\\', 'link'],
    ['\u009b31mC1 form', 'C1 form'],
    ['\u001bcReset', 'Reset'],
    ['bell\u0007 and del\u007f', 'bell and del'],
    ['two\nlines\tand a tab', 'two lines and a tab'],
    ['中文 Aurora Cloud', '中文 Aurora Cloud'],
  ])('%j -> %j', (text, shown) => {
    expect(printable(text)).toBe(shown);
  });
});
