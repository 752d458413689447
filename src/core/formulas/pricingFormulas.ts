/**
 * The cost formulas of one vendor column on Pricing. They are the same for every pricing model:
 * four "effective terms" rows read the model chosen in the column's dropdown (DOMAIN.md's table
 * "How each model fills the parameters"), and one support formula uses them, so picking another
 * model in plain Excel, with no add-in, recomputes everything and an auditor reads one shape:
 *   fixed + MAX(0, hours - included) * rate + incidents * incidentFee + days * dayRate
 * A missing required input (the live requirement matrix on Assumptions says which) makes the
 * vendor's costs #N/A, never a cheap-looking number.
 */
import { BILLING_PERIODS, PRICING_MODELS, TIERS } from '../catalogue/models';
import { PRICING_INPUTS, type PricingInputKey } from '../catalogue/pricingInputs';
import type { Language } from '../catalogue/text';
import type { FormulaCell } from '../plan/types';
import { MAX_TERM_YEARS } from '../options';
import { messages } from '../i18n/messages';
import { formulaText } from './formulaText';

/** Where things are, as A1 parts: 1-based rows on Pricing, absolute references elsewhere. */
export interface PricingRefs {
  language: Language;
  modelRow: number;
  quoteCurrencyRow: number;
  inputRows: Record<PricingInputKey, number>;
  rows: {
    missing: number;
    status: number;
    modelNumber: number;
    fxRate: number;
    fixedFee: number;
    includedHours: number;
    hourRate: number;
    incidentFee: number;
    hoursFirst: number;
    supportFirst: number;
    costFirst: number;
    tco: number;
    npv: number;
    perUserMonth: number;
    supportShare: number;
    tcoForRanking: number;
  };
  /** Absolute references to year y's demand on Assumptions, e.g. 'Assumptions'!$B$14. */
  demand: (kind: 'dev' | 'ops' | 'incidents' | 'days', year: number) => string;
}

/** Content of every computed cell of one vendor column, keyed by 1-based row. */
export type ColumnFormulas = Map<number, FormulaCell>;

/** Row k (1-based) of vc_Requires is PRICING_INPUTS[k-1]; its columns are the models M1-M4. */
export function requirementRow(key: PricingInputKey): number {
  return PRICING_INPUTS.findIndex((i) => i.key === key) + 1;
}

/** The term, users and discount rate every model needs: blank or impossible is missing. */
function assumptionChecks(lang: Language): string {
  const t = messages(lang).template.pricing.computed;
  const item = (ok: string, label: string) => `IF(${ok},"",${formulaText(`${label}; `)})`;
  return [
    item(`AND(ISNUMBER(vc_Term),vc_Term>=1,vc_Term<=${MAX_TERM_YEARS},INT(vc_Term)=vc_Term)`, t.contractTerm),
    item('AND(ISNUMBER(vc_Users),vc_Users>=1)', t.users),
    item('AND(ISNUMBER(vc_DiscountRate),vc_DiscountRate>-1)', t.discountRate),
  ].join('&');
}

/**
 * One check per input: needed by the chosen model (vc_Requires) and not given; or read by the
 * chosen model's formulas and holding text (a blank there means none, but text would make the
 * costs #VALUE! under a "Complete" status).
 */
function inputChecks(refs: PricingRefs, col: string): string[] {
  const lang = refs.language;
  const at = (key: PricingInputKey) => `${col}${refs.inputRows[key]}`;
  const modelNumber = `${col}${refs.rows.modelNumber}`;
  const tier = at('tier');
  return PRICING_INPUTS.map((input) => {
    const needed = `INDEX(vc_Requires,${requirementRow(input.key)},${modelNumber})>0`;
    const label = formulaText(`${input.label[lang]}; `);
    const cell = at(input.key);
    if (isOptionalNumber(input.key)) {
      // Read by every model (one-time fees, escalation, day rate) or by M3 only (incident fee).
      const read = input.usedBy.length === PRICING_MODELS.length ? null : input.usedBy.map((m) => `${modelNumber}=${modelIndex(m)}`).join(',');
      const text = read ? `AND(OR(${read}),${cell}<>"")` : `${cell}<>""`;
      return `IF(ISNUMBER(${cell}),"",IF(OR(${needed},${text}),${label},""))`;
    }
    let absent = `NOT(ISNUMBER(${cell}))`;
    if (input.kind === 'tier') absent = `NOT(OR(${TIERS.map((x) => `${tier}=${formulaText(x.label[lang])}`).join(',')}))`;
    if (input.kind === 'billing') {
      absent = `NOT(OR(${BILLING_PERIODS.map((p) => `${at('billing')}=${formulaText(p.label[lang])}`).join(',')}))`;
    }
    // A tier's fee and hours are needed only for the tier chosen.
    const ownTier = TIERS.find((x) => input.key.startsWith(x.id));
    const conditions = [needed, ...(ownTier ? [`${tier}=${formulaText(ownTier.label[lang])}`] : []), absent];
    return `IF(AND(${conditions.join(',')}),${label},"")`;
  });
}

/** Numbers a model may read without requiring them (blank means none). */
function isOptionalNumber(key: PricingInputKey): boolean {
  const input = PRICING_INPUTS.find((i) => i.key === key)!;
  return input.kind !== 'tier' && input.kind !== 'billing' && Object.values(input.required).every((r) => r !== 'always' && r !== 'chosenTier');
}

const modelIndex = (id: (typeof PRICING_MODELS)[number]['id']) => PRICING_MODELS.findIndex((m) => m.id === id) + 1;

/** The exchange rate must be a positive number (a blank rate reads as 0). */
function fxCheck(refs: PricingRefs, col: string): string {
  const t = messages(refs.language).template.pricing.computed;
  const fx = `${col}${refs.rows.fxRate}`;
  const [before, after] = t.fxMissing.split('{currency}') as [string, string];
  const label = `${formulaText(before)}&TRIM(${col}${refs.quoteCurrencyRow})&${formulaText(`${after}; `)}`;
  return `IF(ISNUMBER(${fx}),IF(${fx}>0,"",${label}),${label})`;
}

/** Every missing input of the column, each followed by "; " (the status drops the last one). */
function missingFormula(refs: PricingRefs, col: string): string {
  const t = messages(refs.language).template.pricing.computed;
  const model = `${col}${refs.modelRow}`;
  const noModel = `IF(IFERROR(${model}="",FALSE()),${formulaText(`${t.chooseModel}; `)},${formulaText(`${t.unknownModel}; `)})`;
  const modelChecks = [fxCheck(refs, col), ...inputChecks(refs, col)].join('&');
  return `${assumptionChecks(refs.language)}&IF(${col}${refs.rows.modelNumber}=0,${noModel},${modelChecks})`;
}

/** The chosen tier's fee or hours; 0 when no tier is chosen (the status then names the tier). */
function chosenTier(refs: PricingRefs, col: string, part: 'Fee' | 'Hours'): string {
  const tier = `${col}${refs.inputRows.tier}`;
  return TIERS.reduceRight<string>(
    (otherwise, x) => `IF(${tier}=${formulaText(x.label[refs.language])},${col}${refs.inputRows[`${x.id}${part}`]},${otherwise})`,
    '0',
  );
}

/** DOMAIN.md's table, one CHOOSE per effective term over M1-M4; blank while no model is chosen. */
function effectiveTerms(refs: PricingRefs, col: string): { fixed: string; included: string; rate: string; incidentFee: string } {
  const at = (key: PricingInputKey) => `${col}${refs.inputRows[key]}`;
  const modelNumber = `${col}${refs.rows.modelNumber}`;
  const byModel = (m1: string, m2: string, m3: string, m4: string) => `IF(${modelNumber}=0,"",CHOOSE(${modelNumber},${m1},${m2},${m3},${m4}))`;
  const monthly = formulaText(BILLING_PERIODS.find((p) => p.id === 'monthly')!.label[refs.language]);
  return {
    fixed: byModel('0', chosenTier(refs, col, 'Fee'), '0', `${at('subscriptionFee')}*IF(${at('billing')}=${monthly},12,1)`),
    included: byModel(at('includedHours'), chosenTier(refs, col, 'Hours'), '0', at('includedHours')),
    rate: byModel(at('overageRate'), at('overageRate'), at('hourlyRate'), at('overageRate')),
    incidentFee: byModel('0', '0', at('incidentFee'), '0'),
  };
}

/** "(1+escalation)^(y-1)" as a factor, nothing in year 1. */
function escalation(refs: PricingRefs, col: string, y: number): string {
  return y === 1 ? '' : `*(1+${col}${refs.inputRows.escalation})^${y - 1}`;
}

/** Every computed cell of vendor column `col`, the same for every model. */
export function vendorPricingFormulas(refs: PricingRefs, col: string): ColumnFormulas {
  const r = refs.rows;
  const at = (key: PricingInputKey) => `${col}${refs.inputRows[key]}`;
  const cell = (row: number) => `${col}${row}`;
  const t = messages(refs.language).template.pricing.computed;
  const cells: ColumnFormulas = new Map();
  const f = (formula: string): FormulaCell => ({ formula });
  const missing = cell(r.missing);

  cells.set(r.missing, f(missingFormula(refs, col)));
  // The list ends with "; ": drop it in the status line.
  cells.set(r.status, f(`IF(${missing}="",${formulaText(t.complete)},${formulaText(t.missingPrefix)}&LEFT(${missing},LEN(${missing})-2))`));
  // "=" rather than MATCH: MATCH reads * and ? in the model cell as wildcards.
  const model = cell(refs.modelRow);
  const number = [1, 2, 3, 4].reduceRight<string>((otherwise, k) => `IF(${model}=INDEX(vc_ModelLabels,1,${k}),${k},${otherwise})`, '0');
  // An error in the model cell reads as no model, named in the status, not as an error everywhere.
  cells.set(r.modelNumber, f(`IFERROR(IF(${model}="",0,${number}),0)`));
  // "=" over trimmed codes, not MATCH: MATCH reads * and ? as wildcards and keeps spaces. A
  // currency listed twice is ambiguous: no rate, so the status asks for one.
  const quote = `TRIM(${cell(refs.quoteCurrencyRow)})`;
  const listed = `--(TRIM(vc_FxCurrency)=${quote})`;
  cells.set(r.fxRate, f(`IF(OR(${quote}="",${quote}=TRIM(vc_Currency)),1,IF(SUMPRODUCT(${listed})=1,SUMPRODUCT(${listed},vc_FxRate),NA()))`));
  const terms = effectiveTerms(refs, col);
  cells.set(r.fixedFee, f(terms.fixed));
  cells.set(r.includedHours, f(terms.included));
  cells.set(r.hourRate, f(terms.rate));
  cells.set(r.incidentFee, f(terms.incidentFee));

  const fx = cell(r.fxRate);
  for (let y = 1; y <= MAX_TERM_YEARS; y++) {
    // Missing inputs first: a blank term must not make every year "beyond the term" and free.
    const inTerm = (expression: string) => `IF(${missing}<>"",NA(),IF(${y}>vc_Term,"",${expression}))`;
    const hours = cell(r.hoursFirst + y - 1);
    cells.set(r.hoursFirst + y - 1, f(`IF(${y}>vc_Term,"",${refs.demand('dev', y)}+${refs.demand('ops', y)})`));
    const support =
      `${cell(r.fixedFee)}+MAX(0,${hours}-${cell(r.includedHours)})*${cell(r.hourRate)}` +
      `+${refs.demand('incidents', y)}*${cell(r.incidentFee)}+${refs.demand('days', y)}*${at('dayRate')}`;
    cells.set(r.supportFirst + y - 1, f(inTerm(`(${support})${escalation(refs, col, y)}*${fx}`)));
    const platform = `${at('platformFee')}${escalation(refs, col, y)}`;
    const quoted = y === 1 ? `(${platform}+${at('setupFee')}+${at('customizationFee')})` : platform;
    cells.set(r.costFirst + y - 1, f(inTerm(`${quoted}*${fx}+${cell(r.supportFirst + y - 1)}`)));
  }
  const years = (first: number) => `${col}${first}:${col}${first + MAX_TERM_YEARS - 1}`;
  cells.set(r.tco, f(`SUM(${years(r.costFirst)})`));
  cells.set(r.npv, f(`NPV(vc_DiscountRate,${years(r.costFirst)})`));
  cells.set(r.perUserMonth, f(`${cell(r.tco)}/(vc_Users*12*vc_Term)`));
  cells.set(r.supportShare, f(`IF(${cell(r.tco)}=0,0,SUM(${years(r.supportFirst)})/${cell(r.tco)})`));
  // Numbers only, so MIN/MAX across vendors skip incomplete ones.
  cells.set(r.tcoForRanking, f(`IFERROR(${cell(r.tco)},"")`));
  return cells;
}
