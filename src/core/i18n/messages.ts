import type { Language } from '../catalogue/text';
import type { SheetKey } from '../plan/types';
import type { DecisionMessages } from './decision.en';
import type { UiMessages } from './ui.en';
import type { ValidationMessages } from './validation.en';
import { en } from './en';
import { zhCN } from './zh-CN';

/** Every user-visible string of the template, per language. */
export interface TemplateMessages {
  sheetNames: Record<SheetKey, string>;
  titles: Record<SheetKey, string>;
  /** What a vendor whose name cell is blank is called, on every sheet and in every report. */
  vendorFallback: string;
  overview: {
    intro: string[];
    howToUse: string;
    steps: string[];
    whyPricesDiffer: string;
    reasons: string[];
    hiddenCosts: string;
    sheetsHeading: string;
    sheetPurpose: Record<Exclude<SheetKey, 'overview'>, string>;
    signOff: { heading: string; preparedBy: string; date: string; version: string; status: string; statuses: readonly [string, string, string] };
    /** The yearly-cost chart's data block; `yearLabel` has {y}. */
    chart: { note: string; year: string; yearLabel: string };
    generatedBy: string;
  };
  assumptions: {
    general: string;
    term: string;
    users: string;
    currency: string;
    discountRate: string;
    priceWeight: string;
    priceMethod: string;
    language: string;
    demandHeading: string;
    demandNote: string;
    year: string;
    devHours: string;
    opsHours: string;
    incidents: string;
    onsiteDays: string;
    weightsHeading: string;
    criterion: string;
    weight: string;
    weightTotal: string;
    placeholdersHeading: string;
    placeholdersNote: string;
    demandTotal: string;
    layoutVersion: string;
    fxHeading: string;
    fxNote: string;
    fxCurrency: string;
    /** A header made live with the comparison currency: {currency} is replaced by a reference. */
    fxRate: string;
    fxDate: string;
    fxSource: string;
    requiresHeading: string;
    requiresNote: string;
    requiresInput: string;
    /** Number format of the matrix: 1 shows the first text, 0 the second. */
    requiresYes: string;
    requiresNo: string;
    chosenTierOnly: string;
    whenIncidents: string;
    whenOnsiteDays: string;
  };
  pricing: {
    field: string;
    unit: string;
    vendor: string;
    model: string;
    common: string;
    models: string;
    units: Record<'currency' | 'hours' | 'percent' | 'count' | 'choice' | 'code', string>;
    quoteCurrency: string;
    formulasNote: string;
    computed: {
      section: string;
      missing: string;
      status: string;
      modelNumber: string;
      fxRate: string;
      fixedFee: string;
      includedHours: string;
      hourRate: string;
      incidentFee: string;
      hours: string;
      support: string;
      cost: string;
      tco: string;
      npv: string;
      perUserMonth: string;
      supportShare: string;
      tcoForRanking: string;
      complete: string;
      missingPrefix: string;
      chooseModel: string;
      unknownModel: string;
      contractTerm: string;
      users: string;
      discountRate: string;
      /** The missing exchange rate; {currency} is the vendor's quote currency. */
      fxMissing: string;
    };
  };
  coverage: {
    id: string;
    layer: string;
    item: string;
    note: string;
    /** Headings of the Paid-price and unit blocks, the note above them and the price cells' prompt. */
    paidPrice: string;
    unit: string;
    priceNote: string;
    pricePrompt: string;
  };
  questions: {
    id: string;
    question: string;
    answered: string;
    completeness: string;
    totalQuestions: string;
    note: string;
    /** Above the per-answer helper columns that the Answered row adds up. */
    answerChecks: string;
    /** Headings of the contract-status and note blocks, and the note above them. */
    inContract: string;
    evidence: string;
    contractNote: string;
  };
  scorecard: {
    id: string;
    criterion: string;
    input: string;
    weight: string;
    note: string;
    scoresSection: string;
    criterionScore: string;
    quality: string;
    price: string;
    overall: string;
    rank: string;
    overallForRanking: string;
    rankingOrder: string;
    incompleteReason: string;
    /** The status row: "Complete", or "Missing: " and the criteria without a score. */
    status: string;
    complete: string;
    missingPrefix: string;
    listSeparator: string;
    /** With evaluators named (DOMAIN.md section 3): the note over the consensus rows, and the
     * sections under the scores. */
    consensusNote: string;
    overrideSection: string;
    overrideNote: string;
    /** "{criterion}: reason for the override". */
    overrideReason: string;
    /** "{criterion}: spread between evaluators (points)". */
    spread: string;
    evaluatorsSection: string;
    evaluatorsNote: string;
    /** The hidden rows of each evaluator's criterion scores: "{evaluator}: {criterion} score". */
    evaluatorScore: string;
    /** The name the plain Scorecard's inputs take as the first block when a second evaluator is added. */
    firstEvaluator: string;
  };
  properties: { subject: string; keywords: string; comments: string };
  /** A vendor's response pack: its Instructions sheet and document properties. {vendor}, {round},
   * {pricing}, {coverage}, {questions} (sheet names) and {currency} are filled in. */
  pack: {
    sheetName: string;
    title: string;
    intro: string;
    vendor: string;
    round: string;
    deadline: string;
    returnTo: string;
    currency: string;
    notGiven: string;
    stepsHeading: string;
    steps: string[];
    rulesHeading: string;
    rules: string[];
    subject: string;
    /** In place of the template's notes on Pricing and Questions, which speak of sheets a pack lacks. */
    pricingNote: string;
    questionsNote: string;
  };
  /** The page footer, in Excel's codes: &L/&C/&R the sections, &A the sheet, &P the page, &N the pages, &D the date. */
  footer: string;
  /** Data-validation texts: the input prompt and the error message of each rule. */
  validation: {
    errorTitle: string;
    listPrompt: string;
    listError: string;
    percentPrompt: string;
    atLeastPrompt: string;
    rangePrompt: string;
    wholeAtLeastPrompt: string;
    wholeRangePrompt: string;
    numberError: string;
  };
  ranking: {
    heading: string;
    note: string;
    columns: string[];
    /** Between the missing prices and the missing ratings in "why incomplete". */
    reasonSeparator: string;
    incomplete: string;
    chartTitle: string;
  };
  decision: DecisionMessages;
}

/**
 * The strings the pane and the core need: template, pane and validation. The CLI's own strings
 * (its help text, progress and reports) are in cliMessages.ts, so the task pane's bundle does
 * not carry them.
 */
export interface Messages {
  template: TemplateMessages;
  ui: UiMessages;
  validation: ValidationMessages;
}

const CATALOGUES: Record<Language, Messages> = { en, zh: zhCN };

export function messages(language: Language): Messages {
  return CATALOGUES[language];
}

export { format } from './format';
