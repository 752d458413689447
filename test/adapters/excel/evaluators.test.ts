/**
 * A two-evaluator template through Office.js (the double): inserted as planned, and a vendor
 * added in the pane gives what a fresh insert of the new vendor list gives, the evaluators'
 * blocks, their inputs, formulas, rules and hidden rows included (issue 11).
 */
import { changeVendors } from '../../../src/adapters/excel/changeVendors';
import { insertTemplate } from '../../../src/adapters/excel/insertTemplate';
import { readSnapshot } from '../../../src/adapters/excel/readSnapshot';
import type { TemplateOptions, VendorQuote } from '../../../src/core/options';
import { planTemplate } from '../../../src/core/template/planTemplate';
import { createWorkbook } from '../../excel-double';
import { WORKED_EXAMPLE } from '../../fixtures/workedExample';
import { workbookWithTemplate } from './analysisFixtures';
import { expectPlanWritten } from './expectPlanWritten';

const [aurora, beacon, cirrus] = WORKED_EXAMPLE.vendors.map((v, i): VendorQuote => ({
  ...v,
  ratingsBy: { Li: { depth: 2 + i, coverage247: true }, Wang: { depth: 4, team: 'mixed' } },
})) as [VendorQuote, VendorQuote, VendorQuote];
const options = (vendors: VendorQuote[]): TemplateOptions => ({ ...WORKED_EXAMPLE, vendors, evaluators: ['Li', 'Wang'] });

describe('several evaluators through Office.js', () => {
  it("inserts the evaluators' blocks as planned", async () => {
    const wb = createWorkbook();
    await insertTemplate(wb.newContext(), options([aurora, beacon]));
    expectPlanWritten(wb, planTemplate(options([aurora, beacon]), ['Sheet1']), ['Sheet1']);
  });

  it('adds a vendor as a fresh insert of the new list: blocks, inputs, formulas and rules', async () => {
    const wb = await workbookWithTemplate(options([aurora, cirrus]));
    const result = await changeVendors(wb.newContext(), { kind: 'add', name: 'Beacon RTC', before: 'Cirrus IM' }, false);
    expect(result).toMatchObject({ applied: true, vendors: ['Aurora Cloud', 'Beacon RTC', 'Cirrus IM'] });
    const fresh = await workbookWithTemplate(options([aurora, { name: 'Beacon RTC' }, cirrus]));
    const [actual, expected] = [await readSnapshot(wb.newContext()), await readSnapshot(fresh.newContext())];
    for (const name of [
      'vc_EvaluatorNames',
      'vc_EvaluatorInputs',
      'vc_ScoreOverride',
      'vc_OverrideReason',
      'vc_ScoreInputs',
      'vc_ScoreSpread',
      'vc_EvaluatorScores',
    ]) {
      const cells = (b: (typeof actual.blocks)[string]) => b.formulas.map((row, r) => row.map((f, c) => f ?? b.values[r]![c]));
      expect({ name, range: actual.blocks[name]!.range, cells: cells(actual.blocks[name]!) }).toEqual({
        name,
        range: expected.blocks[name]!.range,
        cells: cells(expected.blocks[name]!),
      });
    }
    const scorecard = (w: typeof wb) => w.state.sheets.find((s) => s.name === 'Scorecard')!;
    const rules = (w: typeof wb) => ({
      cf: scorecard(w)
        .conditionalFormats.map((c) => JSON.stringify([c.rect, c.formula]))
        .sort(),
      hidden: [...scorecard(w).hiddenRows].sort((a, b) => a - b),
    });
    expect(rules(wb)).toEqual(rules(fresh));
  });
});
