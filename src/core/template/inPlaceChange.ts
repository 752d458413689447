/**
 * Parts shared by the changes made to a template in place (a vendor added or removed, an
 * evaluator added or removed): where the template's sheets are, whether its blocks are where a
 * plan puts them, which sheets a change alters, and those sheets written anew without touching
 * the user's inputs.
 */
import type { CellBlock, CellContent, Plan, Rect, SheetKey, SheetPatch, SheetPlan } from '../plan/types';
import type { Snapshot, SnapshotValue } from '../snapshot/types';
import { displayText } from '../validation/workbookModel';
import { SHEET_ANCHORS } from './sheetNames';

/** The template sheets' names as the workbook has them, found through one name on each. */
export function templateSheetNames(snapshot: Snapshot): Record<SheetKey, string> | null {
  const names = {} as Record<SheetKey, string>;
  for (const [key, marker] of Object.entries(SHEET_ANCHORS) as [SheetKey, string][]) {
    const block = snapshot.blocks[marker];
    // A workbook made before the Decision sheet (or upgraded from layout 1) has none.
    if (!block && key === 'decision') {
      names[key] = '';
      continue;
    }
    if (!block) return null;
    names[key] = block.sheet;
  }
  return names;
}

export const sameRect = (a: Rect, b: Rect) => a.row === b.row && a.col === b.col && a.rows === b.rows && a.cols === b.cols;
export const inside = (r: Rect, row: number, col: number) => row >= r.row && row < r.row + r.rows && col >= r.col && col < r.col + r.cols;

/**
 * The workbook must be as `plan` has it: a block the user moved (rows or columns inserted
 * inside the template) would put the change in the wrong place. A block the plan has and the
 * workbook lacks: deleted, or made before the block existed.
 */
export function outOfPlace(
  snapshot: Snapshot,
  plan: Plan,
  sheetNames: Record<SheetKey, string>,
): { reason: 'missing'; names: string[] } | { reason: 'moved'; names: string[] } | null {
  const missing = plan.names.filter((p) => !snapshot.blocks[p.name]);
  if (missing.length > 0) return { reason: 'missing', names: missing.map((m) => m.name) };
  const moved = plan.names.filter((p) => {
    const block = snapshot.blocks[p.name]!;
    return block.sheet !== sheetNames[p.sheet] || !sameRect(block.range, p.range);
  });
  return moved.length > 0 ? { reason: 'moved', names: moved.map((m) => m.name) } : null;
}

/** The sheets whose template shape differs between the two plans; `content`: their cells too. */
export function changedSheets(before: Plan, after: Plan, content = false): SheetPlan[] {
  return after.sheets.filter((s) => {
    const old = before.sheets.find((b) => b.key === s.key)!;
    const shape = (x: SheetPlan) =>
      JSON.stringify([
        content ? x.blocks : x.blocks.map((b) => [b.row, b.col, b.cells.length, b.cells[0]?.length]),
        x.formats,
        x.validations,
        x.conditionalFormats,
        x.hidden,
        x.columnWidths,
      ]);
    return shape(old) !== shape(s);
  });
}

/**
 * The sheet as the plan has it, but each input cell as `input` says: null leaves the cell as
 * it is (the user's input, in both writers), else what to write there.
 */
export function repaint(sheet: SheetPlan, input: (row: number, col: number, planned: CellContent) => CellContent): SheetPatch {
  const inputs = sheet.formats.filter((f) => f.unlocked).map((f) => f.range);
  const blocks: CellBlock[] = sheet.blocks
    .map((b) => ({
      ...b,
      cells: b.cells.map((cells, r) =>
        cells.map((c, k): CellContent => (inputs.some((rect) => inside(rect, b.row + r, b.col + k)) ? input(b.row + r, b.col + k, c) : c)),
      ),
    }))
    .filter((b) => b.cells.some((r) => r.some((c) => c !== null)));
  return {
    name: sheet.name,
    blocks,
    formats: sheet.formats,
    validations: sheet.validations,
    conditionalFormats: sheet.conditionalFormats,
    hidden: sheet.hidden,
    columnWidths: sheet.columnWidths,
  };
}

/** A cell as the user reads it, trimmed ('' for blank or a formula the plan has not computed). */
export function shown(value: SnapshotValue | CellContent | undefined): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'object' && 'error' in value) return value.error;
  if (typeof value === 'object') return '';
  return displayText(value).trim();
}

/** What the plan writes in one cell of a sheet. */
export function plannedValue(sheet: SheetPlan, row: number, col: number): CellContent {
  for (const b of sheet.blocks) {
    const cell = b.cells[row - b.row]?.[col - b.col];
    if (cell !== undefined) return cell;
  }
  return null;
}

/**
 * A workbook without the Decision sheet (made before it, or upgraded from layout 1) changes
 * vendors or evaluators as it is: the plans leave out that sheet, its names, its threshold on Assumptions and
 * the verdict beside the Overview's ranking (which would read a missing name).
 */
export function withoutDecision(plan: Plan, keep: boolean): Plan {
  if (keep) return plan;
  const decisionNames = new Set(plan.names.filter((n) => n.sheet === 'decision' || n.name === 'vc_AbnormalThreshold').map((n) => n.name));
  const threshold = plan.names.find((n) => n.name === 'vc_AbnormalThreshold')!.range;
  const dropped = (sheet: SheetPlan, block: CellBlock) =>
    JSON.stringify(block.cells).includes('vc_DecisionVerdict') || (sheet.key === 'assumptions' && block.row >= threshold.row - 1);
  return {
    ...plan,
    sheets: plan.sheets
      .filter((s) => s.key !== 'decision')
      .map((s) => {
        if (s.key !== 'assumptions' && s.key !== 'overview') return s;
        const kept = <T extends { range: Rect }>(x: T) => s.key !== 'assumptions' || x.range.row < threshold.row - 1;
        return { ...s, blocks: s.blocks.filter((b) => !dropped(s, b)), formats: s.formats.filter(kept), validations: s.validations.filter(kept) };
      }),
    names: plan.names.filter((n) => !decisionNames.has(n.name)),
  };
}
