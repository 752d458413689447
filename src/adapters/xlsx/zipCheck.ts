/**
 * Judges a zip archive before ExcelJS sees it. ExcelJS (through JSZip) inflates every part into
 * memory at once, so a zip bomb would exhaust the process; here the declared sizes are checked
 * against limits first, then each part is inflated with its declared size as a hard cap, so an
 * archive that lies about its sizes cannot get past either.
 */
import { inflateRawSync } from 'zlib';
import type { WorkbookFileProblem } from './errors';
import { entryData, readZipDirectory, type ZipEntry } from './zipDirectory';

export interface ReadLimits {
  /** The file itself. */
  maxFileBytes: number;
  /** All parts inflated, as their directory declares. */
  maxUncompressedBytes: number;
  /** Inflated / compressed size of one part, checked for parts above `ratioFrom` bytes. */
  maxRatio: number;
  ratioFrom: number;
  maxEntries: number;
}

const MB = 1024 * 1024;

/**
 * Generous for a comparison workbook, far below what would hurt the machine. Measured: the
 * largest template (200 vendors, every scenario, 10 years) with every question answered in
 * about 300 characters is 0.33 MB on disk and 4.7 MB inflated, so 64 MB inflated leaves a
 * 13-fold margin (ExcelJS holds several times the inflated XML in memory). Deflate cannot
 * compress more than about 1032:1, so a part near that ratio holds little but repetition.
 */
export const READ_LIMITS: ReadLimits = {
  maxFileBytes: 50 * MB,
  maxUncompressedBytes: 64 * MB,
  maxRatio: 500,
  ratioFrom: 1 * MB,
  maxEntries: 10_000,
};

/** Parts ExcelJS needs to read a workbook at all. */
const REQUIRED_PARTS = ['[Content_Types].xml', 'xl/workbook.xml'];

export type ZipVerdict = { ok: true; entries: ZipEntry[] } | { ok: false; problem: WorkbookFileProblem };

function declaredProblem(entries: ZipEntry[], limits: ReadLimits): WorkbookFileProblem | null {
  if (entries.length > limits.maxEntries) return { kind: 'zipBomb', reason: 'entries', value: entries.length, limit: limits.maxEntries };
  const total = entries.reduce((sum, e) => sum + e.uncompressedSize, 0);
  if (total > limits.maxUncompressedBytes) return { kind: 'zipBomb', reason: 'total', value: total, limit: limits.maxUncompressedBytes };
  for (const e of entries) {
    const ratio = e.uncompressedSize / Math.max(1, e.compressedSize);
    if (e.uncompressedSize > limits.ratioFrom && ratio > limits.maxRatio) {
      return { kind: 'zipBomb', reason: 'ratio', entry: e.name, value: Math.round(ratio), limit: limits.maxRatio };
    }
  }
  if (entries.some((e) => e.flags & 1)) return { kind: 'encrypted' };
  const names = new Set(entries.map((e) => e.name.replace(/^\//, '')));
  if (!REQUIRED_PARTS.every((part) => names.has(part))) return { kind: 'notXlsx', looksLike: 'zip' };
  return null;
}

/** Inflates one part, never past the size it declares. */
function inflatedProblem(data: Buffer, entry: ZipEntry): WorkbookFileProblem | null {
  const damaged: WorkbookFileProblem = { kind: 'corrupt', reason: 'damaged', entry: entry.name };
  const raw = entryData(data, entry);
  if (!raw) return damaged;
  if (entry.method === 0) return raw.length === entry.uncompressedSize ? null : damaged;
  if (entry.method !== 8) return damaged;
  const declared = entry.uncompressedSize;
  try {
    const inflated = inflateRawSync(raw, { maxOutputLength: Math.max(1, declared) });
    return inflated.length === declared ? null : damaged;
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    if (code === 'ERR_BUFFER_TOO_LARGE') return { kind: 'zipBomb', reason: 'mismatch', entry: entry.name, value: declared + 1, limit: declared };
    if (typeof code === 'string' && code.startsWith('Z_')) return damaged;
    throw error;
  }
}

export function checkZip(data: Buffer, limits: ReadLimits = READ_LIMITS): ZipVerdict {
  const directory = readZipDirectory(data);
  if (!directory.ok) return { ok: false, problem: { kind: 'corrupt', reason: directory.reason } };
  const declared = declaredProblem(directory.entries, limits);
  if (declared) return { ok: false, problem: declared };
  for (const entry of directory.entries) {
    const problem = inflatedProblem(data, entry);
    if (problem) return { ok: false, problem };
  }
  return { ok: true, entries: directory.entries };
}
