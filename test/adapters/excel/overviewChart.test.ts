import { ExcelWriteError } from '../../../src/adapters/excel/errors';
import { insertTemplate } from '../../../src/adapters/excel/insertTemplate';
import { overviewChartSpec } from '../../../src/adapters/excel/overviewChart';
import { cellAddress } from '../../../src/core/plan/a1';
import { planTemplate } from '../../../src/core/template/planTemplate';
import { cellAt, createWorkbook, snapshot } from '../../excel-double';
import { nameAt, named, templateOptions } from './analysisFixtures';

describe('the Overview chart of yearly cost per vendor', () => {
  it('is made from the whole chart-data block, so names, years and title are bound to cells that follow the workbook', async () => {
    const options = templateOptions(named('Aurora', 'Beacon', 'Cosmo'), { termYears: 5 });
    const wb = createWorkbook();
    const result = await insertTemplate(wb.newContext(), options);
    expect(result.syncs).toBe(2);
    const overview = result.sheets.find((s) => s.key === 'overview')!.name;
    const data = nameAt(wb, 'vc_ChartData');
    const title = nameAt(wb, 'vc_ChartTitle');
    const charts = wb.sheet(overview).charts;
    expect(charts).toHaveLength(1);
    const { row, col } = data.rect;
    expect(charts[0]).toMatchObject({
      type: 'Line',
      seriesBy: 'Columns',
      source: { sheetId: wb.sheet(overview).id, rect: data.rect },
      // Series names follow the header cells (Excel takes a header row of the source as names).
      seriesNameCells: [1, 2, 3].map((c) => cellAddress(row, col + c)),
      categories: { row: row + 1, col, rows: 10, cols: 1 },
      titleFormula: `='${overview}'!$A$${title.rect.row + 1}`,
      legendPosition: 'Bottom',
    });
    // Those header cells read the vendor names live (a rename on Pricing carries through), the
    // title cell names the currency live; the costs stop at the term (#N/A beyond it).
    expect(cellAt(wb, overview, cellAddress(row, col + 2))).toMatchObject({ kind: 'formula', formula: expect.stringContaining('INDEX(vc_VendorNames,1,2)') });
    expect(cellAt(wb, overview, cellAddress(title.rect.row, 0))).toMatchObject({ kind: 'formula', formula: expect.stringContaining('vc_Currency') });
    expect(cellAt(wb, overview, cellAddress(row + 1, col + 1))).toEqual({ kind: 'formula', formula: '=IF(1>vc_Term,NA(),INDEX(vc_YearCost,1,1))' });
    // Under the block, clear of the ranking however wide it grows.
    expect(charts[0]!.position).toEqual({ start: `A${row + 10 + 3}`, end: `H${row + 10 + 18}` });
    for (const s of wb.state.sheets.filter((x) => x.name !== overview)) expect(s.charts).toEqual([]);
  });

  it('keeps vendors whose names look like formulas, numbers or errors as names: the header cells hold formulas, never the name', async () => {
    const hostile = ['=X', '=Pricing!A1', '+1', '123', 'TRUE', '#N/A'];
    const wb = createWorkbook();
    const result = await insertTemplate(wb.newContext(), templateOptions(named(...hostile)));
    const overview = result.sheets.find((s) => s.key === 'overview')!.name;
    const chart = wb.sheet(overview).charts[0]!;
    expect(chart.seriesNameCells).toHaveLength(hostile.length);
    for (const address of chart.seriesNameCells) expect(cellAt(wb, overview, address!)?.kind).toBe('formula');
  });

  it('takes the Chinese sheet name for a Chinese template, and is left out when there is no vendor', () => {
    const spec = overviewChartSpec(planTemplate(templateOptions(named('供应商'), { language: 'zh' })))!;
    expect(spec.sheet).toBe('概览');
    expect(spec.titleFormula).toMatch(/^='概览'!\$A\$\d+$/);
    expect(overviewChartSpec(planTemplate(templateOptions([])))).toBeNull();
  });

  it('is part of the write: when Excel refuses it, the whole template is rolled back', async () => {
    const wb = createWorkbook();
    const before = snapshot(wb);
    wb.injectFailure({ when: (op) => op.op === 'charts.add', code: 'InvalidArgument', message: 'chart refused' });
    const error = await insertTemplate(wb.newContext(), templateOptions(named('Aurora'))).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ExcelWriteError);
    expect(error).toMatchObject({ message: 'chart refused', cleanupFailed: false });
    expect(snapshot(wb)).toEqual(before);
  });
});
