import { format, messages } from '../i18n/messages';
import { PRODUCT_VERSION } from '../version';
import { DEFAULT_OPTIONS, type TemplateOptions } from '../options';
import type { Plan, SheetKey, SheetPlan } from '../plan/types';
import { planAssumptions } from './assumptionsSheet';
import type { PlanContext } from './context';
import { planCoverage } from './coverageSheet';
import { planDecision } from './decisionSheet';
import { planOverview } from './overviewSheet';
import { planPricing } from './pricingSheet';
import { planQuestions } from './questionsSheet';
import { planScorecard } from './scorecardSheet';
import { SHEET_ORDER, resolveSheetNames } from './sheetNames';
import { withMessages } from './validationMessages';

const PLANNERS: Record<SheetKey, (ctx: PlanContext) => SheetPlan> = {
  overview: planOverview,
  assumptions: planAssumptions,
  pricing: planPricing,
  coverage: planCoverage,
  questions: planQuestions,
  scorecard: planScorecard,
  decision: planDecision,
};

let ownNames: ReadonlySet<string> | null = null;

/** Options whose plan has every name: the evaluator blocks' names exist only with evaluators. */
const ALL_NAMES_OPTIONS: TemplateOptions = { ...DEFAULT_OPTIONS, vendors: [{ name: 'A' }], evaluators: ['A', 'B'] };

/**
 * The names the template creates, lower-case. Taken from a plan so the list cannot drift from
 * the planners; the set depends on the options only through the evaluators (planTemplate.test
 * checks it).
 */
function templateNames(): ReadonlySet<string> {
  ownNames ??= new Set(planTemplate(ALL_NAMES_OPTIONS).names.map((n) => n.name.toLowerCase()));
  return ownNames;
}

/** The template's own names, as the planner spells them. */
export function templateNameList(): string[] {
  return planTemplate(ALL_NAMES_OPTIONS).names.map((n) => n.name);
}

/** One of the template's own names. A user's own "vc_Rate" is not: readers and validation
 * leave it alone, as any other name of the user's. */
export function isTemplateName(name: string): boolean {
  return templateNames().has(name.toLowerCase());
}

/** Names every template has. A user's own "vc_budget" does not make a workbook a template. */
export const TEMPLATE_MARKER_NAMES: readonly string[] = ['vc_VendorNames', 'vc_Model', 'vc_Answers', 'vc_Term'];

export function isTemplateMarker(name: string): boolean {
  return TEMPLATE_MARKER_NAMES.some((marker) => marker.toLowerCase() === name.toLowerCase());
}

/**
 * The whole vendor-comparison template as data. Pure: the same options and existing sheet
 * names always give the same plan. Sheet names already in the workbook get a suffix, unless the
 * template's sheet names are given.
 */
export function planTemplate(options: TemplateOptions, existingSheetNames: readonly string[] = [], sheetNames?: Record<SheetKey, string>): Plan {
  const catalogue = messages(options.language);
  const ctx: PlanContext = {
    options,
    language: options.language,
    t: catalogue.template,
    // A workbook's own template sheets keep their names (a plan to compare with, or to patch it).
    sheetNames: sheetNames ?? resolveSheetNames(catalogue.template.sheetNames, existingSheetNames),
    vendorNames: options.vendors.map((v) => v.name.trim()),
    names: [],
  };
  const sheets = SHEET_ORDER.map((key) => PLANNERS[key](ctx)).map((s) => ({
    ...s,
    validations: s.validations.map((v) => withMessages(v, catalogue.template.validation)),
  }));
  const p = catalogue.template.properties;
  const properties = {
    title: catalogue.template.titles.overview,
    subject: p.subject,
    keywords: p.keywords,
    comments: format(p.comments, { version: PRODUCT_VERSION }),
  };
  return { language: options.language, sheets, names: ctx.names, properties, footer: catalogue.template.footer };
}
