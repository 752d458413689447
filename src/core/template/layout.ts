/**
 * Where things sit on each sheet. Only the planner (and later the formula builders) use these
 * positions; code that reads a workbook people have edited finds blocks through defined names.
 * Rows and columns are 0-based.
 */
import { PRICING_INPUTS, type PricingInputKey } from '../catalogue/pricingInputs';
import { CRITERIA, SCORE_INPUTS } from '../catalogue/criteria';
import { SUPPORT_LAYERS } from '../catalogue/layers';
import { MAX_TERM_YEARS } from '../options';

export const ASSUMPTIONS = {
  titleRow: 0,
  generalSectionRow: 2,
  termRow: 3,
  usersRow: 4,
  currencyRow: 5,
  discountRow: 6,
  priceWeightRow: 7,
  priceMethodRow: 8,
  /** The language of the labels the formulas compare with (model, tier, billing names) and the
   * layout version: what the code needs, in a hidden row. */
  languageRow: 9,
  versionLabelCol: 2,
  versionCol: 3,
  demandSectionRow: 10,
  demandNoteRow: 11,
  demandHeaderRow: 12,
  demandFirstRow: 13,
  /** The demand table always has ten years; years beyond the term are greyed and ignored. */
  demandYears: MAX_TERM_YEARS,
  /** Below the demand table: incidents and on-site days within the term (they decide which prices are needed). */
  demandTotalRow: 23,
  weightsSectionRow: 24,
  weightsHeaderRow: 25,
  weightsFirstRow: 26,
  weightTotalRow: 32,
  placeholdersSectionRow: 34,
  placeholdersNoteRow: 35,
  placeholdersFirstRow: 36,
  /** The default placeholders plus empty rows the buyer can fill without leaving the named block. */
  placeholderRows: 12,
  /** Exchange rates: currency, rate, date, source (empty rows for the buyer to fill). */
  fxSectionRow: 49,
  fxNoteRow: 50,
  fxHeaderRow: 51,
  fxFirstRow: 52,
  fxRows: 8,
  /** DOMAIN.md's "inputs each model needs", live: inputs x models, 1 = needed. */
  requiresSectionRow: 61,
  requiresNoteRow: 62,
  requiresHeaderRow: 63,
  requiresFirstRow: 64,
  labelCol: 0,
  valueCol: 1,
} as const;

/** Under the requirement matrix on Assumptions: the decision check's settings (issue 11). Rows
 * below everything else, so workbooks of this layout can get them without a row moving. */
export function decisionSettingsRows(): { sectionRow: number; thresholdRow: number } {
  const sectionRow = ASSUMPTIONS.requiresFirstRow + PRICING_INPUTS.length + 1;
  return { sectionRow, thresholdRow: sectionRow + 1 };
}

/** Default of vc_AbnormalThreshold: a TCO below 70% of the median is abnormally low (DOMAIN.md 7). */
export const DEFAULT_ABNORMAL_THRESHOLD = 0.7;

/** Vendor columns start here on every sheet with vendors. */
export const FIRST_VENDOR_COL = {
  pricing: 3,
  coverage: 3,
  questions: 2,
  scorecard: 3,
  decision: 3,
} as const;

export const PRICING = {
  titleRow: 0,
  noteRow: 1,
  headerRow: 2,
  modelRow: 3,
  /** The currency the vendor quotes in; blank means the comparison currency. */
  quoteCurrencyRow: 4,
  commonSectionRow: 5,
  keyCol: 0,
  labelCol: 1,
  unitCol: 2,
} as const;

/** The workbook layout this version writes; stored in the workbook (vc_LayoutVersion) so later
 * versions know what they read. Version 1 had model-specific formulas and no version stamp. */
export const LAYOUT_VERSION = 2;

const COMMON_KEYS: readonly PricingInputKey[] = ['platformFee', 'setupFee', 'customizationFee', 'escalation', 'dayRate'];

export function isCommonInput(key: PricingInputKey): boolean {
  return COMMON_KEYS.includes(key);
}

/** Common inputs under the first section row, model-specific ones under a second. */
export function pricingInputRows(): { rows: Record<PricingInputKey, number>; modelSectionRow: number; lastRow: number } {
  const rows = {} as Record<PricingInputKey, number>;
  let row = PRICING.commonSectionRow + 1;
  for (const input of PRICING_INPUTS.filter((i) => isCommonInput(i.key))) rows[input.key] = row++;
  const modelSectionRow = row++;
  for (const input of PRICING_INPUTS.filter((i) => !isCommonInput(i.key))) rows[input.key] = row++;
  return { rows, modelSectionRow, lastRow: row - 1 };
}

/** The computed rows under the inputs on Pricing, filled per vendor by the formula builders:
 * the missing inputs and status, the model number and exchange rate, the four effective terms
 * of DOMAIN.md's table, then hours, support and cost per year, and the totals. */
export function pricingComputedRows() {
  const sectionRow = pricingInputRows().lastRow + 2;
  const years = MAX_TERM_YEARS;
  const missingRow = sectionRow + 1;
  const statusRow = missingRow + 1;
  const modelNumberRow = statusRow + 1;
  const fxRateRow = modelNumberRow + 1;
  const fixedFeeRow = fxRateRow + 1;
  const includedHoursRow = fixedFeeRow + 1;
  const hourRateRow = includedHoursRow + 1;
  const incidentFeeRow = hourRateRow + 1;
  const hoursFirstRow = incidentFeeRow + 1;
  const supportFirstRow = hoursFirstRow + years;
  const costFirstRow = supportFirstRow + years;
  const tcoRow = costFirstRow + years;
  return {
    sectionRow,
    missingRow,
    statusRow,
    modelNumberRow,
    fxRateRow,
    fixedFeeRow,
    includedHoursRow,
    hourRateRow,
    incidentFeeRow,
    hoursFirstRow,
    supportFirstRow,
    costFirstRow,
    tcoRow,
    npvRow: tcoRow + 1,
    perUserMonthRow: tcoRow + 2,
    supportShareRow: tcoRow + 3,
    tcoForRankingRow: tcoRow + 4,
    lastRow: tcoRow + 4,
  };
}

export type PricingComputedRows = ReturnType<typeof pricingComputedRows>;

/** The computed rows as 1-based sheet rows, when the block has moved `offset` rows from the
 * layout (rows inserted above it). What the formula builders take as `PricingRefs.rows`. */
export function computedRowNumbers(offset = 0) {
  const c = pricingComputedRows();
  const at = (row: number) => row + offset + 1;
  return {
    missing: at(c.missingRow),
    status: at(c.statusRow),
    modelNumber: at(c.modelNumberRow),
    fxRate: at(c.fxRateRow),
    fixedFee: at(c.fixedFeeRow),
    includedHours: at(c.includedHoursRow),
    hourRate: at(c.hourRateRow),
    incidentFee: at(c.incidentFeeRow),
    hoursFirst: at(c.hoursFirstRow),
    supportFirst: at(c.supportFirstRow),
    costFirst: at(c.costFirstRow),
    tco: at(c.tcoRow),
    npv: at(c.npvRow),
    perUserMonth: at(c.perUserMonthRow),
    supportShare: at(c.supportShareRow),
    tcoForRanking: at(c.tcoForRankingRow),
  };
}

/** Where the demand of each kind sits on Assumptions, and its defined name. */
export const DEMAND_COLUMNS = {
  dev: { col: 1, name: 'vc_DevHours', key: 'devHours' },
  ops: { col: 2, name: 'vc_OpsHours', key: 'opsHours' },
  incidents: { col: 3, name: 'vc_Incidents', key: 'incidents' },
  days: { col: 4, name: 'vc_OnsiteDays', key: 'onsiteDays' },
} as const;

/** The defined name of a DemandYear field's column. */
export function demandName(key: 'devHours' | 'opsHours' | 'incidents' | 'onsiteDays'): string {
  return Object.values(DEMAND_COLUMNS).find((d) => d.key === key)!.name;
}

export const COVERAGE = {
  titleRow: 0,
  noteRow: 1,
  headerRow: 2,
  firstItemRow: 3,
  itemCount: SUPPORT_LAYERS.reduce((n, l) => n + l.items.length, 0),
} as const;

export const QUESTIONS = {
  titleRow: 0,
  noteRow: 1,
  headerRow: 2,
  firstQuestionRow: 3,
} as const;

/** Rows below the question block: the live completeness counts. */
export function questionSummaryRows(questionCount: number): { answeredRow: number; completenessRow: number } {
  const answeredRow = QUESTIONS.firstQuestionRow + questionCount + 1;
  return { answeredRow, completenessRow: answeredRow + 1 };
}

export const SCORECARD = {
  titleRow: 0,
  noteRow: 1,
  headerRow: 2,
  firstInputRow: 3,
  inputCount: SCORE_INPUTS.length,
  idCol: 0,
  labelCol: 1,
  weightCol: 2,
  scoresSectionRow: 3 + SCORE_INPUTS.length + 1,
  criterionScoreFirstRow: 3 + SCORE_INPUTS.length + 2,
} as const;

/** Score rows under the criterion scores (one row per criterion C1-C6). */
export function scoreRows() {
  // Which criteria are missing, right above the quality score they withhold.
  const statusRow = SCORECARD.criterionScoreFirstRow + CRITERIA.length;
  const qualityRow = statusRow + 1;
  return {
    statusRow,
    qualityRow,
    priceRow: qualityRow + 1,
    overallRow: qualityRow + 2,
    rankRow: qualityRow + 3,
    overallForRankingRow: qualityRow + 4,
    // Where each vendor sits in the Overview's ranking: by rank, then column; incomplete last.
    orderRow: qualityRow + 5,
    // Why a vendor has no rank: its missing prices and ratings, shortened, for the Overview.
    reasonRow: qualityRow + 6,
  };
}

/**
 * With evaluators named, under the score rows (which stay where they are): the consensus
 * override (an input per Scorecard input), the reason per criterion, the spread between the
 * evaluators per criterion, the evaluators' names, one block per evaluator (a header row with
 * the name, then the inputs) and, hidden, each evaluator's criterion scores (for the spread).
 * Without evaluators none of these rows exist: the Scorecard is as it has always been.
 */
export function evaluatorRows(count: number) {
  const overrideSectionRow = scoreRows().reasonRow + 2;
  const overrideNoteRow = overrideSectionRow + 1;
  const overrideFirstRow = overrideNoteRow + 1;
  const reasonFirstRow = overrideFirstRow + SCORE_INPUTS.length;
  const spreadFirstRow = reasonFirstRow + CRITERIA.length;
  const evaluatorsSectionRow = spreadFirstRow + CRITERIA.length + 1;
  const namesFirstRow = evaluatorsSectionRow + 1;
  const blocksFirstRow = namesFirstRow + count + 1;
  /** A block: its header row, then one row per Scorecard input. */
  const blockRows = SCORE_INPUTS.length + 1;
  const scoresFirstRow = blocksFirstRow + count * blockRows + 1;
  return {
    overrideSectionRow,
    overrideNoteRow,
    overrideFirstRow,
    reasonFirstRow,
    spreadFirstRow,
    evaluatorsSectionRow,
    namesFirstRow,
    blocksFirstRow,
    blockRows,
    scoresFirstRow,
    /** Evaluator k's row of Scorecard input i (SCORE_INPUTS order). */
    inputRow: (k: number, i: number) => blocksFirstRow + k * blockRows + 1 + i,
    /** Evaluator k's (hidden) score row of criterion c (CRITERIA order). */
    scoreRow: (k: number, c: number) => scoresFirstRow + k * CRITERIA.length + c,
    lastRow: scoresFirstRow + count * CRITERIA.length - 1,
  };
}
