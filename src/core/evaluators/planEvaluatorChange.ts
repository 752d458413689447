/**
 * An evaluator added to or removed from a workbook's Scorecard, in place (issue 11). As the
 * vendor change does for columns: rows are inserted or deleted where a fresh template with the
 * new evaluator list has them (the evaluator's name row, input block and hidden score rows), so
 * every reference, name and rule of the user's follows; then the Scorecard's template cells,
 * formats and rules are written as that fresh template has them, never over an input already
 * there. The result computes as a fresh template with the same evaluators and inputs.
 *
 * The one-evaluator Scorecard (plain inputs, no blocks) given a second evaluator: the block
 * rows are inserted under the scores, the plain inputs move into the first evaluator's block
 * (named `first`, by default "Evaluator 1"; a formula typed there moves as a copy does) and
 * the input rows become the consensus, as in a fresh template made with both evaluators.
 * A removal never goes back to the plain layout: the last evaluator left keeps a block, as a
 * template made with `--evaluators "Li"` has (plain again would mean moving inputs back up for
 * no gain); the last evaluator cannot be removed.
 */
import { CRITERIA, SCORE_INPUTS } from '../catalogue/criteria';
import { moveRect, type SheetEdit } from '../formulas/shiftRefs';
import { slideFormula } from '../formulas/slideFormula';
import { messages } from '../i18n/messages';
import { MAX_EVALUATOR_NAME_LENGTH, MAX_EVALUATORS } from '../options';
import { sheetRef } from '../plan/a1';
import type { CellBlock, CellContent, Plan, Rect, SheetKey, SheetPlan, WorkbookPatch } from '../plan/types';
import type { Snapshot } from '../snapshot/types';
import { layoutVersion } from '../fill/upgrade';
import { changedSheets, outOfPlace, repaint, shown, templateSheetNames, withoutDecision } from '../template/inPlaceChange';
import { LAYOUT_VERSION, evaluatorRows, scoreRows } from '../template/layout';
import { evaluatorsOf, optionsOf, scenariosOf } from '../template/optionsFromSnapshot';
import { planTemplate } from '../template/planTemplate';
import { templateLanguage, vendorColumns } from '../validation/workbookModel';
import type { HeldInput } from '../vendors/planVendorChange';
import { folded, refuseListName, type ListChangeRefusal } from '../template/listNames';

/** `first`: the name the plain Scorecard's inputs take as the first evaluator's block. */
export type EvaluatorChangeRequest = { kind: 'add'; name: string; before?: string; first?: string } | { kind: 'remove'; name: string };

export type EvaluatorChangeRefusal =
  ListChangeRefusal | { reason: 'unknownEvaluator'; name: string; evaluators: string[] } | { reason: 'lastEvaluator' };

export interface EvaluatorChange {
  /** The evaluator added (trimmed) or removed (as the workbook has it). */
  evaluator: string;
  patch: WorkbookPatch;
  /** The evaluators once the patch is applied, in block order. */
  evaluators: string[];
  /** The evaluator's block index (0-based) added or removed. */
  index: number;
  /** For a removal: the inputs the evaluator's block holds. */
  held: HeldInput[];
}

const refuseName = (name: string, existing: readonly string[]) =>
  refuseListName(name, existing, { maxLength: MAX_EVALUATOR_NAME_LENGTH, maxCount: MAX_EVALUATORS });

function indexOf(name: string, evaluators: readonly string[]): EvaluatorChangeRefusal | number {
  const index = name.trim() === '' ? -1 : evaluators.findIndex((v) => folded(v) === folded(name));
  return index >= 0 ? index : { reason: 'unknownEvaluator', name: name.trim(), evaluators: [...evaluators] };
}

/** The evaluators the workbook's Scorecard has a block for; none for the plain Scorecard. */
export function evaluatorsOfSnapshot(snapshot: Snapshot): string[] {
  return evaluatorsOf(snapshot).evaluators ?? [];
}

export function planEvaluatorChange(snapshot: Snapshot, request: EvaluatorChangeRequest): EvaluatorChange | EvaluatorChangeRefusal {
  if (layoutVersion(snapshot) !== LAYOUT_VERSION) return { reason: 'layout' };
  const sheetNames = templateSheetNames(snapshot);
  if (!sheetNames) return { reason: 'layout' };
  const current = evaluatorsOfSnapshot(snapshot);
  const plain = current.length === 0;

  let index: number;
  let after: string[];
  if (request.kind === 'add') {
    // The plain Scorecard's inputs are one evaluator's, who gets a name and the first block.
    const existing = plain ? [(request.first ?? messages(templateLanguage(snapshot)).template.scorecard.firstEvaluator).trim()] : current;
    if (plain) {
      const refused = refuseName(existing[0]!, []);
      if (refused) return refused;
    }
    const refused = refuseName(request.name, existing);
    if (refused) return refused;
    const before = request.before === undefined ? existing.length : indexOf(request.before, existing);
    if (typeof before !== 'number') return before;
    index = before;
    after = [...existing.slice(0, index), request.name.trim(), ...existing.slice(index)];
  } else {
    const found = indexOf(request.name, current);
    if (typeof found !== 'number') return found;
    if (current.length === 1) return { reason: 'lastEvaluator' };
    index = found;
    after = current.filter((_, i) => i !== index);
  }

  const options = { ...optionsOf(snapshot, vendorColumns(snapshot).length), scenarios: scenariosOf(snapshot) };
  const withDecision = sheetNames.decision !== '';
  const planBefore = withoutDecision(planTemplate(options, [], sheetNames), withDecision);
  const planAfter = withoutDecision(planTemplate({ ...options, evaluators: after }, [], sheetNames), withDecision);
  const misplaced = outOfPlace(snapshot, planBefore, sheetNames);
  if (misplaced) return misplaced;

  const sheet = sheetNames.scorecard;
  const scorecardEdits = plain ? plainEdits(sheet, after.length) : blockEdits(sheet, current.length, index, request.kind === 'add' ? 1 : -1);
  const edits = [...grownSheets(planBefore, planAfter), ...scorecardEdits];
  const moved = (sheetKey: SheetKey, rect: Rect) =>
    edits.filter((e) => e.sheet === sheetNames[sheetKey]).reduce<Rect | null>((x, e) => (x ? moveRect(x, e) : x), rect);
  checkLanding(planBefore, planAfter, moved);
  const fresh = insertedRows(scorecardEdits);
  // The plain inputs' evaluator is first, unless the new one was put before it.
  const carried = plain ? carriedInputs(snapshot, evaluatorRows(after.length).inputRow(index === 0 ? 1 : 0, 0)) : null;
  const changed = changedSheets(planBefore, planAfter, true);
  const patch: WorkbookPatch = {
    edits,
    insertRows: [],
    sheets: changed.map((s) => {
      // Inputs already there stay as typed; inserted rows get the template's.
      const sheet = repaint(s, (row, _col, planned) => (s.key === 'scorecard' && fresh.has(row) ? planned : null));
      return s.key === 'scorecard' && carried ? { ...sheet, blocks: [...sheet.blocks, ...carried] } : sheet;
    }),
    names: planAfter.names.map((p) => ({ name: p.name, sheet: sheetNames[p.sheet], range: p.range, comment: p.comment, replace: true })),
    mustBeEmpty: [],
    // The template's rules of a changed sheet, where the old plan had them (moved by the edits)
    // and where the new one does: the plain inputs' validations go with the inputs.
    clearRules: changed.flatMap((s) => {
      const old = planBefore.sheets.find((b) => b.key === s.key)!;
      const oldRules = [...old.validations, ...old.conditionalFormats].flatMap((r) => {
        const rect = moved(s.key, r.range);
        return rect ? [rect] : [];
      });
      return [...oldRules, ...[...s.validations, ...s.conditionalFormats].map((r) => r.range)].map((range) => ({ sheet: s.name, range }));
    }),
  };
  const held = request.kind === 'remove' ? heldInputs(snapshot, current.length, index) : [];
  return { evaluator: request.kind === 'add' ? after[index]! : current[index]!, patch, evaluators: after, index, held };
}

/** From the plain Scorecard: every row of the evaluators' part inserted under the score rows
 * (the user's own rows below the Scorecard move down with them). */
function plainEdits(sheet: string, count: number): SheetEdit[] {
  const at = scoreRows().reasonRow + 1;
  return [{ sheet, axis: 'rows', at, count: evaluatorRows(count).lastRow + 1 - at }];
}

/**
 * Another sheet the new plan makes longer (the Decision sheet's disagreements, planned only with
 * evaluators): rows inserted under its end, so whatever the user keeps below moves down rather
 * than being written over.
 */
function grownSheets(before: Plan, after: Plan): SheetEdit[] {
  return after.sheets.flatMap((s): SheetEdit[] => {
    const old = before.sheets.find((b) => b.key === s.key);
    if (!old || s.key === 'scorecard') return [];
    const end = lastRow(old);
    const grown = lastRow(s) - end;
    return grown > 0 ? [{ sheet: s.name, axis: 'rows', at: end + 1, count: grown }] : [];
  });
}

/** The last row a sheet plan writes, formats or rules. */
function lastRow(sheet: SheetPlan): number {
  const rects = [...sheet.formats, ...sheet.validations, ...sheet.conditionalFormats].map((x) => x.range.row + x.range.rows - 1);
  return Math.max(-1, ...sheet.blocks.map((b) => b.row + b.cells.length - 1), ...rects);
}

/** One evaluator's rows inserted or deleted: its name row, its block, its hidden score rows
 * (bottom up, so each edit's place is still as planned). */
function blockEdits(sheet: string, n: number, index: number, sign: 1 | -1): SheetEdit[] {
  const rows = evaluatorRows(n);
  return [
    { at: rows.scoresFirstRow + index * CRITERIA.length, count: CRITERIA.length },
    { at: rows.blocksFirstRow + index * rows.blockRows, count: rows.blockRows },
    { at: rows.namesFirstRow + index, count: 1 },
  ].map((e) => ({ sheet, axis: 'rows', at: e.at, count: sign * e.count }));
}

/** Every name of the old plan lands where the new one has it; an evaluator list (which grows
 * or shrinks, or moves whole when a row goes in above its first) is defined anew over its new rows. */
function checkLanding(before: Plan, after: Plan, moved: (sheet: SheetKey, rect: Rect) => Rect | null): void {
  for (const p of before.names) {
    const next = after.names.find((a) => a.name === p.name);
    const landed = moved(p.sheet, p.range);
    const resized = next !== undefined && next.range.rows !== p.range.rows;
    const ok = next && landed && landed.col === next.range.col && landed.cols === next.range.cols && (resized || landed.row === next.range.row);
    if (!ok) throw new Error(`${p.name} would not land where the template with the new evaluators has it`);
  }
}

/** The rows the edits insert, as their final indexes (edits are bottom up). */
function insertedRows(edits: readonly SheetEdit[]): Set<number> {
  const rows = new Set<number>();
  edits.forEach((e, i) => {
    if (e.count <= 0) return;
    const shift = edits.slice(i + 1).reduce((sum, l) => sum + (l.at <= e.at ? l.count : 0), 0);
    for (let r = 0; r < e.count; r++) rows.add(e.at + shift + r);
  });
  return rows;
}

/** The plain inputs as they go into the first evaluator's block starting at `firstRow`: values
 * as typed, formulas as a copy would read them there; blank cells left alone. */
function carriedInputs(snapshot: Snapshot, firstRow: number): CellBlock[] {
  const block = snapshot.blocks.vc_ScoreInputs!;
  const offset = firstRow - block.range.row;
  return block.values.flatMap((row, r) =>
    row.flatMap((value, c): CellBlock[] => {
      const formula = block.formulas[r]?.[c];
      const content: CellContent = formula
        ? { formula: slideFormula(formula.replace(/^=/, ''), offset, 0) }
        : value !== null && typeof value === 'object'
          ? { formula: value.error }
          : value;
      return content === null || content === '' ? [] : [{ row: firstRow + r, col: block.range.col + c, cells: [[content]] }];
    }),
  );
}

/** What the removed evaluator's block holds (its name aside): every input given. */
function heldInputs(snapshot: Snapshot, n: number, index: number): HeldInput[] {
  const block = snapshot.blocks.vc_EvaluatorInputs;
  if (!block) return [];
  const rows = evaluatorRows(n);
  const held: HeldInput[] = [];
  SCORE_INPUTS.forEach((_, k) => {
    const row = rows.inputRow(index, k);
    (block.values[row - block.range.row] ?? []).forEach((value, c) => {
      const text = shown(value);
      if (text === '') return;
      const cell = sheetRef(block.sheet, { row, col: block.range.col + c, rows: 1, cols: 1 }, false);
      held.push({ sheet: block.sheet, cell, block: 'vc_EvaluatorInputs', value: text });
    });
  });
  return held;
}
