/**
 * Fuzzing the validator: random edits to a generated workbook (cells, rows, columns, sheets,
 * vendor names) never make it throw, and a real answer written into an answer cell is never
 * reported as unanswered.
 */
import fc from 'fast-check';
import type { RawCellContent } from 'hyperformula';
import { isRealAnswer } from '../../src/core/answers';
import { cellAddress, parseCell } from '../../src/core/plan/a1';
import { planTemplate } from '../../src/core/template/planTemplate';
import { validate, type ValidationResult } from '../../src/core/validation/validate';
import { placeholders } from '../../src/core/validation/workbookModel';
import { loadPlan, type LoadedWorkbook } from '../support/hyperformula';
import { snapshotOf } from '../support/snapshot';
import { anySnapshot, cellContent, realAnswer, templateOptions } from './arbitraries';

type Edit =
  | { kind: 'set'; sheet: number; row: number; col: number; content: RawCellContent }
  | { kind: 'setNamed'; name: number; r: number; c: number; content: RawCellContent }
  | { kind: 'addRows' | 'removeRows' | 'addColumns' | 'removeColumns'; sheet: number; at: number; count: number }
  | { kind: 'moveRows'; sheet: number; from: number; count: number; to: number }
  | { kind: 'removeSheet'; sheet: number }
  | { kind: 'renameSheet'; sheet: number; name: string }
  | { kind: 'renameVendor'; vendor: number; name: RawCellContent };

const index = fc.nat({ max: 1000 });
const row = fc.integer({ min: 0, max: 80 });
const col = fc.integer({ min: 0, max: 12 });
const count = fc.integer({ min: 1, max: 3 });

const edit: fc.Arbitrary<Edit> = fc.oneof(
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('set' as const), sheet: index, row, col, content: cellContent }) },
  { weight: 5, arbitrary: fc.record({ kind: fc.constant('setNamed' as const), name: index, r: index, c: index, content: cellContent }) },
  {
    weight: 3,
    arbitrary: fc.record({ kind: fc.constantFrom('addRows' as const, 'removeRows' as const, 'addColumns' as const, 'removeColumns' as const), sheet: index, at: row, count }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('moveRows' as const), sheet: index, from: row, count, to: row }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('removeSheet' as const), sheet: index }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('renameSheet' as const), sheet: index, name: fc.constantFrom('Renamed', '改名', "It's") }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('renameVendor' as const), vendor: index, name: cellContent }) },
);

/** Sets a cell by the sheet's current name (the support's `set` knows only the names it loaded). */
function setCell(wb: LoadedWorkbook, sheet: string, address: string, content: RawCellContent): void {
  const id = wb.hf.getSheetId(sheet);
  if (id === undefined) throw new Error(`no sheet ${sheet}`);
  wb.hf.setCellContents({ sheet: id, ...parseCell(address) }, content);
}

const pick = <T>(items: readonly T[], i: number): T | undefined => (items.length === 0 ? undefined : items[i % items.length]);

/** Applies one edit as a user would; edits HyperFormula itself refuses (a row past the end) are skipped. */
function apply(wb: LoadedWorkbook, e: Edit): void {
  const { hf } = wb;
  const sheetName = 'sheet' in e ? pick(hf.getSheetNames(), e.sheet) : undefined;
  const id = sheetName === undefined ? undefined : hf.getSheetId(sheetName);
  switch (e.kind) {
    case 'set':
      if (sheetName !== undefined) setCell(wb, sheetName, cellAddress(e.row, e.col), e.content);
      return;
    case 'setNamed': {
      const block = pick(Object.values(snapshotOf(wb).blocks), e.name);
      if (block) setCell(wb, block.sheet, cellAddress(block.range.row + (e.r % block.range.rows), block.range.col + (e.c % block.range.cols)), e.content);
      return;
    }
    case 'renameVendor': {
      const names = snapshotOf(wb).blocks.vc_VendorNames;
      if (names) setCell(wb, names.sheet, cellAddress(names.range.row, names.range.col + (e.vendor % names.range.cols)), e.name);
      return;
    }
    case 'addRows':
      if (id !== undefined && hf.isItPossibleToAddRows(id, [e.at, e.count])) hf.addRows(id, [e.at, e.count]);
      return;
    case 'removeRows':
      if (id !== undefined && hf.isItPossibleToRemoveRows(id, [e.at, e.count])) hf.removeRows(id, [e.at, e.count]);
      return;
    case 'addColumns':
      if (id !== undefined && hf.isItPossibleToAddColumns(id, [e.at % 13, e.count])) hf.addColumns(id, [e.at % 13, e.count]);
      return;
    case 'removeColumns':
      if (id !== undefined && hf.isItPossibleToRemoveColumns(id, [e.at % 13, e.count])) hf.removeColumns(id, [e.at % 13, e.count]);
      return;
    case 'moveRows':
      if (id !== undefined && hf.isItPossibleToMoveRows(id, e.from, e.count, e.to)) hf.moveRows(id, e.from, e.count, e.to);
      return;
    case 'removeSheet':
      if (id !== undefined && hf.isItPossibleToRemoveSheet(id)) hf.removeSheet(id);
      return;
    case 'renameSheet':
      if (id !== undefined && hf.isItPossibleToRenameSheet(id, e.name)) hf.renameSheet(id, e.name);
      return;
  }
}

const TEMPLATE_KEYS = /\{(vendor|question|answer|input|model|value|options|item|cell|sheet|total|name|reference|complete|open)\}/;

/** What any result must satisfy, however broken the workbook. */
function expectWellFormed(result: ValidationResult): void {
  for (const f of result.findings) {
    expect(f.message).not.toMatch(TEMPLATE_KEYS);
    expect(f.message.trim()).not.toBe('');
    expect(f.cell).toMatch(/^(?:[A-Z]{1,3}[1-9]\d*)?$/);
    expect(['error', 'warning']).toContain(f.severity);
  }
  expect(result.complete).toBe(!result.findings.some((f) => f.severity === 'error'));
  expect(result.summary.openQuestions).toBe(result.findings.filter((f) => f.rule === 'unanswered').length);
  expect(result.summary.completeVendors).toBeLessThanOrEqual(result.summary.vendors);
}

// Each run loads a fresh template into HyperFormula (about 40 ms): 40 runs keep the file near 5 s
// on an idle 2-core machine.
// FUZZ_RUNS=2000 searches longer.
const RUNS = Number(process.env.FUZZ_RUNS ?? 40);
const TIMEOUT = Math.max(30_000, RUNS * 300);

describe('validation fuzzing', () => {
  it('random edits never make the validator throw', () => {
    fc.assert(
      fc.property(templateOptions, fc.array(edit, { minLength: 1, maxLength: 8 }), (options, edits) => {
        const wb = loadPlan(planTemplate(options));
        for (const e of edits) apply(wb, e);
        const snapshot = snapshotOf(wb);
        expectWellFormed(validate(snapshot, 'en'));
        expectWellFormed(validate(snapshot, 'zh'));
      }),
      { numRuns: RUNS },
    );
  }, TIMEOUT);

  it('any snapshot an adapter might hand over, however odd, validates without throwing', () => {
    fc.assert(
      fc.property(anySnapshot, (snapshot) => {
        expectWellFormed(validate(snapshot, 'en'));
        expectWellFormed(validate(snapshot, 'zh'));
      }),
      { numRuns: RUNS * 10 },
    );
  });

  it('a real answer written into an answer cell is never reported as unanswered', () => {
    fc.assert(
      fc.property(templateOptions, fc.array(edit, { maxLength: 6 }), index, index, realAnswer, (options, edits, r, c, answer) => {
        const wb = loadPlan(planTemplate(options));
        for (const e of edits) apply(wb, e);
        const answers = snapshotOf(wb).blocks.vc_Answers;
        if (!answers) return; // the edits deleted the block: nothing to answer
        const address = cellAddress(answers.range.row + (r % answers.range.rows), answers.range.col + (c % answers.range.cols));
        // A leading apostrophe keeps text as text ("12" stays "12", "#N/A" is no error), as typing it in Excel would.
        setCell(wb, answers.sheet, address, typeof answer === 'string' ? `'${answer}` : answer);
        const snapshot = snapshotOf(wb);
        fc.pre(isRealAnswer(answer, placeholders(snapshot)));
        const unanswered = validate(snapshot).findings.filter((f) => f.rule === 'unanswered' && f.sheet === answers.sheet && f.cell === address);
        expect(unanswered).toEqual([]);
      }),
      { numRuns: RUNS },
    );
  }, TIMEOUT);
});
