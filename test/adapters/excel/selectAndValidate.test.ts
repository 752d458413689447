import { SheetNotFoundError } from '../../../src/adapters/excel/errors';
import { selectCell } from '../../../src/adapters/excel/selectCell';
import { validateWorkbook } from '../../../src/adapters/excel/validateWorkbook';
import { createWorkbook } from '../../excel-double';
import { cellOfName, named, templateOptions, workbookWithTemplate } from './analysisFixtures';

describe('selectCell', () => {
  it('activates the sheet and selects the cell in one sync', async () => {
    const wb = createWorkbook({ sheets: [{ name: 'Overview' }, { name: 'Questions' }], activeSheet: 'Overview' });
    const ctx = wb.newContext();
    await selectCell(ctx, 'Questions', 'D7');
    expect(ctx.stats.syncs).toBe(1);
    expect(wb.activeSheetName).toBe('Questions');
    expect(wb.selection).toEqual({ sheet: 'Questions', address: 'D7' });
  });

  it('says when the sheet is gone, and changes nothing', async () => {
    const wb = createWorkbook({ sheets: [{ name: 'Overview' }], activeSheet: 'Overview' });
    const error = await selectCell(wb.newContext(), 'Questions', 'D7').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SheetNotFoundError);
    expect(wb.activeSheetName).toBe('Overview');
    expect(wb.selection).toBeNull();
  });
});

describe('validateWorkbook', () => {
  it('finds the open questions of a new template in 2 syncs, located to the cell', async () => {
    const wb = await workbookWithTemplate(templateOptions([{ name: 'Aurora', answers: { Q1: 'Within 2 hours', Q2: 'Per hour' } }, { name: 'Beacon' }]));
    const ctx = wb.newContext();
    const result = await validateWorkbook(ctx, 'en');
    expect(ctx.stats.syncs).toBe(2);
    expect(result.notTemplate).toBe(false);
    expect(result.complete).toBe(false);
    const unanswered = result.findings.filter((f) => f.rule === 'unanswered');
    expect(unanswered.filter((f) => f.vendor === 'Beacon')).toHaveLength(7);
    expect(unanswered.filter((f) => f.vendor === 'Aurora').map((f) => f.question)).toEqual(['Q3', 'Q4', 'Q5', 'Q6', 'Q7']);
    const q3 = cellOfName(wb, 'vc_Answers', 2, 0);
    expect(unanswered.find((f) => f.vendor === 'Aurora' && f.question === 'Q3')).toMatchObject({ sheet: q3.sheet, cell: q3.address });
    expect(result.summary.openQuestions).toBe(12);
  });

  it('counts an answer typed in Excel, and an error value as unanswered', async () => {
    const wb = await workbookWithTemplate(templateOptions(named('Aurora')));
    const q1 = cellOfName(wb, 'vc_Answers', 0, 0);
    const q2 = cellOfName(wb, 'vc_Answers', 1, 0);
    const open = async () => (await validateWorkbook(wb.newContext(), 'en')).findings.filter((f) => f.rule === 'unanswered').map((f) => f.question);
    expect(await open()).toContain('Q1');
    await wb.userEdit(q1.sheet, q1.address, [['Tickets answered within 4 hours']]);
    await wb.userEdit(q2.sheet, q2.address, [['#N/A']]);
    expect(await open()).not.toContain('Q1');
    expect(await open()).toContain('Q2');
  });

  it('gives one clear finding for a workbook that holds no template', async () => {
    const result = await validateWorkbook(createWorkbook().newContext(), 'zh');
    expect(result.notTemplate).toBe(true);
    expect(result.findings).toHaveLength(1);
    expect(result.findings[0]).toMatchObject({ severity: 'error', rule: 'structure' });
  });
});
