/**
 * Loads a Plan (or sheets read back from a file) into HyperFormula, a real formula engine, so
 * tests check what formulas compute rather than how they are spelt. Tests only: GPL-3.0.
 */
import { HyperFormula, type FunctionPluginDefinition, type ImplementedFunctions, type RawCellContent } from 'hyperformula';
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

export interface LoadOptions {
  /** On (the default): every formula is evaluated with array semantics, as dynamic-array Excel
   * does. Off: range arithmetic only inside SUMPRODUCT's arguments, closer to how Excel
   * 2016/2019 evaluate a formula written without Ctrl+Shift+Enter. */
  arrayArithmetic?: boolean;
}

/**
 * HyperFormula's function plugins, with SUMPRODUCT evaluating its arguments as arrays even when
 * array arithmetic is off. Legacy Excel does that (it is why SUMPRODUCT(--(A1:A3="x")) needs no
 * Ctrl+Shift+Enter); HyperFormula 3.5 does not, and would reject every such formula.
 * It also array-evaluates an IF nested in SUMPRODUCT, which Excel 2016 does not: the formula walk
 * (test/formulas) flags that statically.
 */
function legacyExcelPlugins(): FunctionPluginDefinition[] {
  const sumproduct = HyperFormula.getFunctionPlugin('SUMPRODUCT');
  const metadata = sumproduct?.implementedFunctions.SUMPRODUCT;
  if (!sumproduct || !metadata) throw new Error('HyperFormula has no SUMPRODUCT plugin');
  const implementedFunctions: ImplementedFunctions = { SUMPRODUCT: { ...metadata, enableArrayArithmeticForArguments: true } };
  const legacy = class extends sumproduct {
    static override implementedFunctions = implementedFunctions;
  };
  // HyperFormula looks the method up on the plugin's own prototype, not the inherited one.
  Object.defineProperty(legacy.prototype, metadata.method, { value: (sumproduct.prototype as unknown as Record<string, unknown>)[metadata.method] });
  return [...HyperFormula.getAllFunctionPlugins().filter((p) => p !== sumproduct), legacy];
}

export function loadGrids(grids: Record<string, Grid>, names: { name: string; ref: string }[], options: LoadOptions = {}): LoadedWorkbook {
  const hf = HyperFormula.buildEmpty({
    licenseKey: 'gpl-v3',
    // Excel evaluates SUMPRODUCT's arguments as arrays; HyperFormula needs this switch to do the same.
    useArrayArithmetic: options.arrayArithmetic ?? true,
    ...(options.arrayArithmetic === false ? { functionPlugins: legacyExcelPlugins() } : {}),
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

export function loadPlan(plan: Plan, options: LoadOptions = {}): LoadedWorkbook {
  const sheetName = (key: string) => plan.sheets.find((s) => s.key === key)!.name;
  const names = plan.names.map((n) => ({
    name: n.name,
    ref: `'${sheetName(n.sheet).replace(/'/g, "''")}'!${rectAddress(n.range, true)}`,
  }));
  return loadGrids(planToGrids(plan), names, options);
}
