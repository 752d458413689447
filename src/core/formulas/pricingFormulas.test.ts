import { computeCosts } from '../costs/costModel';
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
    for (let y = options.termYears; y < 10; y++) expect(yearCost[y]![v]).toBe(0);
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

  it('a vendor inserted without a model asks for one, then for the formulas once one is picked', () => {
    const plan = planTemplate({ ...WORKED_EXAMPLE, vendors: [{ name: 'Aurora' }] });
    const wb = loadPlan(plan);
    expect(wb.named('vc_Status')[0]).toEqual(['Missing: Pricing model']);
    const model = plan.names.find((n) => n.name === 'vc_Model')!.range;
    wb.set(plan.sheets.find((s) => s.key === 'pricing')!.name, `D${model.row + 1}`, 'Tiered service');
    expect(wb.named('vc_Status')[0]).toEqual(['Missing: Model changed: fill pricing formulas again']);
    expect(wb.named('vc_TCO')[0]![0]).toMatchObject({ type: 'NA' });
  });
});
