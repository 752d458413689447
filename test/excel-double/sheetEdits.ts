/**
 * Excel's Insert / Delete rows and columns on the double's state (Range.insert, Range.delete on
 * entire rows or columns, ExcelApi 1.1: https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-insert-member(1)).
 * As in Excel, cells, formats, sizes, hidden lines, validations, conditional formats and merged
 * areas past the edit move; deleted ones go; every formula in the workbook (cells, conditional
 * formats, validation rules, chart titles), every defined name and chart source follows; a range
 * spanning an insertion grows, one losing some of its lines shrinks, a reference to deleted
 * cells only becomes #REF! (src/core/formulas/shiftRefs.ts holds those rules).
 */
import { shiftFormula } from '../../src/core/formulas/shiftRefs';
import type { Cell } from './cellInput';
import { followChart } from './chartEdits';
import { type Edit, movedIndex, movedRect } from './moves';
import { cellKey, type SheetState, type ValidationState, type WorkbookState } from './state';

function movedKeys<V>(map: Map<string, V>, edit: Edit): Map<string, V> {
  const out = new Map<string, V>();
  for (const [key, value] of map) {
    const [row, col] = key.split(',').map(Number) as [number, number];
    const line = movedIndex(edit.axis === 'rows' ? row : col, edit);
    if (line !== null) out.set(edit.axis === 'rows' ? cellKey(line, col) : cellKey(row, line), value);
  }
  return out;
}

function movedLines<V>(map: Map<number, V>, edit: Edit): Map<number, V> {
  const out = new Map<number, V>();
  for (const [i, value] of map) {
    const line = movedIndex(i, edit);
    if (line !== null) out.set(line, value);
  }
  return out;
}

const movedSet = (set: Set<number>, edit: Edit): Set<number> => new Set(movedLines(new Map([...set].map((i) => [i, true])), edit).keys());

/** The formulas a validation rule holds ("=..." list sources, bounds, custom formulas) shifted. */
function shiftRule(rule: Excel.DataValidationRule | undefined, shift: (f: string) => string): Excel.DataValidationRule | undefined {
  if (!rule) return rule;
  const f = (v: unknown) => (typeof v === 'string' && v.startsWith('=') ? shift(v) : v);
  const out = JSON.parse(JSON.stringify(rule)) as Record<string, Record<string, unknown> | undefined>;
  for (const kind of Object.values(out)) {
    if (!kind) continue;
    for (const key of ['source', 'formula', 'formula1', 'formula2']) if (key in kind) kind[key] = f(kind[key]);
  }
  return out as Excel.DataValidationRule;
}

/**
 * A validation after the edit. "Format same as above" / "same as left", Excel's default for
 * inserted rows / columns, carries the validation of the line before into them
 * (https://support.microsoft.com/office/insert-or-delete-cells-rows-and-columns-6f40e6e4-85af-45e0-b39d-65dd504a3246).
 */
function movedValidation(v: ValidationState, edit: Edit): ValidationState | null {
  const rows = edit.axis === 'rows';
  const end = rows ? v.rect.row + v.rect.rows : v.rect.col + v.rect.cols;
  if (edit.count > 0 && end === edit.at) {
    return { ...v, rect: rows ? { ...v.rect, rows: v.rect.rows + edit.count } : { ...v.rect, cols: v.rect.cols + edit.count } };
  }
  const rect = movedRect(v.rect, edit);
  return rect ? { ...v, rect } : null;
}

/** Applies `edit` to `sheet` (protection and argument checks are the caller's). */
export function editSheet(state: WorkbookState, sheet: SheetState, edit: Edit): void {
  const shifting = { ...edit, sheet: sheet.name };
  // Formulas everywhere first: they are read as they stand before anything moves.
  for (const s of state.sheets) {
    const shift = (formula: string) => shiftFormula(formula, shifting, s.name);
    for (const [key, cell] of s.cells) {
      if (cell.kind !== 'formula') continue;
      const moved: Cell = { kind: 'formula', formula: shift(cell.formula) };
      s.cells.set(key, moved);
    }
    for (const cf of s.conditionalFormats) cf.formula = shift(cf.formula);
    for (const v of s.validations) v.rule = shiftRule(v.rule, shift);
    for (const chart of s.charts) {
      if (chart.titleFormula) chart.titleFormula = shift(chart.titleFormula);
      if (chart.source.sheetId === sheet.id) followChart(chart, edit);
    }
  }
  const lines = edit.axis === 'rows' ? 'rowHeights' : 'columnWidths';
  const hidden = edit.axis === 'rows' ? 'hiddenRows' : 'hiddenCols';
  sheet.cells = movedKeys(sheet.cells, edit);
  sheet.formats = movedKeys(sheet.formats, edit);
  sheet[lines] = movedLines(sheet[lines], edit);
  sheet[hidden] = movedSet(sheet[hidden], edit);
  sheet.validations = sheet.validations.flatMap((v) => movedValidation(v, edit) ?? []);
  sheet.conditionalFormats = sheet.conditionalFormats.flatMap((cf) => {
    const rect = movedRect(cf.rect, edit);
    return rect ? [Object.assign(cf, { rect })] : [];
  });
  // A merged area cut down to one cell is no longer merged.
  sheet.merges = sheet.merges.flatMap((m) => movedRect(m, edit) ?? []).filter((m) => m.rows * m.cols > 1);
  for (const name of state.names) {
    if (name.sheetId !== sheet.id) continue;
    const rect = movedRect(name.rect, edit);
    // Excel shows such a name as =Sheet!#REF!; the double has one broken state for names (sheetId null).
    if (rect) name.rect = rect;
    else name.sheetId = null;
  }
}

/** `count` rows inserted before the 0-based row `at` (Range.insert('Down') on entire rows). */
export function insertRows(state: WorkbookState, sheet: SheetState, at: number, count: number): void {
  editSheet(state, sheet, { axis: 'rows', at, count });
}
