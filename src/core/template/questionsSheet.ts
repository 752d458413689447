import { isRealAnswer } from '../answers';
import { CONTRACT_QUESTIONS } from '../catalogue/questions';
import { scenarioQuestions } from '../catalogue/scenarios';
import type { Bilingual } from '../catalogue/text';
import { cellAddress, columnLetters } from '../plan/a1';
import type { SheetPlan } from '../plan/types';
import { addName, perVendor, vendorHeader, type PlanContext } from './context';
import { FIRST_VENDOR_COL, QUESTIONS as Q, questionSummaryRows } from './layout';
import { SheetBuilder } from './sheetBuilder';

const COL = FIRST_VENDOR_COL.questions;

/** The seven contract questions, then one per focus item of each chosen scenario. */
export function templateQuestions(ctx: PlanContext): { id: string; text: Bilingual }[] {
  return [...CONTRACT_QUESTIONS, ...scenarioQuestions(ctx.options.scenarios)];
}

/** Is the answer open? Blank, whitespace and the placeholder list do not count as answers.
 * "=" compares text ignoring case, with no wildcards and no 255-character limit (MATCH and
 * COUNTIF have both), so "?" and a long answer are judged right. */
function isOpenFormula(cell: string): string {
  return `OR(LEN(TRIM(${cell}))=0,SUMPRODUCT(--(TRIM(${cell})=vc_Placeholders))>0)`;
}

/**
 * Where vendor i's "answered?" helper column sits: right of the answers, one spacer column
 * apart, on the questions' own rows. A helper per answer cell keeps every formula a plain one
 * that Excel 2016 computes without array entry (the answers x placeholders comparison needs
 * none per cell), and deleting a question row deletes its helpers, so the sums stay right.
 */
export function answerCheckCol(vendorCount: number, vendorIndex: number): number {
  return COL + vendorCount + 1 + vendorIndex;
}

/** Questions x vendors, with a live per-vendor count of real answers. */
export function planQuestions(ctx: PlanContext): SheetPlan {
  const t = ctx.t.questions;
  const lang = ctx.language;
  const questions = templateQuestions(ctx);
  const b = new SheetBuilder();
  b.width(0, 8);
  b.width(1, 60);
  ctx.vendorNames.forEach((_, i) => b.width(COL + i, 40));
  b.putRow(Q.titleRow, 0, [ctx.t.titles.questions], 'title');
  b.putRow(Q.noteRow, 0, [t.note], 'note');
  b.putRow(Q.headerRow, 0, [t.id, t.question], 'header');
  b.putRow(Q.headerRow, COL, perVendor(ctx, (i) => vendorHeader(ctx, i)), 'header');

  const ids = b.put(Q.firstQuestionRow, 0, questions.map((q) => [q.id]), 'label');
  b.put(Q.firstQuestionRow, 1, questions.map((q) => [q.text[lang]]), 'label');
  addName(ctx, 'vc_QuestionIds', 'questions', ids, 'Question ids Q1-Q7 and scenario questions');
  const answers = b.put(
    Q.firstQuestionRow,
    COL,
    questions.map((q) => ctx.options.vendors.map((v) => v.answers?.[q.id] ?? null)),
    'input',
  );
  addName(ctx, 'vc_Answers', 'questions', answers, 'Answers: questions x vendors');
  const topLeft = `${columnLetters(COL)}${Q.firstQuestionRow + 1}`;
  b.highlight({ range: answers, formula: isOpenFormula(topLeft), style: 'missing' });

  const { answeredRow, completenessRow } = questionSummaryRows(questions.length);
  const lastRow = Q.firstQuestionRow + questions.length - 1;
  const vendorCount = ctx.vendorNames.length;
  const checksCol = answerCheckCol(vendorCount, 0);
  b.width(checksCol - 1, 2);
  ctx.vendorNames.forEach((_, i) => b.width(checksCol + i, 14));
  b.section(Q.noteRow, checksCol, t.answerChecks, vendorCount);
  b.putRow(Q.headerRow, checksCol, perVendor(ctx, (i) => vendorHeader(ctx, i)), 'header');
  const checks = b.put(
    Q.firstQuestionRow,
    checksCol,
    questions.map((q, r) =>
      perVendor(ctx, (i) => ({
        formula: `IF(${isOpenFormula(cellAddress(Q.firstQuestionRow + r, COL + i))},0,1)`,
        result: isRealAnswer(ctx.options.vendors[i]?.answers?.[q.id]) ? 1 : 0,
      })),
    ),
    'computed',
    '0',
  );
  addName(ctx, 'vc_AnswerChecks', 'questions', checks, 'Per answer: 1 = a real answer, 0 = blank or a placeholder');
  const answered = perVendor(ctx, (i) => {
    const col = checksCol + i;
    const given = ctx.options.vendors[i]?.answers ?? {};
    return {
      formula: `SUM(${cellAddress(Q.firstQuestionRow, col)}:${cellAddress(lastRow, col)})`,
      result: questions.filter((q) => isRealAnswer(given[q.id])).length,
    };
  });
  b.putRow(answeredRow, 1, [t.answered], 'total');
  const answeredRect = b.putRow(answeredRow, COL, answered, 'computed', '0');
  addName(ctx, 'vc_Answered', 'questions', answeredRect, 'Real answers per vendor');
  b.putRow(completenessRow, 1, [t.completeness], 'total');
  const total = `ROWS(${cellAddress(Q.firstQuestionRow, 0, true)}:${cellAddress(lastRow, 0, true)})`;
  const completeness = b.putRow(
    completenessRow,
    COL,
    perVendor(ctx, (i) => ({
      formula: `${cellAddress(answeredRow, COL + i)}/${total}`,
      result: (answered[i]?.result ?? 0) / questions.length,
    })),
    'computed',
    '0%',
  );
  addName(ctx, 'vc_Completeness', 'questions', completeness, 'Share of questions answered per vendor');
  return b.build('questions', ctx.sheetNames.questions, '#C00000', { rows: Q.headerRow + 1, cols: COL });
}
