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
import { allInContract, committedAnswer } from '../fixtures/answers';
import { settledCoverage, settledPaidPrice } from '../fixtures/coverage';
import { ratedColumn } from '../support/quality';
import { partNames, partText, withParts } from '../adapters/xlsx/zipFixtures';

/** The worked example with every question answered, each with the commitment it asks for. */
export function answeredOptions(base: TemplateOptions = WORKED_EXAMPLE): TemplateOptions {
  const ids = [...CONTRACT_QUESTIONS, ...scenarioQuestions(base.scenarios)].map((q) => q.id);
  const answers = Object.fromEntries(ids.map((id) => [id, committedAnswer(id)]));
  return { ...base, vendors: base.vendors.map((v) => ({ ...v, answers, contract: allInContract(ids) })) };
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
 * Writes the template for `options` to `path`. `complete` also settles all coverage (Included, on-site
 * Paid where the vendor quotes a day rate, priced at that rate per day) and
 * rates every vendor on every criterion, so a fully answered workbook validates without a
 * finding. `edit` changes the workbook before it is saved.
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
    coverage.cells.forEach((row, r) =>
      row.forEach((address, c) => (workbook.getWorksheet(coverage.sheet)!.getCell(address).value = settledCoverage(options.vendors[c], r, options.language))),
    );
    const [prices, units] = [namedCells(plan, 'vc_CoveragePrice'), namedCells(plan, 'vc_CoverageUnit')];
    prices.cells.forEach((row, r) =>
      row.forEach((address, c) => {
        const paid = settledPaidPrice(options.vendors[c], r, options.language);
        workbook.getWorksheet(prices.sheet)!.getCell(address).value = paid?.price ?? null;
        workbook.getWorksheet(units.sheet)!.getCell(units.cells[r]![c]!).value = paid?.unit ?? null;
      }),
    );
    const scores = namedCells(plan, 'vc_ScoreInputs');
    const rated = ratedColumn(options.language);
    scores.cells.forEach((row, r) => row.forEach((address) => (workbook.getWorksheet(scores.sheet)!.getCell(address).value = rated[r]!)));
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

/**
 * "\u001b[31mEvil\u0007\u009b2J Co\nLtd" as a workbook holds it: XML cannot hold ESC or BEL, but a shared
 * string carries them as _x001B_, which ExcelJS turns back into the characters.
 */
export const EVIL_XML = '_x001B_[31mEvil_x0007__x009B_2J Co&#10;Ltd';

/**
 * The workbook with the shared string `plain` replaced by the raw XML `xml`; cells that repeat it
 * by formula (vendor names on later sheets) get the shared string instead, as a crafted file could.
 */
export function withSharedString(data: Buffer, plain: string, xml: string): Buffer {
  const strings = partText(data, 'xl/sharedStrings.xml');
  const index = strings.split('<si>').slice(1).findIndex((si) => si.includes(`<t>${plain}</t>`));
  if (index < 0) throw new Error(`no shared string ${plain}`);
  const cached = new RegExp(`<c ([^>]*?)t="str"><f>[^<]*</f><v>${plain}</v></c>`, 'g');
  const sheets = partNames(data)
    .filter((name) => /^xl\/worksheets\/sheet\d+\.xml$/.test(name))
    .map((name) => ({ name, data: Buffer.from(partText(data, name).replace(cached, `<c $1t="s"><v>${index}</v></c>`)) }));
  const edited = strings.replace(`<t>${plain}</t>`, `<t>${xml}</t>`);
  return withParts(data, [...sheets, { name: 'xl/sharedStrings.xml', data: Buffer.from(edited) }]);
}

/** A control character other than the line break ending each line of output. */
export function hasControlCharacter(text: string): boolean {
  return [...text].some((ch) => {
    const code = ch.codePointAt(0)!;
    return (code < 0x20 && ch !== '\n') || (code >= 0x7f && code <= 0x9f);
  });
}
