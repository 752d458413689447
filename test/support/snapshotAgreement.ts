/**
 * Two readers of one .xlsx file, compared: the package reader `validate` uses (packageSnapshot,
 * SAX over the parts) and ExcelJS's load with readSnapshot. They must agree cell by cell, with one
 * documented exception: ExcelJS turns whatever a date-formatted cell holds into a Date, so an error
 * or a text there comes out of it as an invalid Date, read as #VALUE!; the package reader keeps
 * the file's error or text.
 */
import ExcelJS from 'exceljs';
import { packageSnapshot, type PackageParts } from '../../src/adapters/xlsx/packageSnapshot';
import { readSnapshot } from '../../src/adapters/xlsx/readSnapshot';
import { definedNamesInXml } from '../../src/adapters/xlsx/workbookNames';
import type { Snapshot, SnapshotValue } from '../../src/core/snapshot/types';
import { partNames, partText } from '../adapters/xlsx/zipFixtures';

export function packageOf(data: Buffer): PackageParts {
  const parts = partNames(data);
  const text = (part: string) => (parts.includes(part) ? partText(data, part) : null);
  return { parts, text, definedNames: definedNamesInXml(text('xl/workbook.xml') ?? '') };
}

export async function bothReadings(data: Buffer, options: { resultValues?: boolean } = {}): Promise<{ fast: Snapshot; exceljs: Snapshot }> {
  const pkg = packageOf(data);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(data as unknown as ArrayBuffer);
  return { fast: packageSnapshot(pkg, 'book.xlsx', options), exceljs: readSnapshot(workbook, 'book.xlsx', pkg.definedNames, options) };
}

const isError = (v: SnapshotValue): v is { error: string } => typeof v === 'object' && v !== null;

/** ExcelJS's reading of a date-formatted cell holding an error or a text: #VALUE!. */
function garbledByExcelJS(exceljs: SnapshotValue, fast: SnapshotValue): boolean {
  return isError(exceljs) && exceljs.error === '#VALUE!' && (isError(fast) || typeof fast === 'string');
}

/** The ExcelJS reading with the documented exception taken from the fast one; broken names as a set. */
export function comparable(fast: Snapshot, exceljs: Snapshot): { fast: Snapshot; exceljs: Snapshot } {
  const blocks = Object.fromEntries(
    Object.entries(exceljs.blocks).map(([name, block]) => {
      const other = fast.blocks[name];
      const values = block.values.map((row, r) => row.map((v, c) => (other && garbledByExcelJS(v, other.values[r]?.[c] ?? null) ? other.values[r]![c]! : v)));
      return [name, { ...block, values }];
    }),
  );
  const sorted = (s: Snapshot) => [...s.broken].sort((a, b) => a.name.localeCompare(b.name));
  return { fast: { ...fast, broken: sorted(fast) }, exceljs: { ...exceljs, blocks, broken: sorted(exceljs) } };
}

export async function expectReadersAgree(data: Buffer, options: { resultValues?: boolean } = {}): Promise<Snapshot> {
  const both = await bothReadings(data, options);
  const { fast, exceljs } = comparable(both.fast, both.exceljs);
  expect(fast).toEqual(exceljs);
  return both.fast;
}
