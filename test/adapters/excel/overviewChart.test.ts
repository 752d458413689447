import { ExcelWriteError } from '../../../src/adapters/excel/errors';
import { insertTemplate } from '../../../src/adapters/excel/insertTemplate';
import { needsQuotePrefix } from '../../../src/adapters/excel/excelText';
import { overviewChartSpec, seriesNameText } from '../../../src/adapters/excel/overviewChart';
import { messages } from '../../../src/core/i18n/messages';
import { planTemplate } from '../../../src/core/template/planTemplate';
import { createWorkbook, snapshot } from '../../excel-double';
import { nameAt, named, templateOptions } from './analysisFixtures';

describe('the Overview chart of yearly cost per vendor', () => {
  it('is inserted with the template, in the same syncs: vc_YearCost for the term, one series per vendor', async () => {
    const options = templateOptions(named('Aurora', 'Beacon', 'Cosmo'), { termYears: 5 });
    const wb = createWorkbook();
    const result = await insertTemplate(wb.newContext(), options);
    expect(result.syncs).toBe(2);
    const overview = result.sheets.find((s) => s.key === 'overview')!.name;
    const pricing = result.sheets.find((s) => s.key === 'pricing')!.name;
    const yearCost = nameAt(wb, 'vc_YearCost');
    const ranking = nameAt(wb, 'vc_Ranking');
    const charts = wb.sheet(overview).charts;
    expect(charts).toHaveLength(1);
    expect(charts[0]).toMatchObject({
      type: 'Line',
      seriesBy: 'Columns',
      source: { sheetId: wb.sheet(pricing).id, rect: { ...yearCost.rect, rows: 5 } },
      seriesNames: ['Aurora', 'Beacon', 'Cosmo'],
      title: messages('en').template.ranking.chartTitle,
      legendPosition: 'Bottom',
    });
    // Right of the ranking table, from its section title down.
    expect(charts[0]!.position).toEqual({ start: `K${ranking.rect.row - 2}`, end: `R${ranking.rect.row + 15}` });
    for (const s of wb.state.sheets.filter((x) => x.name !== overview)) expect(s.charts).toEqual([]);
  });

  it('takes its title from the Chinese catalogue for a Chinese template, and keeps hostile names as text', () => {
    const plan = planTemplate(templateOptions(named('=HYPERLINK("x")', '供应商'), { language: 'zh' }));
    const spec = overviewChartSpec(plan, 3)!;
    expect(spec.title).toBe(messages('zh').template.ranking.chartTitle);
    expect(spec.seriesNames).toEqual(['=HYPERLINK("x")', '供应商']);
  });

  it('inserts vendors whose names look like formulas, numbers or errors with those names shown as text', async () => {
    const hostile = ['=X', '=Pricing!A1', '+1', '-2', '@foo', "'quoted", '123', 'TRUE', '#N/A', 'Jan 5'];
    const plain = ['Aurora', '供应商', 'A=B'];
    const wb = createWorkbook();
    const result = await insertTemplate(wb.newContext(), templateOptions(named(...hostile, ...plain)));
    const overview = result.sheets.find((s) => s.key === 'overview')!.name;
    const written = wb.sheet(overview).charts[0]!.seriesNames;
    // Each hostile name starts with an invisible zero-width space, so Excel cannot read it as a
    // reference, formula or value; the legend still shows the vendor name.
    expect(written).toEqual([...hostile.map((n) => `\u200B${n}`), ...plain]);
    for (const name of written) expect(name.startsWith('=')).toBe(false);
    expect(written.map((n) => n.replace(/^\u200B/, ''))).toEqual([...hostile, ...plain]);
  });

  it('series names: protected exactly when a cell would need the quote prefix, and cut to 255 characters', () => {
    for (const name of ['=SUM(1)', '-', ' 42', 'true', '#DIV/0!', 'Beacon', '', '数据']) {
      expect(seriesNameText(name).startsWith('\u200B')).toBe(needsQuotePrefix(name));
    }
    expect(seriesNameText('x'.repeat(300))).toBe('x'.repeat(255));
    expect(seriesNameText(`=${'x'.repeat(300)}`)).toHaveLength(255);
    // A cut that would split a surrogate pair drops the whole character.
    expect(seriesNameText(`${'x'.repeat(254)}😀`)).toBe('x'.repeat(254));
  });

  it('covers all ten years for a ten-year term, and is left out when there is no vendor', () => {
    expect(overviewChartSpec(planTemplate(templateOptions(named('A'), { termYears: 10 })), 10)!.source.rows).toBe(10);
    expect(overviewChartSpec(planTemplate(templateOptions([])), 3)).toBeNull();
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
