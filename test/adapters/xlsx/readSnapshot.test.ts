import ExcelJS from 'exceljs';
import { readSnapshot } from '../../../src/adapters/xlsx/readSnapshot';
import { writePlanToWorkbook } from '../../../src/adapters/xlsx/writePlan';
import { DEFAULT_OPTIONS } from '../../../src/core/options';
import { planTemplate } from '../../../src/core/template/planTemplate';
import { validate } from '../../../src/core/validation/validate';

describe('readSnapshot (ExcelJS)', () => {
  it('reads an error result in a date-formatted cell as an error, not a crash (found by the .xlsx fuzz test)', async () => {
    const plan = planTemplate({ ...DEFAULT_OPTIONS, vendors: [{ name: 'A' }] });
    const date = plan.names.find((n) => n.name === 'vc_PreparedOn')!.range;
    const workbook = writePlanToWorkbook(plan);
    workbook.getWorksheet('Overview')!.getCell(date.row + 1, date.col + 1).value = { formula: 'NA()', result: { error: '#N/A' } } as ExcelJS.CellValue;
    const read = new ExcelJS.Workbook();
    await read.xlsx.load(await workbook.xlsx.writeBuffer());
    const snapshot = readSnapshot(read, 'book.xlsx');
    expect(snapshot.blocks.vc_PreparedOn!.values).toEqual([[{ error: '#VALUE!' }]]);
    expect(() => validate(snapshot)).not.toThrow();
  });
});
