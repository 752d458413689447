import { DEFAULT_OPTIONS } from '../options';
import { planTemplate } from './planTemplate';
import { LINE_POINTS, linesFor } from './rowHeights';

describe('rows tall enough for their wrapped text', () => {
  it('counts lines by width, a CJK character as two', () => {
    expect(linesFor('x'.repeat(59), 60)).toBe(1);
    expect(linesFor('x'.repeat(60), 60)).toBe(2);
    expect(linesFor('中'.repeat(30), 60)).toBe(2);
    expect(linesFor('a\nb', 60)).toBe(2);
  });

  it('gives a long answer and a long question the lines they need; short rows keep the default', () => {
    const answer = 'Within 4 hours on working days; '.repeat(10); // 320 characters
    const plan = planTemplate({ ...DEFAULT_OPTIONS, vendors: [{ name: 'A', answers: { Q2: answer } }, { name: 'B' }] });
    const questions = plan.sheets.find((s) => s.key === 'questions')!;
    const ids = plan.names.find((n) => n.name === 'vc_QuestionIds')!.range;
    const height = (row: number) => questions.rowHeights.find((h) => h.row === row)?.height;
    // 320 characters in a 40-wide answer column: ceil(320 / 39) = 9 lines.
    expect(height(ids.row + 1)).toBe(9 * LINE_POINTS);
    // Q1's text (83 characters) in the 60-wide question column: 2 lines.
    expect(height(ids.row)).toBe(2 * LINE_POINTS);
    const title = 0;
    expect(height(title)).toBeUndefined();
  });
});
