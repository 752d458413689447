import { TemplateExistsError } from '../../../src/adapters/excel/errors';
import { ExcelWorkbookService } from '../../../src/adapters/excel/workbookService';
import { DEFAULT_OPTIONS } from '../../../src/core/options';
import { createWorkbook, type InstalledOfficeGlobals, installOfficeGlobals } from '../../excel-double';

describe('ExcelWorkbookService', () => {
  let office: InstalledOfficeGlobals | undefined;
  afterEach(() => office?.uninstall());

  it('inserts through Excel.run with delayForCellEdit and then reports the template', async () => {
    const wb = createWorkbook();
    office = installOfficeGlobals(wb);
    const service = new ExcelWorkbookService();
    expect(await service.hasTemplate()).toBe(false);
    const result = await service.insertTemplate({ ...DEFAULT_OPTIONS, vendors: [{ name: 'Aurora' }, { name: 'Beacon' }] });
    expect(result.syncs).toBe(2);
    expect(result.sheets.map((s) => s.key)).toEqual(['overview', 'assumptions', 'pricing', 'coverage', 'questions', 'scorecard']);
    expect(wb.sheetNames).toEqual(['Sheet1', ...result.sheets.map((s) => s.name)]);
    expect(await service.hasTemplate()).toBe(true);
    expect(office.runs.map((r) => r.options)).toEqual([
      { delayForCellEdit: true },
      { delayForCellEdit: true },
      { delayForCellEdit: true },
    ]);
    // 1 read (hasTemplate) + 2 (insert) + 1 read (hasTemplate): Excel.run adds no request.
    expect(wb.stats.syncs).toBe(4);
    await expect(service.insertTemplate({ ...DEFAULT_OPTIONS, vendors: [{ name: 'X' }] })).rejects.toBeInstanceOf(
      TemplateExistsError,
    );
  });
});
