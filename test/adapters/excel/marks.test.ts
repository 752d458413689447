import { clearMarks, MARK_FILLS, MARK_FORMULA, markFindings } from '../../../src/adapters/excel/marks';
import { SHEET_ANCHORS } from '../../../src/core/template/sheetNames';
import { validateWorkbook } from '../../../src/adapters/excel/validateWorkbook';
import { rectAddress } from '../../../src/core/plan/a1';
import { planTemplate } from '../../../src/core/template/planTemplate';
import type { Finding } from '../../../src/core/validation/types';
import { createWorkbook, snapshot, type WorkbookDouble } from '../../excel-double';
import { cellOfName, named, templateOptions, workbookWithTemplate } from './analysisFixtures';

const marks = (wb: WorkbookDouble) =>
  wb.state.sheets.flatMap((s) => s.conditionalFormats.filter((cf) => cf.formula === MARK_FORMULA).map((cf) => ({ sheet: s.name, ...cf })));

const finding = (severity: Finding['severity'], sheet: string, cell: string): Finding => ({
  severity,
  rule: severity === 'error' ? 'unanswered' : 'vague-commitment',
  sheet,
  cell,
  message: 'm',
});

describe('markFindings / clearMarks', () => {
  it('has an anchor name on every template sheet', () => {
    const plan = planTemplate(templateOptions(named('A')));
    for (const [key, name] of Object.entries(SHEET_ANCHORS)) {
      expect(plan.names.find((n) => n.name === name)?.sheet).toBe(key);
    }
  });

  it("marks each finding's cell, red for errors and amber for warnings, adjacent cells in one format, in 2 syncs", async () => {
    const wb = createWorkbook({
      sheets: [{ name: 'Questions' }, { name: 'Pricing' }],
      names: [
        { name: 'vc_Answers', sheet: 'Questions', address: 'C4:E10' },
        { name: 'vc_Model', sheet: 'Pricing', address: 'D4:F4' },
      ],
    });
    const ctx = wb.newContext();
    await markFindings(ctx, [
      finding('error', 'Questions', 'C4'),
      finding('error', 'Questions', 'C5'),
      finding('error', 'Questions', 'D4'),
      finding('error', 'Questions', 'D5'),
      finding('warning', 'Questions', 'E7'),
      finding('error', 'Pricing', 'D4'),
      { ...finding('error', '', ''), rule: 'structure' },
    ]);
    expect(ctx.stats.syncs).toBe(2);
    expect(marks(wb).map((m) => ({ sheet: m.sheet, address: rectAddress(m.rect), fill: m.fill }))).toEqual([
      { sheet: 'Questions', address: 'E7', fill: MARK_FILLS.warning },
      { sheet: 'Questions', address: 'C4:D5', fill: MARK_FILLS.error },
      { sheet: 'Pricing', address: 'D4', fill: MARK_FILLS.error },
    ]);
    // The cells' own formats are untouched: a mark is only a conditional format.
    expect(wb.sheet('Questions').formats.size).toBe(0);
  });

  it('marks every cell of a grouped finding, not only its first', async () => {
    const wb = createWorkbook({ sheets: [{ name: 'Coverage' }], names: [{ name: 'vc_Coverage', sheet: 'Coverage', address: 'D4:E16' }] });
    await markFindings(wb.newContext(), [{ ...finding('warning', 'Coverage', 'D4'), rule: 'unknown-coverage', cells: ['D4', 'D5', 'D6', 'E9'] }]);
    expect(marks(wb).map((m) => rectAddress(m.rect))).toEqual(['D4:D6', 'E9']);
  });

  it("leaves the user's fill colours and conditional formats exactly as they were after mark and clear", async () => {
    const wb = await workbookWithTemplate(templateOptions(named('Aurora', 'Beacon'), { scenarios: ['S1'] }));
    const answer = cellOfName(wb, 'vc_Answers', 0, 0);
    const user = wb.newContext();
    // The user unprotects the sheet to format it, then protects it again.
    const userSheet = user.workbook.worksheets.getItemOrNullObject(answer.sheet);
    userSheet.protection.unprotect();
    const cell = userSheet.getRange(answer.address);
    cell.format.fill.color = '#00FF00';
    const own = cell.conditionalFormats.add('Custom');
    own.custom.rule.formula = '=LEN(C4)>100';
    own.custom.format.fill.color = '#0000FF';
    userSheet.protection.protect();
    await user.sync();
    const before = snapshot(wb);

    const { findings } = await validateWorkbook(wb.newContext(), 'en');
    expect(findings.some((f) => f.sheet === answer.sheet && f.cell === answer.address)).toBe(true);
    await markFindings(wb.newContext(), findings);
    expect(marks(wb).length).toBeGreaterThan(0);
    expect(snapshot(wb)).not.toEqual(before);

    const ctx = wb.newContext();
    await clearMarks(ctx);
    expect(ctx.stats.syncs).toBe(2);
    expect(marks(wb)).toEqual([]);
    expect(snapshot(wb)).toEqual(before);
  });

  it('replaces earlier marks when marking again, and clearing removes them all', async () => {
    const wb = await workbookWithTemplate(templateOptions(named('Aurora', 'Beacon')));
    const { findings } = await validateWorkbook(wb.newContext(), 'en');
    await markFindings(wb.newContext(), findings);
    const first = marks(wb).map(({ id: _id, ...m }) => m);
    await markFindings(wb.newContext(), findings);
    expect(marks(wb).map(({ id: _id, ...m }) => m)).toEqual(first);
    await markFindings(wb.newContext(), findings.slice(0, 1));
    expect(marks(wb)).toHaveLength(1);
    await clearMarks(wb.newContext());
    expect(marks(wb)).toEqual([]);
  });

  it('keeps kinds of conditional format other than custom, and needs 1 sync when there is nothing to clear', async () => {
    const wb = createWorkbook({
      sheets: [
        {
          name: 'Questions',
          conditionalFormats: [
            { address: 'C4:C9', type: 'DataBar' },
            { address: 'D4', formula: '=N("mine")=0', fill: '#123456' },
          ],
        },
      ],
      names: [{ name: 'vc_Answers', sheet: 'Questions', address: 'C4:E10' }],
    });
    const before = snapshot(wb);
    const ctx = wb.newContext();
    await clearMarks(ctx);
    expect(ctx.stats.syncs).toBe(1);
    await markFindings(wb.newContext(), [finding('error', 'Questions', 'C4')]);
    expect(wb.sheet('Questions').conditionalFormats).toHaveLength(3);
    await clearMarks(wb.newContext());
    expect(snapshot(wb)).toEqual(before);
  });

  it('skips findings on sheets that no longer exist', async () => {
    const wb = createWorkbook({ sheets: [{ name: 'Questions' }], names: [{ name: 'vc_Answers', sheet: 'Questions', address: 'C4:E10' }] });
    await markFindings(wb.newContext(), [finding('error', 'Deleted', 'A1'), finding('error', 'Questions', 'C4')]);
    expect(marks(wb).map((m) => m.sheet)).toEqual(['Questions']);
  });
});
