/**
 * Reads a validation Snapshot from an ExcelJS workbook: every template name (isTemplateName;
 * a user's own vc_ name is not one) with the values and formulas of its range and the row above.
 * A formula is a cell with an <f> element (shared formulas included); a string cell is text even
 * when it starts with "=" (Excel saves text typed with a quote prefix as a string). Cached formula
 * results are read from `cell.result` (ExcelJS drops a cached 0 from `cell.value`).
 */
import ExcelJS from 'exceljs';
import { isTemplateName } from '../../core/template/planTemplate';
import { parseRange } from '../../core/plan/a1';
import { RESULT_ONLY_NAMES, parseNameReference, type NamedBlock, type Snapshot, type SnapshotValue } from '../../core/snapshot/types';
import type { RawDefinedName } from './workbookNames';

function plain(value: unknown): SnapshotValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if (value instanceof Date) {
    // ExcelJS turns the error result of a date-formatted formula into an invalid Date: an error
    // all the same, whose kind is lost.
    return Number.isNaN(value.getTime()) ? { error: '#VALUE!' } : value.toISOString().slice(0, 10);
  }
  if (typeof value === 'object') {
    const v = value as Record<string, unknown>;
    if (typeof v.error === 'string') return { error: v.error };
    if (Array.isArray(v.richText)) return (v.richText as { text: string }[]).map((t) => t.text).join('');
    if (typeof v.text === 'string') return v.text;
  }
  return String(value);
}

const EMPTY = { value: null, formula: null } as const;

function readCell(cell: ExcelJS.Cell | undefined): { value: SnapshotValue; formula: string | null } {
  // findCell: a cell never written is empty, and reading must not create it.
  if (!cell) return EMPTY;
  // The hidden parts of a merged area are empty in Excel; ExcelJS would repeat the master's value.
  if (cell.isMerged && cell.master !== cell) return { value: null, formula: null };
  // The cell's type, not its text: ExcelJS gives the Formula type to cells read with <f>, and
  // translates a shared formula's text from its master cell.
  if (cell.type === ExcelJS.ValueType.Formula) return { value: plain(cell.result), formula: `=${cell.formula ?? ''}` };
  return { value: plain(cell.value), formula: null };
}

function findSheet(workbook: ExcelJS.Workbook, name: string): ExcelJS.Worksheet | undefined {
  return workbook.worksheets.find((ws) => ws.name.toLowerCase() === name.toLowerCase());
}

/**
 * `resultValues`: also read the values of the result-only names (costs, scores), which
 * validation never needs; the formula-engine tests compare them.
 * `fileNames`: the defined names as the file has them (readWorkbookFile's `definedNames`), so
 * a template name ExcelJS dropped on load (one at #REF!) is reported as broken, not as missing.
 */
export function readSnapshot(
  workbook: ExcelJS.Workbook,
  source: string,
  fileNames: readonly RawDefinedName[] = [],
  { resultValues = false }: { resultValues?: boolean } = {},
): Snapshot {
  const blocks: Record<string, NamedBlock> = {};
  const broken: Snapshot['broken'] = [];
  const model = workbook.definedNames.model as { name: string; ranges: string[] }[];
  const kept = new Set(model.map((n) => n.name.toLowerCase()));
  for (const { name, reference } of fileNames) {
    if (isTemplateName(name) && !kept.has(name.toLowerCase())) broken.push({ name, reference: reference || '#REF!' });
  }
  for (const { name, ranges } of model) {
    if (!isTemplateName(name)) continue;
    const reference = ranges.join(',');
    const parsed = ranges.length === 1 ? parseNameReference(ranges[0]!) : null;
    const sheet = parsed ? findSheet(workbook, parsed.sheet) : undefined;
    if (!parsed || !sheet) {
      broken.push({ name, reference: reference || '#REF!' });
      continue;
    }
    const range = parseRange(parsed.address);
    if (RESULT_ONLY_NAMES.has(name) && !resultValues) {
      // Only whether each cell still holds a formula matters here, not the results.
      const formulas = Array.from({ length: range.rows }, (_, r) => {
        const row = sheet.findRow(range.row + r + 1);
        return Array.from({ length: range.cols }, (_, c) => readCell(row?.findCell(range.col + c + 1)).formula);
      });
      blocks[name] = { name, sheet: sheet.name, range, values: [], formulas, above: null };
      continue;
    }
    const values: SnapshotValue[][] = [];
    const formulas: (string | null)[][] = [];
    for (let r = 0; r < range.rows; r++) {
      const row = sheet.findRow(range.row + r + 1);
      const cells = Array.from({ length: range.cols }, (_, c) => readCell(row?.findCell(range.col + c + 1)));
      values.push(cells.map((c) => c.value));
      formulas.push(cells.map((c) => c.formula));
    }
    const above =
      range.row === 0
        ? null
        : Array.from({ length: range.cols }, (_, c) => readCell(sheet.findCell(range.row, range.col + c + 1)).value);
    blocks[name] = { name, sheet: sheet.name, range, values, formulas, above };
  }
  return { source, sheetNames: workbook.worksheets.map((ws) => ws.name), blocks, broken };
}
