/**
 * Adding and removing an evaluator in a file (planEvaluatorChange applied by the ExcelJS
 * writer): the workbook must then compute exactly as a fresh template made with the new
 * evaluator list and the same inputs (the planner writing every cell from the options, a second
 * path), in HyperFormula, block by block (Scorecard, Overview and every other named block); each
 * other evaluator's inputs must sit in that evaluator's block.
 */
import type ExcelJS from 'exceljs';
import { applyPatch } from '../../src/adapters/xlsx/applyPatch';
import { readSnapshot } from '../../src/adapters/xlsx/readSnapshot';
import { planEvaluatorChange, type EvaluatorChange, type EvaluatorChangeRequest } from '../../src/core/evaluators/planEvaluatorChange';
import type { TemplateOptions, VendorQuote } from '../../src/core/options';
import type { Snapshot } from '../../src/core/snapshot/types';
import { cellAddress, parseRange } from '../../src/core/plan/a1';
import { evaluatorRows } from '../../src/core/template/layout';
import { planTemplate } from '../../src/core/template/planTemplate';
import { WORKED_EXAMPLE } from '../fixtures/workedExample';
import { expectSameBlocks } from '../support/sameBlocks';
import { snapshotOf } from '../support/snapshot';
import { planToXlsx, readXlsx, workbookToHyperFormula } from '../support/xlsxWorkbook';

/** Different ratings per evaluator and vendor; Beacon and Delta rated fully by all, so they rank. */
type QualityInputs = NonNullable<VendorQuote['ratings']>;

function ratings(e: number, i: number): QualityInputs {
  return i % 2 === 1
    ? {
        responseNormal: 2 + i + e,
        responseUrgent: 1 + e,
        coverage247: e % 2 === 0,
        depth: 4 - e,
        proactiveness: 3,
        team: e === 1 ? 'outsourced' : 'inHouse',
        dedicatedManager: true,
        experts: 4,
        scenarioFit: 5 - i,
      }
    : { depth: 2 + i, experts: 1 + e };
}
const RATERS = ['Li', 'Wang', 'Chen'];

/** The worked example's vendors with evaluators `names`, rated by those of them in `raters`
 * (each by their place in RATERS: their own ratings). */
function rated(names: string[], raters = names): TemplateOptions {
  const vendors: VendorQuote[] = WORKED_EXAMPLE.vendors.map((v, i) => ({
    ...v,
    answers: { Q1: `${v.name}: within ${i + 1} hours` },
    ratingsBy: Object.fromEntries(raters.filter((n) => RATERS.includes(n)).map((n) => [n, ratings(RATERS.indexOf(n), i)])),
  }));
  return { ...WORKED_EXAMPLE, vendors, evaluators: names };
}

/** One evaluator, the plain Scorecard: Li's ratings as the buyer's own. */
function plainRatedByLi(): TemplateOptions {
  return {
    ...WORKED_EXAMPLE,
    vendors: WORKED_EXAMPLE.vendors.map((v, i) => ({ ...v, answers: { Q1: `${v.name}: within ${i + 1} hours` }, ratings: ratings(0, i) })),
  };
}

async function workbookOf(options: TemplateOptions): Promise<ExcelJS.Workbook> {
  return readXlsx(await planToXlsx(planTemplate(options)));
}

async function apply(workbook: ExcelJS.Workbook, request: EvaluatorChangeRequest): Promise<{ workbook: ExcelJS.Workbook; change: EvaluatorChange }> {
  const change = planEvaluatorChange(readSnapshot(workbook, 'book.xlsx'), request);
  if ('reason' in change) throw new Error(`refused: ${change.reason}`);
  applyPatch(workbook, change.patch);
  return { workbook: await readXlsx(Buffer.from(await workbook.xlsx.writeBuffer())), change };
}

const computed = (workbook: ExcelJS.Workbook): Snapshot => snapshotOf(workbookToHyperFormula(workbook));

/** The Scorecard's validations and conditional formats, cell by cell (however the writer split their ranges). */
function scorecardRules(workbook: ExcelJS.Workbook): { validations: Record<string, string>; highlights: Record<string, string[]> } {
  const ws = workbook.getWorksheet('Scorecard')! as unknown as {
    dataValidations: { model: Record<string, ExcelJS.DataValidation> };
    conditionalFormattings: { ref: string; rules: { formulae?: string[] }[] }[];
  };
  const cells = (ref: string) =>
    ref.split(/\s+/).flatMap((part) => {
      const r = parseRange(part.replace(/\$/g, '').replace(/^range:/, ''));
      return Array.from({ length: r.rows * r.cols }, (_, k) => cellAddress(r.row + Math.floor(k / r.cols), r.col + (k % r.cols)));
    });
  const validations: Record<string, string> = {};
  for (const [ref, rule] of Object.entries(ws.dataValidations.model))
    for (const cell of cells(ref)) validations[cell] = JSON.stringify([rule.type, rule.formulae, rule.allowBlank]);
  const highlights: Record<string, string[]> = {};
  for (const cf of ws.conditionalFormattings)
    for (const cell of cells(cf.ref)) highlights[cell] = [...(highlights[cell] ?? []), ...cf.rules.flatMap((r) => r.formulae ?? [])].sort();
  return { validations, highlights };
}

describe('an evaluator added or removed in a file computes as a fresh template of the new evaluators', () => {
  it('adds a second evaluator to the plain Scorecard: the inputs become the first block, the rows the consensus', async () => {
    const { workbook, change } = await apply(await workbookOf(plainRatedByLi()), { kind: 'add', name: ' Wang ', first: 'Li' });
    expect(change.evaluators).toEqual(['Li', 'Wang']);
    // Wang's block is empty: only Li's ratings, now in Li's block.
    const fresh = rated(['Li', 'Wang'], ['Li']);
    const after = computed(workbook);
    // The Overview's ranking and the Decision sheet (its inputs checksum reads the consensus) are compared too.
    expect(Object.keys(after.blocks)).toEqual(expect.arrayContaining(['vc_Ranking', 'vc_DecisionChecksum', 'vc_DecisionVerdict']));
    expectSameBlocks(after, computed(await workbookOf(fresh)));
    // The plain inputs' validations went with them: the consensus rows have none, as fresh.
    expect(scorecardRules(workbook)).toEqual(scorecardRules(await workbookOf(fresh)));
  });

  it('names the plain inputs "Evaluator 1" unless told, and puts the new evaluator before them on request', async () => {
    const { workbook, change } = await apply(await workbookOf(plainRatedByLi()), { kind: 'add', name: 'Wang', before: 'evaluator 1' });
    expect(change.evaluators).toEqual(['Wang', 'Evaluator 1']);
    const fresh = rated(['Wang', 'Evaluator 1']);
    // Li's ratings are the plain inputs, now Evaluator 1's block; Wang's block is empty.
    fresh.vendors = fresh.vendors.map((v, i) => ({ ...v, ratingsBy: { 'Evaluator 1': ratings(0, i) } }));
    expectSameBlocks(computed(workbook), computed(await workbookOf(fresh)));
  });

  it('adds an evaluator between two: an empty block, the others keep theirs', async () => {
    const { workbook, change } = await apply(await workbookOf(rated(['Li', 'Wang'])), { kind: 'add', name: 'Chen', before: 'WANG' });
    expect(change.index).toBe(1);
    const fresh = rated(['Li', 'Chen', 'Wang'], ['Li', 'Wang']);
    expectSameBlocks(computed(workbook), computed(await workbookOf(fresh)));
  });

  it('removes the middle evaluator, listing the ratings the block held', async () => {
    const { workbook, change } = await apply(await workbookOf(rated(['Li', 'Wang', 'Chen'])), { kind: 'remove', name: 'wang' });
    expect(change.evaluator).toBe('Wang');
    // Wang's Beacon column (vendor 2, column E): C1 normal hours 2+1+1 = 4, urgent 1+1 = 2.
    const rows = evaluatorRows(3);
    expect(change.held).toEqual(expect.arrayContaining([expect.objectContaining({ cell: `'Scorecard'!E${rows.inputRow(1, 0) + 1}`, value: '4' })]));
    expect(change.held).toEqual(expect.arrayContaining([expect.objectContaining({ cell: `'Scorecard'!E${rows.inputRow(1, 1) + 1}`, value: '2' })]));
    expectSameBlocks(computed(workbook), computed(await workbookOf(rated(['Li', 'Chen']))));
    expect(scorecardRules(workbook)).toEqual(scorecardRules(await workbookOf(rated(['Li', 'Chen']))));
  });

  it('removes down to one evaluator: the block stays, as a template made with that one', async () => {
    const { workbook, change } = await apply(await workbookOf(rated(['Li', 'Wang'])), { kind: 'remove', name: 'Li' });
    expect(change.evaluators).toEqual(['Wang']);
    expectSameBlocks(computed(workbook), computed(await workbookOf(rated(['Wang']))));
  });

  it('adds at the end then removes the first: still a fresh template of those evaluators', async () => {
    const first = await apply(await workbookOf(rated(['Li', 'Wang'])), { kind: 'add', name: 'Chen' });
    const second = await apply(first.workbook, { kind: 'remove', name: 'Li' });
    const fresh = rated(['Wang', 'Chen'], ['Wang']);
    expectSameBlocks(computed(second.workbook), computed(await workbookOf(fresh)));
  });

  it("carries a formula typed in a plain input as a copy would, and keeps the user's rows under the Scorecard", async () => {
    const workbook = await workbookOf(plainRatedByLi());
    const ws = workbook.getWorksheet('Scorecard')!;
    // C3 Depth of Beacon (E7) typed as =2+2; a note of the user's far below the Scorecard.
    ws.getCell('E7').value = { formula: '2+2' } as ExcelJS.CellFormulaValue;
    ws.getCell('B60').value = 'my note';
    ws.getCell('C60').value = { formula: 'Scorecard!E7*10' } as ExcelJS.CellFormulaValue;
    // And one just under the Decision sheet, where the evaluators' disagreements will go.
    const decision = workbook.getWorksheet('Decision')!;
    const under = decision.rowCount + 2;
    decision.getCell(`A${under}`).value = 'my decision note';
    const { workbook: after } = await apply(workbook, { kind: 'add', name: 'Wang', first: 'Li' });
    const rows = evaluatorRows(2);
    const moved = after.getWorksheet('Scorecard')!;
    expect(moved.getCell(`E${rows.inputRow(0, 3) + 1}`).formula).toBe('2+2');
    // The note moved down by the rows inserted; its formula reads the consensus, still 4 (E7).
    const shift = rows.lastRow + 1 - (rows.overrideSectionRow - 1);
    expect(moved.getCell(`B${60 + shift}`).value).toBe('my note');
    expect(moved.getCell(`C${60 + shift}`).formula).toBe('Scorecard!E7*10');
    // The Decision sheet grew rows for the disagreements: the note moved down under them, kept.
    const notes: number[] = [];
    after.getWorksheet('Decision')!.eachRow((row, n) => {
      if (row.getCell(1).value === 'my decision note') notes.push(n);
    });
    expect(notes).toHaveLength(1);
    expect(notes[0]).toBeGreaterThan(under);
    const fresh = rated(['Li', 'Wang'], ['Li']);
    fresh.vendors[1]!.ratingsBy!.Li!.depth = 4;
    expectSameBlocks(computed(after), computed(await workbookOf(fresh)));
  });
});

describe('an evaluator change refused, with its reason', () => {
  const snapshotOf = async (options: TemplateOptions) => readSnapshot(await workbookOf(options), 'book.xlsx');

  it('refuses a blank, duplicate or too long name, an unknown or the last evaluator, an eleventh', async () => {
    const two = await snapshotOf(rated(['Li', 'Wang']));
    expect(planEvaluatorChange(two, { kind: 'add', name: '  ' })).toEqual({ reason: 'blankName' });
    expect(planEvaluatorChange(two, { kind: 'add', name: ' wang' })).toEqual({ reason: 'duplicate', name: 'wang' });
    expect(planEvaluatorChange(two, { kind: 'add', name: 'x'.repeat(51) })).toEqual({ reason: 'nameTooLong', max: 50 });
    expect(planEvaluatorChange(two, { kind: 'add', name: 'Chen', before: 'Zhao' })).toEqual({
      reason: 'unknownEvaluator',
      name: 'Zhao',
      evaluators: ['Li', 'Wang'],
    });
    expect(planEvaluatorChange(two, { kind: 'remove', name: 'Zhao' })).toEqual({
      reason: 'unknownEvaluator',
      name: 'Zhao',
      evaluators: ['Li', 'Wang'],
    });
    expect(planEvaluatorChange(await snapshotOf(rated(['Li'])), { kind: 'remove', name: 'Li' })).toEqual({ reason: 'lastEvaluator' });
    const ten = Array.from({ length: 10 }, (_, i) => `E${i + 1}`);
    expect(planEvaluatorChange(await snapshotOf(rated(ten)), { kind: 'add', name: 'E11' })).toEqual({ reason: 'tooMany', max: 10 });
    // The plain Scorecard has no evaluator to remove; its first evaluator's name is checked too.
    const plain = await snapshotOf(plainRatedByLi());
    expect(planEvaluatorChange(plain, { kind: 'remove', name: 'Evaluator 1' })).toEqual({
      reason: 'unknownEvaluator',
      name: 'Evaluator 1',
      evaluators: [],
    });
    expect(planEvaluatorChange(plain, { kind: 'add', name: 'Li', first: 'LI' })).toEqual({ reason: 'duplicate', name: 'Li' });
  });

  it('refuses when the user moved the evaluator blocks (a row inserted inside the template)', async () => {
    const workbook = await workbookOf(rated(['Li', 'Wang']));
    const snapshot = readSnapshot(workbook, 'book.xlsx');
    const block = snapshot.blocks.vc_EvaluatorInputs!;
    snapshot.blocks.vc_EvaluatorInputs = { ...block, range: { ...block.range, row: block.range.row + 1 } };
    expect(planEvaluatorChange(snapshot, { kind: 'add', name: 'Chen' })).toEqual({ reason: 'moved', names: ['vc_EvaluatorInputs'] });
  });
});
