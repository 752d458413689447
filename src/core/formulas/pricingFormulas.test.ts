import { pricingInput } from '../catalogue/pricingInputs';
import { computeCosts, fxRateFor } from '../costs/costModel';
import { requiredInputs } from '../costs/requiredInputs';
import { cellAddress } from '../plan/a1';
import { inputName } from '../template/pricingSheet';
import { pricesFromQuote } from '../costs/fromQuote';
import { planTemplate } from '../template/planTemplate';
import { loadPlan } from '../../../test/support/hyperformula';
import { WORKED_EXAMPLE } from '../../../test/fixtures/workedExample';
import { effectiveDemand, type TemplateOptions } from '../options';

const REL = 1e-9;

function expectClose(actual: unknown, expected: number) {
  expect(typeof actual).toBe('number');
  const scale = Math.max(1, Math.abs(expected));
  expect(Math.abs((actual as number) - expected) / scale).toBeLessThan(REL);
}

function check(options: TemplateOptions) {
  const wb = loadPlan(planTemplate(options));
  const yearCost = wb.named('vc_YearCost');
  options.vendors.forEach((vendor, v) => {
    const result = computeCosts(pricesFromQuote(vendor), { ...options, demand: effectiveDemand(options) });
    if (!result.complete) throw new Error(`${vendor.name} incomplete: ${result.missing.join(',')}`);
    const { costs } = result;
    costs.yearCost.forEach((c, y) => expectClose(yearCost[y]![v], c));
    // Years beyond the term are blank, not 0: nothing an analyst could read as a free year.
    for (let y = options.termYears; y < 10; y++) expect(yearCost[y]![v]).toBe('');
    expectClose(wb.named('vc_TCO')[0]![v], costs.tco);
    expectClose(wb.named('vc_NPV')[0]![v], costs.npv);
    expectClose(wb.named('vc_PerUserMonth')[0]![v], costs.perUserMonth);
    expectClose(wb.named('vc_SupportShare')[0]![v], costs.supportShare);
    expect(wb.named('vc_Status')[0]![v]).toBe(options.language === 'zh' ? '完整' : 'Complete');
  });
}

describe('pricing formulas agree with the reference calculator (HyperFormula)', () => {
  it('worked example: one vendor per model', () => check(WORKED_EXAMPLE));
  it('the same in Chinese, with a ten-year term', () =>
    check({ ...WORKED_EXAMPLE, language: 'zh', termYears: 10, demand: [] }));
});

describe('a missing price is never a zero', () => {
  it('blank platform fee: costs are #N/A, the status names it, other vendors unaffected', () => {
    const vendors = WORKED_EXAMPLE.vendors.map((v, i) => (i === 0 ? { ...v, platformFee: undefined } : v));
    const wb = loadPlan(planTemplate({ ...WORKED_EXAMPLE, vendors }));
    const tco = wb.named('vc_TCO')[0]!;
    expect(tco[0]).toMatchObject({ type: 'NA' });
    expect(wb.named('vc_NPV')[0]![0]).toMatchObject({ type: 'NA' });
    expect(String(wb.named('vc_Status')[0]![0])).toBe('Missing: Platform fee / year');
    expect(typeof tco[1]).toBe('number');
  });
});

describe('the status never lets a vendor look free', () => {
  it('a blank contract term makes every cost #N/A and says so', () => {
    const plan = planTemplate(WORKED_EXAMPLE);
    const wb = loadPlan(plan);
    const term = plan.names.find((n) => n.name === 'vc_Term')!.range;
    wb.set(plan.sheets.find((s) => s.key === 'assumptions')!.name, `B${term.row + 1}`, null);
    expect(wb.named('vc_TCO')[0]!.every((v) => typeof v === 'object' && v !== null && 'type' in v)).toBe(true);
    expect(String(wb.named('vc_Status')[0]![0])).toBe('Missing: Contract term (Assumptions)');
  });

  it('a vendor inserted without a model asks for one, then for what the model picked needs', () => {
    const plan = planTemplate({ ...WORKED_EXAMPLE, vendors: [{ name: 'Aurora' }] });
    const wb = loadPlan(plan);
    expect(wb.named('vc_Status')[0]).toEqual(['Missing: Pricing model']);
    const model = plan.names.find((n) => n.name === 'vc_Model')!.range;
    wb.set(plan.sheets.find((s) => s.key === 'pricing')!.name, `D${model.row + 1}`, 'Tiered service');
    // The worked example's demand has on-site days, so the day rate is needed too; no tier is
    // chosen yet, so no tier's fee or hours is asked for.
    expect(wb.named('vc_Status')[0]).toEqual([
      'Missing: Platform fee / year; On-site day rate (0 if included); Overage rate / hour beyond included; Chosen tier',
    ]);
    expect(wb.named('vc_TCO')[0]![0]).toMatchObject({ type: 'NA' });
  });
});

describe('every required price of every model, left blank, gives an incomplete total', () => {
  // The worked example's vendors hold every price their model needs, and the demand has both
  // incidents and on-site days, so the conditional inputs are required too.
  const cases = WORKED_EXAMPLE.vendors.flatMap((vendor, v) => {
    const prices = pricesFromQuote(vendor);
    return requiredInputs(vendor.model!, prices.tier, { ...WORKED_EXAMPLE, demand: effectiveDemand(WORKED_EXAMPLE) }).map(
      (key) => [vendor.model!, key, v] as const,
    );
  });

  it('covers every model', () => {
    expect(new Set(cases.map(([model]) => model)).size).toBe(4);
    expect(cases.length).toBeGreaterThan(12);
  });

  it.each(cases)('%s without %s', (_model, key, v) => {
    const plan = planTemplate(WORKED_EXAMPLE);
    const wb = loadPlan(plan);
    const input = plan.names.find((n) => n.name === inputName(key))!.range;
    wb.set(plan.sheets.find((s) => s.key === 'pricing')!.name, cellAddress(input.row, input.col + v), null);
    for (const name of ['vc_TCO', 'vc_NPV', 'vc_PerUserMonth']) expect(wb.named(name)[0]![v], name).toMatchObject({ type: 'NA' });
    const yearCost = wb.named('vc_YearCost');
    for (let y = 0; y < WORKED_EXAMPLE.termYears; y++) expect(yearCost[y]![v]).toMatchObject({ type: 'NA' });
    expect(String(wb.named('vc_Status')[0]![v])).toContain(pricingInput(key).label.en);
    // The other vendors keep their numbers.
    const others = wb.named('vc_TCO')[0]!.filter((_, i) => i !== v);
    expect(others.every((t) => typeof t === 'number')).toBe(true);
  });
});

describe('the exchange-rate row reads codes as the calculator does', () => {
  // Beacon RTC (second vendor) quotes in the case's currency; the FX table holds the case's rows.
  const cases: [string, string, [string, number][], number | 'missing'][] = [
    ['spaces and case', ' usd ', [['USD ', 7.1]], 7.1],
    ['a wildcard is no wildcard', 'US?', [['USD', 7.1]], 'missing'],
    ['a currency listed twice is ambiguous', 'USD', [['USD', 7.1], ['usd', 7.2]], 'missing'],
    ['the comparison currency needs no rate', ' cny', [], 1],
  ];
  it.each(cases)('%s', (_, quote, table, expected) => {
    const plan = planTemplate(WORKED_EXAMPLE);
    const wb = loadPlan(plan);
    const at = (name: string) => plan.names.find((n) => n.name === name)!.range;
    const sheet = (key: string) => plan.sheets.find((s) => s.key === key)!.name;
    const q = at('vc_QuoteCurrency');
    wb.set(sheet('pricing'), cellAddress(q.row, q.col + 1), quote);
    const codes = at('vc_FxCurrency');
    table.forEach(([code, rate], i) => {
      wb.set(sheet('assumptions'), cellAddress(codes.row + i, codes.col), code);
      wb.set(sheet('assumptions'), cellAddress(codes.row + i, codes.col + 1), rate);
    });
    const calculator = fxRateFor({ currency: quote }, { currency: 'CNY', fx: table.map(([currency, rate]) => ({ currency, rate })) });
    const status = String(wb.named('vc_Status')[0]![1]);
    if (expected === 'missing') {
      expect(calculator).toBeUndefined();
      expect(status).toBe(`Missing: Exchange rate for ${quote.trim()} (Assumptions)`);
    } else {
      expect(calculator).toBe(expected);
      expect(status).toBe('Complete');
      // Beacon's TCO in the README is 375,999.00 in CNY; in another currency it scales by the rate.
      expect(wb.named('vc_TCO')[0]![1] as number).toBeCloseTo(375999 * expected, 6);
    }
  });
});

describe('text where a number belongs never passes as "Complete"', () => {
  const setup = () => {
    const plan = planTemplate(WORKED_EXAMPLE);
    const wb = loadPlan(plan);
    const sheet = (key: string) => plan.sheets.find((s) => s.key === key)!.name;
    const cellOf = (name: string, r: number, c: number) => {
      const range = plan.names.find((n) => n.name === name)!.range;
      return cellAddress(range.row + r, range.col + c);
    };
    return { plan, wb, sheet, cellOf };
  };

  it.each([
    ['vc_Escalation', 'Annual price escalation'],
    ['vc_SetupFee', 'Setup / onboarding fee (one-time)'],
  ])('text in %s (read by every model, never required) is named, costs #N/A, as the calculator says', (name, label) => {
    const { wb, sheet, cellOf } = setup();
    wb.set(sheet('pricing'), cellOf(name, 0, 0), '5%x');
    expect(wb.named('vc_Status')[0]![0]).toBe(`Missing: ${label}`);
    expect(wb.named('vc_TCO')[0]![0]).toMatchObject({ type: 'NA' });
    const key = name === 'vc_Escalation' ? 'escalation' : 'setupFee';
    const result = computeCosts({ ...pricesFromQuote(WORKED_EXAMPLE.vendors[0]!), [key]: Number.NaN }, { ...WORKED_EXAMPLE, demand: effectiveDemand(WORKED_EXAMPLE) });
    expect(result).toEqual({ complete: false, missing: [key] });
  });

  it('text in a demand year beyond the term is ignored, as DOMAIN.md says', () => {
    const { wb, sheet, cellOf } = setup();
    wb.set(sheet('assumptions'), cellOf('vc_OnsiteDays', 6, 0), 'n/a');
    expect(wb.named('vc_Status')[0]).toEqual(['Complete', 'Complete', 'Complete', 'Complete']);
    expect(wb.named('vc_TermOnsiteDays')[0]![0]).toBe(4); // 2 + 1 + 1 within the 3-year term
  });

  it('an error in the model cell reads as no model, named in the status', () => {
    const { wb, sheet, cellOf } = setup();
    wb.set(sheet('pricing'), cellOf('vc_Model', 0, 0), '=NA()');
    expect(wb.named('vc_Status')[0]![0]).toBe('Missing: Pricing model (not one of the list)');
  });
});
