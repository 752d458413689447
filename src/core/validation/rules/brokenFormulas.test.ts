import { loadPlan, type LoadedWorkbook } from '../../../../test/support/hyperformula';
import { runRule } from '../../../../test/support/snapshotBuilder';
import { snapshotOf } from '../../../../test/support/snapshot';
import { WORKED_EXAMPLE } from '../../../../test/fixtures/workedExample';
import { planFill } from '../../fill/planFill';
import { cellAddress } from '../../plan/a1';
import type { Plan } from '../../plan/types';
import { planTemplate } from '../../template/planTemplate';
import { brokenFormulas } from './brokenFormulas';

// The worked example: Aurora (all-inclusive, D), Beacon (tiered, E), Cirrus (pay-as-you-go, F), Delta (subscription, G).
const plan = planTemplate(WORKED_EXAMPLE);

function cellIn(p: Plan, name: string, r = 0, c = 0): string {
  const range = p.names.find((n) => n.name === name)!.range;
  return cellAddress(range.row + r, range.col + c);
}

const broken = (wb: LoadedWorkbook) => runRule(brokenFormulas, snapshotOf(wb));
const pricingId = (wb: LoadedWorkbook) => wb.hf.getSheetId('Pricing')!;

/** Writes what "Fill pricing formulas" would write. */
function applyFill(wb: LoadedWorkbook): void {
  const fill = planFill(snapshotOf(wb));
  if (!fill.ok) throw new Error(`fill refused: ${fill.reason}`);
  for (const v of fill.vendors) for (const c of v.changes) wb.set(fill.sheet, c.cell.address, c.content ? `=${c.content.formula}` : null);
}

describe('brokenFormulas', () => {
  it('a freshly planned workbook has no broken formula, in either language', () => {
    expect(broken(loadPlan(plan))).toEqual([]);
    expect(broken(loadPlan(planTemplate({ ...WORKED_EXAMPLE, language: 'zh' })))).toEqual([]);
    const fill = planFill(snapshotOf(loadPlan(plan)));
    expect(fill.ok && fill.vendors.map((v) => [v.vendor, v.model, v.changes.length])).toEqual([
      ['Aurora Cloud', 'all-inclusive', 0],
      ['Beacon RTC', 'tiered', 0],
      ['Cirrus IM', 'pay-as-you-go', 0],
      ['Delta Talk', 'subscription', 0],
    ]);
  });

  it('reports a constant typed over a formula, at that cell', () => {
    const wb = loadPlan(plan);
    const tco = cellIn(plan, 'vc_TCO', 0, 1);
    wb.set('Pricing', tco, 12345);
    expect(broken(wb)).toEqual([
      {
        severity: 'error',
        rule: 'broken-formula',
        sheet: 'Pricing',
        cell: tco,
        vendor: 'Beacon RTC',
        message: `Beacon RTC: the formula in ${tco} was replaced by a constant. Run “Fill pricing formulas”.`,
      },
    ]);
    const fill = planFill(snapshotOf(wb));
    expect(fill.ok && fill.vendors[1]!.changes.map((c) => [c.cell.address, c.overwritten])).toEqual([[tco, true]]);
  });

  it('reports an "answered?" helper typed over, which would fake the answered count', () => {
    const wb = loadPlan(plan);
    const helper = cellIn(plan, 'vc_AnswerChecks', 2, 1);
    wb.set('Questions', helper, 1);
    expect(broken(wb)).toEqual([
      expect.objectContaining({ rule: 'broken-formula', sheet: 'Questions', cell: helper, message: expect.stringContaining(`Questions!${helper} should hold a formula`) }),
    ]);
  });

  it('names the overwritten cell first when the model changed too', () => {
    const wb = loadPlan(plan);
    wb.set('Pricing', cellIn(plan, 'vc_Model', 0, 2), 'All-inclusive');
    wb.set('Pricing', cellIn(plan, 'vc_NPV', 0, 2), 0);
    expect(broken(wb).map((f) => [f.vendor, f.cell, f.message.includes('replaced by a constant')])).toEqual([['Cirrus IM', cellIn(plan, 'vc_NPV', 0, 2), true]]);
  });

  it('a model changed in the sheet needs no refill: the same formulas serve every model', () => {
    const wb = loadPlan(plan);
    wb.set('Pricing', cellIn(plan, 'vc_Model', 0, 2), 'Subscription add-on');
    wb.set('Pricing', cellIn(plan, 'vc_SubscriptionFee', 0, 2), 1000);
    wb.set('Pricing', cellIn(plan, 'vc_Billing', 0, 2), 'Yearly');
    wb.set('Pricing', cellIn(plan, 'vc_IncludedHours', 0, 2), 50);
    wb.set('Pricing', cellIn(plan, 'vc_OverageRate', 0, 2), 900);
    expect(broken(wb)).toEqual([]);
    expect(wb.named('vc_TCO')[0]![2]).toEqual(expect.any(Number));
  });

  it('never compares formula text: a formula edited by hand passes, an emptied formula cell does not', () => {
    const wb = loadPlan(plan);
    wb.set('Pricing', cellIn(plan, 'vc_YearCost', 0, 0), '=1+1');
    wb.set('Pricing', cellIn(plan, 'vc_TCOForRanking', 0, 3), null);
    expect(broken(wb)).toEqual([
      {
        severity: 'error',
        rule: 'broken-formula',
        sheet: 'Pricing',
        cell: cellIn(plan, 'vc_TCOForRanking', 0, 3),
        vendor: 'Delta Talk',
        message: `Delta Talk: ${cellIn(plan, 'vc_TCOForRanking', 0, 3)} should hold a formula but is empty. Run “Fill pricing formulas”.`,
      },
    ]);
    // Fill still rewrites the edited formula (its text differs), without asking: it held no constant.
    const fill = planFill(snapshotOf(wb));
    expect(fill.ok && fill.vendors[0]!.changes.map((c) => [c.cell.address, c.overwritten])).toEqual([[cellIn(plan, 'vc_YearCost', 0, 0), false]]);    applyFill(wb);
    expect(broken(wb)).toEqual([]);
  });

  it('finds nothing in formulas spelled as Excel saves them, or in any other spelling', () => {
    const snapshot = snapshotOf(loadPlan(planTemplate({ ...WORKED_EXAMPLE, language: 'zh' })));
    const computed = snapshot.blocks.vc_Computed!;
    const respelled = (f: string) =>
      f
        // Excel: quotes only where a sheet name needs them ('假设'!$B$14 -> 假设!$B$14).
        .replace(/'([\p{L}_][\p{L}\p{N}_.]*)'!/gu, '$1!')
        // Spellings a text comparison would have to know one by one: a file's "_xlfn." prefix,
        // numbers written another way.
        .replace(/\b(SUM|MAX|NPV|IFERROR)\(/g, '_xlfn.$1(')
        .replace(/\^(\d+)/g, '^$1.0');
    computed.formulas = computed.formulas.map((row) => row.map((f) => f && respelled(f)));
    expect(computed.formulas.flat().filter((f) => f?.includes("'"))).toEqual([]);
    expect(runRule(brokenFormulas, snapshot)).toEqual([]);
    const fill = planFill(snapshot);
    expect(fill.ok && fill.vendors.flatMap((v) => v.changes.filter((c) => c.overwritten))).toEqual([]);
  });

  it('reports a constant that reads like a formula: text starting with "=" is text', () => {
    const wb = loadPlan(plan);
    const npv = cellIn(plan, 'vc_NPV', 0, 0);
    // HyperFormula, like Excel, keeps a quote-prefixed entry as text.
    wb.set('Pricing', npv, "'=NPV(vc_DiscountRate,D50:D59)");
    expect(broken(wb).map((f) => [f.vendor, f.cell, f.message.includes('replaced by a constant')])).toEqual([['Aurora Cloud', npv, true]]);
    const fill = planFill(snapshotOf(wb));
    expect(fill.ok && fill.vendors[0]!.changes.map((c) => [c.cell.address, c.overwritten])).toEqual([[npv, true]]);
  });

  it.each([
    ['a row inside the Pricing inputs', (wb: LoadedWorkbook) => wb.hf.addRows(pricingId(wb), [8, 1])],
    ['rows above everything on Pricing', (wb: LoadedWorkbook) => wb.hf.addRows(pricingId(wb), [0, 2])],
    ['a row between the inputs and the computed rows', (wb: LoadedWorkbook) => wb.hf.addRows(pricingId(wb), [25, 1])],
    ['a column before the vendors', (wb: LoadedWorkbook) => wb.hf.addColumns(pricingId(wb), [1, 1])],
    ['rows above the demand table', (wb: LoadedWorkbook) => wb.hf.addRows(wb.hf.getSheetId('Assumptions')!, [0, 3])],
    ['two vendor columns swapped', (wb: LoadedWorkbook) => wb.hf.moveColumns(pricingId(wb), 3, 1, 6)],
    ['a vendor column deleted', (wb: LoadedWorkbook) => wb.hf.removeColumns(pricingId(wb), [4, 1])],
  ])('follows %s: the formulas still match', (_, edit) => {
    const wb = loadPlan(plan);
    edit(wb);
    expect(broken(wb)).toEqual([]);
  });

  it.each([
    ['inserted', (wb: LoadedWorkbook) => wb.hf.addRows(pricingId(wb), [45, 1])],
    ['deleted', (wb: LoadedWorkbook) => wb.hf.removeRows(pricingId(wb), [45, 1])],
  ])('refuses to check or fill when a row was %s inside the computed rows', (_, edit) => {
    const wb = loadPlan(plan);
    edit(wb);
    expect(planFill(snapshotOf(wb))).toEqual({ ok: false, reason: 'computedRows' });
    expect(broken(wb)).toEqual([
      {
        severity: 'error',
        rule: 'broken-formula',
        sheet: 'Pricing',
        cell: cellIn(plan, 'vc_Computed'),
        message:
          'Rows were inserted or deleted inside the computed rows of Pricing: its formulas can no longer be checked or filled. Undo that change (or re-insert the template).',
      },
    ]);
  });

  it('leaves a workbook without the computed block to the structural check', () => {
    const snapshot = snapshotOf(loadPlan(plan));
    delete snapshot.blocks.vc_Computed;
    expect(planFill(snapshot)).toEqual({ ok: false, reason: 'structure' });
    expect(runRule(brokenFormulas, snapshot)).toEqual([]);
  });
});
