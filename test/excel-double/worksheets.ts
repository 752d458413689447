/** Worksheet collection, worksheets and freeze panes of the double. */
import { PageLayoutProxy } from './pageLayout';
import type { WorksheetCollectionLike, WorksheetFreezePanesLike, WorksheetLike } from '../../src/adapters/excel/excelTypes';
import { ChartCollectionProxy } from './charts';
import type { RequestContextDouble, SyncRun } from './context';
import { DoubleExcelError, invalidArgument } from './errors';
import { WorksheetChangedHandlers } from './events';
import { deliveredProtection, WorksheetProtectionProxy } from './protection';
import { ProxyBase, selectedProperties } from './proxy';
import { RangeProxy, type RangeWhere } from './range';
import { checkSheetName, MAX_COLUMNS, MAX_ROWS, normaliseColor } from './rules';
import { findName, findSheetByName, newSheet, sheetById, type SheetState, type WorkbookState } from './state';

type SheetLocator =
  | { kind: 'added'; id?: number }
  | { kind: 'id'; id: number }
  | { kind: 'name'; name: string; nullable: boolean }
  /** The sheet a defined name refers to; null when the name is missing or at #REF!. */
  | { kind: 'definedName'; name: string };

export class WorksheetCollectionProxy extends ProxyBase implements WorksheetCollectionLike {
  constructor(ctx: RequestContextDouble) {
    super(ctx, ctx.newRef('worksheets'), 'WorksheetCollection');
  }

  get items(): WorksheetProxy[] {
    return this.read<WorksheetProxy[]>('items');
  }

  add(name?: string): WorksheetProxy {
    const sheet = new WorksheetProxy(this.ctx, { kind: 'added' });
    this.queue('add', [name ?? null], (run) => {
      const taken = run.state.sheets.map((s) => s.name);
      const finalName = name ?? defaultSheetName(taken);
      checkSheetName(finalName, taken);
      sheet.created(run, newSheet(run.state, finalName).id);
    });
    return sheet;
  }

  getItemOrNullObject(key: string): WorksheetProxy {
    const sheet = new WorksheetProxy(this.ctx, { kind: 'name', name: key, nullable: true });
    this.queue('getItemOrNullObject', [key], (run) => sheet.resolvedAt(run, sheet.resolve(run.state) === null));
    return sheet;
  }

  /** Names and, when asked for, each sheet's protection (a navigation load, as Office.js allows). */
  load(options: { name?: boolean; protection?: { protected?: boolean; options?: boolean } }): this {
    const props = selectedProperties(options);
    const protectionProps = options.protection ? selectedProperties(options.protection) : [];
    this.queue('load', [props, protectionProps], (run) => {
      const snapshot = run.state.sheets.map((s) => ({ id: s.id, name: s.name, protection: deliveredProtection(s, protectionProps) }));
      run.commits.push(() => {
        const items = snapshot.map((s) => {
          const item = new WorksheetProxy(this.ctx, { kind: 'id', id: s.id });
          if (protectionProps.length > 0) item.protection.deliverNow(s.protection);
          item.deliverNow(props.includes('name') ? { name: s.name } : {});
          return item;
        });
        this.deliverNow({ items });
      });
    });
    return this;
  }
}

function defaultSheetName(taken: readonly string[]): string {
  const lower = new Set(taken.map((t) => t.toLowerCase()));
  let n = 1;
  while (lower.has(`sheet${n}`)) n++;
  return `Sheet${n}`;
}

export class WorksheetProxy extends ProxyBase implements WorksheetLike {
  readonly freezePanes: FreezePanesProxy;
  readonly pageLayout: PageLayoutProxy;
  readonly charts: ChartCollectionProxy;
  readonly onChanged: WorksheetChangedHandlers;
  readonly protection: WorksheetProtectionProxy;

  constructor(
    ctx: RequestContextDouble,
    private readonly locator: SheetLocator,
  ) {
    super(ctx, ctx.newRef('worksheet'), 'Worksheet');
    this.freezePanes = new FreezePanesProxy(this);
    this.pageLayout = new PageLayoutProxy(this);
    this.charts = new ChartCollectionProxy(this);
    this.onChanged = new WorksheetChangedHandlers(this);
    this.protection = new WorksheetProtectionProxy(this);
  }

  /** The sheet this proxy stands for, null for a missing sheet reached through *OrNullObject. */
  resolve(state: WorkbookState): SheetState | null {
    const loc = this.locator;
    if (loc.kind === 'added') {
      if (loc.id === undefined) throw new DoubleExcelError('GeneralException', 'The worksheet was never added.');
      return sheetById(state, loc.id);
    }
    if (loc.kind === 'id') return sheetById(state, loc.id);
    if (loc.kind === 'definedName') {
      const name = findName(state, loc.name);
      return name && name.sheetId !== null ? sheetById(state, name.sheetId) : null;
    }
    const sheet = findSheetByName(state, loc.name);
    if (sheet) return sheet;
    if (loc.nullable) return null;
    throw new DoubleExcelError('ItemNotFound', `The worksheet '${loc.name}' does not exist.`);
  }

  created(run: SyncRun, id: number): void {
    if (this.locator.kind === 'added') this.locator.id = id;
    this.resolvedAt(run, false);
  }

  get name(): string {
    return this.read<string>('name');
  }

  set name(value: string) {
    this.onSheet('name', [value], (sheet, state) => {
      checkSheetName(
        value,
        state.sheets.filter((s) => s !== sheet).map((s) => s.name),
      );
      sheet.name = value;
    });
  }

  get tabColor(): string {
    return this.read<string>('tabColor');
  }

  set tabColor(value: string) {
    this.onSheet('tabColor', [value], (sheet) => {
      sheet.tabColor = value === '' ? '' : normaliseColor(value, 'Worksheet.tabColor');
    });
  }

  activate(): void {
    this.onSheet('activate', [], (sheet, state) => {
      state.activeSheetId = sheet.id;
    });
  }

  delete(): void {
    this.onSheet('delete', [], (sheet, state) => deleteSheet(state, sheet));
  }

  getRange(address?: string): RangeProxy {
    return this.rangeProxy('getRange', [address ?? null], { address });
  }

  getRangeByIndexes(startRow: number, startColumn: number, rowCount: number, columnCount: number): RangeProxy {
    return this.rangeProxy('getRangeByIndexes', [startRow, startColumn, rowCount, columnCount], {
      rect: { row: startRow, col: startColumn, rows: rowCount, cols: columnCount },
    });
  }

  /**
   * ExcelApi 1.4. The double models valuesOnly = true only (cells with a value or formula; Excel
   * without it also counts formatted cells), and a null object on a sheet with no value:
   * https://learn.microsoft.com/javascript/api/excel/excel.worksheet#excel-excel-worksheet-getusedrangeornullobject-member(1)
   */
  getUsedRangeOrNullObject(valuesOnly?: boolean): RangeProxy {
    if (valuesOnly !== true) throw new Error('the double models getUsedRangeOrNullObject(true) only');
    const range = new RangeProxy(this.ctx, this, { usedValues: true });
    this.queue('getUsedRangeOrNullObject', [valuesOnly], (run) => {
      run.requireApi('1.4', 'Worksheet.getUsedRangeOrNullObject');
      range.resolvedAt(run, range.target(run.state) === null);
    });
    return range;
  }

  /** Queue an operation on the sheet; on a null object it is ignored, as Excel ignores it. */
  onSheet(op: string, args: unknown[], change: (sheet: SheetState, state: WorkbookState) => void, excelApi?: string): void {
    this.queue(op, args, (run) => {
      if (excelApi) run.requireApi(excelApi, `Worksheet.${op}`);
      const sheet = this.resolve(run.state);
      if (sheet) change(sheet, run.state);
    });
  }

  /** A range on a null-object sheet is a null object too. */
  private rangeProxy(op: string, args: unknown[], where: RangeWhere): RangeProxy {
    const range = new RangeProxy(this.ctx, this, where);
    this.queue(op, args, (run) => range.resolvedAt(run, range.target(run.state) === null));
    return range;
  }
}

/** The range a defined name refers to, and its sheet; null objects when it has none. */
export function namedRange(ctx: RequestContextDouble, name: string): RangeProxy {
  const sheet = new WorksheetProxy(ctx, { kind: 'definedName', name });
  const range = new RangeProxy(ctx, sheet, { definedName: name });
  ctx.enqueue('getRangeOrNullObject', `name:${name}`, [], (run) => {
    const missing = range.target(run.state) === null;
    range.resolvedAt(run, missing);
    sheet.resolvedAt(run, missing);
  });
  return range;
}

/** Excel keeps at least one sheet; names that pointed at the sheet turn into #REF!. */
function deleteSheet(state: WorkbookState, sheet: SheetState): void {
  if (state.sheets.length === 1) {
    throw new DoubleExcelError('InvalidOperation', 'A workbook must contain at least one visible worksheet.');
  }
  state.sheets = state.sheets.filter((s) => s !== sheet);
  for (const name of state.names) if (name.sheetId === sheet.id) name.sheetId = null;
  if (state.activeSheetId === sheet.id) state.activeSheetId = state.sheets[0]?.id ?? null;
}

export class FreezePanesProxy implements WorksheetFreezePanesLike {
  constructor(private readonly sheet: WorksheetProxy) {}

  freezeRows(count = 1): void {
    this.freeze('freezeRows', [count], count, 0);
  }

  freezeColumns(count = 1): void {
    this.freeze('freezeColumns', [count], 0, count);
  }

  /** The range's cells become the frozen top-left pane. */
  freezeAt(frozenRange: RangeProxy | string): void {
    if (typeof frozenRange === 'string') {
      this.freezeAt(this.sheet.getRange(frozenRange));
      return;
    }
    this.sheet.onSheet('freezeAt', [frozenRange.ref], (sheet, state) => {
      const target = frozenRange.target(state);
      if (!target) return;
      const { rect } = target;
      sheet.freeze = { rows: rect.row + rect.rows, cols: rect.col + rect.cols };
    });
  }

  private freeze(op: string, args: unknown[], rows: number, cols: number): void {
    this.sheet.onSheet(op, args, (sheet) => {
      if (!Number.isInteger(rows + cols) || rows < 0 || cols < 0 || rows >= MAX_ROWS || cols >= MAX_COLUMNS) {
        throw invalidArgument('The freeze count is not valid.', `WorksheetFreezePanes.${op}`);
      }
      sheet.freeze = { rows, cols };
    });
  }
}
