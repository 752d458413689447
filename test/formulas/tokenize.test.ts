import { parseFormula } from '../support/formulas/parse';
import { FormulaSyntaxError, tokenize } from '../support/formulas/tokenize';

const kinds = (formula: string) => tokenize(formula).map((t) => `${t.kind}:${t.text}`);

describe('formula tokenizer', () => {
  it('reads strings with doubled quotes as one token', () => {
    const [t] = tokenize('"say ""hi"", (1,2)"');
    expect(t).toMatchObject({ kind: 'string', value: 'say "hi", (1,2)' });
  });

  it('reads quoted sheet names, Chinese and with doubled quotes, as part of the reference', () => {
    expect(tokenize("'报价'!$D$6:$F$6+'It''s'!A1")).toMatchObject([
      { kind: 'ref', sheet: '报价', start: { row: 5, col: 3, rowAbsolute: true, colAbsolute: true }, end: { row: 5, col: 5 } },
      { kind: 'op', text: '+' },
      { kind: 'ref', sheet: "It's", start: { row: 0, col: 0, rowAbsolute: false }, end: null },
    ]);
    expect(tokenize('Pricing!D3')).toMatchObject([{ kind: 'ref', sheet: 'Pricing' }]);
  });

  it('tells cells from defined names and functions', () => {
    expect(kinds('vc_Term+VC1+XFD1+XFE1+LOG10(A1)')).toEqual([
      'name:vc_Term', 'op:+', 'ref:VC1', 'op:+', 'ref:XFD1', 'op:+', 'name:XFE1', 'op:+', 'func:LOG10(', 'ref:A1', 'close:)',
    ]);
    expect(kinds('TRUE()+TRUE')).toEqual(['func:TRUE(', 'close:)', 'op:+', 'bool:TRUE']);
  });

  it('reads whole columns and rows, errors, numbers and comparison operators', () => {
    expect(kinds('SUM(A:B,1:3)<>#N/A')).toEqual(['func:SUM(', 'ref:A:B', 'comma:,', 'ref:1:3', 'close:)', 'op:<>', 'error:#N/A']);
    expect(kinds('1.5e-3>=.5')).toEqual(['number:1.5e-3', 'op:>=', 'number:.5']);
  });

  it('strips the _xlfn. prefix Excel files give newer functions', () => {
    expect(tokenize('_xlfn.XLOOKUP(1,A1:A2,B1:B2)')[0]).toMatchObject({ kind: 'func', name: 'XLOOKUP', prefixed: true });
  });

  it('reads array constants with their shape', () => {
    expect(tokenize('{1,"a,b";-2,TRUE}')).toMatchObject([{ kind: 'array', rows: 2, cols: 2 }]);
    expect(() => tokenize('{1,2;3}')).toThrow(FormulaSyntaxError);
  });

  it('refuses what it cannot read, saying where', () => {
    expect(() => tokenize('"open')).toThrow(/unterminated string at character 1/);
    expect(() => tokenize("'Sheet A1")).toThrow(FormulaSyntaxError);
    expect(() => tokenize('A1 @ B1')).toThrow(/unexpected "@" at character 4/);
  });
});

describe('formula parser', () => {
  it("follows Excel's precedence: the sign binds tighter than ^, comparison loosest", () => {
    expect(parseFormula('-2^2')).toMatchObject({ kind: 'binary', op: '^', left: { kind: 'unary', op: '-' } });
    expect(parseFormula('1+2*3=7&"x"')).toMatchObject({
      kind: 'binary',
      op: '=',
      left: { kind: 'binary', op: '+', right: { kind: 'binary', op: '*' } },
      right: { kind: 'binary', op: '&' },
    });
  });

  it('keeps empty arguments and nested calls', () => {
    expect(parseFormula('IF(A1,,NA())')).toMatchObject({ kind: 'call', name: 'IF', args: [{ kind: 'ref' }, { kind: 'missing' }, { kind: 'call', name: 'NA', args: [] }] });
  });

  it('refuses unbalanced parentheses and trailing tokens', () => {
    expect(() => parseFormula('SUM(A1')).toThrow(FormulaSyntaxError);
    expect(() => parseFormula('(1+2')).toThrow(/not closed/);
    expect(() => parseFormula('1 2')).toThrow(/after a complete formula/);
  });
});
