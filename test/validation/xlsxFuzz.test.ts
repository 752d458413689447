/**
 * The validator through a real .xlsx: a generated template written with ExcelJS, edited the way
 * people and other tools leave files (merged cells across answers, error values, dates, thousands
 * of junk rows below the block, a sheet removed, rows spliced out), saved, read back, validated.
 */
import type ExcelJS from 'exceljs';
import fc from 'fast-check';
import { readSnapshot } from '../../src/adapters/xlsx/readSnapshot';
import { columnLetters, parseCell } from '../../src/core/plan/a1';
import type { Plan } from '../../src/core/plan/types';
import { planTemplate } from '../../src/core/template/planTemplate';
import { validate } from '../../src/core/validation/validate';
import { WORKED_EXAMPLE } from '../fixtures/workedExample';
import { planToXlsx, readXlsx } from '../support/xlsxWorkbook';
import { expectReadersAgree } from '../support/snapshotAgreement';
import { templateOptions } from './arbitraries';

type XlsxEdit =
  | { kind: 'merge'; name: number; r: number; c: number; rows: number; cols: number }
  | { kind: 'set'; name: number; r: number; c: number; value: ExcelJS.CellValue }
  | { kind: 'junk'; rows: number }
  | { kind: 'removeSheet'; sheet: number }
  | { kind: 'spliceRows'; sheet: number; at: number; count: number };

const index = fc.nat({ max: 1000 });
const cellValue: fc.Arbitrary<ExcelJS.CellValue> = fc.oneof(
  fc.constantFrom('#N/A', '#REF!', '#DIV/0!', '#VALUE!').map((error) => ({ error }) as ExcelJS.CellErrorValue),
  fc.date({ min: new Date('1990-01-01'), max: new Date('2100-01-01'), noInvalidDate: true }),
  fc.string({ maxLength: 20 }),
  fc.constantFrom('TBD', ' ｔｂｄ ', 'Unknown', '1,000', 'Gold', 'All-inclusive'),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.boolean(),
  fc.constant(null),
  fc.constant<ExcelJS.CellRichTextValue>({ richText: [{ text: 'rich ' }, { text: 'answer' }] }),
  fc.constant({ formula: 'NA()', result: { error: '#N/A' } } as ExcelJS.CellFormulaValue),
);

const edit: fc.Arbitrary<XlsxEdit> = fc.oneof(
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('merge' as const), name: index, r: index, c: index, rows: fc.integer({ min: 1, max: 3 }), cols: fc.integer({ min: 1, max: 3 }) }) },
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('set' as const), name: index, r: index, c: index, value: cellValue }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('junk' as const), rows: fc.constantFrom(50, 10_000) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('removeSheet' as const), sheet: index }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('spliceRows' as const), sheet: index, at: fc.integer({ min: 1, max: 60 }), count: fc.integer({ min: 1, max: 3 }) }) },
);

/** Where a plan's name sits, in ExcelJS's 1-based terms. */
function located(plan: Plan, workbook: ExcelJS.Workbook, i: number) {
  const name = plan.names[i % plan.names.length]!;
  const sheet = workbook.getWorksheet(plan.sheets.find((s) => s.key === name.sheet)!.name);
  return sheet ? { sheet, ...name.range, row: name.range.row + 1, col: name.range.col + 1 } : undefined;
}

function applyEdit(plan: Plan, workbook: ExcelJS.Workbook, e: XlsxEdit): void {
  switch (e.kind) {
    case 'merge': {
      const at = located(plan, workbook, e.name);
      if (!at) return;
      const top = at.row + (e.r % at.rows);
      const left = at.col + (e.c % at.cols);
      const cells: ExcelJS.Cell[] = [];
      for (let r = top; r < top + e.rows; r++) for (let c = left; c < left + e.cols; c++) cells.push(at.sheet.getCell(r, c));
      // ExcelJS refuses to merge over an existing merge, as Excel does; a user would unmerge first.
      if (e.rows * e.cols > 1 && !cells.some((cell) => cell.isMerged)) at.sheet.mergeCells(top, left, top + e.rows - 1, left + e.cols - 1);
      return;
    }
    case 'set': {
      const at = located(plan, workbook, e.name);
      const cell = at?.sheet.getCell(at.row + (e.r % at.rows), at.col + (e.c % at.cols));
      if (cell && !(cell.isMerged && cell.master !== cell)) cell.value = e.value;
      return;
    }
    case 'junk':
      addJunk(workbook.getWorksheet(plan.sheets.find((s) => s.key === 'questions')!.name), e.rows);
      return;
    case 'removeSheet': {
      const sheet = workbook.worksheets[e.sheet % Math.max(1, workbook.worksheets.length)];
      if (sheet) workbook.removeWorksheet(sheet.id);
      return;
    }
    case 'spliceRows': {
      // ExcelJS moves the cells but not the defined names: a careless tool, not Excel.
      const sheet = workbook.worksheets[e.sheet % Math.max(1, workbook.worksheets.length)];
      sheet?.spliceRows(e.at, e.count);
      return;
    }
  }
}

/** Rows of junk below everything on the sheet: text, numbers, errors, dates. */
function addJunk(sheet: ExcelJS.Worksheet | undefined, rows: number): void {
  if (!sheet) return;
  const first = sheet.rowCount + 3;
  for (let i = 0; i < rows; i++) {
    sheet.getRow(first + i).values = [`junk ${i}`, i, i % 7 === 0 ? { error: '#N/A' } : 'TBD', new Date(Date.UTC(2024, 0, 1 + (i % 365))), i % 2 === 0];
  }
}

async function roundTrip(plan: Plan, edits: XlsxEdit[]) {
  const workbook = await readXlsx(await planToXlsx(plan));
  for (const e of edits) applyEdit(plan, workbook, e);
  const saved = Buffer.from((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
  // The package reader `validate` uses must read the edited file as ExcelJS does; its reading is checked.
  return expectReadersAgree(saved);
}

// A dozen runs by default (a round trip takes about 150 ms); FUZZ_RUNS=1000 gives 200.
const RUNS = Math.max(12, Math.round(Number(process.env.FUZZ_RUNS ?? 40) / 5));

const address = (row: number, col: number) => `${columnLetters(col - 1)}${row}`;

describe('validation through a real .xlsx', () => {
  it('merged answers, error values, dates and 10,000 junk rows each give a clear finding', async () => {
    const vendors = WORKED_EXAMPLE.vendors.map((v) => ({ ...v, answers: Object.fromEntries(['Q1', 'Q2', 'Q3', 'Q4', 'Q5', 'Q6', 'Q7'].map((id) => [id, `Within 2h (${id})`])) }));
    const plan = planTemplate({ ...WORKED_EXAMPLE, scenarios: [], vendors });
    const answers = plan.names.find((n) => n.name === 'vc_Answers')!.range;
    const row = answers.row + 1;
    const col = answers.col + 1;
    const workbook = await readXlsx(await planToXlsx(plan));
    const questions = workbook.getWorksheet('Questions')!;
    questions.mergeCells(row, col, row, col + 2); // Q1: Aurora's answer spread over Beacon's and Cirrus's cells
    questions.getCell(row + 1, col).value = { error: '#N/A' }; // Q2, Aurora
    questions.getCell(row + 2, col + 1).value = new Date(Date.UTC(2025, 0, 31)); // Q3, Beacon: a date is an answer
    addJunk(questions, 10_000);
    const saved = Buffer.from((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
    const result = validate(readSnapshot(await readXlsx(saved), 'bad.xlsx'));
    const unanswered = result.findings.filter((f) => f.rule === 'unanswered').map((f) => [f.cell, f.vendor, f.question]);
    expect(unanswered).toEqual([
      [address(row, col + 1), 'Beacon RTC', 'Q1'],
      [address(row, col + 2), 'Cirrus IM', 'Q1'],
      [address(row + 1, col), 'Aurora Cloud', 'Q2'],
    ]);
    expect(result.findings.find((f) => f.cell === address(row + 1, col))?.message).toContain('error value (#N/A)');
    // The date is an answer, though no time commitment: a warning only.
    expect(result.findings.filter((f) => f.sheet === 'Questions' && f.cell === address(row + 2, col + 1)).map((f) => f.rule)).toEqual(['vague-commitment']);
    expect(result.summary.openQuestions).toBe(3);
  });

  it('random edits to a saved workbook never make the validator throw', async () => {
    await fc.assert(
      fc.asyncProperty(templateOptions, fc.array(edit, { minLength: 1, maxLength: 6 }), async (options, edits) => {
        const plan = planTemplate(options);
        const snapshot = await roundTrip(plan, edits);
        for (const language of ['en', 'zh'] as const) {
          const result = validate(snapshot, language);
          expect(result.complete).toBe(!result.findings.some((f) => f.severity === 'error'));
          for (const f of result.findings) expect(f.cell === '' || parseCell(f.cell).row >= 0).toBe(true);
        }
      }),
      { numRuns: RUNS },
    );
  }, Math.max(30_000, RUNS * 1000));
});
