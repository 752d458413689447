import { SnapshotBuilder, namedBlock, runRule } from '../../../../test/support/snapshotBuilder';
import { loadPlan } from '../../../../test/support/hyperformula';
import { namedCell } from '../../../../test/support/namedCells';
import { snapshotOf } from '../../../../test/support/snapshot';
import { WORKED_EXAMPLE } from '../../../../test/fixtures/workedExample';
import type { SnapshotValue } from '../../snapshot/types';
import { planTemplate } from '../../template/planTemplate';
import { assumptions } from './assumptions';

function settings(values: { term?: SnapshotValue; users?: SnapshotValue; discount?: SnapshotValue; weight?: SnapshotValue }, demand = {}) {
  return new SnapshotBuilder()
    .demand({ term: values.term === undefined ? 3 : values.term, ...demand })
    .add(namedBlock('vc_Users', 'Assumptions', 'B5', [[values.users === undefined ? 500 : values.users]]))
    .add(namedBlock('vc_DiscountRate', 'Assumptions', 'B7', [[values.discount === undefined ? 0.08 : values.discount]]))
    .add(namedBlock('vc_PriceWeight', 'Assumptions', 'B8', [[values.weight === undefined ? 0.4 : values.weight]]))
    .build();
}

describe('assumptions', () => {
  it('accepts sensible settings and a numeric demand', () => {
    expect(runRule(assumptions, settings({}, { devHours: [120, 20, 20], incidents: [6, 6, 6] }))).toEqual([]);
  });

  it.each<[string, Parameters<typeof settings>[0], string]>([
    ['a blank term', { term: null }, 'B4'],
    ['a term of 11 years', { term: 11 }, 'B4'],
    ['a fractional term', { term: 2.5 }, 'B4'],
    ['blank users', { users: null }, 'B5'],
    ['users as blank text', { users: '  ' }, 'B5'],
    ['users typed as text', { users: '500 seats' }, 'B5'],
    ['zero users', { users: 0 }, 'B5'],
    ['a blank discount rate', { discount: null }, 'B7'],
    ['a discount rate typed as text', { discount: '8%' }, 'B7'],
    ['a discount rate of -100%', { discount: -1 }, 'B7'],
    ['a discount rate typed as 8 (not 8%)', { discount: 8 }, 'B7'],
    ['a negative price weight', { weight: -0.1 }, 'B8'],
  ])('reports %s at its cell', (_, values, cell) => {
    const findings = runRule(assumptions, settings(values));
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ severity: 'error', rule: 'assumptions', sheet: 'Assumptions', cell });
  });

  it('names the setting and what it should be', () => {
    expect(runRule(assumptions, settings({ term: null }))[0]!.message).toBe(
      'The contract term (years) must be a number in 1-10 (it is —). Costs stay #N/A until it is.',
    );
    expect(runRule(assumptions, settings({ term: 0 }), 'zh')[0]!.message).toContain('合同年限');
  });

  it('reports demand typed as text within the term, not beyond it', () => {
    const findings = runRule(assumptions, settings({ term: 2 }, { devHours: [120, '20 h', 'n/a'] }));
    expect(findings.map((f) => f.cell)).toEqual(['B15']);
    expect(findings[0]!.message).toBe('The demand in Assumptions!B15 must be a number of 0 or more (it is “20 h”).');
  });

  it.each<[string, string, number | null, string]>([
    ['vc_Term', 'Contract term (Assumptions)', null, 'The contract term (years)'],
    ['vc_Term', 'Contract term (Assumptions)', 11, 'The contract term (years)'],
    ['vc_Users', 'Number of users (Assumptions)', null, 'The number of users'],
    ['vc_Users', 'Number of users (Assumptions)', 0, 'The number of users'],
    ['vc_DiscountRate', 'Discount rate (Assumptions)', null, 'The discount rate'],
  ])('agrees with the sheet: %s (%s) set to %j withholds the costs and is reported', (name, label, value, setting) => {
    const plan = planTemplate(WORKED_EXAMPLE);
    const wb = loadPlan(plan);
    const { sheet, address } = namedCell(plan, name);
    wb.set(sheet, address, value);
    expect(wb.named('vc_Status')[0]).toEqual(WORKED_EXAMPLE.vendors.map(() => `Missing: ${label}`));
    const findings = runRule(assumptions, snapshotOf(wb));
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ severity: 'error', rule: 'assumptions', sheet, cell: address });
    expect(findings[0]!.message.startsWith(`${setting} must be a number`)).toBe(true);
  });
});
