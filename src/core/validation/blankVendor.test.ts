/** A vendor whose name cell on Pricing is blank has one name everywhere: on every sheet's header,
 * in validate's findings, in summary and in fill. */
import { SnapshotBuilder, runRule } from '../../../test/support/snapshotBuilder';
import { loadPlan } from '../../../test/support/hyperformula';
import { snapshotOf } from '../../../test/support/snapshot';
import type { Language } from '../catalogue/text';
import { summarizeSnapshot } from '../costs/fromSnapshot';
import { planFill } from '../fill/planFill';
import { DEFAULT_OPTIONS } from '../options';
import { cellAddress } from '../plan/a1';
import { planTemplate } from '../template/planTemplate';
import { unansweredQuestion } from './rules/unansweredQuestion';
import { validate } from './validate';

/** A three-vendor template whose second vendor's name the user cleared. */
function withBlankSecondVendor(language: Language) {
  const plan = planTemplate({ ...DEFAULT_OPTIONS, language, vendors: [{ name: 'A' }, { name: 'B', model: 'all-inclusive' }, { name: 'C' }] });
  const wb = loadPlan(plan);
  const header = plan.names.find((n) => n.name === 'vc_VendorNames')!;
  wb.set(plan.sheets.find((s) => s.key === 'pricing')!.name, cellAddress(header.range.row, header.range.col + 1), null);
  return snapshotOf(wb);
}

describe.each([
  ['en', 'Vendor 2'],
  ['zh', '供应商 2'],
] as const)('a blank vendor name in a %s template', (language, fallback) => {
  it('shows as that name in the headers of Coverage, Questions, Scorecard and Overview', () => {
    const snapshot = withBlankSecondVendor(language);
    for (const name of ['vc_Coverage', 'vc_Answers', 'vc_ScoreInputs']) expect([name, snapshot.blocks[name]!.above]).toEqual([name, ['A', fallback, 'C']]);
    expect(snapshot.blocks.vc_Ranking!.values.map((row) => row[0])).toEqual(['A', fallback, 'C']);
  });

  it('is the vendor of every finding of its column, in validate, summary and fill', () => {
    const snapshot = withBlankSecondVendor(language);
    const vendors = new Set(validate(snapshot).findings.map((f) => f.vendor).filter((v) => v !== undefined));
    expect([...vendors].sort()).toEqual(['A', 'C', fallback].sort());
    expect(summarizeSnapshot(snapshot).vendors.map((v) => v.vendor)).toEqual(['A', fallback, 'C']);
    const fill = planFill(snapshot);
    expect(fill.ok && fill.vendors.map((v) => v.vendor)).toEqual(['A', fallback, 'C']);
  });
});

it('reads the 0 an older template’s header shows for a blank name as that blank vendor', () => {
  const snapshot = new SnapshotBuilder().vendors('A', '').answers([['Q1', '2h', null]], { header: ['A', 0] }).build();
  expect(runRule(unansweredQuestion, snapshot).map((f) => f.vendor)).toEqual(['Vendor 2']);
});
