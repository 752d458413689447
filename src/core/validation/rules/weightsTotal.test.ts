import { SnapshotBuilder, runRule } from '../../../../test/support/snapshotBuilder';
import type { SnapshotValue } from '../../snapshot/types';
import { weightsTotal } from './weightsTotal';

const weights = (values: SnapshotValue[], total = true) => runRule(weightsTotal, new SnapshotBuilder().weights(values, total).build());

describe('weightsTotal', () => {
  it.each<[string, SnapshotValue[]]>([
    ['the default weights', [0.25, 0.1, 0.25, 0.15, 0.15, 0.1]],
    ['one criterion only', [1, 0, 0, 0, 0, 0]],
    ['thirds', [1 / 3, 1 / 3, 1 / 3, null, null, null]],
    ['a sum a rounding step short of 1', [0.999999999999, 0, 0, 0, 0, 0]],
    ['blanks beside weights that add up', [0.5, null, 0.5, '', null, null]],
  ])('accepts %s', (_, values) => {
    expect(weights(values)).toEqual([]);
  });

  it('reports weights adding up to 125% at the total cell', () => {
    expect(weights([0.5, 0.1, 0.25, 0.15, 0.15, 0.1])).toEqual([
      {
        severity: 'error',
        rule: 'weights',
        sheet: 'Assumptions',
        cell: 'C33',
        message: 'The quality weights add up to 125%, not 100%. Adjust them on Assumptions.',
      },
    ]);
  });

  it('reports weights all left blank as 0%', () => {
    expect(weights([null, null, null, null, null, null]).map((f) => f.message)).toEqual([
      'The quality weights add up to 0%, not 100%. Adjust them on Assumptions.',
    ]);
  });

  it('reports weights typed as whole percentages', () => {
    expect(weights([25, 10, 25, 15, 15, 10])[0]?.message).toContain('10000%');
  });

  it('agrees with the sheet, which flags a total whose 6-decimal rounding is not 1', () => {
    expect(weights([0.9999999, 0, 0, 0, 0, 0])).toEqual([]);
    const [f] = weights([0.99999, 0, 0, 0, 0, 0]);
    // Never "add up to 100%, not 100%": the total is shown as precisely as it is wrong.
    expect(f?.message).toBe('The quality weights add up to 99.999%, not 100%. Adjust them on Assumptions.');
  });

  it('ignores text and error values among the weights (they count as 0)', () => {
    expect(weights(['25%', 0.1, 0.25, 0.15, 0.15, 0.1])[0]?.message).toContain('75%');
    expect(weights([{ error: '#VALUE!' }, 1, null, null, null, null])).toEqual([]);
  });

  it('points at the first weight when the total cell has no name', () => {
    expect(weights([0.5, 0.6], false)[0]?.cell).toBe('C27');
  });

  it('finds nothing to check without weights', () => {
    expect(runRule(weightsTotal, new SnapshotBuilder().build())).toEqual([]);
  });

  it('writes the message in Chinese when asked', () => {
    const snapshot = new SnapshotBuilder().weights([0.5, 0.25]).build();
    expect(runRule(weightsTotal, snapshot, 'zh')[0]?.message).toBe('质量指标权重合计为 75%，不是 100%。请在“Assumptions”表中调整。');
  });
});
