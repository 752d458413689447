/** Ranges of the double: 2-D reads and writes with Excel's shape rules and input parsing. */
import type { RangeLike } from '../../src/adapters/excel/excelTypes';
import { parseRange, rectAddress } from '../../src/core/plan/a1';
import type { Rect } from '../../src/core/plan/types';
import { type Cell, type CellInput, type CellValue, interpretInput } from './cellInput';
import type { RequestContextDouble, SyncRun } from './context';
import { invalidArgument, propertyNotLoaded } from './errors';
import { ProxyBase, selectedProperties } from './proxy';
import { RangeFormatProxy } from './rangeFormat';
import { clearFormatsIn, ConditionalFormatCollectionProxy } from './conditionalFormats';
import { RangeAreasProxy, type SpecialCellType } from './rangeAreas';
import { DataValidationProxy } from './rangeRules';
import { MAX_COLUMNS, MAX_ROWS, sheetInReference } from './rules';
import type { KnownNames } from './formulaSpelling';
import { cellKey, findName, intersects, knownNames, type SheetState, updateFormats, type WorkbookState } from './state';
import { editSheet } from './sheetEdits';
import { assertAllowed, assertCellsEditable } from './protection';
import type { WorksheetProxy } from './worksheets';

export interface RangeTarget {
  sheet: SheetState;
  rect: Rect;
}

/** The double stores formats per cell; larger ranges are outside what it models. */
const MAX_FORMATTED_CELLS = 1_000_000;

/** Where a range is: by indexes, by address (undefined: the whole sheet), by a defined name, or
 * the sheet's used range (its cells with values, ExcelApi 1.4 getUsedRangeOrNullObject(true)). */
export type RangeWhere = { rect: Rect } | { address: string | undefined } | { definedName: string } | { usedValues: true };

export class RangeProxy extends ProxyBase implements RangeLike {
  readonly format: RangeFormatProxy;
  readonly dataValidation: DataValidationProxy;
  readonly conditionalFormats: ConditionalFormatCollectionProxy;

  constructor(
    ctx: RequestContextDouble,
    private readonly sheet: WorksheetProxy,
    private readonly where: RangeWhere,
  ) {
    super(ctx, ctx.newRef('range'), 'Range');
    this.format = new RangeFormatProxy(this);
    this.dataValidation = new DataValidationProxy(this);
    this.conditionalFormats = new ConditionalFormatCollectionProxy(this);
  }

  /** Sheet and rectangle at sync time; null when the sheet (or the name) is a null object. */
  target(state: WorkbookState): RangeTarget | null {
    const sheet = this.sheet.resolve(state);
    if (!sheet) return null;
    if ('definedName' in this.where) {
      const name = findName(state, this.where.definedName);
      return name && name.constant === undefined ? { sheet, rect: name.rect } : null;
    }
    if ('usedValues' in this.where) {
      const rect = usedRect(sheet);
      return rect ? { sheet, rect } : null;
    }
    return { sheet, rect: this.rect() };
  }

  /** The sheet the range is on (a null object when the range is). */
  get worksheet(): WorksheetProxy {
    return this.sheet;
  }

  get valueTypes(): Excel.RangeValueType[][] {
    return this.read<Excel.RangeValueType[][]>('valueTypes');
  }

  /** Selects the range, activating its sheet, as Excel does. */
  select(): void {
    this.onTarget('select', [], (t, run) => {
      run.state.activeSheetId = t.sheet.id;
      run.state.selection = { sheetId: t.sheet.id, rect: t.rect };
    });
  }

  /** Queue an operation on the range's cells; ignored when the sheet is a null object. */
  onTarget(op: string, args: unknown[], change: (t: RangeTarget, run: SyncRun) => void): void {
    this.queue(op, args, (run) => {
      const t = this.target(run.state);
      if (t) change(t, run);
    });
  }

  /** Like onTarget, for changes that touch each cell's format. */
  onFormats(op: string, args: unknown[], change: (t: RangeTarget) => void): void {
    this.onTarget(op, args, (t) => {
      if (t.rect.rows * t.rect.cols > MAX_FORMATTED_CELLS) {
        throw invalidArgument('The test double formats at most a million cells at once.', `Range.${op}`);
      }
      assertAllowed(t.sheet, 'formatCells', `Range.${op}`);
      change(t);
    });
  }

  get values(): CellValue[][] {
    return this.read<CellValue[][]>('values');
  }

  set values(data: unknown[][]) {
    this.onTarget('values', [data], (t, run) => {
      assertCellsEditable(t.sheet, t.rect, 'Range.values');
      writeCells(t, data, 'values', knownNames(run.state));
    });
  }

  get formulas(): CellValue[][] {
    return this.read<CellValue[][]>('formulas');
  }

  set formulas(data: unknown[][]) {
    this.onTarget('formulas', [data], (t, run) => {
      assertCellsEditable(t.sheet, t.rect, 'Range.formulas');
      writeCells(t, data, 'formulas', knownNames(run.state));
    });
  }

  get numberFormat(): string[][] {
    return this.read<string[][]>('numberFormat');
  }

  set numberFormat(data: unknown[][]) {
    this.onFormats('numberFormat', [data], (t) => {
      checkShape(t.rect, data, 'numberFormat');
      data.forEach((row, r) =>
        row.forEach((fmt, c) => {
          if (fmt === null || fmt === undefined) return;
          if (typeof fmt !== 'string') throw invalidArgument('A number format must be a string.', 'Range.numberFormat');
          updateFormats(t.sheet, { row: t.rect.row + r, col: t.rect.col + c, rows: 1, cols: 1 }, (f) => {
            f.numberFormat = fmt === '' ? 'General' : fmt;
          });
        }),
      );
    });
  }

  get address(): string {
    return this.read<string>('address');
  }

  /** The rows the range spans, across every column (ExcelApi 1.1). */
  getEntireRow(): RangeProxy {
    const r = this.rect();
    return new RangeProxy(this.ctx, this.sheet, { rect: { row: r.row, col: 0, rows: r.rows, cols: MAX_COLUMNS } });
  }

  /** The columns the range spans, across every row (ExcelApi 1.1). */
  getEntireColumn(): RangeProxy {
    const r = this.rect();
    return new RangeProxy(this.ctx, this.sheet, { rect: { row: 0, col: r.col, rows: MAX_ROWS, cols: r.cols } });
  }

  /**
   * Range.insert (ExcelApi 1.1): 'Down' on entire rows, 'Right' on entire columns, which is all
   * the adapter inserts (sheetEdits.ts says what moves). Returns the inserted range, as Excel does.
   */
  insert(shift: 'Down' | 'Right'): RangeProxy {
    this.onTarget('insert', [shift], (t, run) => {
      const axis = entireLines(t.rect, shift, 'Down', 'Right', 'Range.insert');
      assertAllowed(t.sheet, axis === 'rows' ? 'insertRows' : 'insertColumns', 'Range.insert');
      editSheet(run.state, t.sheet, axis === 'rows' ? { axis, at: t.rect.row, count: t.rect.rows } : { axis, at: t.rect.col, count: t.rect.cols });
    });
    return this;
  }

  /** Range.delete (ExcelApi 1.1): 'Up' on entire rows, 'Left' on entire columns. */
  delete(shift: 'Up' | 'Left'): void {
    this.onTarget('delete', [shift], (t, run) => {
      const axis = entireLines(t.rect, shift, 'Up', 'Left', 'Range.delete');
      assertAllowed(t.sheet, axis === 'rows' ? 'deleteRows' : 'deleteColumns', 'Range.delete');
      editSheet(run.state, t.sheet, axis === 'rows' ? { axis, at: t.rect.row, count: -t.rect.rows } : { axis, at: t.rect.col, count: -t.rect.cols });
    });
  }

  /**
   * Range.clear (ExcelApi 1.1, https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-clear-member(1)):
   * 'All' (the default) empties the cells and drops their formats, 'Contents' only empties them,
   * 'Formats' only drops formats. Conditional formats count as formats: Clear Formats and Clear
   * All remove them (J. Walkenbach, Excel 2007 Bible, "Deleting conditional formatting", p. 439).
   * Whether Clear All also removes data validation is not verified: the double leaves it.
   */
  clear(applyTo: 'All' | 'Contents' | 'Formats' = 'All'): void {
    this.onTarget('clear', [applyTo], (t) => {
      if (!['All', 'Contents', 'Formats'].includes(applyTo))
        throw invalidArgument(`The double clears All, Contents or Formats (got ${String(applyTo)}).`, 'Range.clear');
      if (applyTo !== 'Formats') assertCellsEditable(t.sheet, t.rect, 'Range.clear');
      if (applyTo !== 'Contents') assertAllowed(t.sheet, 'formatCells', 'Range.clear');
      if (applyTo !== 'Contents' && t.sheet.conditionalFormats.some((cf) => intersects(cf.rect, t.rect))) {
        assertAllowed(t.sheet, 'rules', 'Range.clear');
        t.sheet.conditionalFormats = clearFormatsIn(t.sheet.conditionalFormats, t.rect);
      }
      for (const map of [applyTo !== 'Formats' && t.sheet.cells, applyTo !== 'Contents' && t.sheet.formats]) {
        if (!map) continue;
        for (const key of [...map.keys()]) {
          const [row, col] = key.split(',').map(Number) as [number, number];
          if (intersects(t.rect, { row, col, rows: 1, cols: 1 })) map.delete(key);
        }
      }
    });
  }

  /** Range.rowHidden / columnHidden (ExcelApi 1.2): setting true hides every row (column) the
   * range spans. https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-rowhidden-member
   * Not loadable here: the adapter only writes them. */
  get rowHidden(): boolean {
    throw propertyNotLoaded('Range', 'rowHidden');
  }

  set rowHidden(value: boolean) {
    this.onTarget('rowHidden', [value], (t) => {
      if (typeof value !== 'boolean') throw invalidArgument('Range.rowHidden must be a boolean.', 'Range.rowHidden');
      assertAllowed(t.sheet, 'formatRows', 'Range.rowHidden');
      for (let r = t.rect.row; r < t.rect.row + t.rect.rows; r++) {
        if (value) t.sheet.hiddenRows.add(r);
        else t.sheet.hiddenRows.delete(r);
      }
    });
  }

  get columnHidden(): boolean {
    throw propertyNotLoaded('Range', 'columnHidden');
  }

  set columnHidden(value: boolean) {
    this.onTarget('columnHidden', [value], (t) => {
      if (typeof value !== 'boolean') throw invalidArgument('Range.columnHidden must be a boolean.', 'Range.columnHidden');
      assertAllowed(t.sheet, 'formatColumns', 'Range.columnHidden');
      for (let c = t.rect.col; c < t.rect.col + t.rect.cols; c++) {
        if (value) t.sheet.hiddenCols.add(c);
        else t.sheet.hiddenCols.delete(c);
      }
    });
  }

  /** ExcelApi 1.9 (see rangeAreas.ts): the cells of `cellType`; ItemNotFound at sync if none. */
  getSpecialCells(cellType: SpecialCellType): RangeAreasProxy {
    return new RangeAreasProxy(this, cellType, false);
  }

  /** ExcelApi 1.9: like getSpecialCells, a null object when no cell matches. */
  getSpecialCellsOrNullObject(cellType: SpecialCellType): RangeAreasProxy {
    return new RangeAreasProxy(this, cellType, true);
  }

  load(options: { values?: boolean; formulas?: boolean; numberFormat?: boolean; address?: boolean; valueTypes?: boolean }): this {
    const props = selectedProperties(options);
    this.onTarget('load', [props], (t, run) => {
      const values: Record<string, unknown> = {};
      for (const prop of props) values[prop] = readProperty(t, prop);
      this.deliverAt(run, values);
    });
    return this;
  }

  private rect(): Rect {
    if ('definedName' in this.where || 'usedValues' in this.where) throw new Error('a named or used range has no fixed rectangle');
    if ('rect' in this.where) {
      const r = this.where.rect;
      const ints = [r.row, r.col, r.rows, r.cols].every(Number.isInteger);
      if (!ints || r.row < 0 || r.col < 0 || r.rows < 1 || r.cols < 1 || r.row + r.rows > MAX_ROWS || r.col + r.cols > MAX_COLUMNS) {
        throw invalidArgument('The range indexes are outside the worksheet.', 'Worksheet.getRangeByIndexes');
      }
      return r;
    }
    const address = this.where.address;
    if (address === undefined) return { row: 0, col: 0, rows: MAX_ROWS, cols: MAX_COLUMNS };
    try {
      return parseRange(address);
    } catch {
      throw invalidArgument(`'${address}' is not a range address.`, 'Worksheet.getRange');
    }
  }
}

/** The axis of an insert or delete: the double shifts entire rows or entire columns only. */
function entireLines(rect: Rect, shift: string, rowShift: string, colShift: string, location: string): 'rows' | 'cols' {
  if (shift === rowShift && rect.col === 0 && rect.cols === MAX_COLUMNS) return 'rows';
  if (shift === colShift && rect.row === 0 && rect.rows === MAX_ROWS) return 'cols';
  throw invalidArgument(`The double shifts entire rows (${rowShift}) or entire columns (${colShift}) only (got ${String(shift)}).`, location);
}

function checkShape(rect: Rect, data: unknown, property: string): asserts data is unknown[][] {
  const ok = Array.isArray(data) && data.length === rect.rows && data.every((row) => Array.isArray(row) && row.length === rect.cols);
  if (!ok) {
    throw invalidArgument("The number of rows or columns in the input array doesn't match the size or dimensions of the range.", `Range.${property}`);
  }
}

/** Every cell is parsed before any is written: Excel rejects the whole write or none of it. */
function writeCells(t: RangeTarget, data: unknown, property: string, known: KnownNames): void {
  checkShape(t.rect, data, property);
  const parsed: CellInput[][] = data.map((row) => row.map((raw) => interpretInput(raw, known)));
  parsed.forEach((row, r) =>
    row.forEach((input, c) => {
      const key = cellKey(t.rect.row + r, t.rect.col + c);
      if (input === 'clear') t.sheet.cells.delete(key);
      else if (input !== 'unchanged') t.sheet.cells.set(key, input);
    }),
  );
}

function readProperty(t: RangeTarget, prop: string): unknown {
  if (prop === 'address') return `${sheetInReference(t.sheet.name)}!${rectAddress(t.rect)}`;
  const grid: unknown[][] = [];
  for (let r = t.rect.row; r < t.rect.row + t.rect.rows; r++) {
    const row: unknown[] = [];
    for (let c = t.rect.col; c < t.rect.col + t.rect.cols; c++) {
      const cell = t.sheet.cells.get(cellKey(r, c));
      if (prop === 'numberFormat') row.push(t.sheet.formats.get(cellKey(r, c))?.numberFormat ?? 'General');
      else if (prop === 'valueTypes') row.push(valueType(cell));
      else if (!cell) row.push('');
      else if (cell.kind === 'value') row.push(cell.value);
      else if (cell.kind === 'error') row.push(cell.error);
      // The double does not calculate: a formula cell's value reads as ''.
      else row.push(prop === 'formulas' ? cell.formula : '');
    }
    grid.push(row);
  }
  return grid;
}

/** Excel.RangeValueType is an enum of strings, which exists only where Office.js is loaded. */
function valueType(cell: Cell | undefined): Excel.RangeValueType {
  const name = (): string => {
    if (!cell) return 'Empty';
    if (cell.kind === 'error') return 'Error';
    // An uncalculated formula shows '', which Excel reports as an empty string.
    if (cell.kind === 'formula') return 'String';
    const v = cell.value;
    if (typeof v === 'boolean') return 'Boolean';
    if (typeof v === 'number') return Number.isInteger(v) ? 'Integer' : 'Double';
    return 'String';
  };
  return name() as unknown as Excel.RangeValueType;
}

/** The smallest rectangle holding every cell with content, or null on an empty sheet. */
function usedRect(sheet: SheetState): Rect | null {
  let [top, left, bottom, right] = [Infinity, Infinity, -1, -1];
  for (const key of sheet.cells.keys()) {
    const [row, col] = key.split(',').map(Number) as [number, number];
    [top, left, bottom, right] = [Math.min(top, row), Math.min(left, col), Math.max(bottom, row), Math.max(right, col)];
  }
  return bottom < 0 ? null : { row: top, col: left, rows: bottom - top + 1, cols: right - left + 1 };
}
