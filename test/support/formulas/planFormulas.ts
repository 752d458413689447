/**
 * Every formula a Plan puts in a workbook, with where it sits: cell formulas, conditional-format
 * formulas, data-validation formulas as the xlsx writer writes them (an inline list is a quoted
 * text constant), defined names, and the formulas "fill" writes after a model changes.
 */
import { toDataValidation } from '../../../src/adapters/xlsx/validations';
import { modelById, type ModelId } from '../../../src/core/catalogue/models';
import { planFill } from '../../../src/core/fill/planFill';
import { cellAddress, rectAddress } from '../../../src/core/plan/a1';
import type { CellContent, Plan, SheetPlan } from '../../../src/core/plan/types';
import type { NamedBlock, Snapshot, SnapshotValue } from '../../../src/core/snapshot/types';
import type { FormulaSite, WorkbookShape } from './excel2016Rules';

export function workbookShape(plan: Plan): WorkbookShape {
  return {
    names: new Map(plan.names.map((n) => [n.name.toUpperCase(), n.range.rows * n.range.cols])),
    sheets: new Set(plan.sheets.map((s) => s.name)),
  };
}

function sheetName(plan: Plan, key: SheetPlan['key']): string {
  const sheet = plan.sheets.find((s) => s.key === key);
  if (!sheet) throw new Error(`the plan has no ${key} sheet`);
  return sheet.name;
}

export function planFormulaSites(plan: Plan): FormulaSite[] {
  const sites: FormulaSite[] = [];
  for (const sheet of plan.sheets) {
    for (const block of sheet.blocks) {
      block.cells.forEach((cells, r) =>
        cells.forEach((cell, c) => {
          if (cell !== null && typeof cell === 'object') {
            sites.push({ sheet: sheet.name, cell: cellAddress(block.row + r, block.col + c), kind: 'cell', formula: cell.formula });
          }
        }),
      );
    }
    for (const cf of sheet.conditionalFormats) {
      sites.push({ sheet: sheet.name, cell: rectAddress(cf.range), kind: 'conditional format', formula: cf.formula.replace(/^=/, '') });
    }
    for (const spec of sheet.validations) {
      for (const formula of toDataValidation(spec).formulae ?? []) {
        sites.push({ sheet: sheet.name, cell: rectAddress(spec.range), kind: 'data validation', formula: String(formula).replace(/^=/, '') });
      }
    }
  }
  for (const name of plan.names) {
    const ref = `'${sheetName(plan, name.sheet).replace(/'/g, "''")}'!${rectAddress(name.range, true)}`;
    sites.push({ sheet: sheetName(plan, name.sheet), cell: name.name, kind: 'defined name', formula: ref });
  }
  return sites;
}

/** A Snapshot of the workbook the plan writes, as a reader would see it before any recalculation:
 * constants, formulas and the planner's cached results. Cheaper than a formula engine. */
export function planSnapshot(plan: Plan): Snapshot {
  const cells = new Map<string, CellContent>();
  for (const sheet of plan.sheets) {
    for (const block of sheet.blocks) {
      block.cells.forEach((row, r) => row.forEach((cell, c) => cells.set(`${sheet.name}!${cellAddress(block.row + r, block.col + c)}`, cell)));
    }
  }
  const read = (sheet: string, row: number, col: number) => cells.get(`${sheet}!${cellAddress(row, col)}`) ?? null;
  const value = (cell: CellContent): SnapshotValue => (cell !== null && typeof cell === 'object' ? (cell.result ?? null) : cell);
  const blocks: Record<string, NamedBlock> = {};
  for (const name of plan.names) {
    const sheet = sheetName(plan, name.sheet);
    const { row, col, rows, cols } = name.range;
    const grid = Array.from({ length: rows }, (_, r) => Array.from({ length: cols }, (_, c) => read(sheet, row + r, col + c)));
    blocks[name.name] = {
      name: name.name,
      sheet,
      range: name.range,
      values: grid.map((r) => r.map(value)),
      formulas: grid.map((r) => r.map((cell) => (cell !== null && typeof cell === 'object' ? `=${cell.formula}` : null))),
      above: row === 0 ? null : Array.from({ length: cols }, (_, c) => value(read(sheet, row - 1, col + c))),
    };
  }
  return { source: 'plan', sheetNames: plan.sheets.map((s) => s.name), blocks, broken: [] };
}

/** The formulas "fill" writes when every vendor's model is changed to `model` (null: cleared). */
export function fillFormulaSites(plan: Plan, snapshot: Snapshot, model: ModelId | null): FormulaSite[] {
  const models = snapshot.blocks.vc_Model;
  if (!models) throw new Error('the plan has no vc_Model');
  const label = model === null ? null : modelById(model).label[plan.language];
  const changed: Snapshot = {
    ...snapshot,
    blocks: { ...snapshot.blocks, vc_Model: { ...models, values: models.values.map((row) => row.map(() => label)) } },
  };
  const fill = planFill(changed);
  if (!fill.ok) throw new Error(`fill refused the plan's own workbook: ${fill.reason}`);
  return fill.vendors.flatMap((v) =>
    v.changes.flatMap((change) =>
      change.content === null ? [] : [{ sheet: change.cell.sheet, cell: change.cell.address, kind: 'cell' as const, formula: change.content.formula }],
    ),
  );
}
