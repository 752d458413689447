/**
 * Compares what a formula engine computed on Pricing with the reference calculator, vendor by
 * vendor: the status line (Complete, or the missing inputs the calculator names, in its order),
 * then either every cost figure within a relative tolerance, or #N/A in each of them.
 */
import type { Language } from '../../src/core/catalogue/text';
import { pricingInput } from '../../src/core/catalogue/pricingInputs';
import type { CostResult, MissingInput, VendorPrices } from '../../src/core/costs/costModel';
import { format, messages } from '../../src/core/i18n/messages';
import { MAX_TERM_YEARS } from '../../src/core/options';
import type { Computed } from './namedCells';

/** Reads the computed cell in row `row` of the named block `name`, vendor column `vendor`. */
export type ReadNamed = (name: string, row: number, vendor: number) => Computed;

export function relativelyClose(actual: Computed, expected: number, tolerance: number): boolean {
  return typeof actual === 'number' && Math.abs(actual - expected) <= tolerance * Math.max(1, Math.abs(expected));
}

export const isNA = (v: Computed): boolean => typeof v === 'object' && v !== null && 'error' in v && v.error === '#N/A';

/** The sheet's label for one of the calculator's missing keys, as the status line lists it. */
export function missingLabel(key: MissingInput, prices: Pick<VendorPrices, 'currency'>, language: Language): string {
  const t = messages(language).template.pricing.computed;
  if (key === 'model') return t.chooseModel;
  // The sheet joins the quote-currency cell as typed into the message.
  if (key === 'fxRate') return format(t.fxMissing, { currency: prices.currency ?? '' });
  return pricingInput(key).label[language];
}

export function expectedStatus(result: CostResult, prices: Pick<VendorPrices, 'currency'>, language: Language): string {
  const t = messages(language).template.pricing.computed;
  if (result.complete) return t.complete;
  return t.missingPrefix + result.missing.map((key) => missingLabel(key, prices, language)).join('; ');
}

export interface CompareOptions {
  /** Relative tolerance of every figure (default 1e-9). */
  tolerance?: number;
  /** Relative tolerance of the NPV (default: `tolerance`). */
  npvTolerance?: number;
}

/** Mismatches of one vendor column against the calculator's result; empty when they agree. */
export function compareVendor(
  read: ReadNamed,
  vendor: number,
  result: CostResult,
  prices: Pick<VendorPrices, 'currency'>,
  language: Language,
  termYears: number,
  options: CompareOptions = {},
): string[] {
  const tolerance = options.tolerance ?? 1e-9;
  const out: string[] = [];
  const status = read('vc_Status', 0, vendor);
  const wanted = expectedStatus(result, prices, language);
  if (status !== wanted) out.push(`vendor ${vendor + 1} status: sheet ${JSON.stringify(status)} vs reference ${JSON.stringify(wanted)}`);
  const check = (what: string, actual: Computed, expected: number, tol = tolerance) => {
    if (!relativelyClose(actual, expected, tol)) out.push(`vendor ${vendor + 1} ${what}: sheet ${JSON.stringify(actual)} vs reference ${expected}`);
  };
  const na = (what: string, actual: Computed) => {
    if (!isNA(actual)) out.push(`vendor ${vendor + 1} ${what}: sheet ${JSON.stringify(actual)}, want #N/A (incomplete vendor)`);
  };
  const totals: [string, string][] = [
    ['vc_TCO', 'TCO'],
    ['vc_NPV', 'NPV'],
    ['vc_PerUserMonth', 'per user / month'],
    ['vc_SupportShare', 'support share'],
  ];
  if (!result.complete) {
    for (let y = 0; y < MAX_TERM_YEARS; y++) na(`year ${y + 1} cost`, read('vc_YearCost', y, vendor));
    for (const [name, what] of totals) na(what, read(name, 0, vendor));
    return out;
  }
  const c = result.costs;
  for (let y = 0; y < MAX_TERM_YEARS; y++) {
    const actual = read('vc_YearCost', y, vendor);
    if (y < termYears) check(`year ${y + 1} cost`, actual, c.yearCost[y]!);
    // Beyond the term the formula returns "" (blank), never a number that would add up.
    else if (actual !== '' && actual !== null) out.push(`vendor ${vendor + 1} year ${y + 1} (beyond the term): sheet ${JSON.stringify(actual)}, want blank`);
  }
  check('TCO', read('vc_TCO', 0, vendor), c.tco);
  check('NPV', read('vc_NPV', 0, vendor), c.npv, options.npvTolerance ?? tolerance);
  check('per user / month', read('vc_PerUserMonth', 0, vendor), c.perUserMonth);
  check('support share', read('vc_SupportShare', 0, vendor), c.supportShare);
  return out;
}
