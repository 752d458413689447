import { moveSpan, shiftFormula, shiftFormulaRows, shiftRect } from './shiftRefs';

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

describe('shiftFormula on columns and deletions', () => {
  // One column inserted before 0-based column 5 (F) of Pricing, as Excel's "Insert columns".
  const insertF = { sheet: 'Pricing', axis: 'cols' as const, at: 5, count: 1 };
  // Column E (0-based 4) of Pricing deleted.
  const deleteE = { sheet: 'Pricing', axis: 'cols' as const, at: 4, count: -1 };
  it.each([
    ['E4+F4', 'E4+G4'], // E is left of the insertion, F at it
    ['$F$4*G$9', '$G$4*H$9'],
    ['SUM(D4:F4)', 'SUM(D4:G4)'], // a range spanning the insertion grows
    ['SUM(D4:E4)', 'SUM(D4:E4)'], // one ending just before it does not
    ['SUM(F:F)+SUM(5:5)', 'SUM(G:G)+SUM(5:5)'], // whole columns move, whole rows stay
    ['Assumptions!F4+Z4', 'Assumptions!F4+AA4'],
    ['"F4"&AB1', '"F4"&AC1'],
  ])('insert before F: %s -> %s', (before, after) => expect(shiftFormula(before, insertF, 'Pricing')).toBe(after));

  it.each([
    ['D4+E4+F4', 'D4+#REF!+E4'], // the deleted cell is gone, the one right of it moves left
    ['SUM(D4:F4)', 'SUM(D4:E4)'], // a range losing a column shrinks
    ['SUM(E4:F4)', 'SUM(E4:E4)'], // one starting at the deleted column keeps its place
    ['SUM(E4:E9)+SUM($E:$E)', 'SUM(#REF!)+SUM(#REF!)'],
    ["'Pricing'!$G$1", "'Pricing'!$F$1"],
    ["Pricing!E7*2+'Pricing'!E1:E3", "Pricing!#REF!*2+'Pricing'!#REF!"], // Excel keeps the sheet: =Data!#REF!*2
  ])('delete E: %s -> %s', (before, after) => expect(shiftFormula(before, deleteE, 'Pricing')).toBe(after));

  it('deletes rows as Excel does: ranges shrink, lost cells are #REF!', () => {
    const deleteRows = { sheet: 'Overview', axis: 'rows' as const, at: 9, count: -2 }; // sheet rows 10-11
    expect(shiftFormula('A9+A10+A12+SUM(A5:A20)+SUM(A10:A11)+SUM(10:12)', deleteRows, 'Overview')).toBe('A9+#REF!+A10+SUM(A5:A18)+SUM(#REF!)+SUM(10:10)');
  });
});

describe('moveSpan', () => {
  it('agrees with moving every index one by one (brute force)', () => {
    for (let at = 0; at < 6; at++) {
      for (const count of [-3, -2, -1, 1, 2]) {
        for (let first = 0; first < 8; first++) {
          for (let last = first; last < 8; last++) {
            // Each index of the span: where it goes, or gone; the span is what is left of it.
            const kept = Array.from({ length: last - first + 1 }, (_, k) => first + k).flatMap((i) =>
              count > 0 ? [i >= at ? i + count : i] : i >= at && i < at - count ? [] : [i >= at ? i + count : i],
            );
            // Inserted indices inside the span are new cells of it: its ends are those of what is kept.
            expect(moveSpan(first, last, at, count)).toEqual(kept.length > 0 ? [kept[0]!, kept.at(-1)!] : null);
          }
        }
      }
    }
  });
});
