/**
 * What every proxy shares: properties are readable only after load() and a sync that delivered
 * them; isNullObject only after a sync; writes are queued, never applied locally.
 */
import type { RequestContextDouble, SyncRun } from './context';
import { propertyNotLoaded } from './errors';

export abstract class ProxyBase {
  private readonly loaded = new Map<string, unknown>();
  /** undefined until a sync has resolved the object. */
  private nullState: boolean | undefined;

  constructor(
    readonly ctx: RequestContextDouble,
    readonly ref: string,
    private readonly entity: string,
  ) {}

  get isNullObject(): boolean {
    if (this.nullState === undefined) throw propertyNotLoaded(this.entity, 'isNullObject');
    return this.nullState;
  }

  protected read<T>(property: string): T {
    if (this.nullState === true) return undefined as T;
    if (!this.loaded.has(property)) throw propertyNotLoaded(this.entity, property);
    return this.loaded.get(property) as T;
  }

  protected queue(op: string, args: unknown[], apply: (run: SyncRun) => void): void {
    this.ctx.enqueue(op, this.ref, args, apply);
  }

  /** At the end of a successful sync, record whether the object exists. */
  resolvedAt(run: SyncRun, isNull: boolean): void {
    run.commits.push(() => {
      this.nullState = isNull;
    });
  }

  /** At the end of a successful sync, deliver loaded property values. */
  deliverAt(run: SyncRun, values: Record<string, unknown>): void {
    run.commits.push(() => this.deliverNow(values));
  }

  /** For navigation properties of loaded items that turned out not to exist. */
  markNull(): void {
    this.nullState = true;
  }

  /** For items of a loaded collection, which exist by construction. */
  deliverNow(values: Record<string, unknown>): void {
    this.nullState = false;
    for (const [k, v] of Object.entries(values)) this.loaded.set(k, v);
  }
}

/** The property names set to true in a load-options object such as { name: true }. */
export function selectedProperties(options: object): string[] {
  return Object.entries(options)
    .filter(([, v]) => v === true)
    .map(([k]) => k);
}
