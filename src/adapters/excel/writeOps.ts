/**
 * A Plan as the list of Office.js writes that render it, as plain data: easy to test, to
 * measure and to split into batches. Order matters and is kept safe for any split into
 * consecutive batches: every sheet with its content first, then defined names (which need the
 * sheets), then validations and conditional formats (whose formulas may use the names), the
 * chart (which needs its source cells), the sheets' protection, and the sheet to show last.
 */
import type { DocumentPropertiesPlan, Plan, Rect, SheetPatch, SheetPlan, StyleKey, WorkbookPatch } from '../../core/plan/types';
import { type ExcelInput, toExcelInput } from './excelText';
import { OWN_CHART_NAME, type ChartSpec } from './overviewChart';
import { CONDITIONAL_STYLES, columnWidthPoints } from './styles';

export type WriteOp =
  | { kind: 'addSheet'; sheet: string; tabColor: string }
  | { kind: 'insertRows'; sheet: string; at: number; count: number }
  /** Columns inserted (count > 0) or deleted, or rows deleted, as Excel's Insert / Delete does. */
  | { kind: 'edit'; sheet: string; axis: 'rows' | 'cols'; at: number; count: number }
  | { kind: 'clear'; sheet: string; rect: Rect }
  | { kind: 'clearRules'; sheet: string; rect: Rect }
  | { kind: 'deleteChart'; sheet: string; name: string }
  | { kind: 'cells'; sheet: string; rect: Rect; property: 'values' | 'formulas'; data: ExcelInput[][] }
  | { kind: 'format'; sheet: string; rect: Rect; style?: StyleKey; numberFormat?: string; unlocked?: true }
  | { kind: 'columnWidth'; sheet: string; col: number; cols: number; points: number }
  | { kind: 'rowHeight'; sheet: string; row: number; points: number }
  | { kind: 'freeze'; sheet: string; rows: number; cols: number }
  | { kind: 'hide'; sheet: string; rows: number[]; cols: number[] }
  | { kind: 'validation'; sheet: string; rect: Rect; rule: Excel.DataValidationRule; prompt?: string; error?: string }
  | { kind: 'conditionalFormat'; sheet: string; rect: Rect; formula: string; fill?: string; fontColor?: string }
  | { kind: 'name'; sheet: string; name: string; rect: Rect; comment: string; replace?: boolean }
  | ({ kind: 'chart' } & ChartSpec)
  | { kind: 'activate'; sheet: string }
  | { kind: 'protect'; sheet: string }
  | { kind: 'print'; sheet: string; titleRows: number; titleCols: number; pagesTall: number; footer: Footer }
  | { kind: 'properties'; values: Partial<DocumentPropertiesPlan> };

/** A footer in Excel's codes ("&L...&C...&R...") as Office.js takes it, one string per section. */
export interface Footer {
  left: string;
  center: string;
  right: string;
}

export function footerSections(codes: string): Footer {
  const part = (tag: 'L' | 'C' | 'R') => new RegExp(`&${tag}(.*?)(?=&[LCR]|$)`).exec(codes)?.[1] ?? '';
  return { left: part('L'), center: part('C'), right: part('R') };
}

/** `printing`: the host has Worksheet.pageLayout (ExcelApi 1.9); older hosts print as they would. */
export function buildWriteOps(plan: Plan, chart: ChartSpec | null = null, printing = false): WriteOp[] {
  const sheetName = new Map(plan.sheets.map((s) => [s.key, s.name]));
  const ops: WriteOp[] = plan.sheets.flatMap(sheetContentOps);
  if (printing) {
    const footer = footerSections(plan.footer);
    for (const s of plan.sheets)
      ops.push({ kind: 'print', sheet: s.name, titleRows: s.freeze.rows, titleCols: s.freeze.cols, pagesTall: s.print.pagesTall, footer });
  }
  for (const n of plan.names) {
    const sheet = sheetName.get(n.sheet);
    if (!sheet) throw new Error(`defined name ${n.name} points at sheet ${n.sheet}, which the plan lacks`);
    ops.push({ kind: 'name', sheet, name: n.name, rect: n.range, comment: n.comment });
  }
  ops.push(...plan.sheets.flatMap(sheetRuleOps));
  if (chart) ops.push({ kind: 'chart', ...chart });
  // Last: a protected sheet takes no more formats, rules or charts.
  for (const s of plan.sheets) ops.push({ kind: 'protect', sheet: s.name });
  const shown = plan.sheets.find((s) => s.key === 'overview') ?? plan.sheets[0];
  if (shown) ops.push({ kind: 'activate', sheet: shown.name });
  return ops;
}

/**
 * An upgrade of a workbook that holds a template: the row insertions first (Excel moves every
 * reference), then the patch's cells, formats and hidden rows, the names, and the rules.
 */
export function buildPatchOps(patch: WorkbookPatch, chart: ChartSpec | null = null): WriteOp[] {
  const ops: WriteOp[] = (patch.edits ?? []).map((e) => ({ kind: 'edit', sheet: e.sheet, axis: e.axis, at: e.at, count: e.count }));
  ops.push(...patch.insertRows.map((i): WriteOp => ({ kind: 'insertRows', sheet: i.sheet, at: i.at, count: i.count })));
  for (const c of patch.clearCells ?? []) ops.push({ kind: 'clear', sheet: c.sheet, rect: c.range });
  for (const c of patch.clearRules ?? []) ops.push({ kind: 'clearRules', sheet: c.sheet, rect: c.range });
  ops.push(...patch.sheets.flatMap((s) => [...patchContentOps(s), ...columnWidthOps(s.name, s.columnWidths ?? [])]));
  for (const n of patch.names) ops.push({ kind: 'name', sheet: n.sheet, name: n.name, rect: n.range, comment: n.comment, replace: n.replace });
  ops.push(...patch.sheets.flatMap(sheetRuleOps));
  if (chart) ops.push({ kind: 'deleteChart', sheet: chart.sheet, name: OWN_CHART_NAME }, { kind: 'chart', ...chart });
  return ops;
}

function sheetContentOps(s: SheetPlan): WriteOp[] {
  const sheet = s.name;
  const ops: WriteOp[] = [{ kind: 'addSheet', sheet, tabColor: s.tabColor }, ...patchContentOps(s)];
  ops.push(...columnWidthOps(sheet, s.columnWidths));
  for (const h of s.rowHeights) ops.push({ kind: 'rowHeight', sheet, row: h.row, points: h.height });
  if (s.freeze.rows > 0 || s.freeze.cols > 0) ops.push({ kind: 'freeze', sheet, rows: s.freeze.rows, cols: s.freeze.cols });
  return ops;
}

function patchContentOps(s: SheetPatch): WriteOp[] {
  const sheet = s.name;
  const ops: WriteOp[] = [];
  for (const block of s.blocks) {
    const rows = block.cells.length;
    const cols = block.cells[0]?.length ?? 0;
    if (rows === 0 || cols === 0) continue;
    // One write per block: `formulas` accepts constants too, so a block mixing formulas and
    // values goes in a single call.
    const hasFormula = block.cells.some((r) => r.some((c) => c !== null && typeof c === 'object'));
    ops.push({
      kind: 'cells',
      sheet,
      rect: { row: block.row, col: block.col, rows, cols },
      property: hasFormula ? 'formulas' : 'values',
      data: block.cells.map((r) => r.map(toExcelInput)),
    });
  }
  for (const f of s.formats) {
    ops.push({
      kind: 'format',
      sheet,
      rect: f.range,
      ...(f.style ? { style: f.style } : {}),
      ...(f.numberFormat ? { numberFormat: f.numberFormat } : {}),
      ...(f.unlocked ? { unlocked: true } : {}),
    });
  }
  if (s.hidden.rows.length > 0 || s.hidden.cols.length > 0) ops.push({ kind: 'hide', sheet, rows: s.hidden.rows, cols: s.hidden.cols });
  return ops;
}

function sheetRuleOps(s: SheetPatch): WriteOp[] {
  const sheet = s.name;
  const ops: WriteOp[] = [];
  for (const v of s.validations) {
    ops.push({
      kind: 'validation',
      sheet,
      rect: v.range,
      rule: validationRule(v),
      ...(v.prompt ? { prompt: v.prompt } : {}),
      ...(v.error ? { error: v.error } : {}),
    });
  }
  for (const cf of s.conditionalFormats) {
    const formula = cf.formula.startsWith('=') ? cf.formula : `=${cf.formula}`;
    ops.push({ kind: 'conditionalFormat', sheet, rect: cf.range, formula, ...CONDITIONAL_STYLES[cf.style] });
  }
  return ops;
}

function validationRule(v: SheetPlan['validations'][number]): Excel.DataValidationRule {
  if (v.kind === 'list') {
    // An inline list is comma-separated: an item holding a comma cannot be expressed.
    const bad = v.items.find((item) => item.includes(','));
    if (bad !== undefined) throw new Error(`list item "${bad}" contains a comma`);
    return { list: { inCellDropDown: true, source: v.items.join(',') } };
  }
  const basic: Excel.BasicDataValidation =
    v.max === undefined ? { formula1: v.min, operator: 'GreaterThanOrEqualTo' } : { formula1: v.min, formula2: v.max, operator: 'Between' };
  return v.kind === 'whole' ? { wholeNumber: basic } : { decimal: basic };
}

/** Fixed cost per operation for the object paths and action records Office.js adds. */
const OP_OVERHEAD_BYTES = 200;

/** A generous estimate of the bytes an operation adds to the request. */
/**
 * Neighbouring columns of one width in one op (RangeFormat.columnWidth sets every column the
 * range spans): a vendor block of 50 columns is one request entry, not 50.
 */
function columnWidthOps(sheet: string, widths: readonly { col: number; width: number }[]): WriteOp[] {
  const ops: Extract<WriteOp, { kind: 'columnWidth' }>[] = [];
  for (const w of [...widths].sort((a, b) => a.col - b.col)) {
    const points = columnWidthPoints(w.width);
    const last = ops.at(-1);
    if (last && last.points === points && last.col + last.cols === w.col) last.cols++;
    else ops.push({ kind: 'columnWidth', sheet, col: w.col, cols: 1, points });
  }
  return ops;
}

export function estimateBytes(op: WriteOp): number {
  let bytes = OP_OVERHEAD_BYTES + new TextEncoder().encode(JSON.stringify(op)).length;
  // A number format is sent as a 2-D array with one string per cell.
  if (op.kind === 'format' && op.numberFormat) bytes += op.rect.rows * op.rect.cols * (op.numberFormat.length + 3);
  return bytes;
}

/**
 * Consecutive batches of at most `budgetBytes` each, but never more than `maxBatches`: the
 * last batch takes whatever remains.
 */
export function splitIntoBatches(ops: readonly WriteOp[], budgetBytes: number, maxBatches: number): WriteOp[][] {
  const batches: WriteOp[][] = [[]];
  let size = 0;
  for (const op of ops) {
    const bytes = estimateBytes(op);
    const current = batches[batches.length - 1]!;
    if (current.length > 0 && size + bytes > budgetBytes && batches.length < maxBatches) {
      batches.push([op]);
      size = bytes;
    } else {
      current.push(op);
      size += bytes;
    }
  }
  return batches;
}
