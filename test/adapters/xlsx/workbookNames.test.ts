import { definedNamesInXml } from '../../../src/adapters/xlsx/workbookNames';

describe('definedNamesInXml', () => {
  it('reads workbook-level names with their references, entities decoded', () => {
    const xml = [
      '<workbook><definedNames>',
      '<definedName name="vc_Answers">Questions!$C$4:$D$10</definedName>',
      `<definedName name="vc_Model">'R&amp;D &apos;s'!$D$4</definedName>`,
      '<definedName name="vc_Gone">#REF!</definedName>',
      '<definedName name="_xlnm.Print_Area" localSheetId="0">Pricing!$A$1:$B$2</definedName>',
      '<definedName name="vc_Empty"/>',
      '<x:definedName name="vc_Prefixed">A!&#36;A&#x24;1</x:definedName>',
      '</definedNames></workbook>',
    ].join('');
    expect(definedNamesInXml(xml)).toEqual([
      { name: 'vc_Answers', reference: 'Questions!$C$4:$D$10' },
      { name: 'vc_Model', reference: "'R&D 's'!$D$4" },
      { name: 'vc_Gone', reference: '#REF!' },
      { name: 'vc_Empty', reference: '' },
      { name: 'vc_Prefixed', reference: 'A!$A$1' },
    ]);
  });

  it('finds nothing in a workbook without names', () => {
    expect(definedNamesInXml('<workbook><sheets/></workbook>')).toEqual([]);
  });
});
