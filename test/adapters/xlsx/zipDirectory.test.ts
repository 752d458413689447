import { planTemplate } from '../../../src/core/template/planTemplate';
import { optionsFromNames } from '../../../src/core/import';
import { writePlanToWorkbook } from '../../../src/adapters/xlsx/writePlan';
import { entryData, readZipDirectory } from '../../../src/adapters/xlsx/zipDirectory';
import { inflateRawSync } from 'zlib';
import { buildZip } from './zipFixtures';

async function templateBytes(): Promise<Buffer> {
  const options = optionsFromNames(['Aurora', 'Beacon']);
  if (!options.ok) throw new Error('bad test input');
  return Buffer.from((await writePlanToWorkbook(planTemplate(options.value)).xlsx.writeBuffer()) as ArrayBuffer);
}

describe('readZipDirectory', () => {
  it('lists the parts of an ExcelJS-written workbook, each inflating to its declared size', async () => {
    const data = await templateBytes();
    const directory = readZipDirectory(data);
    if (!directory.ok) throw new Error(directory.reason);
    const names = directory.entries.map((e) => e.name);
    expect(names).toEqual(expect.arrayContaining(['[Content_Types].xml', 'xl/workbook.xml', 'xl/worksheets/sheet1.xml', 'xl/worksheets/sheet6.xml']));
    for (const entry of directory.entries.filter((e) => !e.name.endsWith('/'))) {
      const inflated = inflateRawSync(entryData(data, entry)!);
      expect(inflated.length).toBe(entry.uncompressedSize);
      expect(inflated.toString('utf8', 0, 5)).toBe('<?xml');
    }
  });

  it('finds the directory behind an archive comment and reads ZIP64 sizes', () => {
    const data = buildZip([{ name: 'a.txt', data: Buffer.from('hello hello hello'), zip64: true, declaredSize: 5_000_000_000 }], 'a comment');
    const directory = readZipDirectory(data);
    expect(directory).toEqual({
      ok: true,
      entries: [expect.objectContaining({ name: 'a.txt', method: 8, uncompressedSize: 5_000_000_000, localHeaderOffset: 0 })],
    });
  });

  it('says truncated when the end record is gone, damaged when the directory points outside the file', () => {
    const data = buildZip([{ name: 'a.txt', data: Buffer.from('hello') }]);
    expect(readZipDirectory(data.subarray(0, data.length - 10))).toEqual({ ok: false, reason: 'truncated' });
    const lying = Buffer.from(data);
    lying.writeUInt32LE(data.length + 100, data.length - 6); // directory offset past the end
    expect(readZipDirectory(lying)).toEqual({ ok: false, reason: 'damaged' });
    const tooMany = Buffer.from(data);
    tooMany.writeUInt16LE(5, data.length - 12); // five entries claimed, one present
    expect(readZipDirectory(tooMany)).toEqual({ ok: false, reason: 'damaged' });
  });
});
