import { mkdirSync, mkdtempSync, truncateSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { WorkbookFileError, type WorkbookFileProblem } from '../../../src/adapters/xlsx/errors';
import { readWorkbookFile } from '../../../src/adapters/xlsx/readWorkbookFile';
import { writePlanToWorkbook } from '../../../src/adapters/xlsx/writePlan';
import { READ_LIMITS } from '../../../src/adapters/xlsx/zipCheck';
import { optionsFromNames } from '../../../src/core/import';
import { planTemplate } from '../../../src/core/template/planTemplate';
import { buildZip, compoundFile, xlsxLikeParts } from './zipFixtures';

const MB = 1024 * 1024;
let dir: string;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'vendor-compare-read-'));
});

async function templateBytes(): Promise<Buffer> {
  const options = optionsFromNames(['Aurora', 'Beacon']);
  if (!options.ok) throw new Error('bad test input');
  return Buffer.from((await writePlanToWorkbook(planTemplate(options.value)).xlsx.writeBuffer()) as ArrayBuffer);
}

function file(name: string, data: Buffer | string): string {
  writeFileSync(join(dir, name), data);
  return name;
}

/** The problem readWorkbookFile reports, checking it is a WorkbookFileError naming the path as given. */
async function problemOf(path: string, limits = READ_LIMITS): Promise<WorkbookFileProblem> {
  const error: unknown = await readWorkbookFile(path, { cwd: dir, limits }).then(
    () => new Error('read without complaint'),
    (e: unknown) => e,
  );
  if (!(error instanceof WorkbookFileError)) throw error;
  expect(error.path).toBe(path);
  return error.problem;
}

describe('readWorkbookFile: a real workbook', () => {
  it('reads it, with its part names and size', async () => {
    const data = await templateBytes();
    const result = await readWorkbookFile(file('ok.xlsx', data), { cwd: dir });
    expect(result.workbook.worksheets.map((ws) => ws.name)).toEqual(['Overview', 'Assumptions', 'Pricing', 'Coverage', 'Questions', 'Scorecard', 'Decision']);
    expect(result.parts).toContain('xl/workbook.xml');
    expect(result.bytes).toBe(data.length);
  });
});

describe('readWorkbookFile: what is not a readable workbook', () => {
  it('a missing file and a folder', async () => {
    expect(await problemOf('nope.xlsx')).toEqual({ kind: 'notFound' });
    mkdirSync(join(dir, 'folder.xlsx'));
    expect(await problemOf('folder.xlsx')).toEqual({ kind: 'isDirectory' });
  });

  it('an empty file, a text file, an old .xls and another kind of zip', async () => {
    expect(await problemOf(file('empty.xlsx', ''))).toEqual({ kind: 'notXlsx', looksLike: 'empty' });
    expect(await problemOf(file('notes.xlsx', 'name,price\nAurora,1\n'))).toEqual({ kind: 'notXlsx', looksLike: 'other' });
    expect(await problemOf(file('old.xlsx', compoundFile(['Workbook', 'SummaryInformation'])))).toEqual({ kind: 'notXlsx', looksLike: 'xls' });
    const docx = buildZip([
      { name: '[Content_Types].xml', data: Buffer.from('<Types/>') },
      { name: 'word/document.xml', data: Buffer.from('<w:document/>') },
    ]);
    expect(await problemOf(file('letter.xlsx', docx))).toEqual({ kind: 'notXlsx', looksLike: 'zip' });
  });

  it('a password-protected workbook (Excel encrypts into a compound file) and an encrypted zip', async () => {
    expect(await problemOf(file('secret.xlsx', compoundFile(['EncryptionInfo', 'EncryptedPackage'])))).toEqual({ kind: 'encrypted' });
    const zip = buildZip(xlsxLikeParts([{ name: 'xl/worksheets/sheet1.xml', data: Buffer.from('<x/>'), encrypted: true }]));
    expect(await problemOf(file('zipcrypto.xlsx', zip))).toEqual({ kind: 'encrypted' });
  });

  it('a truncated workbook, a damaged part, an unknown compression and XML ExcelJS cannot parse', async () => {
    const data = await templateBytes();
    expect(await problemOf(file('cut.xlsx', data.subarray(0, Math.floor(data.length / 2))))).toEqual({ kind: 'corrupt', reason: 'truncated' });

    const garbled = buildZip(xlsxLikeParts());
    // 0xFF starts a deflate block of the reserved type: the first part cannot be inflated.
    garbled.fill(0xff, 30 + '[Content_Types].xml'.length, 30 + '[Content_Types].xml'.length + 4);
    expect(await problemOf(file('garbled.xlsx', garbled))).toEqual({ kind: 'corrupt', reason: 'damaged', entry: '[Content_Types].xml' });

    const lzma = buildZip(xlsxLikeParts());
    lzma.writeUInt16LE(14, lzma.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02])) + 10);
    expect(await problemOf(file('lzma.xlsx', lzma))).toEqual({ kind: 'corrupt', reason: 'damaged', entry: '[Content_Types].xml' });

    const badXml = buildZip([
      { name: '[Content_Types].xml', data: Buffer.from('<Types/>') },
      { name: 'xl/workbook.xml', data: Buffer.from('not xml <') },
    ]);
    const error = await readWorkbookFile(file('bad-xml.xlsx', badXml), { cwd: dir }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WorkbookFileError);
    expect((error as WorkbookFileError).problem).toEqual({ kind: 'corrupt', reason: 'damaged' });
    expect((error as WorkbookFileError).cause).toBeInstanceOf(Error);
  });
});

describe('readWorkbookFile: limits', () => {
  it('refuses a file over 50 MB before reading it', async () => {
    writeFileSync(join(dir, 'huge.xlsx'), '');
    truncateSync(join(dir, 'huge.xlsx'), 50 * MB + 1); // sparse: instant, no disk used
    expect(await problemOf('huge.xlsx')).toEqual({ kind: 'tooLarge', bytes: 50 * MB + 1, limit: 50 * MB });
  });

  it('honours smaller limits given by the caller', async () => {
    const data = await templateBytes();
    expect(await problemOf(file('small.xlsx', data), { ...READ_LIMITS, maxFileBytes: 1000 })).toEqual({ kind: 'tooLarge', bytes: data.length, limit: 1000 });
    expect(await problemOf('small.xlsx', { ...READ_LIMITS, maxEntries: 3 })).toMatchObject({ kind: 'zipBomb', reason: 'entries', limit: 3 });
  });

  it('refuses a zip whose directory declares more than 64 MB, without inflating anything', async () => {
    const bomb = buildZip(xlsxLikeParts([{ name: 'xl/worksheets/sheet1.xml', data: Buffer.from('<x/>'), declaredSize: 600 * MB }]));
    expect(await problemOf(file('declared.xlsx', bomb))).toEqual({ kind: 'zipBomb', reason: 'total', value: 600 * MB + 19, limit: 64 * MB });
    const zip64 = buildZip(xlsxLikeParts([{ name: 'xl/worksheets/sheet1.xml', data: Buffer.from('<x/>'), declaredSize: 5e12, zip64: true }]));
    expect(await problemOf(file('zip64.xlsx', zip64))).toMatchObject({ kind: 'zipBomb', reason: 'total' });
  });

  it('refuses a part that expands more than 500 times (a real deflate bomb)', async () => {
    const zeros = Buffer.alloc(20 * MB);
    const bomb = buildZip(xlsxLikeParts([{ name: 'xl/worksheets/sheet1.xml', data: zeros }]));
    expect(bomb.length).toBeLessThan(50_000);
    expect(await problemOf(file('ratio.xlsx', bomb))).toMatchObject({ kind: 'zipBomb', reason: 'ratio', entry: 'xl/worksheets/sheet1.xml', limit: 500 });
  });

  it('refuses a part that expands beyond the size it declares', async () => {
    const liar = buildZip(xlsxLikeParts([{ name: 'xl/worksheets/sheet1.xml', data: Buffer.alloc(2 * MB), declaredSize: 1000 }]));
    expect(await problemOf(file('liar.xlsx', liar))).toEqual({ kind: 'zipBomb', reason: 'mismatch', entry: 'xl/worksheets/sheet1.xml', value: 1001, limit: 1000 });
  });
});
