/** Test helper: Vendor Compare workbooks written to disk with the real planner and ExcelJS writer. */
import ExcelJS from 'exceljs';
import { writeFileSync } from 'fs';
import { CONTRACT_QUESTIONS } from '../../src/core/catalogue/questions';
import { scenarioQuestions } from '../../src/core/catalogue/scenarios';
import { cellAddress } from '../../src/core/plan/a1';
import type { TemplateOptions } from '../../src/core/options';
import type { Plan } from '../../src/core/plan/types';
import { planTemplate } from '../../src/core/template/planTemplate';
import { writePlanToWorkbook } from '../../src/adapters/xlsx/writePlan';
import { WORKED_EXAMPLE } from '../fixtures/workedExample';

/** The worked example with every question answered (Q1 and Q3 with a time commitment). */
export function answeredOptions(base: TemplateOptions = WORKED_EXAMPLE): TemplateOptions {
  const ids = [...CONTRACT_QUESTIONS, ...scenarioQuestions(base.scenarios)].map((q) => q.id);
  const answers = Object.fromEntries(ids.map((id) => [id, id === 'Q1' || id === 'Q3' ? 'Within 2 hours, 7x24' : `Answer to ${id}`]));
  return { ...base, vendors: base.vendors.map((v) => ({ ...v, answers })) };
}

/** The cells of a defined name of the plan, as sheet name and A1 addresses row by row. */
export function namedCells(plan: Plan, name: string): { sheet: string; cells: string[][] } {
  const n = plan.names.find((x) => x.name === name);
  if (!n) throw new Error(`no name ${name}`);
  const sheet = plan.sheets.find((s) => s.key === n.sheet)!.name;
  const cells = Array.from({ length: n.range.rows }, (_, r) => Array.from({ length: n.range.cols }, (_, c) => cellAddress(n.range.row + r, n.range.col + c)));
  return { sheet, cells };
}

export interface Written {
  plan: Plan;
  path: string;
}

/**
 * Writes the template for `options` to `path`. `complete` also marks all coverage Included, so
 * a fully answered workbook validates without a finding. `edit` changes the workbook before it is saved.
 */
export async function writeWorkbook(
  path: string,
  options: TemplateOptions,
  { complete = false, edit }: { complete?: boolean; edit?: (workbook: ExcelJS.Workbook, plan: Plan) => void } = {},
): Promise<Written> {
  const plan = planTemplate(options);
  const workbook = writePlanToWorkbook(plan);
  if (complete) {
    const coverage = namedCells(plan, 'vc_Coverage');
    for (const address of coverage.cells.flat()) workbook.getWorksheet(coverage.sheet)!.getCell(address).value = 'Included';
  }
  edit?.(workbook, plan);
  writeFileSync(path, Buffer.from((await workbook.xlsx.writeBuffer()) as ArrayBuffer));
  return { plan, path };
}

export async function loadWorkbook(path: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  return workbook;
}
