import { normalizeFormula } from './normalize';

describe('normalizeFormula', () => {
  it.each([
    ["='Assumptions'!$B$14+D6", '=Assumptions!$B$14+d6'],
    ["'假设'!$B$14*2", '=假设!$B$14*2'],
    ['=IF(D4<>"All-inclusive","a b",1)', 'IF(d4<>"All-inclusive","a b", 1)'],
    ['=IF(D4>0.10,1.0,.5)*1E3', '=IF(D4>0.1,1,0.5)*1000'],
    ['=_xlfn.XLOOKUP(D4,A:A,B:B)', '=xlookup(D4,A:A,B:B)'],
    ['=SUM(D40:D49)', '= sum(D40 : D49)'],
  ])('%s and %s are the same formula', (a, b) => {
    expect(normalizeFormula(a)).toBe(normalizeFormula(b));
  });

  it.each([
    ['=IF(D4="Tiered service",1,0)', '=IF(D4="tiered service",1,0)'],
    ["='My Sheet'!A1", '=MySheet!A1'],
    ['=D6*2', '=D7*2'],
    ['=D6*0.1', '=D6*0.01'],
    ['=IF(A1="0.10",1,0)', '=IF(A1="0.1",1,0)'],
    ['=D40', '=D4*0'],
  ])('%s and %s differ', (a, b) => {
    expect(normalizeFormula(a)).not.toBe(normalizeFormula(b));
  });
});
