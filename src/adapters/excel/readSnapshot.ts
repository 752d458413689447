/**
 * Reads a validation Snapshot through Office.js in exactly two syncs, whatever the size: the
 * first lists the sheets and the defined names, the second loads every template block with the row
 * above it and which of its cells hold real formulas (formulaCells.ts). The semantics follow
 * src/adapters/xlsx/readSnapshot.ts, except that empty cells read as "" (what Excel returns)
 * where ExcelJS gives null.
 */
import { nameExtent, nameTooLarge } from '../../core/snapshot/limits';
import { parseRange, rectAddress } from '../../core/plan/a1';
import type { Rect } from '../../core/plan/types';
import { RESULT_ONLY_NAMES, parseNameReference, type NamedBlock, type Snapshot, type SnapshotValue } from '../../core/snapshot/types';
import { isTemplateName } from '../../core/template/planTemplate';
import type { RangeLike, RequestContextLike, WorksheetLike } from './excelTypes';
import { canListFormulaCells, type FormulaEvidence, formulaTexts, queueFormulaEvidence } from './formulaCells';

/** Snapshot.source for a workbook read through Office.js. */
export const EXCEL_SOURCE = 'Excel workbook';

/** Office.js value types are string enums; compare their text. */
const ERROR_TYPE = 'Error';

/** One value as read: error cells (valueTypes "Error") become { error: "#N/A" }. */
export function snapshotValue(value: unknown, valueType: unknown): SnapshotValue {
  if (String(valueType) === ERROR_TYPE) return { error: String(value) };
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  return value === null || value === undefined ? '' : String(value);
}

export function snapshotValues(values: unknown[][], types: unknown[][]): SnapshotValue[][] {
  return values.map((row, r) => row.map((v, c) => snapshotValue(v, types[r]?.[c])));
}

interface PendingBlock {
  name: string;
  sheet: string;
  rect: Rect;
  range: RangeLike;
  formulaCells: FormulaEvidence;
  above: RangeLike | null;
}

/** A proxy per sheet, shared by the blocks on it. */
function sheetProxies(context: RequestContextLike): (name: string) => WorksheetLike {
  const proxies = new Map<string, WorksheetLike>();
  return (name) => {
    if (!proxies.has(name)) proxies.set(name, context.workbook.worksheets.getItemOrNullObject(name));
    return proxies.get(name)!;
  };
}

export async function readSnapshot(context: RequestContextLike): Promise<Snapshot> {
  const sheets = context.workbook.worksheets.load({ name: true });
  const names = context.workbook.names.load({ name: true, formula: true });
  await context.sync();

  const sheetNames = sheets.items.map((s) => s.name);
  const sheetOf = sheetProxies(context);
  const listFormulaCells = canListFormulaCells();
  const broken: Snapshot['broken'] = [];
  const pending: PendingBlock[] = [];
  const resultOnly: Omit<PendingBlock, 'above'>[] = [];
  for (const item of names.items) {
    if (!isTemplateName(item.name)) continue;
    const reference = typeof item.formula === 'string' ? item.formula : String(item.formula ?? '');
    const parsed = parseNameReference(reference);
    const sheet = parsed ? sheetNames.find((n) => n.toLowerCase() === parsed.sheet.toLowerCase()) : undefined;
    if (!parsed || sheet === undefined) {
      broken.push({ name: item.name, reference: reference || '#REF!' });
      continue;
    }
    // A name stretched over a whole sheet would ask Excel for billions of cells: not read.
    if (nameTooLarge(nameExtent(reference), true)) {
      broken.push({ name: item.name, reference, oversized: true });
      continue;
    }
    const rect = parseRange(parsed.address);
    const ws = sheetOf(sheet);
    if (RESULT_ONLY_NAMES.has(item.name)) {
      // Only whether each cell still holds a formula matters here, not the results.
      const range = ws.getRange(rectAddress(rect)).load({ formulas: true, values: !listFormulaCells });
      resultOnly.push({ name: item.name, sheet, rect, range, formulaCells: queueFormulaEvidence(range, listFormulaCells) });
      continue;
    }
    const range = ws.getRange(rectAddress(rect)).load({ values: true, formulas: true, valueTypes: true });
    const formulaCells = queueFormulaEvidence(range, listFormulaCells);
    const above =
      rect.row === 0 ? null : ws.getRange(rectAddress({ ...rect, row: rect.row - 1, rows: 1 })).load({ values: true, valueTypes: true });
    pending.push({ name: item.name, sheet, rect, range, formulaCells, above });
  }
  await context.sync();

  const blocks: Record<string, NamedBlock> = {};
  for (const p of resultOnly) {
    if (p.range.isNullObject) continue;
    const formulas = formulaTexts(p.range, p.rect, p.formulaCells);
    blocks[p.name] = { name: p.name, sheet: p.sheet, range: p.rect, values: [], formulas, above: null };
  }
  for (const p of pending) {
    // The sheet was deleted between the two syncs: the name now points nowhere.
    if (p.range.isNullObject) {
      broken.push({ name: p.name, reference: '#REF!' });
      continue;
    }
    blocks[p.name] = {
      name: p.name,
      sheet: p.sheet,
      range: p.rect,
      values: snapshotValues(p.range.values, p.range.valueTypes),
      formulas: formulaTexts(p.range, p.rect, p.formulaCells),
      above: p.above ? (snapshotValues(p.above.values, p.above.valueTypes)[0] ?? null) : null,
    };
  }
  return { source: EXCEL_SOURCE, sheetNames, blocks, broken };
}
