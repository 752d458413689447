import { xmlOutline } from '../../../src/adapters/xlsx/xmlOutline';

describe('xmlOutline', () => {
  it('gives the root, its children and two levels below, names without prefixes, attributes decoded from quotes', () => {
    const xml = [
      '<?xml version="1.0"?><!-- a <comment> -->',
      '<x:worksheet xmlns:x="urn:x"><sheetPr codeName=\'S>1\' x:name="R&amp;D &#x4E2D;"/>',
      '<extLst><ext uri="{05C60535}"><x14:sparklineGroups><x14:sparklineGroup><deep/></x14:sparklineGroup></x14:sparklineGroups></ext></extLst>',
      '</x:worksheet>',
    ].join('');
    const root = xmlOutline(xml)!;
    expect(root.name).toBe('worksheet');
    expect(root.children.map((c) => c.name)).toEqual(['sheetPr', 'extLst']);
    expect(root.children[0]!.attributes).toEqual({ codeName: 'S>1', name: 'R&D 中' });
    const ext = root.children[1]!.children[0]!;
    expect(ext).toMatchObject({ name: 'ext', attributes: { uri: '{05C60535}' } });
    expect(ext.children.map((c) => c.name)).toEqual(['sparklineGroups']);
    // Below the third level nothing is kept.
    expect(ext.children[0]!.children).toEqual([]);
  });

  it('jumps over sheetData, so cells never show as elements', () => {
    const rows = Array.from({ length: 1000 }, (_, i) => `<row r="${i + 1}"><c r="A${i + 1}"><v>${i}</v></c></row>`).join('');
    const root = xmlOutline(`<worksheet><sheetData>${rows}</sheetData><mergeCells count="0"/></worksheet>`)!;
    expect(root.children.map((c) => [c.name, c.children.length])).toEqual([
      ['sheetData', 0],
      ['mergeCells', 0],
    ]);
  });

  it('is null without any element', () => {
    expect(xmlOutline('')).toBeNull();
    expect(xmlOutline('<?xml version="1.0"?>')).toBeNull();
  });
});
