/**
 * Response packs in the pane on the largest template of `vendorCount` vendors in the double:
 * make a pack per vendor, fill each as a vendor would (ExcelJS: every contract question answered
 * and a new platform fee), preview them all, apply them all. Reports what Excel would have seen
 * per step (syncs, largest request) and the time. For the benchmark and its bound test.
 */
import ExcelJS from 'exceljs';
import type { PackFile } from '../../src/adapters/excel/contract';
import { insertTemplate } from '../../src/adapters/excel/insertTemplate';
import { applyImport, makePacks, previewImport } from '../../src/adapters/excel/packs';
import { withCustomProperties } from '../../src/adapters/xlsx/customProperties';
import { customPropertiesOf } from '../../src/adapters/xlsx/packBytes';
import { CONTRACT_QUESTIONS } from '../../src/core/catalogue/questions';
import { measurementOptions } from './measureInsert';
import { createWorkbook } from './workbook';

export interface Step {
  syncs: number;
  maxPayloadBytes: number;
  ms: number;
}

export interface PacksMeasurement {
  make: Step;
  preview: Step;
  apply: Step & { changes: number };
}

/** The cells of a one-column name of a pack, top to bottom. */
function nameCells(workbook: ExcelJS.Workbook, name: string): ExcelJS.Cell[] {
  const range = workbook.definedNames.getRanges(name).ranges[0]!;
  const sheet = workbook.getWorksheet(range.slice(0, range.lastIndexOf('!')).replace(/^'|'$/g, ''))!;
  const [from, to = from] = range
    .slice(range.lastIndexOf('!') + 1)
    .replace(/\$/g, '')
    .split(':') as [string, string?];
  const [first, last, col] = [Number(sheet.getCell(from).row), Number(sheet.getCell(to).row), Number(sheet.getCell(from).col)];
  return Array.from({ length: last - first + 1 }, (_, i) => sheet.getCell(first + i, col));
}

async function filled(data: Uint8Array, fee: number): Promise<Uint8Array> {
  const properties = await customPropertiesOf(data);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(data as unknown as ArrayBuffer);
  nameCells(workbook, 'vc_Answers').forEach((cell, r) => {
    if (r < CONTRACT_QUESTIONS.length) cell.value = `Answer ${r + 1}: within 2 hours`;
  });
  nameCells(workbook, 'vc_PlatformFee')[0]!.value = fee;
  return withCustomProperties(new Uint8Array(await workbook.xlsx.writeBuffer()), properties);
}

export async function measurePacks(vendorCount: number, latencyMs = 0): Promise<PacksMeasurement> {
  const wb = createWorkbook();
  await insertTemplate(wb.newContext(), measurementOptions(vendorCount));
  wb.latencyMs = latencyMs;
  const run = async <T>(step: (context: ReturnType<typeof wb.newContext>) => Promise<T>) => {
    const context = wb.newContext();
    const start = performance.now();
    const value = await step(context);
    return { value, syncs: context.stats.syncs, maxPayloadBytes: context.stats.maxPayloadBytes, ms: performance.now() - start };
  };
  const make = await run((context) => makePacks(context, { vendors: [], round: 1 }, () => 'bench-master'));
  const files: PackFile[] = [];
  for (const [i, pack] of make.value.packs.entries()) files.push({ name: pack.fileName, data: await filled(pack.data, 1000 + i) });
  const preview = await run((context) => previewImport(context, files));
  const packs = preview.value.packs.flatMap((p) =>
    'merge' in p && p.merge.vendor !== null && p.merge.round !== null
      ? [{ file: p.file, vendor: p.merge.vendor, round: p.merge.round, changes: p.merge.changes }]
      : [],
  );
  const apply = await run((context) => applyImport(context, packs, preview.value.language));
  const strip = ({ syncs, maxPayloadBytes, ms }: Step) => ({ syncs, maxPayloadBytes, ms });
  return { make: strip(make), preview: strip(preview), apply: { ...strip(apply), changes: apply.value.written } };
}
