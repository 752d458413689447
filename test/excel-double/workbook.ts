/**
 * The double's "Excel": one workbook's state, a log of every sync it served, injectable
 * failures and an optional round-trip latency. Tests create one with createWorkbook() and
 * hand out request contexts with newContext() (or through installOfficeGlobals).
 */
import { parseCell, parseRange } from '../../src/core/plan/a1';
import { type CellValue, interpretInput } from './cellInput';
import { RequestContextDouble, type SyncHost, type SyncStats, type WireOp } from './context';
import { DoubleExcelError } from './errors';
import { checkDefinedName, checkSheetName, normaliseColor } from './rules';
import { cellKey, findSheetByName, newSheet, type SheetState, type WorkbookState } from './state';

export interface SeedSheet {
  name: string;
  /** By A1 address; strings are read as if typed ("=A1" is a formula, "'x" is text). */
  cells?: Record<string, CellValue>;
  tabColor?: string;
}

export interface SeedName {
  name: string;
  sheet: string;
  address: string;
  comment?: string;
}

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
  readonly state: WorkbookState = { sheets: [], names: [], activeSheetId: null, nextId: 1 };
  /** Simulated round-trip time of each sync, in milliseconds. */
  latencyMs = 0;
  private readonly sizes: number[] = [];
  private failures: PendingFailure[] = [];

  constructor(seed: WorkbookSeed = {}) {
    for (const s of seed.sheets ?? [{ name: 'Sheet1' }]) {
      checkSheetName(s.name, this.state.sheets.map((x) => x.name));
      const sheet = newSheet(this.state, s.name);
      if (s.tabColor) sheet.tabColor = normaliseColor(s.tabColor, 'seed');
      for (const [address, raw] of Object.entries(s.cells ?? {})) {
        const { row, col } = parseCell(address);
        const input = interpretInput(raw);
        if (typeof input === 'object') sheet.cells.set(cellKey(row, col), input);
      }
    }
    for (const n of seed.names ?? []) {
      checkDefinedName(n.name, this.state.names.map((x) => x.name));
      this.state.names.push({ name: n.name, sheetId: this.sheet(n.sheet).id, rect: parseRange(n.address), comment: n.comment ?? '' });
    }
    if (seed.activeSheet) this.state.activeSheetId = this.sheet(seed.activeSheet).id;
  }

  newContext(): RequestContextDouble {
    return new RequestContextDouble(this);
  }

  /** Every sync served by this workbook, across all contexts. */
  get stats(): SyncStats {
    return { syncs: this.sizes.length, payloadBytes: [...this.sizes], maxPayloadBytes: Math.max(0, ...this.sizes) };
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

  beginSync(bytes: number): number {
    this.sizes.push(bytes);
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

export function createWorkbook(seed?: WorkbookSeed): WorkbookDouble {
  return new WorkbookDouble(seed);
}
