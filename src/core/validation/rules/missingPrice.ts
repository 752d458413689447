import { BILLING_PERIODS, TIERS, modelById } from '../../catalogue/models';
import { PRICING_INPUTS, type PricingInput } from '../../catalogue/pricingInputs';
import { fxRateFor } from '../../costs/costModel';
import { fxFromSnapshot } from '../../costs/fromSnapshot';
import { requiredInputs } from '../../costs/requiredInputs';
import { messages } from '../../i18n/messages';
import type { DemandYear } from '../../options';
import { billingFromLabel, modelFromLabel, tierFromLabel } from '../../snapshot/labels';
import type { Snapshot } from '../../snapshot/types';
import { finding, type RuleContext, type Rule } from '../ruleContext';
import type { Finding } from '../types';
import { cellOf, displayText, pricingInput, type CellRef } from '../workbookModel';

/** A price typed as text, e.g. "1,000", "¥1000", "RMB 1000", "5%" (full-width forms folded first). */
const CURRENCY = String.raw`(?:[¥$€£]|rmb|cny|usd|eur)`;
const NUMBER_AS_TEXT = new RegExp(
  String.raw`^\s*${CURRENCY}?\s*[-+]?\s*${CURRENCY}?\s*\d[\d,.\s]*\s*%?\s*(?:元|${CURRENCY})?\s*$`,
  'i',
);

function isNumberAsText(text: string): boolean {
  return NUMBER_AS_TEXT.test(text.normalize('NFKC'));
}

function numbers(snapshot: Snapshot, name: string): number[] {
  return (snapshot.blocks[name]?.values ?? []).map((row) => (typeof row[0] === 'number' ? row[0] : 0));
}

/** The term and demand as the workbook has them now (blank counts as none). */
export function demandFromSnapshot(snapshot: Snapshot): { termYears: number; demand: DemandYear[] } {
  const term = snapshot.blocks.vc_Term?.values[0]?.[0];
  const dev = numbers(snapshot, 'vc_DevHours');
  const ops = numbers(snapshot, 'vc_OpsHours');
  const incidents = numbers(snapshot, 'vc_Incidents');
  const days = numbers(snapshot, 'vc_OnsiteDays');
  const years = Math.max(dev.length, incidents.length, days.length);
  return {
    termYears: typeof term === 'number' ? term : years,
    demand: Array.from({ length: years }, (_, i) => ({
      devHours: dev[i] ?? 0,
      opsHours: ops[i] ?? 0,
      incidents: incidents[i] ?? 0,
      onsiteDays: days[i] ?? 0,
    })),
  };
}

function checkValue(ctx: RuleContext, input: PricingInput, cell: CellRef, required: boolean, vendor: string, model: string): Finding[] {
  const v = cell.value;
  const label = input.label[ctx.language];
  const values = { vendor, input: label, model, value: displayText(v) };
  const error = (message: string, extra: Record<string, string> = {}) => [
    finding('error', 'missing-price', cell, message, { ...values, ...extra }, { vendor }),
  ];
  if (v === null || (typeof v === 'string' && v.trim() === '')) return required ? error(ctx.t.missingPrice) : [];
  if (input.kind === 'tier' || input.kind === 'billing') {
    const ok = input.kind === 'tier' ? tierFromLabel(v, ctx.templateLanguage) : billingFromLabel(v, ctx.templateLanguage);
    const options = (input.kind === 'tier' ? TIERS : BILLING_PERIODS).map((o) => o.label[ctx.templateLanguage]).join(', ');
    return ok ? [] : error(ctx.t.badChoice, { options });
  }
  if (typeof v === 'string') return error(isNumberAsText(v) ? ctx.t.textNumber : ctx.t.notNumber);
  if (typeof v !== 'number') return error(ctx.t.notNumber);
  // A percentage shows as one (-2%, not -0.02), so its range message comes before "negative".
  if (input.kind === 'percent' && (v < 0 || v > 1)) return error(ctx.t.percentRange, { value: `${Math.round(v * 10000) / 100}%` });
  if (v < 0) return error(ctx.t.negative);
  return [];
}

/**
 * A quote currency (blank: the comparison currency) with no positive rate in the FX table: the
 * sheet's costs are #N/A until it has one. A code listed twice has no rate; codes compare
 * ignoring case and Excel's TRIM spaces (fxRateFor, shared with the reference calculator).
 */
function missingFxRate(ctx: RuleContext, vendor: string, index: number): Finding[] {
  const b = ctx.snapshot.blocks;
  const quote = b.vc_QuoteCurrency;
  if (!quote || index >= quote.range.cols) return [];
  const cell = cellOf(quote, 0, index);
  const code = displayText(cell.value).trim();
  if (code === '') return [];
  const comparison = displayText(b.vc_Currency?.values[0]?.[0] ?? null);
  if (fxRateFor({ currency: code }, { currency: comparison, fx: fxFromSnapshot(ctx.snapshot) }) !== undefined) return [];
  const sheet = b.vc_FxRate?.sheet ?? b.vc_FxCurrency?.sheet ?? messages(ctx.templateLanguage).template.sheetNames.assumptions;
  return [finding('error', 'missing-price', cell, ctx.t.noFxRate, { vendor, currency: code, sheet }, { vendor })];
}

/** Rule 3: each input the vendor's model requires is present and a number; no negative prices;
 * a quote currency has an exchange rate. Findings in sheet order: model, currency, inputs. */
export const missingPrice: Rule = (ctx) => {
  const demand = demandFromSnapshot(ctx.snapshot);
  return ctx.vendors.flatMap(({ name, index }) => {
    const fx = missingFxRate(ctx, name, index);
    const modelCell = pricingInput(ctx.snapshot, 'model', index);
    if (!modelCell) return fx;
    const values = { vendor: name, value: displayText(modelCell.value) };
    if (modelCell.value === null || displayText(modelCell.value).trim() === '') {
      return [finding('error', 'missing-price', modelCell, ctx.t.noModel, values, { vendor: name }), ...fx];
    }
    const model = modelFromLabel(modelCell.value, ctx.templateLanguage)?.id;
    if (!model) return [finding('error', 'missing-price', modelCell, ctx.t.unknownModel, values, { vendor: name }), ...fx];
    const tier = tierFromLabel(pricingInput(ctx.snapshot, 'tier', index)?.value ?? null, ctx.templateLanguage) ?? undefined;
    const required = new Set(requiredInputs(model, tier, demand));
    const modelLabel = modelById(model).label[ctx.language];
    const inputs = PRICING_INPUTS.filter((input) => input.usedBy.includes(model)).flatMap((input) => {
      const cell = pricingInput(ctx.snapshot, input.key, index);
      return cell ? checkValue(ctx, input, cell, required.has(input.key), name, modelLabel) : [];
    });
    return [...fx, ...inputs];
  });
};
