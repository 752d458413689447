/**
 * The double's "Excel": one workbook's state, a log of every sync it served, injectable
 * failures and an optional round-trip latency. Tests create one with createWorkbook() and
 * hand out request contexts with newContext() (or through installOfficeGlobals).
 */
import { parseCell, parseRange, rectAddress } from '../../src/core/plan/a1';
import { type CellValue, interpretInput } from './cellInput';
import { RequestContextDouble, type SyncHost, type SyncStats, type WireOp } from './context';
import { DoubleExcelError } from './errors';
import { checkDefinedName, checkSheetName, normaliseColor } from './rules';
import { cellKey, findSheetByName, knownNames, newSheet, type SheetState, type WorkbookState } from './state';

export interface SeedConditionalFormat {
  address: string;
  /** 'DataBar' stands for the kinds of conditional format the API here cannot add. */
  type?: 'Custom' | 'DataBar';
  formula?: string;
  fill?: string;
}

export interface SeedSheet {
  name: string;
  /** By A1 address; strings are read as if typed ("=A1" is a formula, "'x" is text). */
  cells?: Record<string, CellValue>;
  tabColor?: string;
  /** Merged areas ("B4:C4"): as in Excel, only the top-left cell keeps its content. */
  merges?: string[];
  conditionalFormats?: SeedConditionalFormat[];
}

export type SeedName =
  | { name: string; sheet: string; address: string; comment?: string }
  /** A name for a value, e.g. { name: 'Rate', constant: '=0.05' }. */
  | { name: string; constant: string; comment?: string };

export interface WorkbookSeed {
  /** Defaults to one empty sheet, "Sheet1". */
  sheets?: SeedSheet[];
  names?: SeedName[];
  activeSheet?: string;
}

/**
 * A one-shot failure. `atSync: n` fails the n-th sync from now, after its first `afterOps`
 * operations (default 0) were applied; `when` fails the first operation it matches.
 */
export interface FailureSpec {
  atSync?: number;
  afterOps?: number;
  when?: (op: WireOp) => boolean;
  code?: string;
  message?: string;
}

interface PendingFailure extends FailureSpec {
  /** Syncs already served when the failure was injected. */
  from: number;
}

export class WorkbookDouble implements SyncHost {
  readonly state: WorkbookState = {
    properties: {},
    customProperties: [],
    sheets: [],
    names: [],
    activeSheetId: null,
    selection: null,
    changeHandlers: [],
    nextId: 1,
  };
  /** Simulated round-trip time of each sync, in milliseconds. */
  latencyMs = 0;
  /** The newest ExcelApi set the simulated host has (installOfficeGlobals sets it); APIs of a
   * newer set fail at sync with ApiNotFound. undefined: every API the double implements. */
  excelApi: string | undefined = undefined;
  private readonly sizes: number[] = [];
  private readonly counts: number[] = [];
  private failures: PendingFailure[] = [];

  constructor(seed: WorkbookSeed = {}) {
    const sheets = seed.sheets ?? [{ name: 'Sheet1' }];
    for (const s of sheets) {
      checkSheetName(
        s.name,
        this.state.sheets.map((x) => x.name),
      );
      const sheet = newSheet(this.state, s.name);
      if (s.tabColor) sheet.tabColor = normaliseColor(s.tabColor, 'seed');
    }
    for (const n of seed.names ?? []) {
      checkDefinedName(
        n.name,
        this.state.names.map((x) => x.name),
      );
      if ('constant' in n) {
        this.state.names.push({
          name: n.name,
          sheetId: null,
          rect: { row: 0, col: 0, rows: 1, cols: 1 },
          comment: n.comment ?? '',
          constant: n.constant,
        });
        continue;
      }
      this.state.names.push({ name: n.name, sheetId: this.sheet(n.sheet).id, rect: parseRange(n.address), comment: n.comment ?? '' });
    }
    // Cells last: their formulas are spelled with every sheet and name known, as in a saved workbook.
    const known = knownNames(this.state);
    for (const s of sheets) {
      const sheet = this.sheet(s.name);
      for (const [address, raw] of Object.entries(s.cells ?? {})) {
        const { row, col } = parseCell(address);
        const input = interpretInput(raw, known);
        if (typeof input === 'object') sheet.cells.set(cellKey(row, col), input);
      }
      for (const address of s.merges ?? []) mergeCells(sheet, address);
      for (const cf of s.conditionalFormats ?? []) {
        const fill = cf.fill ? { fill: normaliseColor(cf.fill, 'seed') } : {};
        sheet.conditionalFormats.push({
          id: this.state.nextId++,
          rect: parseRange(cf.address),
          type: cf.type ?? 'Custom',
          formula: cf.formula ?? '',
          ...fill,
        });
      }
    }
    if (seed.activeSheet) this.state.activeSheetId = this.sheet(seed.activeSheet).id;
  }

  newContext(): RequestContextDouble {
    return new RequestContextDouble(this);
  }

  /** Every sync served by this workbook, across all contexts. */
  get stats(): SyncStats {
    return { syncs: this.sizes.length, payloadBytes: [...this.sizes], maxPayloadBytes: Math.max(0, ...this.sizes), operations: [...this.counts] };
  }

  injectFailure(spec: FailureSpec): void {
    if (spec.atSync === undefined && !spec.when) throw new Error('injectFailure needs atSync or when');
    this.failures.push({ ...spec, from: this.sizes.length });
  }

  /** The sheet called `name` (case-insensitive); throws when there is none. */
  sheet(name: string): SheetState {
    const sheet = findSheetByName(this.state, name);
    if (!sheet) throw new Error(`no sheet named ${name}`);
    return sheet;
  }

  get sheetNames(): string[] {
    return this.state.sheets.map((s) => s.name);
  }

  get activeSheetName(): string | undefined {
    return this.state.sheets.find((s) => s.id === this.state.activeSheetId)?.name;
  }

  /** The last selection made through Range.select(), as sheet name and A1 address. */
  get selection(): { sheet: string; address: string } | null {
    const sel = this.state.selection;
    const sheet = sel && this.state.sheets.find((s) => s.id === sel.sheetId);
    return sel && sheet ? { sheet: sheet.name, address: rectAddress(sel.rect) } : null;
  }

  /** How many worksheet onChanged handlers are registered right now. */
  get changeHandlerCount(): number {
    return this.state.changeHandlers.length;
  }

  /**
   * What a user typing in Excel does: the cells of `address` get `values` (parsed as typed
   * input, row by row) and the sheet's onChanged handlers run with that address. Resolves when
   * every handler's promise has settled, so tests can assert what the handlers did.
   */
  async userEdit(sheetName: string, address: string, values: CellValue[][]): Promise<void> {
    const sheet = this.sheet(sheetName);
    const rect = parseRange(address);
    const known = knownNames(this.state);
    values.forEach((row, r) =>
      row.forEach((raw, c) => {
        const input = interpretInput(raw, known);
        const key = cellKey(rect.row + r, rect.col + c);
        if (input === 'clear') sheet.cells.delete(key);
        else if (typeof input === 'object') sheet.cells.set(key, input);
      }),
    );
    await this.fireChanged(sheetName, rectAddress(rect));
  }

  /** Fires onChanged on a sheet as Excel would, without changing any cell (e.g. a row insert). */
  async fireChanged(sheetName: string, address: string, changeType: Excel.WorksheetChangedEventArgs['changeType'] = 'RangeEdited'): Promise<void> {
    const sheet = this.sheet(sheetName);
    const args = { address, changeType, source: 'Local', type: 'WorksheetChanged', worksheetId: `{sheet-${sheet.id}}` } as const;
    const handlers = this.state.changeHandlers.filter((h) => h.sheetId === sheet.id);
    await Promise.all(handlers.map((h) => h.handler(args as unknown as Excel.WorksheetChangedEventArgs)));
  }

  beginSync(bytes: number, operations: number): number {
    this.sizes.push(bytes);
    this.counts.push(operations);
    return this.sizes.length;
  }

  async roundTrip(): Promise<void> {
    if (this.latencyMs > 0) await new Promise((resolve) => setTimeout(resolve, this.latencyMs));
  }

  injectedFailure(syncNumber: number, opIndex: number, op: WireOp | undefined): DoubleExcelError | undefined {
    const due = this.failures.find((f) =>
      f.atSync !== undefined
        ? syncNumber - f.from === f.atSync && (opIndex === (f.afterOps ?? 0) || (op === undefined && opIndex < (f.afterOps ?? 0)))
        : op !== undefined && f.when!(op),
    );
    if (!due) return undefined;
    this.failures = this.failures.filter((f) => f !== due);
    return new DoubleExcelError(due.code ?? 'GeneralException', due.message ?? 'Injected failure', op?.op);
  }
}

function mergeCells(sheet: SheetState, address: string): void {
  const rect = parseRange(address);
  for (let r = rect.row; r < rect.row + rect.rows; r++) {
    for (let c = rect.col; c < rect.col + rect.cols; c++) if (r !== rect.row || c !== rect.col) sheet.cells.delete(cellKey(r, c));
  }
  sheet.merges.push(rect);
}

export function createWorkbook(seed?: WorkbookSeed): WorkbookDouble {
  return new WorkbookDouble(seed);
}
