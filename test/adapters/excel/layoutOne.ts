/** A workbook made by the previous version (layout 1), as that version's planner wrote it. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { queueWrites } from '../../../src/adapters/excel/queueWrites';
import { buildWriteOps } from '../../../src/adapters/excel/writeOps';
import type { WorksheetLike } from '../../../src/adapters/excel/excelTypes';
import type { Plan } from '../../../src/core/plan/types';
import { createWorkbook, type WorkbookDouble } from '../../excel-double';

const V1_PLAN = join(__dirname, '../../fixtures/v1/worked-example.plan.json');

/** The layout-1 template written into a fresh double, as that version's pane wrote it, except
 * that today's writer also protects its sheets (layout 1 had no protection): the upgrade tests
 * then run through protected sheets, the harder case. */
export async function layoutOneWorkbook(): Promise<WorkbookDouble> {
  const plan = JSON.parse(readFileSync(V1_PLAN, 'utf8')) as Plan;
  // Layout 1 had no hidden rows or columns, and no row heights.
  for (const sheet of plan.sheets) {
    sheet.hidden ??= { rows: [], cols: [] };
    sheet.rowHeights ??= [];
  }
  const wb = createWorkbook();
  const ctx = wb.newContext();
  queueWrites(ctx, buildWriteOps(plan), new Map<string, WorksheetLike>());
  await ctx.sync();
  return wb;
}
