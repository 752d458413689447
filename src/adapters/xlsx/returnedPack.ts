/**
 * A returned response pack as the merge needs it (core/packs/planMerge ReturnedPack): its names'
 * values, its identity (custom document properties) and the base it was made with (the very
 * hidden vc_PackBase sheet). No Node API: the CLI reads the file, the pane the picked file's bytes.
 */
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { BASE_SHEET, parseBase } from '../../core/packs/base';
import { identityOf } from '../../core/packs/identity';
import type { ReturnedPack } from '../../core/packs/planMerge';
import { readCustomProperties } from './customProperties';
import { readSnapshot } from './readSnapshot';
import type { RawDefinedName } from './workbookNames';

/** The pack in a loaded workbook; `customXml` is its docProps/custom.xml (ExcelJS keeps none). */
export function returnedPack(
  workbook: ExcelJS.Workbook,
  source: string,
  customXml: string | null,
  fileNames: readonly RawDefinedName[] = [],
): ReturnedPack {
  const snapshot = readSnapshot(workbook, source, fileNames);
  const identity = identityOf(readCustomProperties(customXml));
  const baseSheet = workbook.getWorksheet(BASE_SHEET);
  const chunks: string[] = [];
  baseSheet?.getColumn(1).eachCell((cell) => chunks.push(String(cell.value ?? '')));
  return { snapshot, identity, base: baseSheet ? parseBase(chunks) : null };
}

/** A pack file that is no .xlsx workbook ExcelJS can load (not a zip, a damaged part). */
export class PackFileUnreadableError extends Error {
  constructor(
    readonly file: string,
    options?: { cause?: unknown },
  ) {
    super(`${file} could not be read as an .xlsx workbook`, options);
    this.name = 'PackFileUnreadableError';
  }
}

/** The pack in a file's bytes (the pane's picked files). */
export async function readPackBytes(data: Uint8Array, file: string): Promise<ReturnedPack> {
  try {
    const zip = await JSZip.loadAsync(data);
    const customXml = (await zip.file('docProps/custom.xml')?.async('string')) ?? null;
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(data as unknown as ArrayBuffer);
    return returnedPack(workbook, file, customXml);
  } catch (error) {
    throw new PackFileUnreadableError(file, { cause: error });
  }
}
