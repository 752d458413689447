/**
 * The reference calculator's inputs, read from a workbook Snapshot through the defined names:
 * each vendor's model and prices, the quality inputs, the contract assumptions and the scoring
 * settings. Prices are numbers only: text or a blank cell is "not given", never zero, so the
 * calculator reports the vendor incomplete exactly where the sheet would.
 */
import { CRITERIA, PRICE_METHODS, SCORE_INPUTS, type CriterionId, type ScoreInputKey } from '../catalogue/criteria';
import type { ModelId } from '../catalogue/models';
import type { Bilingual, Language } from '../catalogue/text';
import { PRICING_INPUTS, type PricingInputKey } from '../catalogue/pricingInputs';
import { MAX_TERM_YEARS, type DemandYear } from '../options';
import { billingFromLabel, excelTrim, modelFromLabel, tierFromLabel } from '../snapshot/labels';
import type { NamedBlock, Snapshot, SnapshotValue } from '../snapshot/types';
import { demandName } from '../template/layout';
import { inputName } from '../template/pricingSheet';
import { cellOf, displayText, templateLanguage, vendorColumns, type CellRef } from '../validation/workbookModel';
import { computeCosts, type CostAssumptions, type CostResult, type VendorPrices } from './costModel';
import { computeScores, type QualityInputs, type ScoreSettings, type VendorScores } from './scores';
import { consensusOf } from './consensus';
import { evaluatorInputs } from './evaluatorsFromSnapshot';
import { qualityOf } from './qualityCells';

const number = (v: SnapshotValue | undefined): number | undefined => (typeof v === 'number' && Number.isFinite(v) ? v : undefined);

/** `value` is `label` in the template's language (the only one its formulas compare with). */
function isLabel(value: SnapshotValue | undefined, label: Bilingual, language: Language): boolean {
  // As the Scorecard's "=": ignoring case, not spaces.
  return typeof value === 'string' && value.toLocaleLowerCase() === label[language].toLocaleLowerCase();
}

/** The value of a one-row block (vc_Model, vc_PlatformFee, ...) in the column of vendor `index`. */
function rowValue(snapshot: Snapshot, name: string, index: number): SnapshotValue | undefined {
  return snapshot.blocks[name]?.values[0]?.[index];
}

/** A vendor's model and prices as the calculator takes them. */
export function pricesFromSnapshot(snapshot: Snapshot, index: number): VendorPrices {
  const language = templateLanguage(snapshot);
  const prices: VendorPrices = { model: modelFromLabel(rowValue(snapshot, 'vc_Model', index), language)?.id };
  const currency = excelTrim(displayText(rowValue(snapshot, 'vc_QuoteCurrency', index) ?? null));
  if (currency) prices.currency = currency;
  for (const input of PRICING_INPUTS) {
    const value = rowValue(snapshot, inputName(input.key), index);
    if (input.kind === 'tier') prices.tier = tierFromLabel(value ?? null, language) ?? undefined;
    else if (input.kind === 'billing') prices.billing = billingFromLabel(value ?? null, language) ?? undefined;
    // Text (or an error) where a number belongs is NaN: missing wherever the model reads it, as
    // on the sheet; a blank is not given.
    else
      prices[input.key as Exclude<PricingInputKey, 'tier' | 'billing'>] =
        value === null || value === undefined || value === '' ? undefined : (number(value) ?? Number.NaN);
  }
  return prices;
}

/**
 * Rows of vc_ScoreInputs in SCORE_INPUTS order. Each input takes the next row whose criterion id
 * (vc_ScoreIds, same rows) is its criterion, so rows the user inserted inside the block are
 * skipped; without vc_ScoreIds rows are taken by position.
 */
function scoreRows(snapshot: Snapshot): Map<ScoreInputKey, number> {
  const grid = snapshot.blocks.vc_ScoreInputs;
  const ids = snapshot.blocks.vc_ScoreIds;
  const rows = new Map<ScoreInputKey, number>();
  if (!grid) return rows;
  const idAt = (r: number): string | null => {
    if (!ids || ids.sheet !== grid.sheet) return null;
    return displayText(ids.values[grid.range.row + r - ids.range.row]?.[0] ?? null).trim();
  };
  let r = 0;
  for (const input of SCORE_INPUTS) {
    while (r < grid.range.rows && idAt(r) !== null && idAt(r) !== input.criterion) r++;
    if (r >= grid.range.rows) break;
    rows.set(input.key, r++);
  }
  return rows;
}

/** A vendor's quality inputs: hours and ratings as numbers, yes/no and team as their labels.
 * With evaluators, the consensus of their blocks and the override, as the sheet computes it. */
export function qualityFromSnapshot(snapshot: Snapshot, index: number): QualityInputs {
  const panel = evaluatorInputs(snapshot);
  if (panel) {
    const consensus = consensusOf(panel.inputs(index), panel.override(index));
    // An override the formulas cannot read wins all the same: the input is missing, as on the sheet.
    const override = panel.override(index);
    for (const key of panel.overridden(index)) if (override[key] === undefined) delete consensus[key];
    return consensus;
  }
  const grid = snapshot.blocks.vc_ScoreInputs;
  const rows = scoreRows(snapshot);
  return qualityOf(templateLanguage(snapshot), (key) => {
    const r = rows.get(key);
    return grid && r !== undefined ? grid.values[r]?.[index] : undefined;
  });
}

/** Why a vendor has no quality score: the criteria left without one, and where to start. */
export interface MissingQuality {
  /** In C1-C6 order; empty when every criterion has a score. */
  criteria: CriterionId[];
  /** The first input cell (in Scorecard order) that leaves a criterion without a score. */
  firstCell: CellRef | null;
}

/** The criteria whose inputs are blank or unreadable (as the sheet's formulas read them). */
export function missingQuality(snapshot: Snapshot, index: number): MissingQuality {
  const grid = snapshot.blocks.vc_ScoreInputs;
  // No Scorecard block: nothing can be said (validation reports the structure).
  if (!grid) return { criteria: [], firstCell: null };
  const quality = qualityFromSnapshot(snapshot, index);
  const missing = SCORE_INPUTS.filter((input) => quality[input.key] === undefined);
  const criteria = CRITERIA.map((c) => c.id).filter((id) => missing.some((input) => input.criterion === id));
  const panel = evaluatorInputs(snapshot);
  if (panel && missing.length > 0 && index < panel.inputsBlock.range.cols) {
    // The consensus is a formula: the first evaluator's input is where to type.
    const k = SCORE_INPUTS.indexOf(missing[0]!);
    return { criteria, firstCell: cellOf(panel.inputsBlock, 1 + k, index) };
  }
  const rows = scoreRows(snapshot);
  const first = missing.map((input) => rows.get(input.key)).find((r) => r !== undefined);
  const firstCell = first !== undefined && index < grid.range.cols ? cellOf(grid, first, index) : null;
  return { criteria, firstCell };
}

export type AssumptionKey = 'termYears' | 'users' | 'discountRate' | keyof DemandYear;

function single(snapshot: Snapshot, name: string): SnapshotValue | undefined {
  return snapshot.blocks[name]?.values[0]?.[0];
}

/**
 * Term, users, discount rate and the demand of each year within the term. A blank demand cell
 * is no demand (the sheet's formulas read it as 0); text there, or a term, user count or rate
 * that is not a usable number, is listed in `missing` and leaves `assumptions` null.
 */
export function assumptionsFromSnapshot(snapshot: Snapshot): { assumptions: CostAssumptions | null; missing: AssumptionKey[] } {
  const missing: AssumptionKey[] = [];
  const term = number(single(snapshot, 'vc_Term'));
  const termYears = term !== undefined && Number.isInteger(term) && term >= 1 && term <= MAX_TERM_YEARS ? term : undefined;
  const usersValue = number(single(snapshot, 'vc_Users'));
  // At least one user, as the sheet's status asks.
  const users = usersValue !== undefined && usersValue >= 1 ? usersValue : undefined;
  const discountValue = number(single(snapshot, 'vc_DiscountRate'));
  const discountRate = discountValue !== undefined && discountValue > -1 ? discountValue : undefined;
  if (termYears === undefined) missing.push('termYears');
  if (users === undefined) missing.push('users');
  if (discountRate === undefined) missing.push('discountRate');
  const years = termYears ?? 0;
  const column = (key: keyof DemandYear): number[] => {
    const block: NamedBlock | undefined = snapshot.blocks[demandName(key)];
    const values = Array.from({ length: years }, (_, y) => block?.values[y]?.[0] ?? null);
    if (!block || values.some((v) => v !== null && number(v) === undefined)) missing.push(key);
    return values.map((v) => number(v) ?? 0);
  };
  const dev = column('devHours');
  const ops = column('opsHours');
  const incidents = column('incidents');
  const days = column('onsiteDays');
  if (missing.length > 0 || termYears === undefined || users === undefined || discountRate === undefined) return { assumptions: null, missing };
  const demand = dev.map((devHours, y) => ({ devHours, opsHours: ops[y]!, incidents: incidents[y]!, onsiteDays: days[y]! }));
  const currency = displayText(single(snapshot, 'vc_Currency') ?? null).trim();
  return { assumptions: { termYears, users, discountRate, demand, currency, fx: fxFromSnapshot(snapshot) }, missing };
}

/** The exchange-rate table: rows with a currency code. A rate that is not a number is NaN, so
 * the vendor quoting in it is incomplete (the sheet's SUMPRODUCT reads it as 0). */
export function fxFromSnapshot(snapshot: Snapshot): { currency: string; rate: number }[] {
  const codes = snapshot.blocks.vc_FxCurrency?.values ?? [];
  const rates = snapshot.blocks.vc_FxRate?.values ?? [];
  return codes.flatMap((row, i) => {
    const currency = excelTrim(displayText(row[0] ?? null));
    const rate = number(rates[i]?.[0]);
    return currency ? [{ currency, rate: rate ?? Number.NaN }] : [];
  });
}

/** Weights (blank or text count as 0, as SUMPRODUCT does), price weight and price method. */
export function scoreSettingsFromSnapshot(snapshot: Snapshot): ScoreSettings {
  const weights = (snapshot.blocks.vc_Weights?.values ?? []).map((row) => number(row[0]) ?? 0);
  const linear = PRICE_METHODS.find((m) => m.id === 'linear')!;
  return {
    weights,
    priceWeight: number(single(snapshot, 'vc_PriceWeight')) ?? 0,
    priceMethod: isLabel(single(snapshot, 'vc_PriceMethod'), linear.label, templateLanguage(snapshot)) ? 'linear' : 'lowest',
  };
}

export interface VendorSummary {
  vendor: string;
  model: ModelId | undefined;
  /** The quote currency; undefined: the comparison currency. */
  currency: string | undefined;
  /** Null when the assumptions themselves are unusable (see WorkbookSummary.missingAssumptions). */
  costs: CostResult | null;
  scores: VendorScores;
  /** Criteria without a score, which withhold quality, overall score and rank. */
  scoreMissing: CriterionId[];
}

export interface WorkbookSummary {
  currency: string;
  missingAssumptions: AssumptionKey[];
  assumptions: CostAssumptions | null;
  vendors: VendorSummary[];
}

const finite = (v: number | undefined) => (v !== undefined && Number.isFinite(v) ? v : undefined);

/** Every vendor's costs and scores, computed by the reference calculator from the workbook's inputs. */
export function summarizeSnapshot(snapshot: Snapshot): WorkbookSummary {
  const { assumptions, missing } = assumptionsFromSnapshot(snapshot);
  const vendors = vendorColumns(snapshot).map(({ name, index }) => {
    const prices = pricesFromSnapshot(snapshot, index);
    return { name, index, prices, quality: qualityFromSnapshot(snapshot, index), costs: assumptions ? computeCosts(prices, assumptions) : null };
  });
  const scores = computeScores(
    vendors.map((v) => ({ tco: v.costs?.complete ? v.costs.costs.tco : undefined, quality: v.quality })),
    scoreSettingsFromSnapshot(snapshot),
  );
  return {
    currency: displayText(single(snapshot, 'vc_Currency') ?? null).trim(),
    missingAssumptions: missing,
    assumptions,
    vendors: vendors.map((v, i) => {
      // Weights adding up to 0 leave no quality score (the sheet shows #DIV/0!).
      const s = scores[i]!;
      const overall = finite(s.overall);
      return {
        vendor: v.name,
        model: v.prices.model,
        currency: v.prices.currency,
        costs: v.costs,
        scores: { ...s, quality: finite(s.quality), overall, rank: overall === undefined ? undefined : s.rank },
        scoreMissing: missingQuality(snapshot, v.index).criteria,
      };
    }),
  };
}
