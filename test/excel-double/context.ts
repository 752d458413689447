/**
 * The request context: proxies queue operations here; sync() sends them to the workbook in one
 * batch, measures the batch, applies the operations in order and only then delivers loaded
 * values. As in Excel, operations before a failing one stay applied and nothing is loaded.
 */
import type { RequestContextLike } from '../../src/adapters/excel/excelTypes';
import { DoubleExcelError } from './errors';
import { versionAtLeast } from './rules';
import type { WorkbookState } from './state';
import { WorkbookProxy } from './workbookProxy';

/** What an operation sends over the wire: enough to measure the request honestly. */
export interface WireOp {
  op: string;
  target: string;
  args: unknown[];
}

/** One sync being applied. Loads register commits that run only if every operation succeeds. */
export class SyncRun {
  readonly commits: Array<() => void> = [];
  constructor(
    readonly state: WorkbookState,
    /** The newest ExcelApi set of the simulated host; undefined: every API the double has. */
    private readonly excelApi?: string,
  ) {}

  /** A host without the API's set fails the request, as Office.js does with ApiNotFound. */
  requireApi(version: string, location: string): void {
    if (this.excelApi !== undefined && !versionAtLeast(this.excelApi, version)) {
      throw new DoubleExcelError('ApiNotFound', `${location} needs ExcelApi ${version}; this host has ${this.excelApi}.`, location);
    }
  }
}

interface QueuedOp {
  wire: WireOp;
  apply: (run: SyncRun) => void;
}

export interface SyncStats {
  syncs: number;
  /** Bytes of the JSON of each sync's queued operations, in order. */
  payloadBytes: number[];
  maxPayloadBytes: number;
  /** How many operations each sync sent, in order. */
  operations: number[];
}

/** What the context needs from the workbook it talks to. */
export interface SyncHost {
  readonly state: WorkbookState;
  /** See SyncRun.excelApi. */
  readonly excelApi: string | undefined;
  /** Records a sync of `bytes` in `operations` and returns its 1-based number across the workbook's life. */
  beginSync(bytes: number, operations: number): number;
  /** Waits the simulated round-trip latency, if any. */
  roundTrip(): Promise<void>;
  /** An injected failure due before operation `opIndex` of sync `syncNumber`, if any. */
  injectedFailure(syncNumber: number, opIndex: number, op: WireOp | undefined): DoubleExcelError | undefined;
}

const encoder = new TextEncoder();

export function payloadBytes(ops: readonly WireOp[]): number {
  return encoder.encode(JSON.stringify(ops)).length;
}

export class RequestContextDouble implements RequestContextLike {
  readonly workbook: WorkbookProxy;
  private queue: QueuedOp[] = [];
  private nextRef = 1;
  private readonly sizes: number[] = [];
  private readonly counts: number[] = [];

  constructor(private readonly host: SyncHost) {
    this.workbook = new WorkbookProxy(this);
  }

  /** A fresh id for a proxy, like Office.js's object path ids. */
  newRef(prefix: string): string {
    return `${prefix}${this.nextRef++}`;
  }

  enqueue(op: string, target: string, args: unknown[], apply: (run: SyncRun) => void): void {
    this.queue.push({ wire: { op, target, args }, apply });
  }

  get stats(): SyncStats {
    return { syncs: this.sizes.length, payloadBytes: [...this.sizes], maxPayloadBytes: Math.max(0, ...this.sizes), operations: [...this.counts] };
  }

  async sync<T>(passThroughValue?: T): Promise<T> {
    const ops = this.queue;
    this.queue = [];
    const bytes = payloadBytes(ops.map((o) => o.wire));
    this.sizes.push(bytes);
    this.counts.push(ops.length);
    const syncNumber = this.host.beginSync(bytes, ops.length);
    await this.host.roundTrip();
    const run = new SyncRun(this.host.state, this.host.excelApi);
    for (let i = 0; i <= ops.length; i++) {
      const op = ops[i];
      const failure = this.host.injectedFailure(syncNumber, i, op?.wire);
      if (failure) throw failure;
      op?.apply(run);
    }
    for (const commit of run.commits) commit();
    return passThroughValue as T;
  }

  /** Excel.run's closing sync: Office.js sends no request when nothing is queued. */
  async flush(): Promise<void> {
    if (this.queue.length > 0) await this.sync();
  }
}
