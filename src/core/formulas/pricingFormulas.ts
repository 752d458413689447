/**
 * The cost formulas of one vendor column on Pricing, built for the vendor's pricing model only,
 * so an auditor reads `MAX(0,D40-D11)*D12+...` rather than a CHOOSE over four models.
 * A missing required price makes the vendor's costs #N/A (never a cheap-looking number), and a
 * model changed after the formulas were filled does the same until they are filled again.
 */
import { BILLING_PERIODS, TIERS, modelById, type ModelId } from '../catalogue/models';
import { PRICING_INPUTS, type PricingInputKey, type Requirement } from '../catalogue/pricingInputs';
import type { Language } from '../catalogue/text';
import type { FormulaCell } from '../plan/types';
import { MAX_TERM_YEARS } from '../options';
import { messages } from '../i18n/messages';
import { formulaText } from './formulaText';

/** Where things are, as A1 parts: 1-based rows on Pricing, absolute references elsewhere. */
export interface PricingRefs {
  language: Language;
  modelRow: number;
  inputRows: Record<PricingInputKey, number>;
  rows: {
    missing: number;
    status: number;
    tierFee: number;
    tierHours: number;
    subscriptionYear: number;
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

/** Content of every computed cell of one vendor column, keyed by 1-based row. null = empty. */
export type ColumnFormulas = Map<number, FormulaCell | null>;

const REQUIREMENT_TOTAL: Partial<Record<Requirement, string>> = {
  whenIncidents: 'vc_TermIncidents',
  whenOnsiteDays: 'vc_TermOnsiteDays',
};

function missingFormula(refs: PricingRefs, col: string, model: ModelId): string {
  const lang = refs.language;
  const t = messages(lang).template.pricing.computed;
  const at = (key: PricingInputKey) => `${col}${refs.inputRows[key]}`;
  const tier = at('tier');
  const label = (text: string) => formulaText(`${text}; `);
  const pieces: string[] = [];
  for (const input of PRICING_INPUTS) {
    const requirement = input.required[model];
    if (!requirement) continue;
    const name = label(input.label[lang]);
    if (requirement === 'chosenTier') continue;
    if (input.kind === 'tier') {
      const ok = TIERS.map((t) => `${tier}=${formulaText(t.label[lang])}`).join(',');
      pieces.push(`IF(OR(${ok}),"",${name})`);
    } else if (input.kind === 'billing') {
      const ok = BILLING_PERIODS.map((p) => `${at('billing')}=${formulaText(p.label[lang])}`).join(',');
      pieces.push(`IF(OR(${ok}),"",${name})`);
    } else {
      const total = REQUIREMENT_TOTAL[requirement];
      const given = total ? `OR(ISNUMBER(${at(input.key)}),${total}=0)` : `ISNUMBER(${at(input.key)})`;
      pieces.push(`IF(${given},"",${name})`);
    }
  }
  if (model === 'tiered') {
    // The chosen tier's fee and hours, whichever tier that is.
    for (const part of ['Fee', 'Hours'] as const) {
      const check = TIERS.reduceRight<string>(
        (otherwise, t) => `IF(${tier}=${formulaText(t.label[lang])},ISNUMBER(${at(`${t.id}${part}`)}),${otherwise})`,
        'TRUE()',
      );
      const text = part === 'Fee' ? t.chosenTierFee : t.chosenTierHours;
      pieces.push(`IF(${check},"",${label(text)})`);
    }
  }
  const expected = formulaText(modelById(model).label[lang]);
  const refill = label(t.modelChanged);
  return `IF(${col}${refs.modelRow}<>${expected},${refill},${termCheck(t.contractTerm)}&${pieces.join('&')})`;
}

/** A blank or impossible term would make every year "beyond the term" and every cost 0. */
function termCheck(label: string): string {
  return `IF(AND(ISNUMBER(vc_Term),vc_Term>=1,vc_Term<=${MAX_TERM_YEARS}),"",${formulaText(`${label}; `)})`;
}

/** The support cost of year y before escalation, in the model's own terms. */
function supportTerms(refs: PricingRefs, col: string, model: ModelId, y: number): string {
  const at = (key: PricingInputKey) => `${col}${refs.inputRows[key]}`;
  const hours = `${col}${refs.rows.hoursFirst + y - 1}`;
  const onsite = `${refs.demand('days', y)}*${at('dayRate')}`;
  switch (model) {
    case 'all-inclusive':
      return `MAX(0,${hours}-${at('includedHours')})*${at('overageRate')}+${onsite}`;
    case 'tiered':
      return `${col}${refs.rows.tierFee}+MAX(0,${hours}-${col}${refs.rows.tierHours})*${at('overageRate')}+${onsite}`;
    case 'pay-as-you-go':
      return `${hours}*${at('hourlyRate')}+${refs.demand('incidents', y)}*${at('incidentFee')}+${onsite}`;
    case 'subscription':
      return `${col}${refs.rows.subscriptionYear}+MAX(0,${hours}-${at('includedHours')})*${at('overageRate')}+${onsite}`;
  }
}

function escalated(expression: string, escalation: string, y: number): string {
  if (y === 1) return expression;
  const operand = /^[A-Z]+\d+$/.test(expression) ? expression : `(${expression})`;
  return `${operand}*(1+${escalation})^${y - 1}`;
}

/**
 * Every computed cell of vendor column `col` for `model`. With no (or an unknown) model the
 * costs are #N/A and the status asks for a model.
 */
export function vendorPricingFormulas(refs: PricingRefs, col: string, model: ModelId | null): ColumnFormulas {
  const r = refs.rows;
  const lang = refs.language;
  const at = (key: PricingInputKey) => `${col}${refs.inputRows[key]}`;
  const cells: ColumnFormulas = new Map();
  const f = (formula: string): FormulaCell => ({ formula });
  const missing = `${col}${r.missing}`;
  const t = messages(lang).template.pricing.computed;
  const ok = formulaText(t.complete);
  const missingPrefix = formulaText(t.missingPrefix);

  // Without a model: ask for one, and once one is picked, ask for the formulas to be filled.
  const modelCell = `${col}${refs.modelRow}`;
  const noModel = `IF(${modelCell}="",${formulaText(`${t.chooseModel}; `)},${formulaText(`${t.modelChanged}; `)})`;
  cells.set(r.missing, f(model ? missingFormula(refs, col, model) : noModel));
  // The list ends with "; ": drop it in the status line.
  cells.set(r.status, f(`IF(${missing}="",${ok},${missingPrefix}&LEFT(${missing},LEN(${missing})-2))`));
  const tierOf = (part: 'Fee' | 'Hours') =>
    TIERS.reduceRight<string>((otherwise, t) => `IF(${at('tier')}=${formulaText(t.label[lang])},${at(`${t.id}${part}`)},${otherwise})`, 'NA()');
  cells.set(r.tierFee, model === 'tiered' ? f(tierOf('Fee')) : null);
  cells.set(r.tierHours, model === 'tiered' ? f(tierOf('Hours')) : null);
  const monthly = formulaText(BILLING_PERIODS.find((p) => p.id === 'monthly')!.label[lang]);
  cells.set(
    r.subscriptionYear,
    model === 'subscription' ? f(`IF(${at('billing')}=${monthly},${at('subscriptionFee')}*12,${at('subscriptionFee')})`) : null,
  );

  const escalation = at('escalation');
  for (let y = 1; y <= MAX_TERM_YEARS; y++) {
    // Missing inputs first: a blank term must not make every year "beyond the term" and free.
    const inTerm = (expression: string) => `IF(${missing}<>"",NA(),IF(${y}>vc_Term,0,${expression}))`;
    cells.set(r.hoursFirst + y - 1, f(`${refs.demand('dev', y)}+${refs.demand('ops', y)}`));
    const support = model ? inTerm(escalated(supportTerms(refs, col, model, y), escalation, y)) : 'NA()';
    cells.set(r.supportFirst + y - 1, f(support));
    const oneTime = y === 1 ? `+${at('setupFee')}+${at('customizationFee')}` : '';
    const cost = model
      ? inTerm(`${escalated(at('platformFee'), escalation, y)}+${col}${r.supportFirst + y - 1}${oneTime}`)
      : 'NA()';
    cells.set(r.costFirst + y - 1, f(cost));
  }
  const years = (first: number) => `${col}${first}:${col}${first + MAX_TERM_YEARS - 1}`;
  cells.set(r.tco, f(`SUM(${years(r.costFirst)})`));
  cells.set(r.npv, f(`NPV(vc_DiscountRate,${years(r.costFirst)})`));
  cells.set(r.perUserMonth, f(`${col}${r.tco}/(vc_Users*12*vc_Term)`));
  cells.set(r.supportShare, f(`IF(${col}${r.tco}=0,0,SUM(${years(r.supportFirst)})/${col}${r.tco})`));
  // Numbers only, so MIN/MAX across vendors skip incomplete ones.
  cells.set(r.tcoForRanking, f(`IFERROR(${col}${r.tco},"")`));
  return cells;
}
