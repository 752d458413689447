/**
 * Writes the template into the open workbook: one sync to read what is there, one (at most
 * two, for a very large plan) to write everything, the Overview's cost chart included. On a failed write, one more sync removes
 * what was created. The user's own sheets and names are never touched.
 */
import { PAGE_LAYOUT_API, supportsExcelApi } from './requirements';
import type { TemplateOptions } from '../../core/options';
import type { Plan } from '../../core/plan/types';
import { planTemplate } from '../../core/template/planTemplate';
import type { InsertResult } from './contract';
import { ExcelWriteError, PartialTemplateError, TemplateExistsError } from './errors';
import type { RequestContextLike, WorksheetLike } from './excelTypes';
import { overviewChartSpec } from './overviewChart';
import { queueWrites } from './queueWrites';
import { type WorkbookInfo, readWorkbookInfo, templateNameIn } from './workbookInfo';
import { buildWriteOps, splitIntoBatches, type WriteOp } from './writeOps';

/** Excel on the web refuses requests over 5 MB; a batch is kept well below that. */
export const DEFAULT_BATCH_BUDGET_BYTES = 1_000_000;
/** Write batches allowed after the read sync, keeping an insert within 3 syncs. */
const MAX_WRITE_BATCHES = 2;

export interface InsertSettings {
  batchBudgetBytes?: number;
}

export async function insertTemplate(
  context: RequestContextLike,
  options: TemplateOptions,
  settings: InsertSettings = {},
): Promise<InsertResult> {
  const info = await readWorkbookInfo(context);
  let syncs = 1;
  const owned = templateNameIn(info);
  if (owned) throw new TemplateExistsError(owned.sheet);

  const plan = planTemplate(options, info.sheetNames);
  assertNothingOverwritten(plan, info);
  // The workbook's own title, subject... stay: only empty properties take the template's.
  const unset = Object.entries(plan.properties).filter(([key]) => info.properties[key as keyof WorkbookInfo['properties']] === '');
  const properties: WriteOp[] = unset.length > 0 ? [{ kind: 'properties', values: Object.fromEntries(unset) }] : [];
  const batches = splitIntoBatches(
    [...buildWriteOps(plan, overviewChartSpec(plan), supportsExcelApi(PAGE_LAYOUT_API)), ...properties],
    settings.batchBudgetBytes ?? DEFAULT_BATCH_BUDGET_BYTES,
    MAX_WRITE_BATCHES,
  );

  const sheets = new Map<string, WorksheetLike>();
  const write = async (ops: WriteOp[]) => {
    queueWrites(context, ops, sheets);
    syncs++;
    await context.sync();
  };
  try {
    // At most two write batches (MAX_WRITE_BATCHES): the budget of 3 syncs is spelt out.
    const [first = [], second] = batches;
    await write(first);
    if (second) await write(second);
  } catch (error) {
    const cleanup = await removeTemplate(context, plan);
    if (cleanup.cleanupFailed) {
      throw new PartialTemplateError(messageOf(error), codeOf(error), error, cleanup.cleanupError, plan.sheets.map((s) => s.name));
    }
    throw new ExcelWriteError(messageOf(error), codeOf(error), { cause: error });
  }
  return {
    sheets: plan.sheets.map((s) => ({ key: s.key, name: s.name })),
    vendorCount: options.vendors.length,
    syncs,
  };
}

/** The planner already picks free sheet names; this guards the promise never to overwrite. */
function assertNothingOverwritten(plan: Plan, info: WorkbookInfo): void {
  const sheetNames = new Set(info.sheetNames.map((n) => n.toLowerCase()));
  const sheet = plan.sheets.find((s) => sheetNames.has(s.name.toLowerCase()));
  if (sheet) throw new Error(`the plan would overwrite sheet ${sheet.name}`);
  // A name the template needs is taken (a leftover of an earlier template, or the user's own):
  // never overwrite it.
  const taken = info.names.find((n) => plan.names.some((p) => p.name.toLowerCase() === n.name.toLowerCase()));
  if (taken) throw new TemplateExistsError(taken.sheet);
}

/**
 * Deletes the plan's names and sheets in one sync. Only they can exist under those names (the
 * read sync saw none of them), and *OrNullObject makes deleting one that was never created a
 * no-op. Names are deleted explicitly: deleting its sheet leaves a name behind, at #REF!.
 * Excel refusing the cleanup too is reported with the write error, which stays the one shown.
 */
async function removeTemplate(
  context: RequestContextLike,
  plan: Plan,
): Promise<{ cleanupFailed: boolean; cleanupError?: unknown }> {
  for (const n of plan.names) context.workbook.names.getItemOrNullObject(n.name).delete();
  for (const s of [...plan.sheets].reverse()) context.workbook.worksheets.getItemOrNullObject(s.name).delete();
  try {
    await context.sync();
    return { cleanupFailed: false };
  } catch (cleanupError) {
    return { cleanupFailed: true, cleanupError };
  }
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function codeOf(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : undefined;
}
