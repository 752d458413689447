import { isRealAnswer } from '../answers';
import { CONTRACT_QUESTIONS, CONTRACT_STATUSES } from '../catalogue/questions';
import { formulaText } from '../formulas/formulaText';
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

/** Where vendor i's "in the contract?" column sits: right of the answers, one spacer column apart. */
function inContractCol(vendorCount: number, vendorIndex: number): number {
  return COL + vendorCount + 1 + vendorIndex;
}

/** Where vendor i's note / evidence column sits: right of the contract statuses. */
function evidenceCol(vendorCount: number, vendorIndex: number): number {
  return COL + 2 * (vendorCount + 1) + vendorIndex;
}

/**
 * Where vendor i's "answered?" helper column sits: right of the answers, the contract statuses
 * and the notes, one spacer column apart from each, on the questions' own rows. A helper per answer cell keeps every formula a plain one
 * that Excel 2016 computes without array entry (the answers x placeholders comparison needs
 * none per cell), and deleting a question row deletes its helpers, so the sums stay right.
 */
export function answerCheckCol(vendorCount: number, vendorIndex: number): number {
  return COL + 3 * (vendorCount + 1) + vendorIndex;
}

/**
 * Beside the answers, per vendor: whether each answer is written into the contract (Yes / No /
 * Pending, Pending until the buyer says so) and a note saying where (clause, appendix, e-mail).
 */
function planEvidence(ctx: PlanContext, b: SheetBuilder, questions: { id: string }[]): void {
  const t = ctx.t.questions;
  const lang = ctx.language;
  const vendorCount = ctx.vendorNames.length;
  const statusCol = inContractCol(vendorCount, 0);
  const noteCol = evidenceCol(vendorCount, 0);
  for (const col of [statusCol - 1, noteCol - 1]) b.width(col, 2);
  ctx.vendorNames.forEach((_, i) => {
    b.width(statusCol + i, 14);
    b.width(noteCol + i, 30);
  });
  b.putRow(Q.titleRow, statusCol, [t.contractNote], 'note');
  b.section(Q.noteRow, statusCol, t.inContract, vendorCount);
  b.section(Q.noteRow, noteCol, t.evidence, vendorCount);
  b.putRow(Q.headerRow, statusCol, perVendor(ctx, (i) => vendorHeader(ctx, i)), 'header');
  b.putRow(Q.headerRow, noteCol, perVendor(ctx, (i) => vendorHeader(ctx, i)), 'header');
  const given = (i: number, id: string) => ctx.options.vendors[i]?.contract?.[id];
  const statuses = b.put(
    Q.firstQuestionRow,
    statusCol,
    questions.map((q) => perVendor(ctx, (i) => CONTRACT_STATUSES[given(i, q.id)?.inContract ?? 'pending'][lang])),
    'input',
  );
  addName(ctx, 'vc_InContract', 'questions', statuses, 'Per answer: written into the contract? Yes, No or Pending');
  b.validate({ range: statuses, kind: 'list', items: Object.values(CONTRACT_STATUSES).map((s) => s[lang]) });
  const topLeft = `${columnLetters(statusCol)}${Q.firstQuestionRow + 1}`;
  b.highlight({ range: statuses, formula: `TRIM(${topLeft})=${formulaText(CONTRACT_STATUSES.pending[lang])}`, style: 'warning' });
  const notes = b.put(Q.firstQuestionRow, noteCol, questions.map((q) => perVendor(ctx, (i) => given(i, q.id)?.note ?? null)), 'input');
  addName(ctx, 'vc_Evidence', 'questions', notes, 'Per answer: where it is written (clause, appendix, e-mail)');
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

  planEvidence(ctx, b, questions);

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
