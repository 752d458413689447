/**
 * Round trip through a real .xlsx: plan -> ExcelJS writer -> bytes -> ExcelJS reader ->
 * HyperFormula. What the formulas compute is then what a user opening the file would get.
 */
import ExcelJS from 'exceljs';
import type { RawCellContent } from 'hyperformula';
import type { Plan } from '../../src/core/plan/types';
import { writePlanToWorkbook } from '../../src/adapters/xlsx/writePlan';
import { loadGrids, type Grid, type LoadedWorkbook } from './hyperformula';

export async function planToXlsx(plan: Plan): Promise<Buffer> {
  const data = await writePlanToWorkbook(plan).xlsx.writeBuffer();
  return Buffer.from(data as ArrayBuffer);
}

export async function readXlsx(data: Buffer): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(data as unknown as ArrayBuffer);
  return workbook;
}

function raw(cell: ExcelJS.Cell): RawCellContent {
  if (cell.formula) return `=${cell.formula}`;
  const v = cell.value;
  if (v === null || v === undefined) return null;
  if (typeof v === 'string') return /^[=+\-'@]/.test(v) ? `'${v}` : v;
  if (typeof v === 'number' || typeof v === 'boolean') return v;
  return String(v);
}

export function workbookToHyperFormula(workbook: ExcelJS.Workbook): LoadedWorkbook {
  const grids: Record<string, Grid> = {};
  for (const ws of workbook.worksheets) {
    const grid: Grid = [];
    ws.eachRow({ includeEmpty: false }, (row, r) => {
      const cells: RawCellContent[] = [];
      row.eachCell({ includeEmpty: false }, (cell, c) => {
        cells[c - 1] = raw(cell);
      });
      grid[r - 1] = Array.from(cells, (v) => v ?? null);
    });
    grids[ws.name] = Array.from(grid, (row) => row ?? []);
  }
  const names = (workbook.definedNames.model as { name: string; ranges: string[] }[]).map((n) => ({ name: n.name, ref: n.ranges[0]! }));
  return loadGrids(grids, names);
}
