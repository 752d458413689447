import { shiftFormulaRows, shiftRect } from './shiftRows';

// Three rows inserted before 0-based row 4 (sheet row 5) of Pricing, as Excel's "Insert rows".
const insertion = { sheet: 'Pricing', at: 4, count: 3 };
const onPricing = (f: string) => shiftFormulaRows(f, insertion, 'Pricing');
const onOverview = (f: string) => shiftFormulaRows(f, insertion, 'Overview');

describe('shiftFormulaRows', () => {
  it.each([
    ['D4+D5', 'D4+D8'], // row 4 is above the insertion, row 5 at it
    ['$D$5*(1+D$9)^2', '$D$8*(1+D$12)^2'],
    ['SUM(D3:D10)', 'SUM(D3:D13)'], // a range spanning the insertion grows
    ['SUM(D5:D10)', 'SUM(D8:D13)'], // one starting at it moves whole
    ['SUM(D1:D4)', 'SUM(D1:D4)'],
    ['IF(D28="","Complete","Missing: "&D28)', 'IF(D31="","Complete","Missing: "&D31)'],
    ['"D5 stays text"&D5', '"D5 stays text"&D8'],
    ['LOG10(D5)+vc_Term+VC_A5', 'LOG10(D8)+vc_Term+VC_A5'], // function and defined names are no references
    ['Assumptions!$B$14+D5', 'Assumptions!$B$14+D8'], // another sheet does not move
    ["'Pricing'!D6+Pricing!D7", "'Pricing'!D9+Pricing!D10"],
    ["'Pricing (2)'!D6", "'Pricing (2)'!D6"],
    ['1.5E5+A5', '1.5E5+A8'],
    ['SUM(5:5)+SUM($4:$6)+Pricing!$7:$7', 'SUM(8:8)+SUM($4:$9)+Pricing!$10:$10'], // whole rows
    ['SUM(D:D)+COUNT(A:C)', 'SUM(D:D)+COUNT(A:C)'], // whole columns stay
    ['SUM(Table1[@Col5])+A5', 'SUM(Table1[@Col5])+A8'], // a structured reference is no cell
    ['[1]Pricing!A5+A5', '[1]Pricing!A5+A8'], // another workbook's Pricing does not move
  ])('on Pricing: %s -> %s', (before, after) => expect(onPricing(before)).toBe(after));

  it('moves references from other sheets to the sheet, with or without quotes, any case', () => {
    expect(onOverview("IFERROR('Pricing'!D62,\"incomplete\")&D62")).toBe("IFERROR('Pricing'!D65,\"incomplete\")&D62");
    expect(onOverview('pricing!$D$5:$F$5')).toBe('pricing!$D$8:$F$8');
  });

  it('handles Chinese sheet names, quoted or not', () => {
    const zh = { sheet: '报价', at: 4, count: 1 };
    expect(shiftFormulaRows("'报价'!D6+报价!D7+假设!B14", zh, '概览')).toBe("'报价'!D7+报价!D8+假设!B14");
  });
});

describe('shiftRect', () => {
  it('moves a rectangle below the point, grows one across it, leaves one above it', () => {
    expect(shiftRect({ row: 5, rows: 2 }, 4, 3)).toEqual({ row: 8, rows: 2 });
    expect(shiftRect({ row: 2, rows: 5 }, 4, 3)).toEqual({ row: 2, rows: 8 });
    expect(shiftRect({ row: 0, rows: 4 }, 4, 3)).toEqual({ row: 0, rows: 4 });
  });
});
