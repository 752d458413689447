/**
 * Inserts the template for `vendorCount` vendors into a fresh double and reports what Excel
 * would have seen: the number of syncs and the largest request. Used by the tests (bounds) and
 * by the benchmark. Defaults to the largest template: every scenario, a 10-year term.
 */
import { insertTemplate } from '../../src/adapters/excel/insertTemplate';
import { DEFAULT_OPTIONS, MAX_TERM_YEARS, type TemplateOptions } from '../../src/core/options';
import { createWorkbook } from './workbook';

export interface InsertMeasurement {
  syncs: number;
  maxPayloadBytes: number;
  payloadBytes: number[];
}

export function measurementOptions(vendorCount: number): TemplateOptions {
  return {
    ...DEFAULT_OPTIONS,
    termYears: MAX_TERM_YEARS,
    scenarios: ['S1', 'S2', 'S3', 'S4', 'S5'],
    vendors: Array.from({ length: vendorCount }, (_, i) => ({ name: `Vendor ${i + 1}` })),
  };
}

export async function measureInsert(
  vendorCount: number,
  settings: { latencyMs?: number; options?: TemplateOptions } = {},
): Promise<InsertMeasurement> {
  const wb = createWorkbook();
  wb.latencyMs = settings.latencyMs ?? 0;
  const context = wb.newContext();
  await insertTemplate(context, settings.options ?? measurementOptions(vendorCount));
  const { syncs, maxPayloadBytes, payloadBytes } = context.stats;
  return { syncs, maxPayloadBytes, payloadBytes };
}
