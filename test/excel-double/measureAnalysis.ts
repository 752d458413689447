/**
 * Validation and "fill pricing formulas" on a template in the double, measured as Excel would
 * see them: syncs, request sizes and wall time (with an optional simulated latency per sync).
 * Used by the tests (bounds) and the benchmark.
 *
 * The workbook: the largest template for `vendorCount` vendors (measurementOptions), its
 * question block stretched to `questionCount` rows (as if the user added rows inside it; the
 * double cannot insert rows, so the rows below are simply read as questions), every answer
 * filled in, a model per vendor, and then every computed formula on Pricing deleted, so that the
 * fill rewrites every vendor (the formulas no longer depend on the model: a deleted or
 * typed-over formula is what a fill repairs).
 */
import { fillFormulas } from '../../src/adapters/excel/fillFormulas';
import { insertTemplate } from '../../src/adapters/excel/insertTemplate';
import { validateWorkbook } from '../../src/adapters/excel/validateWorkbook';
import { PRICING_MODELS } from '../../src/core/catalogue/models';
import { rectAddress } from '../../src/core/plan/a1';
import { measurementOptions } from './measureInsert';
import { installOfficeGlobals } from './officeGlobals';
import { createWorkbook, type WorkbookDouble } from './workbook';

export interface OperationMeasurement {
  syncs: number;
  maxPayloadBytes: number;
  payloadBytes: number[];
  ms: number;
}

export interface AnalysisMeasurement {
  /** readSnapshot + validate (what the pane's Validate button does). */
  validate: OperationMeasurement;
  /** fillFormulas(false) after every computed formula was deleted. */
  fill: OperationMeasurement & { changedVendors: number };
}

function block(wb: WorkbookDouble, name: string) {
  const n = wb.state.names.find((x) => x.name === name);
  const sheet = n && wb.state.sheets.find((s) => s.id === n.sheetId);
  if (!n || !sheet) throw new Error(`the template has no ${name}`);
  return { sheet: sheet.name, rect: n.rect, state: n };
}

export async function analysisWorkbook(vendorCount: number, questionCount: number): Promise<WorkbookDouble> {
  const wb = createWorkbook();
  await insertTemplate(wb.newContext(), measurementOptions(vendorCount));
  for (const name of ['vc_Answers', 'vc_QuestionIds']) {
    const b = block(wb, name);
    b.state.rect = { ...b.rect, rows: Math.max(b.rect.rows, questionCount) };
  }
  const answers = block(wb, 'vc_Answers');
  const text = Array.from({ length: answers.rect.rows }, (_, r) =>
    Array.from({ length: answers.rect.cols }, (_, c) => `Answer ${r + 1} of vendor ${c + 1}: within 4 hours`),
  );
  await wb.userEdit(answers.sheet, rectAddress(answers.rect), text);
  const model = block(wb, 'vc_Model');
  const labels = Array.from({ length: model.rect.cols }, (_, i) => PRICING_MODELS[i % PRICING_MODELS.length]!.label.en);
  await wb.userEdit(model.sheet, rectAddress(model.rect), [labels]);
  const computed = block(wb, 'vc_Computed');
  await wb.userEdit(computed.sheet, rectAddress(computed.rect), Array.from({ length: computed.rect.rows }, () => Array.from({ length: computed.rect.cols }, () => '')));
  return wb;
}

async function measure<T>(wb: WorkbookDouble, work: (ctx: ReturnType<WorkbookDouble['newContext']>) => Promise<T>) {
  const ctx = wb.newContext();
  const start = performance.now();
  const value = await work(ctx);
  const ms = performance.now() - start;
  const { syncs, maxPayloadBytes, payloadBytes } = ctx.stats;
  return { value, measurement: { syncs, maxPayloadBytes, payloadBytes, ms } };
}

/** `excelApi`: the host's ExcelApi set; from 1.9 the reads also ask for the formula cells. */
export async function measureAnalysis(
  vendorCount: number,
  questionCount = 40,
  settings: { latencyMs?: number; excelApi?: string } = {},
): Promise<AnalysisMeasurement> {
  const wb = await analysisWorkbook(vendorCount, questionCount);
  wb.latencyMs = settings.latencyMs ?? 0;
  const office = installOfficeGlobals(wb, { requirementSets: { ExcelApi: settings.excelApi ?? '1.9' } });
  try {
    const validate = await measure(wb, (ctx) => validateWorkbook(ctx, 'en'));
    const fill = await measure(wb, (ctx) => fillFormulas(ctx, false));
    if (!fill.value.applied) throw new Error('the measured fill found overwritten cells');
    return { validate: validate.measurement, fill: { ...fill.measurement, changedVendors: fill.value.changedVendors.length } };
  } finally {
    office.uninstall();
  }
}
