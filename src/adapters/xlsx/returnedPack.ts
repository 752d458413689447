/**
 * A returned response pack as the merge needs it (core/packs/planMerge ReturnedPack): its names'
 * values, its identity (custom document properties), the base it was made with (the very hidden
 * vc_PackBase sheet) and the fingerprint of its locked content now. No Node API: the CLI reads the
 * file, the pane the picked file's bytes.
 */
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { BASE_SHEET, parseBase } from '../../core/packs/base';
import { identityOf } from '../../core/packs/identity';
import type { ReturnedPack } from '../../core/packs/planMerge';
import { readCustomProperties } from './customProperties';
import { lockedContent } from './lockedContent';
import { readSnapshot } from './readSnapshot';
import type { RawDefinedName } from './workbookNames';
import { digitFlags, FLAG_PARTS } from './xsdBooleans';

/** The pack in a loaded workbook; `customXml` is its docProps/custom.xml (ExcelJS keeps none). */
export function returnedPack(
  workbook: ExcelJS.Workbook,
  source: string,
  customXml: string | null,
  fileNames: readonly RawDefinedName[] = [],
): ReturnedPack {
  const baseSheet = workbook.getWorksheet(BASE_SHEET);
  const chunks: string[] = [];
  baseSheet?.getColumn(1).eachCell((cell) => chunks.push(String(cell.value ?? '')));
  return {
    snapshot: readSnapshot(workbook, source, fileNames),
    identity: identityOf(readCustomProperties(customXml)),
    base: baseSheet ? parseBase(chunks) : null,
    locked: lockedContent(workbook),
  };
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

/** The pack in a file's bytes (the pane's picked files). Protection flags LibreOffice spells as
 * words are spelt with digits first, as the CLI's reader does, or every input cell would read as
 * locked and the pack as tampered with. */
export async function readPackBytes(data: Uint8Array, file: string): Promise<ReturnedPack> {
  try {
    const zip = await JSZip.loadAsync(data);
    const customXml = (await zip.file('docProps/custom.xml')?.async('string')) ?? null;
    let loadable = data;
    let rewritten = false;
    for (const part of Object.keys(zip.files).filter((name) => FLAG_PARTS.test(name))) {
      const xml = await zip.file(part)!.async('string');
      const fixed = digitFlags(xml);
      if (fixed !== xml) {
        zip.file(part, fixed);
        rewritten = true;
      }
    }
    if (rewritten) loadable = await zip.generateAsync({ type: 'uint8array' });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(loadable as unknown as ArrayBuffer);
    return returnedPack(workbook, file, customXml);
  } catch (error) {
    throw new PackFileUnreadableError(file, { cause: error });
  }
}
