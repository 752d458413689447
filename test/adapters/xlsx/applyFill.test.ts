import ExcelJS from 'exceljs';
import { applyFill } from '../../../src/adapters/xlsx/applyFill';
import { readSnapshot } from '../../../src/adapters/xlsx/readSnapshot';
import { writePlanToWorkbook } from '../../../src/adapters/xlsx/writePlan';
import { planFill } from '../../../src/core/fill/planFill';
import type { TemplateOptions } from '../../../src/core/options';
import type { Plan } from '../../../src/core/plan/types';
import { planTemplate } from '../../../src/core/template/planTemplate';
import { WORKED_EXAMPLE } from '../../fixtures/workedExample';
import { namedCells } from '../../cli/workbooks';
import { readWorkbook } from './comparePlan';
import { partText } from './zipFixtures';

/** Every non-empty cell of every sheet as "Sheet!A1" -> formula or value text. */
function cellMap(workbook: ExcelJS.Workbook): Map<string, string> {
  const cells = new Map<string, string>();
  for (const ws of workbook.worksheets) {
    ws.eachRow({ includeEmpty: false }, (row) =>
      row.eachCell({ includeEmpty: false }, (cell) => {
        cells.set(`${ws.name}!${cell.address}`, cell.formula ? `=${cell.formula}` : JSON.stringify(cell.value));
      }),
    );
  }
  return cells;
}

async function bytes(workbook: ExcelJS.Workbook): Promise<Buffer> {
  return Buffer.from((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
}

async function roundTrip(workbook: ExcelJS.Workbook): Promise<ExcelJS.Workbook> {
  return readWorkbook(await bytes(workbook));
}

function fillPlan(workbook: ExcelJS.Workbook) {
  const plan = planFill(readSnapshot(workbook, 'test'));
  if (!plan.ok) throw new Error('no fill plan');
  return plan;
}

async function workbookFor(options: TemplateOptions): Promise<{ plan: Plan; workbook: ExcelJS.Workbook }> {
  const plan = planTemplate(options);
  const workbook = await roundTrip(writePlanToWorkbook(plan));
  // Reading drops calcPr: start from a file that does not ask for a full calculation.
  expect(workbook.calcProperties.fullCalcOnLoad).toBeUndefined();
  return { plan, workbook };
}

const workedExample = () => workbookFor(WORKED_EXAMPLE);

function setModel(workbook: ExcelJS.Workbook, plan: Plan, vendor: number, label: string): void {
  const model = namedCells(plan, 'vc_Model');
  workbook.getWorksheet(model.sheet)!.getCell(model.cells[0]![vendor]!).value = label;
}

describe('applyFill', () => {
  it('rewrites only the deleted cells, not a model picked in the sheet, and the result needs no further fill', async () => {
    const { plan, workbook } = await workedExample();
    expect(fillPlan(workbook).vendors.every((v) => v.changes.length === 0)).toBe(true);
    setModel(workbook, plan, 2, 'All-inclusive');
    for (const name of ['vc_TCO', 'vc_Status']) {
      const cells = namedCells(plan, name);
      workbook.getWorksheet(cells.sheet)!.getCell(cells.cells[0]![1]!).value = null;
    }
    const before = cellMap(workbook);
    const fill = fillPlan(workbook);
    const changed = new Set(fill.vendors.flatMap((v) => v.changes.map((c) => `${c.cell.sheet}!${c.cell.address}`)));
    expect(fill.vendors.map((v) => v.changes.length > 0)).toEqual([false, true, false, false]);

    expect(applyFill(workbook, fill)).toBe(changed.size);
    const after = await roundTrip(workbook);
    const afterCells = cellMap(after);
    for (const [address, content] of before) {
      if (!changed.has(address)) expect(afterCells.get(address), address).toBe(content);
    }
    expect(changed.size).toBe(2);
    expect(partText(await bytes(workbook), 'xl/workbook.xml')).toMatch(/<calcPr [^>]*fullCalcOnLoad="1"/);
    expect(fillPlan(after).vendors.every((v) => v.changes.length === 0)).toBe(true);
  });

  it('keeps the other cells of a shared formula (as Excel saves a formula filled across) intact', async () => {
    // Three all-inclusive vendors: each support row differs only by column, so Excel would share it.
    const aurora = WORKED_EXAMPLE.vendors[0]!;
    const { plan, workbook } = await workbookFor({ ...WORKED_EXAMPLE, vendors: ['A', 'B', 'C'].map((name) => ({ ...aurora, name })) });
    const support = namedCells(plan, 'vc_YearSupport');
    const sheet = workbook.getWorksheet(support.sheet)!;
    const [first, ...others] = support.cells[0]!;
    const original = support.cells[0]!.map((a) => sheet.getCell(a).formula);
    sheet.getCell(first!).value = { formula: original[0]!, shareType: 'shared', ref: `${first}:${others.at(-1)}` } as ExcelJS.CellValue;
    for (const address of others) sheet.getCell(address).value = { sharedFormula: first! } as ExcelJS.CellValue;
    const shared = await roundTrip(workbook);
    expect(shared.getWorksheet(support.sheet)!.getCell(others[0]!).value).toMatchObject({ sharedFormula: first });
    expect(fillPlan(shared).vendors.every((v) => v.changes.length === 0)).toBe(true);

    // One cell of the group deleted: it gets its formula back, the two others keep theirs.
    shared.getWorksheet(support.sheet)!.getCell(others[0]!).value = null;
    const fill = fillPlan(shared);
    expect(fill.vendors.flatMap((v) => v.changes.map((c) => c.cell.address))).toEqual([others[0]]);
    applyFill(shared, fill);
    const after = await roundTrip(shared);
    const cells = after.getWorksheet(support.sheet)!;
    expect(support.cells[0]!.map((a) => cells.getCell(a).formula)).toEqual(original);
    expect(fillPlan(after).vendors.every((v) => v.changes.length === 0)).toBe(true);
  });

  it('touches nothing when nothing differs', async () => {
    const { workbook } = await workedExample();
    const before = cellMap(workbook);
    expect(applyFill(workbook, fillPlan(workbook))).toBe(0);
    expect(cellMap(workbook)).toEqual(before);
  });
});
