import fc from 'fast-check';
import { jsonErrorOffset, parseJsonText } from '../../../src/core/import/jsonText';

describe('parseJsonText', () => {
  it('parses valid JSON and ignores a byte-order mark', () => {
    expect(parseJsonText('\uFEFF{"a": [1, 2]}')).toEqual({ ok: true, value: { a: [1, 2] } });
  });

  it.each([
    ['{"a": 1,}', 1, 9, "}"],
    ['{\n  "a": tru\n}', 2, 11, '\n'],
    ['{\n  "vendors": [\n    {"name": "A" "model": "tiered"}\n  ]\n}', 3, 18, '"'],
    ['[1, 2', 1, 6, null],
    ['', 1, 1, null],
    ['{} x', 1, 4, 'x'],
    ['{"a": 01}', 1, 8, '1'],
    ['{"a": "tab\there"}', 1, 11, '\t'],
  ])('locates the error in %j at line %i, column %i', (text, line, column, found) => {
    const result = parseJsonText(text);
    expect(result).toMatchObject({ ok: false, error: { line, column, found } });
  });

  it('counts Windows line ends as one line each', () => {
    expect(parseJsonText('{\r\n"a": 1\r\n"b": 2}')).toMatchObject({ ok: false, error: { line: 3, column: 1 } });
  });
});

describe('jsonErrorOffset agrees with JSON.parse', () => {
  const parses = (text: string): boolean => {
    try {
      JSON.parse(text);
      return true;
    } catch {
      return false;
    }
  };

  it('finds no error in any JSON text', () => {
    fc.assert(fc.property(fc.json(), (text) => jsonErrorOffset(text) === null));
  });

  it('finds an error exactly when JSON.parse rejects a mutated JSON text', () => {
    const mutated = fc
      .tuple(fc.json(), fc.nat(), fc.constantFrom('', '{', '}', '"', ',', ':', 'x', '0', '-', '\\', ']', ' '))
      .map(([text, at, insert]) => {
        const i = at % (text.length + 1);
        return text.slice(0, i) + insert + text.slice(i + (insert === '' ? 1 : 0));
      });
    fc.assert(fc.property(mutated, (text) => (jsonErrorOffset(text) === null) === parses(text)), { numRuns: 2000 });
  });
});
