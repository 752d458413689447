import { BILLING_PERIODS, PRICING_MODELS, TIERS, modelById } from '../catalogue/models';
import { PRICING_INPUTS, type InputKind, type PricingInput, type PricingInputKey } from '../catalogue/pricingInputs';
import { MONEY_FORMAT, type VendorQuote } from '../options';
import { columnLetters } from '../plan/a1';
import type { CellContent, FormulaCell, SheetPlan } from '../plan/types';
import { addName, perVendor, type PlanContext } from './context';
import { vendorPricingFormulas } from '../formulas/pricingFormulas';
import { format } from '../i18n/messages';
import { MAX_TERM_YEARS } from '../options';
import { FIRST_VENDOR_COL, PRICING as P, isCommonInput, pricingComputedRows, pricingInputRows } from './layout';
import { layoutPricingRefs } from './pricingRefs';
import { SheetBuilder } from './sheetBuilder';

const COL = FIRST_VENDOR_COL.pricing;

/** Defined name of an input row, e.g. platformFee -> vc_PlatformFee. */
export function inputName(key: PricingInputKey): string {
  return `vc_${key.charAt(0).toUpperCase()}${key.slice(1)}`;
}

/** Prices are in the vendor's quote currency, so no currency code that could go stale. */
function unitLabel(ctx: PlanContext, kind: InputKind): string {
  const units = ctx.t.pricing.units;
  if (kind === 'tier' || kind === 'billing') return units.choice;
  return units[kind];
}

function numberFormatFor(kind: InputKind): string | undefined {
  if (kind === 'currency') return MONEY_FORMAT;
  if (kind === 'percent') return '0.0%';
  if (kind === 'hours' || kind === 'count') return '#,##0';
  return undefined;
}

/** The value the quotes file gave for this input, as the cell shows it (labels for choices). */
function quotedValue(ctx: PlanContext, vendor: VendorQuote, key: PricingInputKey): CellContent {
  const lang = ctx.language;
  switch (key) {
    case 'tier':
      return vendor.tier ? (TIERS.find((t) => t.id === vendor.tier)?.label[lang] ?? null) : null;
    case 'billing':
      return vendor.billing ? (BILLING_PERIODS.find((p) => p.id === vendor.billing)?.label[lang] ?? null) : null;
    case 'basicFee':
    case 'enterpriseFee':
    case 'flagshipFee':
      return vendor.tiers?.[key.replace('Fee', '') as 'basic']?.fee ?? null;
    case 'basicHours':
    case 'enterpriseHours':
    case 'flagshipHours':
      return vendor.tiers?.[key.replace('Hours', '') as 'basic']?.hours ?? null;
    default:
      return vendor[key] ?? null;
  }
}

function addInputRules(ctx: PlanContext, b: SheetBuilder, input: PricingInput, row: number): void {
  const range = { row, col: COL, rows: 1, cols: ctx.vendorNames.length };
  const lang = ctx.language;
  if (input.kind === 'tier') b.validate({ range, kind: 'list', items: TIERS.map((t) => t.label[lang]) });
  else if (input.kind === 'billing') b.validate({ range, kind: 'list', items: BILLING_PERIODS.map((p) => p.label[lang]) });
  else if (input.kind === 'percent') b.validate({ range, kind: 'decimal', min: 0, max: 1 });
  else b.validate({ range, kind: 'decimal', min: 0 });
  if (input.usedBy.length < PRICING_MODELS.length) {
    // Grey the input for vendors whose model does not use it (and only once a model is chosen).
    const model = `${columnLetters(COL)}$${P.modelRow + 1}`;
    const notUsed = input.usedBy.map((id) => `${model}<>"${modelById(id).label[lang]}"`);
    b.highlight({ range, formula: `AND(${model}<>"",${notUsed.join(',')})`, style: 'unused' });
  }
}

/** Pricing model and every model's price inputs, one column per vendor. */
export function planPricing(ctx: PlanContext): SheetPlan {
  const t = ctx.t.pricing;
  const lang = ctx.language;
  const vendors = ctx.options.vendors;
  const b = new SheetBuilder();
  b.width(P.keyCol, 16);
  b.width(P.labelCol, 44);
  b.width(P.unitCol, 14);
  vendors.forEach((_, i) => b.width(COL + i, 18));

  // Column A (the input keys) is hidden: the title and the note start in the label column.
  b.putRow(P.titleRow, P.labelCol, [ctx.t.titles.pricing], 'title');
  b.putRow(P.noteRow, P.labelCol, [t.formulasNote], 'note');
  b.putRow(P.headerRow, 0, [t.field, t.vendor, t.unit], 'header');
  const header = b.putRow(P.headerRow, COL, ctx.vendorNames, 'header');
  b.unlock(header);
  addName(ctx, 'vc_VendorNames', 'pricing', header, 'Vendor names (the header row of Pricing)');

  b.putRow(P.modelRow, 0, ['model', t.model, t.units.choice], 'label');
  b.hideColumn(P.keyCol);
  const modelCells = perVendor(ctx, (i) => {
    const id = vendors[i]?.model;
    return id ? modelById(id).label[lang] : null;
  });
  const models = b.putRow(P.modelRow, COL, modelCells, 'input');
  b.validate({ range: models, kind: 'list', items: PRICING_MODELS.map((m) => m.label[lang]) });
  addName(ctx, 'vc_Model', 'pricing', models, 'Pricing model per vendor');
  b.putRow(P.quoteCurrencyRow, 0, ['currency', t.quoteCurrency, t.units.code], 'label');
  const quoteCurrencies = b.putRow(P.quoteCurrencyRow, COL, vendors.map((v) => v.currency ?? null), 'input');
  addName(ctx, 'vc_QuoteCurrency', 'pricing', quoteCurrencies, 'Currency each vendor quotes in (blank: the comparison currency)');

  const { rows, modelSectionRow } = pricingInputRows();
  const sectionRow = (row: number, label: string) => b.section(row, P.labelCol, label, COL - P.labelCol + vendors.length);
  sectionRow(P.commonSectionRow, t.common);
  sectionRow(modelSectionRow, t.models);
  for (const input of PRICING_INPUTS) {
    const row = rows[input.key];
    const codes = input.usedBy.length < PRICING_MODELS.length ? ` [${input.usedBy.map((m) => modelById(m).code).join(',')}]` : '';
    b.putRow(row, 0, [input.key, input.label[lang] + (isCommonInput(input.key) ? '' : codes), unitLabel(ctx, input.kind)], 'label');
    const cells = b.putRow(row, COL, vendors.map((v) => quotedValue(ctx, v, input.key)), 'input', numberFormatFor(input.kind));
    addName(ctx, inputName(input.key), 'pricing', cells, `${input.label.en} per vendor`);
    addInputRules(ctx, b, input, row);
  }
  planComputedRows(ctx, b);
  return b.build('pricing', ctx.sheetNames.pricing, '#375623', { rows: P.headerRow + 1, cols: COL });
}

/** Labels, per-vendor formulas, number formats and names of the computed rows. Money here is in
 * the comparison currency, so the unit cell reads vc_Currency live. */
function planComputedRows(ctx: PlanContext, b: SheetBuilder): void {
  const t = ctx.t.pricing.computed;
  const c = pricingComputedRows();
  const refs = layoutPricingRefs(ctx);
  const vendors = ctx.options.vendors;
  const money = MONEY_FORMAT;
  const currency: FormulaCell = { formula: 'vc_Currency', result: ctx.options.currency };
  const hours = ctx.t.pricing.units.hours;
  b.section(c.sectionRow, P.labelCol, t.section, COL - P.labelCol + vendors.length);
  const years = (label: string) => Array.from({ length: MAX_TERM_YEARS }, (_, i) => format(label, { y: i + 1 }));
  const labels: [number, string[], CellContent, string | undefined][] = [
    [c.missingRow, [t.missing], null, undefined],
    [c.statusRow, [t.status], null, undefined],
    [c.modelNumberRow, [t.modelNumber], null, '0'],
    [c.fxRateRow, [t.fxRate], null, '0.0000'],
    [c.fixedFeeRow, [t.fixedFee], null, money],
    [c.includedHoursRow, [t.includedHours], hours, '#,##0'],
    [c.hourRateRow, [t.hourRate], null, money],
    [c.incidentFeeRow, [t.incidentFee], null, money],
    [c.hoursFirstRow, years(t.hours), hours, '#,##0'],
    [c.supportFirstRow, years(t.support), currency, money],
    [c.costFirstRow, years(t.cost), currency, money],
    [c.tcoRow, [t.tco, t.npv], currency, money],
    [c.perUserMonthRow, [t.perUserMonth], currency, '#,##0.00'],
    [c.supportShareRow, [t.supportShare], '%', '0.0%'],
    [c.tcoForRankingRow, [t.tcoForRanking], currency, money],
  ];
  for (const [row, texts, unit, numberFormat] of labels) {
    b.put(row, P.labelCol, texts.map((text) => [text]), 'label');
    if (unit !== null) b.put(row, P.unitCol, texts.map(() => [unit]), 'label');
    b.format({ row, col: COL, rows: texts.length, cols: vendors.length }, 'computed', numberFormat);
  }
  // The effective terms are in the quote currency, before conversion: say so where it differs.
  for (const row of [c.fixedFeeRow, c.hourRateRow, c.incidentFeeRow]) b.putRow(row, P.unitCol, [ctx.t.pricing.units.currency], 'label');
  const columns = vendors.map((_, i) => vendorPricingFormulas(refs, columnLetters(COL + i)));
  const rows = [...(columns[0]?.keys() ?? [])].sort((a, b2) => a - b2);
  for (const row of rows) b.putRow(row - 1, COL, columns.map((col) => col.get(row) ?? null));
  const span = (first: number, rowCount = 1) => ({ row: first, col: COL, rows: rowCount, cols: vendors.length });
  addName(ctx, 'vc_Computed', 'pricing', span(c.missingRow, c.lastRow - c.missingRow + 1), 'All computed rows per vendor (formulas only)');
  addName(ctx, 'vc_Status', 'pricing', span(c.statusRow), 'Pricing status per vendor: complete, or what is missing');
  addName(ctx, 'vc_YearCost', 'pricing', span(c.costFirstRow, MAX_TERM_YEARS), 'Total cost per contract year (years x vendors)');
  addName(ctx, 'vc_YearSupport', 'pricing', span(c.supportFirstRow, MAX_TERM_YEARS), 'Support cost per contract year (years x vendors)');
  addName(ctx, 'vc_TCO', 'pricing', span(c.tcoRow), 'Total cost of ownership per vendor');
  addName(ctx, 'vc_NPV', 'pricing', span(c.npvRow), 'Net present value of the yearly costs per vendor');
  addName(ctx, 'vc_PerUserMonth', 'pricing', span(c.perUserMonthRow), 'Cost per user per month per vendor');
  addName(ctx, 'vc_SupportShare', 'pricing', span(c.supportShareRow), 'Support share of TCO per vendor');
  addName(ctx, 'vc_TCOForRanking', 'pricing', span(c.tcoForRankingRow), 'TCO of complete vendors, blank otherwise');
}
