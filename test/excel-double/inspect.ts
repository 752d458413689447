/** Read-back helpers for tests: look at the double's workbook directly, outside any sync. */
import { parseCell } from '../../src/core/plan/a1';
import type { Rect } from '../../src/core/plan/types';
import type { Cell, CellValue } from './cellInput';
import { nameFormula } from './names';
import { type CellFormat, cellKey } from './state';
import type { WorkbookDouble } from './workbook';

export interface SheetGrid {
  /** Constants as stored (quote-prefixed text without its apostrophe), formulas as "=...",
   * empty cells as null. */
  formulas: (CellValue | null)[][];
  /** Constants only (error values as their text); formula cells are null because the double
   * does not calculate. */
  values: (CellValue | null)[][];
}

/** The sheet's cells from A1 to its last used cell, or the given rectangle. */
export function readSheetGrid(wb: WorkbookDouble, sheetName: string, rect?: Rect): SheetGrid {
  const sheet = wb.sheet(sheetName);
  let area = rect;
  if (!area) {
    let rows = 0;
    let cols = 0;
    for (const key of sheet.cells.keys()) {
      const [r, c] = key.split(',').map(Number) as [number, number];
      rows = Math.max(rows, r + 1);
      cols = Math.max(cols, c + 1);
    }
    area = { row: 0, col: 0, rows, cols };
  }
  const formulas: (CellValue | null)[][] = [];
  const values: (CellValue | null)[][] = [];
  for (let r = area.row; r < area.row + area.rows; r++) {
    const f: (CellValue | null)[] = [];
    const v: (CellValue | null)[] = [];
    for (let c = area.col; c < area.col + area.cols; c++) {
      const cell = sheet.cells.get(cellKey(r, c));
      f.push(cell ? shown(cell, true) : null);
      v.push(cell && cell.kind !== 'formula' ? shown(cell, false) : null);
    }
    formulas.push(f);
    values.push(v);
  }
  return { formulas, values };
}

/** A cell as Range.formulas (formula text) or Range.values shows it; errors as their text. */
function shown(cell: Cell, formula: boolean): CellValue {
  if (cell.kind === 'formula') return formula ? cell.formula : '';
  return cell.kind === 'error' ? cell.error : cell.value;
}

export function cellAt(wb: WorkbookDouble, sheetName: string, address: string): Cell | undefined {
  const { row, col } = parseCell(address);
  return wb.sheet(sheetName).cells.get(cellKey(row, col));
}

export function formatAt(wb: WorkbookDouble, sheetName: string, address: string): CellFormat {
  const { row, col } = parseCell(address);
  return wb.sheet(sheetName).formats.get(cellKey(row, col)) ?? {};
}

/** Workbook-scoped names as Excel lists them: name, reference formula, comment. */
export function definedNames(wb: WorkbookDouble): { name: string; formula: string; comment: string }[] {
  return wb.state.names.map((n) => ({ name: n.name, formula: nameFormula(wb.state, n), comment: n.comment }));
}

/** The whole workbook as plain data, for "nothing changed" comparisons with toEqual. */
export function snapshot(wb: WorkbookDouble): unknown {
  const sorted = <V>(m: Map<string | number, V>) => [...m.entries()].sort(([a], [b]) => String(a).localeCompare(String(b)));
  return JSON.parse(
    JSON.stringify({
      active: wb.activeSheetName ?? null,
      names: definedNames(wb),
      sheets: wb.state.sheets.map((s) => ({
        name: s.name,
        tabColor: s.tabColor,
        freeze: s.freeze,
        hidden: { rows: [...s.hiddenRows].sort((a, b) => a - b), cols: [...s.hiddenCols].sort((a, b) => a - b) },
        cells: sorted(s.cells),
        formats: sorted(s.formats),
        columnWidths: sorted(s.columnWidths),
        rowHeights: sorted(s.rowHeights),
        validations: s.validations,
        conditionalFormats: s.conditionalFormats.map((cf) => ({ rect: cf.rect, type: cf.type, formula: cf.formula, fill: cf.fill, fontColor: cf.fontColor })),
        charts: s.charts.map(({ id: _id, ...chart }) => chart),
      })),
    }),
  ) as unknown;
}
