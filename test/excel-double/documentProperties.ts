/**
 * workbook.properties (ExcelApi 1.7): title, subject, keywords and comments, readable after
 * load() and a sync, written at sync.
 * https://learn.microsoft.com/javascript/api/excel/excel.documentproperties
 */
import type { DocumentPropertiesLike } from '../../src/adapters/excel/excelTypes';
import type { RequestContextDouble } from './context';
import { invalidArgument } from './errors';
import { ProxyBase, selectedProperties } from './proxy';

export type DocumentPropertyKey = 'title' | 'subject' | 'keywords' | 'comments';
const KEYS: readonly DocumentPropertyKey[] = ['title', 'subject', 'keywords', 'comments'];

export class DocumentPropertiesProxy extends ProxyBase implements DocumentPropertiesLike {
  constructor(ctx: RequestContextDouble) {
    super(ctx, ctx.newRef('properties'), 'DocumentProperties');
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

export { KEYS as DOCUMENT_PROPERTY_KEYS };
