import { loadPlan } from '../../../test/support/hyperformula';
import { snapshotOf } from '../../../test/support/snapshot';
import { WORKED_EXAMPLE } from '../../../test/fixtures/workedExample';
import { YES_NO } from '../catalogue/criteria';
import { BILLING_PERIODS, TIERS } from '../catalogue/models';
import { LANGUAGES, type Language } from '../catalogue/text';
import { summarizeSnapshot } from '../costs/fromSnapshot';
import { cellAddress } from '../plan/a1';
import { planTemplate } from '../template/planTemplate';
import { validate } from '../validation/validate';
import { billingFromLabel, coverageFromLabel, tierFromLabel } from './labels';

describe('labels are read in the template’s language only', () => {
  it('takes a tier, billing period or coverage status of that language, never of the other', () => {
    expect(tierFromLabel('enterprise', 'en')).toBe('enterprise');
    // The sheet compares a tier with "=" (no TRIM): a padded label is no tier there, nor here.
    expect(tierFromLabel(' enterprise ', 'en')).toBeNull();
    // Coverage is compared with TRIM on the sheet; Excel's TRIM strips the plain space only.
    expect(coverageFromLabel(' Included ', 'en')).toBe('included');
    expect(coverageFromLabel('Included\u3000', 'en')).toBeNull();
    expect(tierFromLabel('Enterprise', 'zh')).toBeNull();
    expect(tierFromLabel('企业版', 'zh')).toBe('enterprise');
    expect(tierFromLabel('企业版', 'en')).toBeNull();
    expect(billingFromLabel('Monthly', 'zh')).toBeNull();
    expect(billingFromLabel('按月', 'zh')).toBe('monthly');
    expect(coverageFromLabel('Included', 'zh')).toBeNull();
    expect(coverageFromLabel('包含', 'zh')).toBe('included');
  });
});

/** A worked-example template in `language` with one input of one vendor set to `value`. */
function workbookWith(language: Language, name: string, vendor: number, value: string, row = 0) {
  const plan = planTemplate({ ...WORKED_EXAMPLE, language });
  const wb = loadPlan(plan);
  const n = plan.names.find((x) => x.name === name)!;
  wb.set(plan.sheets.find((s) => s.key === n.sheet)!.name, cellAddress(n.range.row + row, n.range.col + vendor), value);
  return { wb, snapshot: snapshotOf(wb) };
}

/** HyperFormula gives an error value as a DetailedCellError object, never a number. */
const isNumber = (v: unknown) => typeof v === 'number';

describe('the sheet, validate and summary agree on a label typed in either language', () => {
  const cases = LANGUAGES.flatMap((template) =>
    LANGUAGES.flatMap((typed) => [
      // Beacon (column 2) is tiered, Delta (column 4) a monthly subscription.
      ...TIERS.map((t) => ({ template, typed, name: 'vc_Tier', vendor: 1, label: t.label[typed] })),
      ...BILLING_PERIODS.map((p) => ({ template, typed, name: 'vc_Billing', vendor: 3, label: p.label[typed] })),
    ]),
  );

  it.each(cases)('$template template, $name “$label”', ({ template, typed, name, vendor, label }) => {
    const { wb, snapshot } = workbookWith(template, name, vendor, label);
    const sheetTco = wb.named('vc_TCO')[0]![vendor];
    const summary = summarizeSnapshot(snapshot).vendors[vendor]!;
    const vendorName = WORKED_EXAMPLE.vendors[vendor]!.name;
    const priceFindings = validate(snapshot).findings.filter((f) => f.rule === 'missing-price' && f.vendor === vendorName);
    // Only the template's own labels are choices: the formulas compare with nothing else.
    const recognised = typed === template;
    expect(isNumber(sheetTco)).toBe(recognised);
    expect(summary.costs?.complete).toBe(recognised);
    expect(priceFindings.length === 0).toBe(recognised);
    if (recognised && summary.costs?.complete) expect(summary.costs.costs.tco).toBeCloseTo(sheetTco as number, 6);
  });

  it.each(LANGUAGES)('a yes/no answer in the other language withholds quality in a %s template, on the sheet and in summary', (template) => {
    const other = template === 'en' ? 'zh' : 'en';
    const plan = planTemplate({ ...WORKED_EXAMPLE, language: template });
    const wb = loadPlan(plan);
    const inputs = plan.names.find((x) => x.name === 'vc_ScoreInputs')!;
    const sheet = plan.sheets.find((s) => s.key === 'scorecard')!.name;
    const teams = { en: 'In-house', zh: '自有团队' };
    const column: (string | number)[] = [2, 1, YES_NO.yes[other], 4, 4, teams[template], YES_NO.yes[template], 4, 4];
    column.forEach((v, r) => wb.set(sheet, cellAddress(inputs.range.row + r, inputs.range.col), v));
    expect(isNumber(wb.named('vc_QualityScore')[0]![0])).toBe(false);
    expect(summarizeSnapshot(snapshotOf(wb)).vendors[0]!.scores.quality).toBeUndefined();
    // The same answer in the template's language gives a score in both.
    wb.set(sheet, cellAddress(inputs.range.row + 2, inputs.range.col), YES_NO.yes[template]);
    expect(isNumber(wb.named('vc_QualityScore')[0]![0])).toBe(true);
    expect(summarizeSnapshot(snapshotOf(wb)).vendors[0]!.scores.quality).toBeCloseTo(wb.named('vc_QualityScore')[0]![0] as number, 9);
  });
});
