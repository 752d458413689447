/**
 * Puts `Excel` and `Office` on globalThis, backed by a WorkbookDouble, so production code that
 * calls Excel.run (unit tests, or a browser page bundling the double) runs against it.
 * No Node-only API here: the module must bundle for a browser.
 */
import { RequestContextDouble } from './context';
import { DoubleExcelError } from './errors';
import { ProxyBase } from './proxy';
import { versionAtLeast } from './rules';
import type { WorkbookDouble } from './workbook';

export interface OfficeGlobalsOptions {
  /** Requirement sets the simulated host supports, e.g. { ExcelApi: '1.8' }. */
  requirementSets?: Record<string, string>;
}

export interface InstalledOfficeGlobals {
  /** The options each Excel.run received (undefined for the batch-only overload and for a run
   * on an existing context, which sets `reusedContext`). */
  readonly runs: { options: Excel.RunOptions | undefined; reusedContext?: true }[];
  uninstall(): void;
}

const DEFAULT_SETS: Record<string, string> = { ExcelApi: '1.8' };


export function installOfficeGlobals(wb: WorkbookDouble, options: OfficeGlobalsOptions = {}): InstalledOfficeGlobals {
  const g = globalThis as unknown as { Excel?: unknown; Office?: unknown };
  const previous = { Excel: g.Excel, Office: g.Office };
  const sets = options.requirementSets ?? DEFAULT_SETS;
  const runs: InstalledOfficeGlobals['runs'][number][] = [];

  async function run(...args: unknown[]): Promise<unknown> {
    const batch = args[args.length - 1];
    const first = args.length > 1 ? args[0] : undefined;
    if (typeof batch !== 'function') throw new TypeError('Excel.run needs a batch function');
    if (first instanceof ProxyBase || Array.isArray(first)) {
      throw new DoubleExcelError('NotImplemented', 'The double supports Excel.run(batch) and Excel.run(options, batch).');
    }
    // Excel.run(context, batch): a batch on the context of an earlier run, e.g. to remove an
    // event handler that was added there.
    const reused = first instanceof RequestContextDouble ? first : undefined;
    runs.push(reused ? { options: undefined, reusedContext: true } : { options: first as Excel.RunOptions | undefined });
    const context = reused ?? wb.newContext();
    const pending: unknown = (batch as (ctx: unknown) => unknown)(context);
    if (!pending || typeof (pending as { then?: unknown }).then !== 'function') {
      throw new DoubleExcelError('GeneralException', 'The batch function passed to Excel.run must return a promise.');
    }
    const result = await pending;
    await context.flush();
    return result;
  }

  // The workbook answers like a host of these sets: newer APIs fail with ApiNotFound.
  const previousApi = wb.excelApi;
  wb.excelApi = sets.ExcelApi ?? '1.1';
  g.Excel = { run };
  g.Office = {
    HostType: { Excel: 'Excel' },
    onReady: () => Promise.resolve({ host: 'Excel', platform: 'OfficeOnline' }),
    context: {
      requirements: {
        isSetSupported: (name: string, minVersion?: string | number) => {
          const have = sets[name];
          return have !== undefined && (minVersion === undefined || versionAtLeast(have, String(minVersion)));
        },
      },
    },
  };

  return {
    runs,
    uninstall() {
      wb.excelApi = previousApi;
      g.Excel = previous.Excel;
      g.Office = previous.Office;
    },
  };
}
