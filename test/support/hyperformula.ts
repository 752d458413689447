/**
 * Loads a Plan (or sheets read back from a file) into HyperFormula, a real formula engine, so
 * tests check what formulas compute rather than how they are spelt. Tests only: GPL-3.0.
 */
import { HyperFormula, type RawCellContent } from 'hyperformula';
import { parseRange, rectAddress } from '../../src/core/plan/a1';
import type { CellContent, Plan } from '../../src/core/plan/types';

export type Grid = RawCellContent[][];

function toRaw(cell: CellContent): RawCellContent {
  if (cell === null) return null;
  if (typeof cell === 'object') return `=${cell.formula}`;
  // A leading apostrophe keeps text that looks like a formula or number as text, as in Excel.
  if (typeof cell === 'string' && /^[=+\-'@]/.test(cell)) return `'${cell}`;
  return cell;
}

export function planToGrids(plan: Plan): Record<string, Grid> {
  const grids: Record<string, Grid> = {};
  for (const sheet of plan.sheets) {
    const grid: Grid = [];
    for (const block of sheet.blocks) {
      block.cells.forEach((cells, r) =>
        cells.forEach((cell, c) => {
          const row = (grid[block.row + r] ??= []);
          row[block.col + c] = toRaw(cell);
        }),
      );
    }
    grids[sheet.name] = Array.from(grid, (row) => Array.from(row ?? [], (v) => v ?? null));
  }
  return grids;
}

export interface LoadedWorkbook {
  hf: HyperFormula;
  /** Value of a cell, e.g. value('Questions', 'C12'). */
  value(sheet: string, address: string): unknown;
  /** Value of a named range as a 2-D array. */
  named(name: string): unknown[][];
  set(sheet: string, address: string, content: RawCellContent): void;
}

export function loadGrids(grids: Record<string, Grid>, names: { name: string; ref: string }[]): LoadedWorkbook {
  const hf = HyperFormula.buildEmpty({
    licenseKey: 'gpl-v3',
    // Excel evaluates SUMPRODUCT's arguments as arrays; HyperFormula needs this switch to do the same.
    useArrayArithmetic: true,
  });
  const ids = new Map<string, number>();
  hf.batch(() => {
    for (const name of Object.keys(grids)) {
      hf.addSheet(name);
      ids.set(name, hf.getSheetId(name)!);
    }
    for (const { name, ref } of names) hf.addNamedExpression(name, `=${ref}`);
    for (const [name, grid] of Object.entries(grids)) hf.setSheetContent(ids.get(name)!, grid);
  });
  const sheetId = (sheet: string) => {
    const id = ids.get(sheet);
    if (id === undefined) throw new Error(`no sheet ${sheet}`);
    return id;
  };
  const at = (sheet: string, address: string) => {
    const r = parseRange(address);
    return { sheet: sheetId(sheet), row: r.row, col: r.col };
  };
  return {
    hf,
    value: (sheet, address) => hf.getCellValue(at(sheet, address)),
    named(name) {
      const found = names.find((n) => n.name === name);
      if (!found) throw new Error(`no name ${name}`);
      const bang = found.ref.lastIndexOf('!');
      const sheet = found.ref.slice(0, bang).replace(/^'|'$/g, '').replace(/''/g, "'");
      const rect = parseRange(found.ref.slice(bang + 1).replace(/\$/g, ''));
      const start = { sheet: sheetId(sheet), row: rect.row, col: rect.col };
      const end = { sheet: start.sheet, row: rect.row + rect.rows - 1, col: rect.col + rect.cols - 1 };
      return hf.getRangeValues({ start, end });
    },
    set(sheet, address, content) {
      hf.setCellContents(at(sheet, address), content);
    },
  };
}

export function loadPlan(plan: Plan): LoadedWorkbook {
  const sheetName = (key: string) => plan.sheets.find((s) => s.key === key)!.name;
  const names = plan.names.map((n) => ({
    name: n.name,
    ref: `'${sheetName(n.sheet).replace(/'/g, "''")}'!${rectAddress(n.range, true)}`,
  }));
  return loadGrids(planToGrids(plan), names);
}
