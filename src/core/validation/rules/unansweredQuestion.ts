import { foldAnswer } from '../../answers';
import { finding, type Rule } from '../ruleContext';
import { displayText, placeholders, questionRows } from '../workbookModel';

/** Rule 1: every question has a real answer from every vendor. */
export const unansweredQuestion: Rule = (ctx) => {
  const folded = new Set(placeholders(ctx.snapshot).map(foldAnswer));
  return questionRows(ctx.snapshot, ctx.vendors).flatMap((q) =>
    q.answers.flatMap(({ vendor, cell }) => {
      const v = cell.value;
      const values = { vendor, question: q.id, answer: displayText(v) };
      const at = (message: string) => [finding('error', 'unanswered', cell, message, values, { vendor, question: q.id })];
      if (v !== null && typeof v === 'object') return at(ctx.t.unansweredError);
      if (v === null || (typeof v === 'string' && v.trim() === '')) return at(ctx.t.unansweredBlank);
      if (typeof v === 'string' && folded.has(foldAnswer(v))) return at(ctx.t.unansweredPlaceholder);
      return [];
    }),
  );
};
