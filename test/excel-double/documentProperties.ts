/**
 * workbook.properties (ExcelApi 1.7): title, subject, keywords and comments, readable after
 * load() and a sync, written at sync; and the custom properties (properties.custom): add()
 * creates or sets a property, keys are case-insensitive, and a key or value over 255 characters
 * is trimmed (outside Excel on the web; the double trims, as the desktop hosts do).
 * https://learn.microsoft.com/javascript/api/excel/excel.documentproperties
 * https://learn.microsoft.com/javascript/api/excel/excel.custompropertycollection
 */
import type { CustomPropertyCollectionLike, CustomPropertyLike, DocumentPropertiesLike } from '../../src/adapters/excel/excelTypes';
import type { RequestContextDouble } from './context';
import { invalidArgument } from './errors';
import { ProxyBase, selectedProperties } from './proxy';

export type DocumentPropertyKey = 'title' | 'subject' | 'keywords' | 'comments';
const KEYS: readonly DocumentPropertyKey[] = ['title', 'subject', 'keywords', 'comments'];

const MAX_CUSTOM = 255;

export class DocumentPropertiesProxy extends ProxyBase implements DocumentPropertiesLike {
  readonly custom: CustomPropertyCollectionProxy;

  constructor(ctx: RequestContextDouble) {
    super(ctx, ctx.newRef('properties'), 'DocumentProperties');
    this.custom = new CustomPropertyCollectionProxy(ctx);
  }

  load(options: Partial<Record<DocumentPropertyKey, boolean>>): this {
    const props = selectedProperties(options);
    this.queue('load', [props], (run) => {
      const values = Object.fromEntries(props.map((p) => [p, run.state.properties[p as DocumentPropertyKey] ?? '']));
      this.deliverAt(run, values);
    });
    return this;
  }

  private set(key: DocumentPropertyKey, value: string): void {
    this.queue(`properties.${key}`, [value], (run) => {
      if (typeof value !== 'string') throw invalidArgument(`DocumentProperties.${key} must be text.`, `DocumentProperties.${key}`);
      run.state.properties[key] = value;
    });
  }

  get title(): string {
    return this.read<string>('title');
  }
  set title(value: string) {
    this.set('title', value);
  }
  get subject(): string {
    return this.read<string>('subject');
  }
  set subject(value: string) {
    this.set('subject', value);
  }
  get keywords(): string {
    return this.read<string>('keywords');
  }
  set keywords(value: string) {
    this.set('keywords', value);
  }
  get comments(): string {
    return this.read<string>('comments');
  }
  set comments(value: string) {
    this.set('comments', value);
  }
}

export class CustomPropertyCollectionProxy extends ProxyBase implements CustomPropertyCollectionLike {
  constructor(ctx: RequestContextDouble) {
    super(ctx, ctx.newRef('customProperties'), 'CustomPropertyCollection');
  }

  add(key: string, value: string): CustomPropertyProxy {
    const item = new CustomPropertyProxy(this.ctx, key);
    this.queue('add', [key, value], (run) => {
      run.requireApi('1.7', 'CustomPropertyCollection.add');
      if (typeof key !== 'string' || key === '') throw invalidArgument('A custom property needs a key.', 'CustomPropertyCollection.add');
      const [k, v] = [key.slice(0, MAX_CUSTOM), String(value).slice(0, MAX_CUSTOM)];
      const props = run.state.customProperties;
      const existing = props.find((p) => p.key.toLowerCase() === k.toLowerCase());
      if (existing) existing.value = v;
      else props.push({ key: k, value: v });
      item.resolvedAt(run, false);
    });
    return item;
  }

  getItemOrNullObject(key: string): CustomPropertyProxy {
    const item = new CustomPropertyProxy(this.ctx, key);
    this.queue('getItemOrNullObject', [key], (run) => {
      run.requireApi('1.7', 'CustomPropertyCollection.getItemOrNullObject');
      item.resolvedAt(run, !item.find(run.state));
    });
    return item;
  }
}

export class CustomPropertyProxy extends ProxyBase implements CustomPropertyLike {
  constructor(
    ctx: RequestContextDouble,
    private readonly lookup: string,
  ) {
    super(ctx, ctx.newRef('customProperty'), 'CustomProperty');
  }

  find(state: { customProperties: { key: string; value: string }[] }): { key: string; value: string } | undefined {
    return state.customProperties.find((p) => p.key.toLowerCase() === this.lookup.toLowerCase());
  }

  get key(): string {
    return this.read<string>('key');
  }

  get value(): string {
    return this.read<string>('value');
  }

  load(options: { key?: boolean; value?: boolean }): this {
    const props = selectedProperties(options);
    this.queue('load', [props], (run) => {
      const found = this.find(run.state);
      if (found) this.deliverAt(run, Object.fromEntries(props.map((p) => [p, found[p as 'key' | 'value']])));
    });
    return this;
  }
}

export { KEYS as DOCUMENT_PROPERTY_KEYS };
