/**
 * Opens a user's .xlsx file as a package, refusing with a WorkbookFileError (naming the file as
 * the user typed it) anything that is not one: a missing file, a folder, a file over the size
 * limit, another format, a password-protected workbook, a damaged archive, a zip bomb or a
 * defined name spanning far more than a template holds. No ExcelJS here: `validate` reads the
 * parts it needs itself, and loading ExcelJS costs time it need not pay.
 */
import { promises as fs } from 'fs';
import { resolve } from 'path';
import { WorkbookFileError, type WorkbookFileProblem } from './errors';
import { errorCode } from './saveFile';
import { nameExtent, nameTooLarge } from '../../core/snapshot/limits';
import { isTemplateName } from '../../core/template/planTemplate';
import { allDefinedNamesInXml, definedNamesInXml, type RawDefinedName } from './workbookNames';
import { checkZip, READ_LIMITS, type ReadLimits } from './zipCheck';
import { readPart } from './zipDirectory';

/** An .xlsx package judged sound: its parts, read on demand, and its defined names. */
export interface WorkbookPackage {
  /** The archive's part names, e.g. "xl/charts/chart1.xml" (ExcelJS does not keep every kind). */
  parts: string[];
  /**
   * The workbook's defined names as the file has them. ExcelJS drops, without a word, a name
   * whose reference it cannot parse (one at #REF!); readSnapshot reports those as broken.
   */
  definedNames: RawDefinedName[];
  bytes: number;
  /** One part's text (UTF-8), inflated on demand; null when the archive has no such part. */
  text(part: string): string | null;
}

const ZIP_MAGIC = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
/** An OLE compound file: Excel 97-2003 workbooks, and Excel's encrypted .xlsx packages. */
const CFB_MAGIC = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
/** The stream an encrypted OOXML package lives in; directory names are UTF-16LE. */
const ENCRYPTED_PACKAGE = Buffer.from('EncryptedPackage', 'utf16le');

/** What the first bytes say, before anything is parsed. Null: it starts like a zip. */
export function sniff(data: Buffer): WorkbookFileProblem | null {
  if (data.length === 0) return { kind: 'notXlsx', looksLike: 'empty' };
  if (data.subarray(0, CFB_MAGIC.length).equals(CFB_MAGIC)) {
    return data.includes(ENCRYPTED_PACKAGE) ? { kind: 'encrypted' } : { kind: 'notXlsx', looksLike: 'xls' };
  }
  if (data.subarray(0, ZIP_MAGIC.length).equals(ZIP_MAGIC)) return null;
  return { kind: 'notXlsx', looksLike: 'other' };
}

async function readBytes(path: string, shown: string, limits: ReadLimits): Promise<Buffer> {
  const failed = (error: unknown): never => {
    const code = errorCode(error);
    if (code === 'ENOENT') throw new WorkbookFileError(shown, { kind: 'notFound' });
    if (code === 'EISDIR') throw new WorkbookFileError(shown, { kind: 'isDirectory' });
    throw new WorkbookFileError(shown, { kind: 'read', code });
  };
  const stat = await fs.stat(path).catch(failed);
  if (stat.isDirectory()) throw new WorkbookFileError(shown, { kind: 'isDirectory' });
  const tooLarge = (bytes: number) =>
    new WorkbookFileError(shown, {
      kind: 'tooLarge',
      bytes,
      limit: limits.maxFileBytes,
    });
  if (stat.size > limits.maxFileBytes) throw tooLarge(stat.size);
  const data = await fs.readFile(path).catch(failed);
  // It may have grown between the two calls.
  if (data.length > limits.maxFileBytes) throw tooLarge(data.length);
  return data;
}

/**
 * Before ExcelJS loads the file: it expands every defined name (any scope) cell by cell, so a
 * name over a whole sheet would run the process out of memory.
 */
function refuseHugeNames(path: string, workbookXml: string): void {
  for (const { name, reference } of allDefinedNamesInXml(workbookXml)) {
    const extent = nameExtent(reference);
    if (nameTooLarge(extent, isTemplateName(name))) {
      throw new WorkbookFileError(path, {
        kind: 'nameTooLarge',
        name,
        reference,
        rows: extent.rows,
        cols: extent.cols,
      });
    }
  }
}

export type ReadOptions = { cwd?: string; limits?: ReadLimits };

/**
 * The package without ExcelJS: what `validate` needs (it reads the XML itself). A relative
 * `path` is taken from `cwd`; errors name `path` as given.
 */
export async function openWorkbookPackage(
  path: string,
  { cwd = process.cwd(), limits = READ_LIMITS }: ReadOptions = {},
): Promise<WorkbookPackage & { data: Buffer }> {
  const data = await readBytes(resolve(cwd, path), path, limits);
  const sniffed = sniff(data);
  if (sniffed) throw new WorkbookFileError(path, sniffed);
  const verdict = checkZip(data, limits);
  if (!verdict.ok) throw new WorkbookFileError(path, verdict.problem);
  const text = (part: string) => readPart(data, verdict.entries, part)?.toString('utf8') ?? null;
  const workbookXml = text('xl/workbook.xml');
  if (workbookXml) refuseHugeNames(path, workbookXml);
  return {
    data,
    parts: verdict.entries.map((e) => e.name),
    definedNames: workbookXml ? definedNamesInXml(workbookXml) : [],
    bytes: data.length,
    text,
  };
}
