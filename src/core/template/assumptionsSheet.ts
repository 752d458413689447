import { CRITERIA, DEFAULT_PRICE_WEIGHT, PRICE_METHODS } from '../catalogue/criteria';
import { PRICING_MODELS } from '../catalogue/models';
import { PRICING_INPUTS } from '../catalogue/pricingInputs';
import { formulaText } from '../formulas/formulaText';
import { DEFAULT_PLACEHOLDERS } from '../catalogue/questions';
import { CURRENCIES, effectiveDemand, type DemandYear } from '../options';
import { cellAddress } from '../plan/a1';
import type { CellContent, SheetPlan } from '../plan/types';
import { addName, type PlanContext } from './context';
import { ASSUMPTIONS as A, DEFAULT_ABNORMAL_THRESHOLD, DEMAND_COLUMNS, LAYOUT_VERSION, decisionSettingsRows } from './layout';
import { SheetBuilder } from './sheetBuilder';

const PERCENT = '0.0%';
const DEMAND = Object.values(DEMAND_COLUMNS);

function demandFor(ctx: PlanContext, year: number): DemandYear {
  return effectiveDemand(ctx.options)[year - 1]!;
}

/** Contract term, users, currency, rates, per-year demand, weights and placeholder answers. */
export function planAssumptions(ctx: PlanContext): SheetPlan {
  const t = ctx.t.assumptions;
  const o = ctx.options;
  const b = new SheetBuilder();
  [34, 18, 18, 14, 14].forEach((w, col) => b.width(col, w));
  b.putRow(A.titleRow, 0, [ctx.t.titles.assumptions], 'title');

  b.section(A.generalSectionRow, 0, t.general, 2);
  const scalar = (row: number, label: string, value: CellContent, name: string, comment: string, nf?: string) => {
    b.putRow(row, A.labelCol, [label], 'label');
    const rect = b.putRow(row, A.valueCol, [value], 'input', nf);
    addName(ctx, name, 'assumptions', rect, comment);
    return rect;
  };
  const term = scalar(A.termRow, t.term, o.termYears, 'vc_Term', 'Contract term in years (1-10)', '0');
  b.validate({ range: term, kind: 'whole', min: 1, max: 10 });
  const users = scalar(A.usersRow, t.users, o.users, 'vc_Users', 'Number of users', '#,##0');
  b.validate({ range: users, kind: 'whole', min: 1 });
  const currency = scalar(A.currencyRow, t.currency, o.currency, 'vc_Currency', 'Currency of all prices');
  const currencies = CURRENCIES.includes(o.currency) ? [...CURRENCIES] : [o.currency, ...CURRENCIES];
  b.validate({ range: currency, kind: 'list', items: currencies });
  const discount = scalar(A.discountRow, t.discountRate, o.discountRate, 'vc_DiscountRate', 'Yearly discount rate for NPV', PERCENT);
  b.validate({ range: discount, kind: 'decimal', min: 0, max: 1 });
  const priceWeight = scalar(A.priceWeightRow, t.priceWeight, o.weights?.price ?? DEFAULT_PRICE_WEIGHT, 'vc_PriceWeight', 'Weight of the price score in the overall score', PERCENT);
  b.validate({ range: priceWeight, kind: 'decimal', min: 0, max: 1 });
  const methodLabels = PRICE_METHODS.map((m) => m.label[ctx.language]);
  const method = scalar(A.priceMethodRow, t.priceMethod, methodLabels[0] ?? null, 'vc_PriceMethod', 'Price scoring: lowest price = 100, or linear min-max');
  b.validate({ range: method, kind: 'list', items: methodLabels });
  // Fill and validation read the labels in this language; guessing it from labels can mislead.
  // What only the code needs sits in a hidden row.
  b.putRow(A.languageRow, A.labelCol, [t.language], 'note');
  const language = b.putRow(A.languageRow, A.valueCol, [ctx.language], 'note');
  addName(ctx, 'vc_Language', 'assumptions', language, 'Language of the template labels (en or zh)');
  b.putRow(A.languageRow, A.versionLabelCol, [t.layoutVersion], 'note');
  const version = b.putRow(A.languageRow, A.versionCol, [LAYOUT_VERSION], 'note');
  addName(ctx, 'vc_LayoutVersion', 'assumptions', version, 'Layout version of the template (read by fill to upgrade)');
  b.hideRow(A.languageRow);

  b.section(A.demandSectionRow, 0, t.demandHeading, 5);
  b.putRow(A.demandNoteRow, 0, [t.demandNote], 'note');
  b.putRow(A.demandHeaderRow, 0, [t.year, t.devHours, t.opsHours, t.incidents, t.onsiteDays], 'header');
  const years = Array.from({ length: A.demandYears }, (_, i) => i + 1);
  const yearRect = b.put(A.demandFirstRow, 0, years.map((y) => [y]), 'label', '0');
  addName(ctx, 'vc_DemandYears', 'assumptions', yearRect, 'Contract years 1-10 of the demand table');
  DEMAND.forEach(({ key, name, col }) => {
    const rect = b.put(A.demandFirstRow, col, years.map((y) => [demandFor(ctx, y)[key]]), 'input', '#,##0');
    b.validate({ range: rect, kind: 'decimal', min: 0 });
    addName(ctx, name, 'assumptions', rect, `Demand per year: ${key}`);
  });
  const termCell = cellAddress(A.termRow, A.valueCol, true);
  b.highlight({
    range: { row: A.demandFirstRow, col: 0, rows: A.demandYears, cols: 5 },
    formula: `$A${A.demandFirstRow + 1}>${termCell}`,
    style: 'outOfTerm',
  });

  // Totals within the term decide whether a per-incident fee or an on-site rate is required.
  const yearsRange = `${cellAddress(A.demandFirstRow, 0, true)}:${cellAddress(A.demandFirstRow + A.demandYears - 1, 0, true)}`;
  b.putRow(A.demandTotalRow, 0, [t.demandTotal], 'total');
  const totals = b.putRow(
    A.demandTotalRow,
    1,
    DEMAND.map(({ key, col }) => {
      const range = `${cellAddress(A.demandFirstRow, col)}:${cellAddress(A.demandFirstRow + A.demandYears - 1, col)}`;
      const expected = Array.from({ length: o.termYears }, (_, y) => demandFor(ctx, y + 1)[key]).reduce((s, v) => s + v, 0);
      // Separate arrays, not a product: text in a year beyond the term is ignored, not #VALUE!.
      return { formula: `SUMPRODUCT(--(${yearsRange}<=vc_Term),${range})`, result: expected };
    }),
    'total',
    '#,##0',
  );
  addName(ctx, 'vc_TermIncidents', 'assumptions', { ...totals, col: 3, cols: 1 }, 'Incidents within the term');
  addName(ctx, 'vc_TermOnsiteDays', 'assumptions', { ...totals, col: 4, cols: 1 }, 'On-site days within the term');

  b.section(A.weightsSectionRow, 0, t.weightsHeading, 3);
  b.putRow(A.weightsHeaderRow, 0, [ctx.t.scorecard.id, t.criterion, t.weight], 'header');
  b.put(A.weightsFirstRow, 0, CRITERIA.map((c) => [c.id, c.label[ctx.language]]), 'label');
  const weights = b.put(A.weightsFirstRow, 2, CRITERIA.map((c) => [o.weights?.[c.id] ?? c.defaultWeight]), 'input', PERCENT);
  b.validate({ range: weights, kind: 'decimal', min: 0, max: 1 });
  addName(ctx, 'vc_CriteriaIds', 'assumptions', { ...weights, col: 0 }, 'Quality criteria C1-C6');
  addName(ctx, 'vc_Weights', 'assumptions', weights, 'Weights of C1-C6');
  const first = cellAddress(A.weightsFirstRow, 2);
  const last = cellAddress(A.weightsFirstRow + CRITERIA.length - 1, 2);
  b.putRow(A.weightTotalRow, 1, [t.weightTotal], 'total');
  const total = b.putRow(A.weightTotalRow, 2, [{ formula: `SUM(${first}:${last})`, result: 1 }], 'total', PERCENT);
  addName(ctx, 'vc_WeightTotal', 'assumptions', total, 'Sum of the quality weights (must be 100%)');
  b.highlight({ range: total, formula: `ROUND(${cellAddress(A.weightTotalRow, 2)},6)<>1`, style: 'missing' });

  b.section(A.placeholdersSectionRow, 0, t.placeholdersHeading, 2);
  b.putRow(A.placeholdersNoteRow, 0, [t.placeholdersNote], 'note');
  const placeholders = Array.from({ length: A.placeholderRows }, (_, i) => [DEFAULT_PLACEHOLDERS[i] ?? null]);
  const list = b.put(A.placeholdersFirstRow, 0, placeholders, 'input');
  addName(ctx, 'vc_Placeholders', 'assumptions', list, 'Answers that count as unanswered');

  planExchangeRates(ctx, b);
  planRequirementMatrix(ctx, b);
  planDecisionSettings(ctx, b);

  return b.build('assumptions', ctx.sheetNames.assumptions, '#7F6000', { rows: 1, cols: 1 });
}

/** Currency, rate, date and source per quote currency; the rate header names vc_Currency live. */
function planExchangeRates(ctx: PlanContext, b: SheetBuilder): void {
  const t = ctx.t.assumptions;
  b.section(A.fxSectionRow, 0, t.fxHeading, 4);
  b.putRow(A.fxNoteRow, 0, [t.fxNote], 'note');
  const [before, after] = t.fxRate.split('{currency}') as [string, string];
  const rateHeader = { formula: `${formulaText(before)}&vc_Currency&${formulaText(after)}`, result: before + ctx.options.currency + after };
  b.putRow(A.fxHeaderRow, 0, [t.fxCurrency, rateHeader, t.fxDate, t.fxSource], 'header');
  const rows = Array.from({ length: A.fxRows }, (_, i) => ctx.options.fx[i]);
  const column = (col: number, values: CellContent[], numberFormat?: string) =>
    b.put(A.fxFirstRow, col, values.map((v) => [v]), 'input', numberFormat);
  const currencies = column(0, rows.map((r) => r?.currency ?? null));
  const rates = column(1, rows.map((r) => r?.rate ?? null), '0.0000');
  b.validate({ range: rates, kind: 'decimal', min: 0 });
  column(2, rows.map((r) => r?.date ?? null));
  column(3, rows.map((r) => r?.source ?? null));
  addName(ctx, 'vc_FxCurrency', 'assumptions', currencies, 'Quote currencies with an exchange rate');
  addName(ctx, 'vc_FxRate', 'assumptions', rates, 'Units of the comparison currency for one unit of each quote currency');
}

/**
 * DOMAIN.md's "inputs each model needs" as a live table (1 = needed): each vendor's Missing
 * inputs row reads its model's column, and the inputs needed only when the demand has incidents
 * or on-site days are formulas here, so a change of demand changes what is missing.
 */
function planRequirementMatrix(ctx: PlanContext, b: SheetBuilder): void {
  const t = ctx.t.assumptions;
  const lang = ctx.language;
  b.section(A.requiresSectionRow, 0, t.requiresHeading, 1 + PRICING_MODELS.length);
  b.putRow(A.requiresNoteRow, 0, [t.requiresNote], 'note');
  b.putRow(A.requiresHeaderRow, 0, [t.requiresInput], 'header');
  const models = b.putRow(A.requiresHeaderRow, 1, PRICING_MODELS.map((m) => m.label[lang]), 'header');
  addName(ctx, 'vc_ModelLabels', 'assumptions', models, 'Pricing model labels, in the order M1-M4');
  const condition = { whenIncidents: 'vc_TermIncidents>0', whenOnsiteDays: 'vc_TermOnsiteDays>0' } as const;
  const note = { chosenTier: t.chosenTierOnly, whenIncidents: t.whenIncidents, whenOnsiteDays: t.whenOnsiteDays } as const;
  const labels = PRICING_INPUTS.map((input) => {
    const requirement = Object.values(input.required)[0];
    return [requirement && requirement !== 'always' ? `${input.label[lang]} ${note[requirement]}` : input.label[lang]];
  });
  b.put(A.requiresFirstRow, 0, labels, 'label');
  const cells = PRICING_INPUTS.map((input) =>
    PRICING_MODELS.map((m): CellContent => {
      const requirement = input.required[m.id];
      if (requirement === 'whenIncidents' || requirement === 'whenOnsiteDays') return { formula: `IF(${condition[requirement]},1,0)` };
      return requirement ? 1 : 0;
    }),
  );
  const yes = formulaText(t.requiresYes);
  const matrix = b.put(A.requiresFirstRow, 1, cells, 'computed', `${yes};;${formulaText(t.requiresNo)}`);
  addName(ctx, 'vc_Requires', 'assumptions', matrix, 'Inputs each pricing model needs (1 = needed): inputs x models M1-M4');
}

/** The decision check's threshold: the Decision sheet flags a TCO below this share of the median live. */
function planDecisionSettings(ctx: PlanContext, b: SheetBuilder): void {
  const t = ctx.t.decision;
  const rows = decisionSettingsRows();
  b.section(rows.sectionRow, 0, t.settingsSection, 2);
  b.putRow(rows.thresholdRow, A.labelCol, [t.thresholdLabel], 'label');
  const cell = b.putRow(rows.thresholdRow, A.valueCol, [DEFAULT_ABNORMAL_THRESHOLD], 'input', PERCENT);
  b.validate({ range: cell, kind: 'decimal', min: 0, max: 1, prompt: t.thresholdPrompt });
  addName(ctx, 'vc_AbnormalThreshold', 'assumptions', cell, 'Abnormally low: share of the median TCO of complete vendors (default 70%)');
}
