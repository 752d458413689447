/**
 * The template computed by HyperFormula with array arithmetic off (SUMPRODUCT still evaluating
 * its arguments as arrays, as legacy Excel does) gives what it gives with array arithmetic on:
 * every formula cell, the live answered counts, and every conditional format at every cell.
 */
import { DetailedCellError } from 'hyperformula';
import { cellAddress } from '../../src/core/plan/a1';
import type { Plan } from '../../src/core/plan/types';
import { planTemplate } from '../../src/core/template/planTemplate';
import { WORKED_EXAMPLE } from '../fixtures/workedExample';
import { loadGrids, loadPlan, type LoadedWorkbook } from '../support/hyperformula';
import { moveFormula } from '../support/formulas/shift';

function sheetName(plan: Plan, key: string): string {
  return plan.sheets.find((s) => s.key === key)!.name;
}

/** Answers that exercise the placeholder rules: blanks, spaces, case, "?" and "*", long text, a number.
 * Real: vendor 1 two (text, 42), vendor 2 none, vendor 3 four ("*" and 300 characters included). */
function answer(plan: Plan, wb: LoadedWorkbook): void {
  const range = plan.names.find((n) => n.name === 'vc_Answers')!.range;
  const at = (q: number, v: number) => cellAddress(range.row + q, range.col + v);
  const questions = sheetName(plan, 'questions');
  const edits: [number, number, string | number][] = [
    [0, 0, '2 hours on working days'], [1, 0, ' tbd '], [2, 0, '   '], [3, 0, '待定'], [4, 0, 42],
    [0, 1, '?'], [1, 1, ' - '],
    [0, 2, 'Yes'], [1, 2, 'x'.repeat(300)], [2, 2, '*'], [9, 2, 'Dedicated SRE team'],
  ];
  for (const [q, v, text] of edits) wb.set(questions, at(q, v), text);
}

function show(v: unknown): unknown {
  return v instanceof DetailedCellError ? v.value : v;
}

/** Every formula cell of the plan, and every cell of every conditional format, as computed. */
function computed(plan: Plan, wb: LoadedWorkbook): Map<string, unknown> {
  const out = new Map<string, unknown>();
  for (const sheet of plan.sheets) {
    for (const block of sheet.blocks) {
      block.cells.forEach((cells, r) =>
        cells.forEach((cell, c) => {
          if (cell === null || typeof cell !== 'object') return;
          const address = cellAddress(block.row + r, block.col + c);
          out.set(`${sheet.name}!${address}`, show(wb.value(sheet.name, address)));
        }),
      );
    }
  }
  wb.hf.addSheet('CF');
  const scratch = wb.hf.getSheetId('CF')!;
  let row = 0;
  for (const sheet of plan.sheets) {
    for (const [i, cf] of sheet.conditionalFormats.entries()) {
      for (let r = 0; r < cf.range.rows; r++) {
        for (let c = 0; c < cf.range.cols; c++) {
          const at = { sheet: scratch, row: row++, col: 0 };
          wb.hf.setCellContents(at, `=${moveFormula(cf.formula, r, c, sheet.name)}`);
          out.set(`${sheet.name} rule ${i} at ${cellAddress(cf.range.row + r, cf.range.col + c)}`, show(wb.hf.getCellValue(at)));
        }
      }
    }
  }
  return out;
}

describe('formulas compute the same with array arithmetic off', () => {
  const plan = planTemplate(WORKED_EXAMPLE);
  const results = [true, false].map((arrayArithmetic) => {
    const wb = loadPlan(plan, { arrayArithmetic });
    answer(plan, wb);
    return { wb, values: computed(plan, wb) };
  });
  const [on, off] = results as [(typeof results)[number], (typeof results)[number]];

  it('gives the answered counts the placeholder rules ask for, either way', () => {
    for (const { wb } of [on, off]) expect(wb.named('vc_Answered')).toEqual([[2, 0, 4, 0]]);
  });

  it('computes the worked example costs, not errors', () => {
    const tco = off.wb.named('vc_TCO')[0]!;
    expect(tco.every((v) => typeof v === 'number' && v > 0)).toBe(true);
  });

  it('computes every formula cell and conditional format alike, with no #VALUE!, #NAME? or #REF!', () => {
    expect(off.values.size).toBe(on.values.size);
    expect(off.values.size).toBeGreaterThan(300);
    const differ: string[] = [];
    for (const [key, value] of on.values) {
      const other = off.values.get(key);
      const same = typeof value === 'number' && typeof other === 'number' ? Math.abs(value - other) <= 1e-9 * Math.max(1, Math.abs(value)) : value === other;
      if (!same) differ.push(`${key}: on ${JSON.stringify(value)}, off ${JSON.stringify(other)}`);
    }
    expect(differ).toEqual([]);
    const broken = [...off.values].filter(([, v]) => v === '#VALUE!' || v === '#NAME?' || v === '#REF!' || v === '#ERROR!');
    expect(broken).toEqual([]);
  });
});

describe('array arithmetic off tells formulas that need array entry', () => {
  it('computes range arithmetic inside SUMPRODUCT, and intersects it inside SUM', () => {
    const grid = [['ab', '=SUMPRODUCT(LEN(A1:A3))', '=SUM(LEN(A1:A3))', '=SUMPRODUCT(--(A1:A3="c"))'], ['c'], ['de']];
    const [on, off] = [true, false].map((arrayArithmetic) => loadGrids({ S: grid }, [], { arrayArithmetic }));
    expect(['B1', 'C1', 'D1'].map((a) => show(on!.value('S', a)))).toEqual([5, 5, 1]);
    // SUM(LEN(A1:A3)) on row 1 takes A1 alone by implicit intersection, as Excel 2016 does.
    expect(['B1', 'C1', 'D1'].map((a) => show(off!.value('S', a)))).toEqual([5, 2, 1]);
  });
});
