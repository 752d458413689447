/**
 * Excel's "Insert rows" on the double's state (Range.insert('Down') on an entire-row range,
 * ExcelApi 1.1: https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-insert-member(1)).
 * As in Excel, cells, formats, hidden rows, validations, conditional formats and merged areas
 * below move down; every formula in the workbook that refers to a moved row, every defined name
 * and chart source follows; a range spanning the insertion point grows.
 */
import { shiftFormulaRows, shiftRect } from '../../src/core/formulas/shiftRefs';
import { cellAddress, parseCell } from '../../src/core/plan/a1';
import type { Rect } from '../../src/core/plan/types';
import type { Cell } from './cellInput';
import { cellKey, type SheetState, type WorkbookState } from './state';

function movedKeys<V>(map: Map<string, V>, at: number, count: number): Map<string, V> {
  const out = new Map<string, V>();
  for (const [key, value] of map) {
    const [row, col] = key.split(',').map(Number) as [number, number];
    out.set(cellKey(row >= at ? row + count : row, col), value);
  }
  return out;
}

const moveRect = (rect: Rect, at: number, count: number): Rect => shiftRect(rect, at, count);

function movedCell(address: string, at: number, count: number): string {
  const { row, col } = parseCell(address);
  return cellAddress(row >= at ? row + count : row, col);
}

export function insertRows(state: WorkbookState, sheet: SheetState, at: number, count: number): void {
  const insertion = { sheet: sheet.name, at, count };
  // Formulas everywhere first: they are read as they stand before anything moves.
  for (const s of state.sheets) {
    for (const [key, cell] of s.cells) {
      if (cell.kind !== 'formula') continue;
      const moved: Cell = { kind: 'formula', formula: shiftFormulaRows(cell.formula, insertion, s.name) };
      s.cells.set(key, moved);
    }
    for (const cf of s.conditionalFormats) cf.formula = shiftFormulaRows(cf.formula, insertion, s.name);
    for (const chart of s.charts) {
      if (chart.source.sheetId !== sheet.id) continue;
      chart.source = { ...chart.source, rect: moveRect(chart.source.rect, at, count) };
      if (chart.categories) chart.categories = moveRect(chart.categories, at, count);
      chart.seriesNameCells = chart.seriesNameCells.map((cell) => (cell === null ? null : movedCell(cell, at, count)));
      if (chart.titleFormula) chart.titleFormula = shiftFormulaRows(chart.titleFormula, insertion, s.name);
    }
  }
  sheet.cells = movedKeys(sheet.cells, at, count);
  sheet.formats = movedKeys(sheet.formats, at, count);
  sheet.rowHeights = new Map([...sheet.rowHeights].map(([r, h]) => [r >= at ? r + count : r, h]));
  sheet.hiddenRows = new Set([...sheet.hiddenRows].map((r) => (r >= at ? r + count : r)));
  // "Format same as above", Excel's default for inserted rows, carries the validation of the row
  // above into them (https://support.microsoft.com/office/insert-or-delete-cells-rows-and-columns-6f40e6e4-85af-45e0-b39d-65dd504a3246).
  for (const v of sheet.validations) v.rect = v.rect.row + v.rect.rows === at ? { ...v.rect, rows: v.rect.rows + count } : moveRect(v.rect, at, count);
  for (const cf of sheet.conditionalFormats) cf.rect = moveRect(cf.rect, at, count);
  sheet.merges = sheet.merges.map((m) => moveRect(m, at, count));
  for (const name of state.names) if (name.sheetId === sheet.id) name.rect = moveRect(name.rect, at, count);
}
