/**
 * Upgrading a template made by the previous version (layout 1: model-specific formulas, no
 * quote currency, no exchange rates, no version stamp) to this layout, in place: rows are
 * inserted on Pricing as Excel's "Insert rows" does (every reference follows, the user's own
 * formulas and charts included), then the new rows, labels and tables are written. Inputs are
 * never written; the computed formulas are then re-derived by the ordinary fill.
 */
import { PRICING_INPUTS } from '../catalogue/pricingInputs';
import type { CellBlock, Plan, Rect, RowInsertionPlan, SheetKey, SheetPatch, SheetPlan, WorkbookPatch } from '../plan/types';
import { shiftFormulaRows, shiftRect } from '../formulas/shiftRefs';
import type { NamedBlock, Snapshot } from '../snapshot/types';
import { ASSUMPTIONS as A, FIRST_VENDOR_COL, LAYOUT_VERSION, PRICING as P, pricingComputedRows } from '../template/layout';
import { chartAnchor } from '../template/overviewChartData';
import { planTemplate } from '../template/planTemplate';
import { inputName } from '../template/pricingSheet';
import { optionsOf, scenariosOf } from '../template/optionsFromSnapshot';
import { displayText } from '../validation/workbookModel';

/** The names layout 2 adds on Pricing and Assumptions (Questions and Scorecard add their own). */
const NEW_NAMES: ReadonlySet<string> = new Set(['vc_QuoteCurrency', 'vc_LayoutVersion', 'vc_FxCurrency', 'vc_FxRate', 'vc_ModelLabels', 'vc_Requires']);

/** Computed rows of layout 1: missing, status, three model helpers, 3 x 10 years, five totals. */
const V1_COMPUTED_ROWS = 40;

/** The layout the workbook has: its stamp, or 1 for a template made before the stamp existed. */
export function layoutVersion(snapshot: Snapshot): number {
  const stamp = snapshot.blocks.vc_LayoutVersion?.values[0]?.[0];
  return typeof stamp === 'number' ? stamp : snapshot.blocks.vc_LayoutVersion ? Number.NaN : 1;
}

export type UpgradeRefusal = 'layout' | 'columns';

export interface Upgrade {
  patch: WorkbookPatch;
  /** The snapshot as it will read once the patch is applied (ranges moved, new blocks empty). */
  after: Snapshot;
  /** Where a row of the patched sheet was before: null for an inserted row. */
  rowBefore(sheet: string, row: number): number | null;
}

/** Take the rows `from`..`to` of a planned sheet, moved `offset` rows down, as a patch. */
function region(plan: SheetPlan, name: string, from: number, to: number, offset: number): SheetPatch {
  const inRows = (r: Rect) => r.row >= from && r.row + r.rows - 1 <= to;
  const moved = <T extends { range: Rect }>(x: T): T => ({ ...x, range: { ...x.range, row: x.range.row + offset } });
  const blocks: CellBlock[] = plan.blocks.flatMap((b) => {
    const rows = b.cells.map((cells, r) => ({ cells, row: b.row + r })).filter((x) => x.row >= from && x.row <= to);
    return rows.length === 0 ? [] : [{ row: rows[0]!.row + offset, col: b.col, cells: rows.map((x) => x.cells) }];
  });
  return {
    name,
    blocks,
    formats: plan.formats.filter((f) => inRows(f.range)).map(moved),
    validations: plan.validations.filter((v) => inRows(v.range)).map(moved),
    conditionalFormats: plan.conditionalFormats.filter((c) => inRows(c.range)).map(moved),
    hidden: { rows: plan.hidden.rows.filter((r) => r >= from && r <= to).map((r) => r + offset), cols: [] },
  };
}

/** Only what lies in columns `from` and right of it. */
function fromColumn(part: SheetPatch, from: number): SheetPatch {
  const inCols = (r: Rect) => r.col >= from;
  return {
    ...part,
    blocks: part.blocks.filter((x) => x.col >= from),
    formats: part.formats.filter((f) => inCols(f.range)),
    validations: part.validations.filter((v) => inCols(v.range)),
    conditionalFormats: part.conditionalFormats.filter((c) => inCols(c.range)),
  };
}

/** Only the cells left of the vendor columns: labels and units, never a vendor's cell. */
function labelsOnly(part: SheetPatch): SheetPatch {
  return { ...part, blocks: part.blocks.filter((x) => x.col < FIRST_VENDOR_COL.pricing) };
}

function merge(name: string, parts: SheetPatch[], hiddenCols: number[] = []): SheetPatch {
  return {
    name,
    blocks: parts.flatMap((p) => p.blocks),
    formats: parts.flatMap((p) => p.formats),
    validations: parts.flatMap((p) => p.validations),
    conditionalFormats: parts.flatMap((p) => p.conditionalFormats),
    hidden: { rows: parts.flatMap((p) => p.hidden.rows), cols: hiddenCols },
  };
}

/**
 * The patch from layout 1 to this layout, or why it cannot be made safely: 'layout' when the
 * workbook is not the previous version's layout, 'columns' when columns were inserted before the
 * vendors (the new labels would land in the wrong column).
 */
export function planUpgrade(snapshot: Snapshot): Upgrade | { refused: UpgradeRefusal } {
  const b = snapshot.blocks;
  const { vc_Model: model, vc_Computed: computed, vc_Term: term, vc_Placeholders: placeholders, vc_Language: language } = b;
  if (!model || !computed || !term || !placeholders || !language || b.vc_QuoteCurrency) return { refused: 'layout' };
  if (computed.sheet !== model.sheet || computed.range.rows !== V1_COMPUTED_ROWS || computed.range.cols !== model.range.cols) {
    return { refused: 'layout' };
  }
  if (model.range.col !== FIRST_VENDOR_COL.pricing || computed.range.col !== FIRST_VENDOR_COL.pricing) return { refused: 'columns' };
  if (language.sheet !== term.sheet || placeholders.sheet !== term.sheet) return { refused: 'layout' };
  if (term.range.col !== A.valueCol) return { refused: 'columns' };

  const pricing = model.sheet;
  const assumptions = term.sheet;
  // The quote-currency row under the model row; three rows after the status row for the model
  // number, the exchange rate and the four effective terms (the three old helper rows stay).
  const first: RowInsertionPlan = { sheet: pricing, at: model.range.row + 1, count: 1 };
  const statusAfterFirst = computed.range.row + 1 + 1;
  const second: RowInsertionPlan = { sheet: pricing, at: statusAfterFirst + 1, count: 3 };
  const insertRows = [first, second];

  const plan: Plan = planTemplate({ ...optionsOf(snapshot, model.range.cols), scenarios: scenariosOf(snapshot) });
  const planned = (key: SheetKey) => plan.sheets.find((s) => s.key === key)!;
  const c = pricingComputedRows();
  const headerOffset = (b.vc_VendorNames?.range.row ?? model.range.row - 1) - P.headerRow;
  const modelOffset = model.range.row + 1 - P.quoteCurrencyRow;
  const computedOffset = computed.range.row + 1 - c.missingRow;
  const inputs = PRICING_INPUTS.map((input) => {
    const block = b[inputName(input.key)];
    return block ? block.range.row + 1 : null;
  });
  if (inputs.some((row) => row === null)) return { refused: 'layout' };
  const pricingPlan = planned('pricing');
  const inputRegions = PRICING_INPUTS.map((input, i) => {
    const at = pricingPlan.blocks.find((x) => x.col === 0 && x.cells[0]?.[0] === input.key)!.row;
    const part = region(pricingPlan, pricing, at, at, inputs[i]! - at);
    // Labels and formats only: an input cell is never written.
    return { ...labelsOnly(part), validations: [], conditionalFormats: [] };
  });
  const quoteRow = labelsOnly(region(pricingPlan, pricing, P.quoteCurrencyRow, P.quoteCurrencyRow, modelOffset));
  const pricingPatch = merge(
    pricing,
    [
      region(pricingPlan, pricing, P.titleRow, P.noteRow, headerOffset),
      quoteRow,
      ...inputRegions,
      // Labels and formats; the formulas come from the ordinary fill, which follows the names.
      labelsOnly(region(pricingPlan, pricing, c.sectionRow, c.lastRow, computedOffset)),
    ],
    [P.keyCol],
  );

  const assumptionsPlan = planned('assumptions');
  const tablesOffset = placeholders.range.row + placeholders.range.rows - (A.placeholdersFirstRow + A.placeholderRows);
  const lastTableRow = A.requiresFirstRow + PRICING_INPUTS.length - 1;
  const versionRow = region(assumptionsPlan, assumptions, A.languageRow, A.languageRow, language.range.row - A.languageRow);
  const assumptionsPatch = merge(assumptions, [
    { ...versionRow, blocks: versionRow.blocks.filter((x) => x.col >= A.versionLabelCol) },
    region(assumptionsPlan, assumptions, A.fxSectionRow, lastTableRow, tablesOffset),
  ]);

  const offsets: Record<string, number> = {
    vc_QuoteCurrency: modelOffset,
    vc_LayoutVersion: language.range.row - A.languageRow,
  };
  const newNames = plan.names
    .filter((n) => NEW_NAMES.has(n.name))
    .map((n) => ({
      name: n.name,
      sheet: n.sheet === 'pricing' ? pricing : assumptions,
      range: { ...n.range, row: n.range.row + (offsets[n.name] ?? tablesOffset) },
      comment: n.comment,
    }));
  const extra = [
    questionsUpgrade(snapshot, plan),
    coverageUpgrade(snapshot, plan),
    scorecardUpgrade(snapshot, plan),
    overviewUpgrade(snapshot, plan),
  ].filter((x) => x !== null);
  insertRows.push(...extra.flatMap((x) => x.insertRows));
  const tables = { row: A.fxSectionRow + tablesOffset, col: 0, rows: lastTableRow - A.fxSectionRow + 1, cols: 1 + 4 };
  const version = { row: language.range.row, col: A.versionLabelCol, rows: 1, cols: A.versionCol - A.versionLabelCol + 1 };
  const patch: WorkbookPatch = {
    insertRows,
    sheets: [pricingPatch, assumptionsPatch, ...extra.map((x) => x.sheet)],
    names: [...newNames, ...extra.flatMap((x) => x.names)],
    mustBeEmpty: [
      // Layout 1 had Pricing's title and note in column A, which this layout hides.
      { sheet: pricing, range: { row: P.titleRow + headerOffset, col: P.labelCol, rows: P.noteRow - P.titleRow + 1, cols: 1 } },
      { sheet: assumptions, range: tables },
      { sheet: assumptions, range: version },
      ...extra.flatMap((x) => x.mustBeEmpty),
    ],
  };
  return { patch, after: snapshotAfter(snapshot, patch), rowBefore: (sheet, row) => rowBefore(insertRows, sheet, row) };
}

type SheetUpgrade = { insertRows: RowInsertionPlan[]; sheet: SheetPatch; names: WorkbookPatch['names']; mustBeEmpty: WorkbookPatch['mustBeEmpty'] };

const sameRect = (a: Rect, b: Rect) => a.row === b.row && a.col === b.col && a.rows === b.rows && a.cols === b.cols;

function plannedName(plan: Plan, name: string): { range: Rect; comment: string } {
  return plan.names.find((n) => n.name === name)!;
}

/**
 * Layout 1 counted real answers with TRANSPOSE inside MMULT, which Excel 2016 computes only as an
 * array formula: the per-answer helpers and their sums replace it, where the Questions sheet is
 * as the template wrote it (same rows and columns); otherwise it is left as it is.
 */
function questionsUpgrade(snapshot: Snapshot, plan: Plan): SheetUpgrade | null {
  const answers = snapshot.blocks.vc_Answers;
  const answered = snapshot.blocks.vc_Answered;
  const ids = snapshot.blocks.vc_QuestionIds;
  if (!answers || !answered || !ids) return null;
  const planned = plan.sheets.find((s) => s.key === 'questions')!;
  if (!sameRect(answers.range, plannedName(plan, 'vc_Answers').range) || !sameRect(answered.range, plannedName(plan, 'vc_Answered').range)) return null;
  const plannedIds = planned.blocks.find((x) => x.col === 0 && x.row === answers.range.row)?.cells.map((r) => r[0]);
  const workbookIds = ids.values.map((r) => displayText(r[0] ?? null).trim());
  if (JSON.stringify(plannedIds) !== JSON.stringify(workbookIds)) return null;
  const checks = plannedName(plan, 'vc_AnswerChecks');
  // Right of the answers, all new: the contract statuses, the notes and the "answered?" helpers.
  const right = answers.range.col + answers.range.cols;
  const added = fromColumn(region(planned, answers.sheet, 0, answers.range.row + answers.range.rows - 1, 0), right);
  const counts = region(planned, answers.sheet, answered.range.row, answered.range.row, 0);
  const sums = { ...counts, blocks: counts.blocks.filter((x) => x.col >= answers.range.col), formats: [] };
  const newColumns = { row: 0, col: right, rows: answers.range.row + answers.range.rows, cols: checks.range.col + checks.range.cols - right };
  return {
    insertRows: [],
    sheet: merge(answers.sheet, [added, sums]),
    names: ['vc_InContract', 'vc_Evidence', 'vc_AnswerChecks'].map((name) => ({ ...plannedName(plan, name), name, sheet: answers.sheet })),
    mustBeEmpty: [{ sheet: answers.sheet, range: newColumns }],
  };
}

/** The Paid price and unit blocks right of the coverage statuses, where the Coverage sheet is as
 * the template wrote it (same rows, columns and items); otherwise it is left as it is. */
function coverageUpgrade(snapshot: Snapshot, plan: Plan): SheetUpgrade | null {
  const grid = snapshot.blocks.vc_Coverage;
  const ids = snapshot.blocks.vc_CoverageIds;
  if (!grid || !ids || !sameRect(grid.range, plannedName(plan, 'vc_Coverage').range)) return null;
  const planned = plan.sheets.find((s) => s.key === 'coverage')!;
  const plannedIds = planned.blocks.find((x) => x.col === 0 && x.row === grid.range.row)?.cells.map((r) => r[0]);
  if (JSON.stringify(plannedIds) !== JSON.stringify(ids.values.map((r) => displayText(r[0] ?? null).trim()))) return null;
  const right = grid.range.col + grid.range.cols;
  const units = plannedName(plan, 'vc_CoverageUnit');
  const newColumns = { row: 0, col: right, rows: grid.range.row + grid.range.rows, cols: units.range.col + units.range.cols - right };
  return {
    insertRows: [],
    sheet: merge(grid.sheet, [fromColumn(region(planned, grid.sheet, 0, grid.range.row + grid.range.rows - 1, 0), right)]),
    names: ['vc_CoveragePrice', 'vc_CoverageUnit'].map((name) => ({ ...plannedName(plan, name), name, sheet: grid.sheet })),
    mustBeEmpty: [{ sheet: grid.sheet, range: newColumns }],
  };
}

/** The status row naming the criteria still unrated, under the C6 score, where the Scorecard is
 * as the template wrote it; otherwise it is left as it is. */
function scorecardUpgrade(snapshot: Snapshot, plan: Plan): SheetUpgrade | null {
  const inputs = snapshot.blocks.vc_ScoreInputs;
  const quality = snapshot.blocks.vc_QualityScore;
  if (!inputs || !quality || inputs.sheet !== quality.sheet) return null;
  const status = plannedName(plan, 'vc_ScoreStatus');
  // Layout 1 had the quality score where the status row now goes.
  if (!sameRect(inputs.range, plannedName(plan, 'vc_ScoreInputs').range) || !sameRect(quality.range, status.range)) return null;
  const planned = plan.sheets.find((s) => s.key === 'scorecard')!;
  const statusRow = region(planned, quality.sheet, status.range.row, status.range.row, 0);
  // Under layout 1's last row (the rank's helper): the Overview ranking's order and the reason a
  // vendor has no rank, hidden helpers as in a fresh template.
  const order = plannedName(plan, 'vc_RankingOrder');
  const reason = plannedName(plan, 'vc_IncompleteReason');
  const helpers = region(planned, quality.sheet, order.range.row, reason.range.row, 0);
  const newNames = [
    { name: 'vc_ScoreStatus', ...status },
    { name: 'vc_RankingOrder', ...order },
    { name: 'vc_IncompleteReason', ...reason },
  ];
  return {
    insertRows: [{ sheet: quality.sheet, at: quality.range.row, count: 1 }],
    // Its hidden helper rows are hidden as a fresh template hides them.
    sheet: { ...merge(quality.sheet, [statusRow, helpers]), hidden: { rows: planned.hidden.rows, cols: [] } },
    names: newNames.map((n) => ({ name: n.name, sheet: quality.sheet, range: n.range, comment: n.comment })),
    // As the workbook is now, before the status row goes in above them.
    mustBeEmpty: [{ sheet: quality.sheet, range: { row: order.range.row - 1, col: 0, rows: reason.range.row - order.range.row + 1, cols: order.range.col + order.range.cols } }],
  };
}

/** Layout 1's ranking read fixed addresses and showed a fixed currency symbol: the ranking of
 * this layout (named blocks, the currency named live) replaces it where it is as written, and
 * the sign-off block and the chart's data block go in under it (rows inserted, as Excel does). */
function overviewUpgrade(snapshot: Snapshot, plan: Plan): SheetUpgrade | null {
  const ranking = snapshot.blocks.vc_Ranking;
  const planned = plannedName(plan, 'vc_Ranking');
  // Layout 1's table had 9 columns: this layout's is wider, in the cells to its right.
  const sameLines = ranking && ranking.range.row === planned.range.row && ranking.range.col === planned.range.col && ranking.range.rows === planned.range.rows;
  if (!ranking || !sameLines || ranking.range.cols > planned.range.cols) return null;
  const overview = plan.sheets.find((s) => s.key === 'overview')!;
  // The section title, the note and the header row sit above the table.
  const top = ranking.range.row - 3;
  const whole = region(overview, ranking.sheet, top, ranking.range.row + ranking.range.rows - 1, 0);
  // The upgrade adds no Decision sheet yet: the verdict beside the ranking would read a missing name.
  const table = { ...whole, blocks: whole.blocks.filter((x) => !JSON.stringify(x.cells).includes('vc_DecisionVerdict')) };
  // Layout 1 had one empty row under the ranking, then "How to use it": the sign-off block (its
  // section row and inputs), the chart's data block with the rows its chart sits on, and a blank
  // row go in before that.
  const newNames = ['vc_PreparedBy', 'vc_PreparedOn', 'vc_DocumentVersion', 'vc_DecisionStatus', 'vc_ChartTitle', 'vc_ChartData'].map((n) => ({
    name: n,
    ...plannedName(plan, n),
  }));
  const first = plannedName(plan, 'vc_PreparedBy').range.row - 1;
  const last = chartAnchor(plannedName(plan, 'vc_ChartData').range).to.row;
  const at = ranking.range.row + ranking.range.rows + 1;
  const added = region(overview, ranking.sheet, first, last, 0);
  const widened = { row: top, col: ranking.range.col + ranking.range.cols, rows: ranking.range.rows + 3, cols: planned.range.cols - ranking.range.cols };
  return {
    insertRows: [{ sheet: ranking.sheet, at, count: last - first + 2 }],
    sheet: merge(ranking.sheet, [table, added]),
    names: [
      ...newNames.map((n) => ({ name: n.name, sheet: ranking.sheet, range: n.range, comment: n.comment })),
      { name: 'vc_Ranking', sheet: ranking.sheet, range: planned.range, comment: planned.comment, replace: true },
    ],
    mustBeEmpty: widened.cols > 0 ? [{ sheet: ranking.sheet, range: widened }] : [],
  };
}

/** The snapshot moved as the insertions move it, with the new blocks empty. */
function snapshotAfter(snapshot: Snapshot, patch: WorkbookPatch): Snapshot {
  const blocks: Record<string, NamedBlock> = {};
  for (const block of Object.values(snapshot.blocks)) {
    let moved = block;
    for (const ins of patch.insertRows) {
      if (moved.sheet !== ins.sheet) continue;
      const range = shiftRect(moved.range, ins.at, ins.count);
      const inside = ins.at > moved.range.row && ins.at < moved.range.row + moved.range.rows;
      const grow = <T>(rows: T[], blank: () => T): T[] =>
        inside ? [...rows.slice(0, ins.at - moved.range.row), ...Array.from({ length: ins.count }, blank), ...rows.slice(ins.at - moved.range.row)] : rows;
      moved = {
        ...moved,
        range,
        values: grow(moved.values, () => Array.from({ length: range.cols }, () => null)),
        formulas: grow(moved.formulas, () => Array.from({ length: range.cols }, () => null)),
      };
    }
    // Every formula reads as Excel rewrites it: references to the moved rows follow them.
    const formulas = moved.formulas.map((row) =>
      row.map((f) => (f === null ? null : patch.insertRows.reduce((text, ins) => shiftFormulaRows(text, ins, block.sheet), f))),
    );
    moved = { ...moved, formulas };
    blocks[block.name] = moved;
  }
  for (const n of patch.names) {
    const empty = () => Array.from({ length: n.range.rows }, () => Array.from({ length: n.range.cols }, () => null));
    const value = n.name === 'vc_LayoutVersion' ? [[LAYOUT_VERSION]] : empty();
    blocks[n.name] = { name: n.name, sheet: n.sheet, range: n.range, values: value, formulas: empty(), above: null };
  }
  return { ...snapshot, blocks };
}

/** Undo the insertions for one row, to show the user an address as the workbook has it now. */
function rowBefore(insertions: readonly RowInsertionPlan[], sheet: string, row: number): number | null {
  let r = row;
  for (const ins of [...insertions].reverse()) {
    if (ins.sheet !== sheet || r < ins.at) continue;
    if (r < ins.at + ins.count) return null;
    r -= ins.count;
  }
  return r;
}
