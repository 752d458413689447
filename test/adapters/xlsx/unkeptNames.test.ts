import { canonicalReference, unkeptNames, type WorkbookNames } from '../../../src/adapters/xlsx/unkeptNames';
import type { XmlDefinedName } from '../../../src/adapters/xlsx/workbookNames';

function name(name: string, reference: string, more: Partial<XmlDefinedName> = {}): XmlDefinedName {
  return { name, reference, localSheetId: null, settings: {}, ...more };
}

const SHEETS = ['S', 'My Sheet'];
const book = (...names: XmlDefinedName[]): WorkbookNames => ({ names, sheets: SHEETS });

describe('canonicalReference', () => {
  it.each([
    ["'S'!$A$1:$D$20", 'S!$A$1:$D$20'],
    ["'My Sheet'!$b$2", "'MY SHEET'!$B$2"],
    ['S!$A$1:$A$1', 'S!$A$1'],
    ['S!$C$3,S!$A$1', 'S!$A$1,S!$C$3'],
    ["'O''Brien'!$1:$2", "'o''brien'!$1:$2"],
  ])('%s and %s are the same ranges', (a, b) => {
    expect(canonicalReference(a)).toBe(canonicalReference(b));
  });

  it.each([
    ['S!$A$1', 'S!A1'],
    ['S!$A$1:$D$20', "'S'!$A1:$D20"],
    ['S!$A$1', 'T!$A$1'],
    ['OFFSET(S!$A$1,1,1)', "'OFFSET(S'!$A$1"],
    ['S!$A$1:$A$2,S!$B$1:$B$2', 'S!$A$1:$B$2'],
  ])('%s and %s differ', (a, b) => {
    expect(canonicalReference(a)).not.toBe(canonicalReference(b));
  });

  it('leaves a constant or formula as written', () => {
    expect(canonicalReference(' 0.05 ')).toBe('0.05');
    expect(canonicalReference('SUM(S!$A$1,S!$B$1)')).toBe('SUM(S!$A$1,S!$B$1)');
  });
});

describe('unkeptNames', () => {
  it('reports a dropped constant and a mangled formula, not a range written another way', () => {
    const before = book(
      name('TaxRate', '0.05'),
      name('Off', 'OFFSET(S!$A$1,1,1)'),
      name('Quoted', "'My Sheet'!$B$2:$C$3"),
      name('_xlnm.Print_Titles', 'S!$1:$2', { localSheetId: 0 }),
    );
    const after = book(
      name('Off', "'OFFSET(S'!$A$1"),
      name('Quoted', "'My Sheet'!$B$2:$C$3"),
      name('_xlnm.Print_Titles', "'S'!$1:$2", { localSheetId: 0 }),
    );
    expect(unkeptNames(before, after)).toEqual([
      { kind: 'name', name: 'TaxRate', sheet: null, reference: '0.05', becomes: null },
      { kind: 'name', name: 'Off', sheet: null, reference: 'OFFSET(S!$A$1,1,1)', becomes: { sheet: null, reference: "'OFFSET(S'!$A$1" } },
    ]);
  });

  it('reports a sheet-scoped name made workbook-wide, and settings forgotten', () => {
    const before = book(name('Local', 'S!$A$1', { localSheetId: 1 }), name('Hid', 'S!$B$1', { settings: { hidden: '1', comment: 'why' } }));
    const after = book(name('Local', 'S!$A$1'), name('Hid', 'S!$B$1'));
    expect(unkeptNames(before, after)).toEqual([
      { kind: 'name', name: 'Local', sheet: 'My Sheet', reference: 'S!$A$1', becomes: { sheet: null, reference: 'S!$A$1' } },
      { kind: 'nameSetting', name: 'Hid', sheet: null, setting: 'hidden' },
      { kind: 'nameSetting', name: 'Hid', sheet: null, setting: 'comment' },
    ]);
  });

  it('ignores settings that are off (LibreOffice writes hidden="false") and template names ExcelJS could not read', () => {
    const before = book(
      name('vc_Term', 'Assumptions!$B$4', { settings: { hidden: 'false', function: 'false', vbProcedure: 'false' } }),
      name('vc_Answers', '#REF!'),
    );
    const after = book(name('vc_Term', 'Assumptions!$B$4'));
    expect(unkeptNames(before, after)).toEqual([]);
  });

  it('reports the user’s own vc_ names ExcelJS drops: validation does not read them, so only fill can say', () => {
    const before = book(name('vc_Rate', '0.05'), name('vc_Mine', '#REF!'), name('vc_Term', 'Assumptions!$B$4'));
    const after = book(name('vc_Term', 'Assumptions!$B$4'));
    expect(unkeptNames(before, after)).toEqual([
      { kind: 'name', name: 'vc_Rate', sheet: null, reference: '0.05', becomes: null },
      { kind: 'name', name: 'vc_Mine', sheet: null, reference: '#REF!', becomes: null },
    ]);
  });

  it('still reports a user name at #REF!, and a template name ExcelJS changed', () => {
    const before = book(name('Budget', '#REF!'), name('vc_Term', 'Assumptions!$B$4:$B$5,Assumptions!$C$4:$C$5'));
    const after = book(name('vc_Term', 'Assumptions!$B$4:$C$5'));
    expect(unkeptNames(before, after)).toEqual([
      { kind: 'name', name: 'Budget', sheet: null, reference: '#REF!', becomes: null },
      { kind: 'name', name: 'vc_Term', sheet: null, reference: 'Assumptions!$B$4:$B$5,Assumptions!$C$4:$C$5', becomes: { sheet: null, reference: 'Assumptions!$B$4:$C$5' } },
    ]);
  });
});
