/** A WorkbookService for pane tests: scripted answers, recorded calls, and a way to hold an insert open. */
import type { InsertResult, WorkbookService } from '../../adapters/excel/contract';
import type { TemplateOptions } from '../../core/options';

export interface Deferred<T> {
  promise: Promise<T>;
  resolve(value: T): void;
  reject(error: unknown): void;
}

export function deferred<T>(): Deferred<T> {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

export const SIX_SHEETS: InsertResult['sheets'] = [
  { key: 'overview', name: 'Overview' },
  { key: 'assumptions', name: 'Assumptions' },
  { key: 'pricing', name: 'Pricing' },
  { key: 'coverage', name: 'Coverage' },
  { key: 'questions', name: 'Questions (2)' },
  { key: 'scorecard', name: 'Scorecard' },
];

type Answer<T> = T | Error | (() => Promise<T>);

function answer<T>(value: Answer<T>): Promise<T> {
  if (typeof value === 'function') return (value as () => Promise<T>)();
  return value instanceof Error ? Promise.reject(value) : Promise.resolve(value);
}

export class FakeWorkbookService implements WorkbookService {
  readonly inserts: TemplateOptions[] = [];
  hasTemplateCalls = 0;

  constructor(
    private readonly exists: Answer<boolean> = false,
    private readonly insertAnswer: Answer<InsertResult> = (): Promise<InsertResult> =>
      Promise.resolve({ sheets: SIX_SHEETS, vendorCount: 1, syncs: 2 }),
  ) {}

  hasTemplate(): Promise<boolean> {
    this.hasTemplateCalls++;
    return answer(this.exists);
  }

  insertTemplate(options: TemplateOptions): Promise<InsertResult> {
    this.inserts.push(options);
    return answer(this.insertAnswer);
  }
}
