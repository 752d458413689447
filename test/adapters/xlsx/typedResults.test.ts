/** The .xlsx reader keeps whether result cells hold formulas, so a typed-in score is caught. */
import { readSnapshot } from '../../../src/adapters/xlsx/readSnapshot';
import { cellAddress } from '../../../src/core/plan/a1';
import { planTemplate } from '../../../src/core/template/planTemplate';
import { validate } from '../../../src/core/validation/validate';
import { WORKED_EXAMPLE } from '../../fixtures/workedExample';
import { planToXlsx, readXlsx } from '../../support/xlsxWorkbook';

it('reports an overall score typed over its formula in a file', async () => {
  const plan = planTemplate(WORKED_EXAMPLE);
  const workbook = await readXlsx(await planToXlsx(plan));
  const overall = plan.names.find((n) => n.name === 'vc_Overall')!.range;
  workbook.getWorksheet('Scorecard')!.getCell(overall.row + 1, overall.col + 2).value = 99;
  const snapshot = readSnapshot(await readXlsx(Buffer.from((await workbook.xlsx.writeBuffer()) as ArrayBuffer)), 'book.xlsx');
  const typed = validate(snapshot).findings.filter((f) => f.rule === 'broken-formula');
  expect(typed.map((f) => `${f.sheet}!${f.cell}`)).toEqual([`Scorecard!${cellAddress(overall.row, overall.col + 1)}`]);
});
