/** Workbook-scoped defined names of the double. */
import type { NamedItemCollectionLike, NamedItemLike } from '../../src/adapters/excel/excelTypes';
import { parseRange, rectAddress } from '../../src/core/plan/a1';
import type { RequestContextDouble, SyncRun } from './context';
import { DoubleExcelError, invalidArgument } from './errors';
import { ProxyBase, selectedProperties } from './proxy';
import { RangeProxy } from './range';
import { checkDefinedName, sheetInReference } from './rules';
import { namedRange } from './worksheets';
import { findName, findSheetByName, type NameState, type WorkbookState } from './state';

const MAX_COMMENT = 255;

/** "=Sheet1!$A$1:$B$2" or "='My sheet'!A1" to a sheet name and rectangle. */
function parseReference(state: WorkbookState, reference: string): Pick<NameState, 'sheetId' | 'rect'> {
  const m = /^=?(?:'((?:[^']|'')+)'|([^'!]+))!(.+)$/.exec(reference.trim());
  const sheet = m ? findSheetByName(state, (m[1] ?? m[2] ?? '').replace(/''/g, "'")) : undefined;
  if (!m || !sheet) throw invalidArgument(`'${reference}' is not a reference to a worksheet range.`, 'NamedItemCollection.add');
  try {
    return { sheetId: sheet.id, rect: parseRange(m[3]!.replace(/\$/g, '')) };
  } catch {
    throw invalidArgument(`'${reference}' is not a reference to a worksheet range.`, 'NamedItemCollection.add');
  }
}

export function nameFormula(state: WorkbookState, name: NameState): string {
  if (name.constant !== undefined) return name.constant;
  const sheet = state.sheets.find((s) => s.id === name.sheetId);
  return `=${sheet ? sheetInReference(sheet.name) : '#REF'}!${rectAddress(name.rect, true)}`;
}

export class NamedItemCollectionProxy extends ProxyBase implements NamedItemCollectionLike {
  constructor(ctx: RequestContextDouble) {
    super(ctx, ctx.newRef('names'), 'NamedItemCollection');
  }

  get items(): NamedItemProxy[] {
    return this.read<NamedItemProxy[]>('items');
  }

  add(name: string, reference: RangeProxy | string, comment?: string): NamedItemProxy {
    const item = new NamedItemProxy(this.ctx, name, false);
    const refArg = typeof reference === 'string' ? reference : reference.ref;
    this.queue('add', [name, refArg, comment ?? null], (run) => {
      checkDefinedName(name, run.state.names.map((n) => n.name));
      if ((comment ?? '').length > MAX_COMMENT) throw invalidArgument('The comment is too long.', 'NamedItemCollection.add');
      let target: Pick<NameState, 'sheetId' | 'rect'>;
      if (typeof reference === 'string') {
        target = parseReference(run.state, reference);
      } else {
        const t = reference.target(run.state);
        if (!t) throw invalidArgument('The reference is not valid.', 'NamedItemCollection.add');
        target = { sheetId: t.sheet.id, rect: t.rect };
      }
      run.state.names.push({ name, ...target, comment: comment ?? '' });
      item.resolvedAt(run, false);
    });
    return item;
  }

  getItemOrNullObject(name: string): NamedItemProxy {
    const item = new NamedItemProxy(this.ctx, name, true);
    this.queue('getItemOrNullObject', [name], (run) => item.resolvedAt(run, !findName(run.state, name)));
    return item;
  }

  load(options: { name?: boolean; formula?: boolean }): this {
    const props = selectedProperties(options);
    this.queue('load', [props], (run) => {
      const snapshot = run.state.names.map((n) => ({ name: n.name, formula: nameFormula(run.state, n) }));
      run.commits.push(() => {
        const items = snapshot.map((n) => {
          const item = new NamedItemProxy(this.ctx, n.name, false);
          item.deliverNow(Object.fromEntries(props.map((p) => [p, n[p as keyof typeof n]])));
          return item;
        });
        this.deliverNow({ items });
      });
    });
    return this;
  }
}

export class NamedItemProxy extends ProxyBase implements NamedItemLike {
  constructor(
    ctx: RequestContextDouble,
    private readonly key: string,
    private readonly nullable: boolean,
  ) {
    super(ctx, ctx.newRef('name'), 'NamedItem');
  }

  get name(): string {
    return this.read<string>('name');
  }

  get formula(): string {
    return this.read<string>('formula');
  }

  set formula(reference: string) {
    this.onName('formula', [reference], (name, run) => Object.assign(name, parseReference(run.state, reference)));
  }

  get comment(): string {
    return this.read<string>('comment');
  }

  set comment(text: string) {
    this.onName('comment', [text], (name) => {
      if (text.length > MAX_COMMENT) throw invalidArgument('The comment is too long.', 'NamedItem.comment');
      name.comment = text;
    });
  }

  getRangeOrNullObject(): RangeProxy {
    return namedRange(this.ctx, this.key);
  }

  delete(): void {
    this.onName('delete', [], (name, run) => {
      run.state.names = run.state.names.filter((n) => n !== name);
    });
  }

  /** Operations on a missing name reached through *OrNullObject are ignored, as in Excel. */
  private onName(op: string, args: unknown[], change: (name: NameState, run: SyncRun) => void): void {
    this.queue(op, args, (run) => {
      const name = findName(run.state, this.key);
      if (name) change(name, run);
      else if (!this.nullable) throw new DoubleExcelError('ItemNotFound', `The name '${this.key}' does not exist.`);
    });
  }
}
