import { loadPlan } from '../../../test/support/hyperformula';
import { DEFAULT_OPTIONS } from '../options';
import { cellAddress } from '../plan/a1';
import type { CellContent, Plan } from '../plan/types';
import { planTemplate } from './planTemplate';
import { answerCheckCol } from './questionsSheet';

function plan(vendors: number, language: 'en' | 'zh' = 'en'): Plan {
  return planTemplate({ ...DEFAULT_OPTIONS, language, vendors: Array.from({ length: vendors }, (_, i) => ({ name: `Vendor ${i + 1}` })) });
}

function range(p: Plan, name: string) {
  const found = p.names.find((n) => n.name === name);
  if (!found) throw new Error(`no name ${name}`);
  return found.range;
}

function cell(p: Plan, row: number, col: number): CellContent | undefined {
  const sheet = p.sheets.find((s) => s.key === 'questions')!;
  for (const b of sheet.blocks) {
    const r = row - b.row;
    const c = col - b.col;
    if (r >= 0 && c >= 0 && r < b.cells.length && c < (b.cells[0]?.length ?? 0)) return b.cells[r]![c];
  }
  return undefined;
}

describe('the "answered?" helper columns on Questions', () => {
  it('sit right of the answers, the contract statuses and the notes, one spacer column apart from each, on the questions\' rows', () => {
    const p = plan(3);
    const answers = range(p, 'vc_Answers');
    const statuses = range(p, 'vc_InContract');
    const notes = range(p, 'vc_Evidence');
    const checks = range(p, 'vc_AnswerChecks');
    // 3 vendors: answers C-E, spacer F, statuses G-I, spacer J, notes K-M, spacer N, checks O-Q.
    expect(statuses).toEqual({ row: answers.row, col: answers.col + 4, rows: answers.rows, cols: 3 });
    expect(notes).toEqual({ row: answers.row, col: answers.col + 8, rows: answers.rows, cols: 3 });
    expect(checks).toEqual({ row: answers.row, col: answers.col + 12, rows: answers.rows, cols: 3 });
    expect(answerCheckCol(3, 2)).toBe(checks.col + 2);
    for (const spacer of [3, 7, 11]) expect(cell(p, answers.row, answers.col + spacer)).toBeUndefined();
  });

  it('are labelled, headed by the vendor names, and each checks the answer on its own row', () => {
    const p = plan(3, 'zh');
    const checks = range(p, 'vc_AnswerChecks');
    expect(cell(p, checks.row - 2, checks.col)).toMatch(/^是否已答复？1 = 实际答复/);
    expect(cell(p, checks.row - 1, checks.col + 1)).toEqual({ formula: `IF(TRIM('报价'!E3)="","供应商 2",'报价'!E3)`, result: 'Vendor 2' });
    expect(cell(p, checks.row + 4, checks.col + 2)).toEqual({
      formula: 'IF(OR(LEN(TRIM(E8))=0,SUMPRODUCT(--(TRIM(E8)=vc_Placeholders))>0),0,1)',
      result: 0,
    });
  });

  it('are what the Answered row adds up, column by column', () => {
    const p = plan(2);
    const checks = range(p, 'vc_AnswerChecks');
    const answered = range(p, 'vc_Answered');
    const first = cellAddress(checks.row, checks.col + 1);
    const last = cellAddress(checks.row + checks.rows - 1, checks.col + 1);
    expect(cell(p, answered.row, answered.col + 1)).toEqual({ formula: `SUM(${first}:${last})`, result: 0 });
  });

  it('keep the count right when a question row is deleted', () => {
    const p = plan(2);
    const wb = loadPlan(p);
    const answers = range(p, 'vc_Answers');
    const at = (q: number, v: number) => cellAddress(answers.row + q, answers.col + v);
    wb.set('Questions', at(0, 0), 'Within 2 hours');
    wb.set('Questions', at(1, 0), 'TBD');
    wb.set('Questions', at(2, 0), 'Yes, on site');
    wb.set('Questions', at(0, 1), 'No');
    expect(wb.named('vc_Answered')).toEqual([[2, 1]]);
    expect(wb.named('vc_AnswerChecks').slice(0, 3)).toEqual([[1, 1], [0, 0], [1, 0]]);
    wb.hf.removeRows(wb.hf.getSheetId('Questions')!, [answers.row, 1]);
    // The summary rows moved up one row with the deleted question.
    const answered = range(p, 'vc_Answered');
    const now = (rowOffset: number, v: number) => wb.value('Questions', cellAddress(answered.row - 1 + rowOffset, answered.col + v));
    expect([now(0, 0), now(0, 1)]).toEqual([1, 0]);
    expect(now(1, 0)).toBeCloseTo(1 / 6, 9);
  });
});
