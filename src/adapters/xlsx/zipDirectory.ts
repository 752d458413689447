/**
 * Reads a zip archive's central directory with plain Buffer reads (APPNOTE.TXT 4.3.12-4.3.16,
 * ZIP64 included), so a file can be judged by what it declares before any library inflates it.
 */
import { inflateRawSync } from 'zlib';

export interface ZipEntry {
  name: string;
  /** 0 stored, 8 deflated; anything else is a method ExcelJS cannot read. */
  method: number;
  /** General purpose flags; bit 0 means the entry is encrypted. */
  flags: number;
  compressedSize: number;
  uncompressedSize: number;
  localHeaderOffset: number;
}

export type ZipDirectory =
  | { ok: true; entries: ZipEntry[] }
  /** truncated: no end-of-directory record (the file was cut short); damaged: records out of place. */
  | { ok: false; reason: 'truncated' | 'damaged' };

const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const EOCD_SIZE = 22;
const CENTRAL_SIZE = 46;
const LOCAL_SIZE = 30;
const MAX_COMMENT = 0xffff;
const U16_MAX = 0xffff;
const U32_MAX = 0xffffffff;

class Damaged extends Error {}

function u64(data: Buffer, at: number): number {
  const value = data.readBigUInt64LE(at);
  if (value > BigInt(Number.MAX_SAFE_INTEGER)) throw new Damaged();
  return Number(value);
}

/** The end-of-central-directory record, searched backwards past a comment of up to 64 KB. */
function findEnd(data: Buffer): number {
  const last = data.length - EOCD_SIZE;
  for (let at = last; at >= 0 && at >= last - MAX_COMMENT; at--) {
    if (data.readUInt32LE(at) === EOCD && at + EOCD_SIZE + data.readUInt16LE(at + 20) <= data.length) return at;
  }
  return -1;
}

function directoryBounds(data: Buffer, end: number): { count: number; offset: number; size: number } {
  if (data.readUInt16LE(end + 4) !== 0 || data.readUInt16LE(end + 6) !== 0) throw new Damaged(); // multi-disk
  let count = data.readUInt16LE(end + 10);
  let size = data.readUInt32LE(end + 12);
  let offset = data.readUInt32LE(end + 16);
  if (count === U16_MAX || size === U32_MAX || offset === U32_MAX) {
    const locator = end - 20;
    if (locator < 0 || data.readUInt32LE(locator) !== ZIP64_LOCATOR) throw new Damaged();
    const record = u64(data, locator + 8);
    if (record + 56 > data.length || data.readUInt32LE(record) !== ZIP64_EOCD) throw new Damaged();
    count = u64(data, record + 32);
    size = u64(data, record + 40);
    offset = u64(data, record + 48);
  }
  if (offset + size > data.length) throw new Damaged();
  return { count, offset, size };
}

/** Sizes and offset from the ZIP64 extra field (id 1), for the 32-bit fields set to 0xFFFFFFFF. */
function applyZip64(data: Buffer, extraStart: number, extraEnd: number, entry: ZipEntry): void {
  let at = extraStart;
  while (at + 4 <= extraEnd) {
    const id = data.readUInt16LE(at);
    const length = data.readUInt16LE(at + 2);
    if (id === 1) {
      let field = at + 4;
      const next = (): number => {
        if (field + 8 > at + 4 + length) throw new Damaged();
        const value = u64(data, field);
        field += 8;
        return value;
      };
      if (entry.uncompressedSize === U32_MAX) entry.uncompressedSize = next();
      if (entry.compressedSize === U32_MAX) entry.compressedSize = next();
      if (entry.localHeaderOffset === U32_MAX) entry.localHeaderOffset = next();
      return;
    }
    at += 4 + length;
  }
}

function readEntries(data: Buffer, { count, offset, size }: { count: number; offset: number; size: number }): ZipEntry[] {
  const entries: ZipEntry[] = [];
  const end = offset + size;
  let at = offset;
  for (let i = 0; i < count; i++) {
    if (at + CENTRAL_SIZE > end || data.readUInt32LE(at) !== CENTRAL) throw new Damaged();
    const flags = data.readUInt16LE(at + 8);
    const nameLength = data.readUInt16LE(at + 28);
    const extraLength = data.readUInt16LE(at + 30);
    const commentLength = data.readUInt16LE(at + 32);
    const nameStart = at + CENTRAL_SIZE;
    const next = nameStart + nameLength + extraLength + commentLength;
    if (next > end) throw new Damaged();
    const entry: ZipEntry = {
      // Bit 11: the name is UTF-8; otherwise CP437, whose ASCII part latin1 reads the same.
      name: data.toString(flags & 0x800 ? 'utf8' : 'latin1', nameStart, nameStart + nameLength),
      method: data.readUInt16LE(at + 10),
      flags,
      compressedSize: data.readUInt32LE(at + 20),
      uncompressedSize: data.readUInt32LE(at + 24),
      localHeaderOffset: data.readUInt32LE(at + 42),
    };
    applyZip64(data, nameStart + nameLength, nameStart + nameLength + extraLength, entry);
    entries.push(entry);
    at = next;
  }
  return entries;
}

export function readZipDirectory(data: Buffer): ZipDirectory {
  const end = findEnd(data);
  if (end < 0) return { ok: false, reason: 'truncated' };
  try {
    return { ok: true, entries: readEntries(data, directoryBounds(data, end)) };
  } catch (error) {
    if (error instanceof Damaged || error instanceof RangeError) return { ok: false, reason: 'damaged' };
    throw error;
  }
}

/** Where an entry's data starts and ends, from its local header; null when out of the file. */
export function entryData(data: Buffer, entry: ZipEntry): Buffer | null {
  const at = entry.localHeaderOffset;
  if (at + LOCAL_SIZE > data.length || data.readUInt32LE(at) !== LOCAL) return null;
  const start = at + LOCAL_SIZE + data.readUInt16LE(at + 26) + data.readUInt16LE(at + 28);
  const end = start + entry.compressedSize;
  return end <= data.length ? data.subarray(start, end) : null;
}

/** One part inflated (or null when absent); for small parts the caller needs before ExcelJS. */
export function readPart(data: Buffer, entries: readonly ZipEntry[], name: string): Buffer | null {
  const entry = entries.find((e) => e.name.replace(/^\//, '') === name);
  const raw = entry ? entryData(data, entry) : null;
  if (!entry || !raw) return null;
  return entry.method === 8 ? inflateRawSync(raw, { maxOutputLength: Math.max(1, entry.uncompressedSize) }) : raw;
}
