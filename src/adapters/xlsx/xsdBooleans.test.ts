import { digitFlags } from './xsdBooleans';

describe('digitFlags', () => {
  it('spells the protection flags LibreOffice writes as words with digits, and nothing else', () => {
    const styles = '<xf numFmtId="0" applyProtection="true"><protection locked="false" hidden="true"/></xf><font b="true"/>';
    // applyProtection and <font b> are not protection flags: ExcelJS reads those itself.
    expect(digitFlags(styles)).toBe('<xf numFmtId="0" applyProtection="true"><protection locked="0" hidden="1"/></xf><font b="true"/>');
    const sheet = '<sheetProtection sheet="true" objects="true" formatColumns="false" formatRows="false" password="CC3D"/>';
    expect(digitFlags(sheet)).toBe('<sheetProtection sheet="1" objects="1" formatColumns="0" formatRows="0" password="CC3D"/>');
    expect(digitFlags('<protection locked="0"/>')).toBe('<protection locked="0"/>');
  });
});
