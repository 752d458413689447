/**
 * Highlights findings without touching the cells' own formats: each mark is a conditional
 * format whose rule is always true and whose formula carries a marker, so that clearing finds
 * and deletes exactly the marks, leaving the user's formats and conditional formats alone.
 * Marking replaces earlier marks. Both take two syncs (clearing one when there is nothing);
 * protected sheets are unprotected around the write and protected again (protection.ts).
 */
import { parseNameReference } from '../../core/snapshot/types';
import { parseRange } from '../../core/plan/a1';
import { SHEET_ANCHORS } from '../../core/template/sheetNames';
import { findingCells } from '../../core/validation/findingCells';
import type { Finding, Severity } from '../../core/validation/types';
import type { ConditionalFormatLike, RangeLike, RequestContextLike, WorksheetLike } from './excelTypes';
import { protectedSheets, queueProtectionLoad, syncUnprotected, touchedProtected } from './protection';
import { type GridCell, groupIntoRects } from './rects';

export const MARK_MARKER = 'vc_mark';
/** Always true (N of a text is 0); the marker is the text. */
export const MARK_FORMULA = `=N("${MARK_MARKER}")=0`;
export const MARK_FILLS: Record<Severity, string> = { error: '#FF7C80', warning: '#FFC000' };


function wholeSheetFormats(sheet: WorksheetLike): RangeLike {
  const whole = sheet.getRange();
  whole.load({ address: true });
  whole.conditionalFormats.load({ type: true, customOrNullObject: { rule: { formula: true } } });
  return whole;
}

/** Queue the loads of every conditional format on the template sheets and on `sheetNames`. */
function queueScan(context: RequestContextLike, sheetNames: readonly string[]): RangeLike[] {
  const anchored = Object.values(SHEET_ANCHORS).map((n) => context.workbook.names.getItemOrNullObject(n).getRangeOrNullObject().worksheet);
  const named = sheetNames.map((n) => context.workbook.worksheets.getItemOrNullObject(n));
  return [...anchored, ...named].map(wholeSheetFormats);
}

/** After the scan's sync: every mark (each sheet once) with the name of its sheet, and the
 * names of the sheets that exist (lower-case). */
function findMarks(scans: readonly RangeLike[]): { marks: { sheet: string; cf: ConditionalFormatLike }[]; sheets: Set<string> } {
  const sheets = new Set<string>();
  const marks: { sheet: string; cf: ConditionalFormatLike }[] = [];
  for (const whole of scans) {
    if (whole.isNullObject) continue;
    const sheet = parseNameReference(whole.address)?.sheet;
    if (sheet === undefined || sheets.has(sheet.toLowerCase())) continue;
    sheets.add(sheet.toLowerCase());
    for (const cf of whole.conditionalFormats.items) {
      const custom = cf.customOrNullObject;
      if (custom.isNullObject || !custom.rule.formula.includes(`"${MARK_MARKER}"`)) continue;
      marks.push({ sheet, cf });
    }
  }
  return { marks, sheets };
}

/** Remove every mark markFindings added, and nothing else; a protected sheet is unprotected
 * around the deletion (conditional formats cannot change while it is protected). */
export async function clearMarks(context: RequestContextLike): Promise<void> {
  const scans = queueScan(context, []);
  const loaded = queueProtectionLoad(context);
  await context.sync();
  const { marks } = findMarks(scans);
  if (marks.length === 0) return;
  await syncUnprotected(context, touchedProtected(protectedSheets(loaded), marks.map((m) => m.sheet)), () => {
    for (const m of marks) m.cf.delete();
  });
}

/** The findings' cells per sheet and severity; findings about the whole workbook have none. */
function markCells(findings: readonly Finding[]): Map<string, Record<Severity, GridCell<null>[]>> {
  const bySheet = new Map<string, Record<Severity, GridCell<null>[]>>();
  for (const f of findings) {
    const cells = findingCells(f);
    if (!f.sheet || cells.length === 0) continue;
    const entry = bySheet.get(f.sheet) ?? { error: [], warning: [] };
    // A grouped finding (a vendor's Unknown coverage in one layer) marks every cell it lists.
    for (const cell of cells) {
      const r = parseRange(cell);
      for (let row = r.row; row < r.row + r.rows; row++) {
        for (let col = r.col; col < r.col + r.cols; col++) entry[f.severity].push({ row, col, value: null });
      }
    }
    bySheet.set(f.sheet, entry);
  }
  return bySheet;
}

/** Replace the marks with one per finding cell (adjacent cells share one conditional format). */
export async function markFindings(context: RequestContextLike, findings: readonly Finding[]): Promise<void> {
  const cells = markCells(findings);
  const scans = queueScan(context, [...cells.keys()]);
  const loaded = queueProtectionLoad(context);
  await context.sync();
  const { marks, sheets } = findMarks(scans);
  const marked = [...cells.keys()].filter((name) => sheets.has(name.toLowerCase()));
  const touched = [...marks.map((m) => m.sheet), ...marked];
  await syncUnprotected(context, touchedProtected(protectedSheets(loaded), touched), () => {
    for (const m of marks) m.cf.delete();
    for (const sheetName of marked) {
      const sheet = context.workbook.worksheets.getItemOrNullObject(sheetName);
      const bySeverity = cells.get(sheetName)!;
      // Added last is on top: errors win over warnings on a cell with both.
      for (const severity of ['warning', 'error'] as const) {
        for (const { rect } of groupIntoRects(bySeverity[severity])) {
          const cf = sheet.getRangeByIndexes(rect.row, rect.col, rect.rows, rect.cols).conditionalFormats.add('Custom');
          cf.custom.rule.formula = MARK_FORMULA;
          cf.custom.format.fill.color = MARK_FILLS[severity];
        }
      }
    }
  });
}
