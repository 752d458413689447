/** A user's own defined names that happen to start with vc_ are not the template's: the file
 * reader leaves them alone, as it does any other name of the user's. */
import { readSnapshot } from '../../../src/adapters/xlsx/readSnapshot';
import { definedNamesInXml } from '../../../src/adapters/xlsx/workbookNames';
import { planTemplate } from '../../../src/core/template/planTemplate';
import { validate } from '../../../src/core/validation/validate';
import { WORKED_EXAMPLE } from '../../fixtures/workedExample';
import { planToXlsx, readXlsx } from '../../support/xlsxWorkbook';
import { partText, withParts } from './zipFixtures';

const USER_NAMES = [
  '<definedName name="vc_Rate">0.05</definedName>',
  '<definedName name="vc_Mine">Pricing!$Z:$Z</definedName>',
  '<definedName name="vc_Mine2">Pricing!$Z$1:$Z$3</definedName>',
  '<definedName name="VC_GONE">#REF!$A$1</definedName>',
].join('');

async function read(data: Buffer) {
  const names = definedNamesInXml(partText(data, 'xl/workbook.xml'));
  return readSnapshot(await readXlsx(data), 'book.xlsx', names);
}

it('reads a file with the user’s vc_ names exactly as one without them', async () => {
  const data = await planToXlsx(planTemplate(WORKED_EXAMPLE));
  const xml = partText(data, 'xl/workbook.xml');
  expect(xml).toContain('</definedNames>');
  const withUserNames = withParts(data, [{ name: 'xl/workbook.xml', data: Buffer.from(xml.replace('</definedNames>', `${USER_NAMES}</definedNames>`)) }]);
  const plain = await read(data);
  const snapshot = await read(withUserNames);
  expect(snapshot.broken).toEqual([]);
  expect(Object.keys(snapshot.blocks).sort()).toEqual(Object.keys(plain.blocks).sort());
  expect(validate(snapshot).findings).toEqual(validate(plain).findings);
});
