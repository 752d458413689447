/**
 * Test helper: hand-made zip archives and compound files, so every way a "workbook" can be
 * wrong is built byte by byte, with sizes declared as the test wishes (true or not).
 */
import { crc32, deflateRawSync, inflateRawSync } from 'zlib';
import { entryData, readZipDirectory } from '../../../src/adapters/xlsx/zipDirectory';

export interface ZipPart {
  name: string;
  data: Buffer;
  /** 8 (default) deflates the data; 0 stores it. */
  method?: 0 | 8;
  /** What the directory claims the inflated size is (default: the truth). */
  declaredSize?: number;
  /** Set the encryption flag (bit 0), as a password-protected zip does. */
  encrypted?: boolean;
  /** Write the sizes as 0xFFFFFFFF with the real ones in a ZIP64 extra field. */
  zip64?: boolean;
}

export function buildZip(parts: readonly ZipPart[], comment = ''): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const part of parts) {
    const method = part.method ?? 8;
    const body = method === 8 ? deflateRawSync(part.data) : part.data;
    const name = Buffer.from(part.name, 'utf8');
    const size = part.declaredSize ?? part.data.length;
    const flags = 0x800 | (part.encrypted ? 1 : 0);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(flags, 6);
    local.writeUInt16LE(method, 8);
    local.writeUInt32LE(crc32(part.data), 14);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(Math.min(size, 0xffffffff), 22);
    local.writeUInt16LE(name.length, 26);
    locals.push(local, name, body);
    const extra = Buffer.alloc(part.zip64 ? 20 : 0);
    if (part.zip64) {
      extra.writeUInt16LE(1, 0);
      extra.writeUInt16LE(16, 2);
      extra.writeBigUInt64LE(BigInt(size), 4);
      extra.writeBigUInt64LE(BigInt(body.length), 12);
    }
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(flags, 8);
    central.writeUInt16LE(method, 10);
    central.writeUInt32LE(crc32(part.data), 16);
    central.writeUInt32LE(part.zip64 ? 0xffffffff : body.length, 20);
    central.writeUInt32LE(part.zip64 ? 0xffffffff : Math.min(size, 0xffffffff), 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt16LE(extra.length, 30);
    central.writeUInt32LE(offset, 42);
    centrals.push(central, name, extra);
    offset += local.length + name.length + body.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  end.writeUInt16LE(Buffer.byteLength(comment), 20);
  return Buffer.concat([...locals, directory, end, Buffer.from(comment)]);
}

/** The smallest parts list that passes for an .xlsx at the archive level. */
export function xlsxLikeParts(extra: ZipPart[] = []): ZipPart[] {
  return [
    { name: '[Content_Types].xml', data: Buffer.from('<Types/>') },
    { name: 'xl/workbook.xml', data: Buffer.from('<workbook/>') },
    ...extra,
  ];
}

/**
 * An OLE compound file (the container of .xls files and of Excel's encrypted .xlsx): its magic,
 * a 512-byte header, then one directory sector with the given stream names in UTF-16LE.
 */
export function compoundFile(streams: readonly string[]): Buffer {
  const header = Buffer.alloc(512);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(header, 0);
  header.writeUInt16LE(0x3e, 24); // minor version
  header.writeUInt16LE(3, 26); // major version 3: 512-byte sectors
  header.writeUInt16LE(0xfffe, 28); // little-endian
  header.writeUInt16LE(9, 30); // sector shift
  const directory = Buffer.alloc(512);
  ['Root Entry', ...streams].slice(0, 4).forEach((name, i) => {
    const encoded = Buffer.from(`${name}\0`, 'utf16le');
    encoded.copy(directory, i * 128);
    directory.writeUInt16LE(encoded.length, i * 128 + 64);
    directory.writeUInt8(i === 0 ? 5 : 2, i * 128 + 66); // root storage, then streams
  });
  return Buffer.concat([header, directory]);
}

/** The text of one part of an .xlsx (e.g. "xl/workbook.xml"), read with the project's own zip reader. */
export function partText(data: Buffer, name: string): string {
  const directory = readZipDirectory(data);
  if (!directory.ok) throw new Error(`not a zip: ${directory.reason}`);
  const entry = directory.entries.find((e) => e.name === name);
  if (!entry) throw new Error(`no part ${name}`);
  const raw = entryData(data, entry)!;
  return (entry.method === 8 ? inflateRawSync(raw) : raw).toString('utf8');
}

/** The same archive with parts added or replaced (same name); every part is written again. */
export function withParts(data: Buffer, extra: ZipPart[]): Buffer {
  const directory = readZipDirectory(data);
  if (!directory.ok) throw new Error(`not a zip: ${directory.reason}`);
  const replaced = new Set(extra.map((p) => p.name));
  const parts = directory.entries
    .filter((entry) => !replaced.has(entry.name))
    .map((entry): ZipPart => {
      const raw = entryData(data, entry)!;
      return { name: entry.name, data: entry.method === 8 ? inflateRawSync(raw) : Buffer.from(raw) };
    });
  return buildZip([...parts, ...extra]);
}

/** The part names of an archive, in its order. */
export function partNames(data: Buffer): string[] {
  const directory = readZipDirectory(data);
  if (!directory.ok) throw new Error(`not a zip: ${directory.reason}`);
  return directory.entries.map((e) => e.name);
}
