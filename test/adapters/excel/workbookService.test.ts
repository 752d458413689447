import { TemplateExistsError } from '../../../src/adapters/excel/errors';
import { createExcelPaneService, ExcelWorkbookService } from '../../../src/adapters/excel/workbookService';
import { DEFAULT_OPTIONS } from '../../../src/core/options';
import { cellAddress } from '../../../src/core/plan/a1';
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
    expect(result.sheets.map((s) => s.key)).toEqual(['overview', 'assumptions', 'pricing', 'coverage', 'questions', 'scorecard', 'decision']);
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

describe('ExcelWorkbookService as the pane service', () => {
  let office: InstalledOfficeGlobals | undefined;
  afterEach(() => office?.uninstall());

  it('runs every analysis call in its own Excel.run with delayForCellEdit', async () => {
    const wb = createWorkbook();
    office = installOfficeGlobals(wb);
    const service = new ExcelWorkbookService();
    await service.insertTemplate({ ...DEFAULT_OPTIONS, vendors: [{ name: 'Aurora' }, { name: 'Beacon' }] });
    // A deleted formula: fill puts it back without asking (nothing typed is replaced).
    const tco = wb.state.names.find((n) => n.name === 'vc_TCO')!.rect;
    const pricing = wb.sheetNames.find((n) => n.startsWith('Pricing'))!;
    await wb.userEdit(pricing, cellAddress(tco.row, tco.col), [['']]);

    expect(await service.fillFormulas(false)).toEqual({ changedVendors: ['Aurora'], overwritten: [], applied: true, upgraded: false, syncs: 2 });
    const validation = await service.validate('en');
    const first = validation.findings.find((f) => f.rule === 'unanswered')!;
    await service.selectCell(first.sheet, first.cell);
    expect(wb.selection).toEqual({ sheet: first.sheet, address: first.cell });
    await service.markFindings(validation.findings);
    expect(wb.state.sheets.some((s) => s.conditionalFormats.some((cf) => cf.formula.includes('vc_mark')))).toBe(true);
    await service.clearMarks();
    expect(wb.state.sheets.some((s) => s.conditionalFormats.some((cf) => cf.formula.includes('vc_mark')))).toBe(false);
    expect(office.runs.map((r) => r.options)).toEqual(Array.from({ length: 6 }, () => ({ delayForCellEdit: true })));
  });

  it('is what createExcelPaneService returns', () => {
    expect(createExcelPaneService()).toBeInstanceOf(ExcelWorkbookService);
  });
});
