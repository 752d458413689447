import { SnapshotBuilder, namedBlock, runRule } from '../../../../test/support/snapshotBuilder';
import type { SnapshotValue } from '../../snapshot/types';
import { paidPrice } from './paidPrice';

/** Two vendors: statuses in D4 onwards (id first in each row), prices in G4, units in J4, as the template has them. */
function check(rows: SnapshotValue[][], prices: SnapshotValue[][], units: SnapshotValue[][], build = (b: SnapshotBuilder) => b) {
  const b = new SnapshotBuilder()
    .vendors('Aurora', 'Beacon')
    .coverage(rows)
    .add(namedBlock('vc_CoveragePrice', 'Coverage', 'G4', prices, { above: ['Aurora', 'Beacon'] }))
    .add(namedBlock('vc_CoverageUnit', 'Coverage', 'J4', units, { above: ['Aurora', 'Beacon'] }));
  return build(b).build();
}

describe('paidPrice', () => {
  it('groups Paid items with no price per vendor and layer: one warning at the first price cell, with every cell', () => {
    const snapshot = check(
      [
        ['L1-1', 'Paid', 'Paid'],
        ['L1-2', 'Included', ' paid '],
        ['L1-3', 'Paid', 'Unknown'],
        ['L2-1', 'Paid', 'Included'],
      ],
      [
        [null, 800],
        [null, '  '],
        [null, null],
        [null, null],
      ],
      [
        [null, 'Per hour'],
        [null, null],
        [null, null],
        [null, null],
      ],
    );
    // Aurora: L1-1 and L1-3 in Basic support, L2-1 in Development-phase support. Beacon: L1-2
    // (whitespace is no price); its L1-1 is priced, with a unit.
    expect(runRule(paidPrice, snapshot)).toEqual([
      {
        severity: 'warning',
        rule: 'paid-price',
        sheet: 'Coverage',
        cell: 'G4',
        cells: ['G4', 'G6'],
        vendor: 'Aurora',
        message:
          'Aurora: Coverage marks “Ticket response”, “FAQ” in Basic support Paid, but no price is entered beside it. Ask the vendor for the price and its unit.',
      },
      expect.objectContaining({ vendor: 'Beacon', cell: 'H5', cells: ['H5'] }),
      expect.objectContaining({
        vendor: 'Aurora',
        cell: 'G7',
        cells: ['G7'],
        message: expect.stringContaining('“SDK integration guidance” in Development-phase support'),
      }),
    ]);
  });

  it('warns on a price entered for an item not marked Paid, quoting its status', () => {
    const snapshot = check(
      [
        ['L3-1', 'Included', 'Paid'],
        ['L3-2', null, 'Paid'],
        ['L3-3', 'Not offered', 'Paid'],
      ],
      [
        [0, 500],
        [120, 600],
        [null, 700],
      ],
      [
        [null, 'Per day'],
        ['Per hour', 'Per day'],
        [null, 'Per day'],
      ],
    );
    // A price of 0 is still a price: only Aurora's L3-1 and L3-2 (blank status) are reported.
    expect(runRule(paidPrice, snapshot).map((f) => [f.vendor, f.cell, f.cells, f.message])).toEqual([
      [
        'Aurora',
        'G4',
        ['G4', 'G5'],
        'Aurora: a price is entered for “Architecture optimisation advice” (“Included”), “Emergency incident response” in Production operations support, which Coverage does not mark Paid. Check the status with the vendor, or clear the price.',
      ],
    ]);
  });

  it('warns on a Paid price with no unit, at the unit cell, naming the units', () => {
    const snapshot = check([['L4-1', 'Paid', 'Paid']], [[200000, 150000]], [['One-off', null]]);
    expect(runRule(paidPrice, snapshot)).toEqual([
      {
        severity: 'warning',
        rule: 'paid-price',
        sheet: 'Coverage',
        cell: 'K4',
        cells: ['K4'],
        vendor: 'Beacon',
        message:
          'Beacon: the Paid price of “Private deployment” in Customised support (priced separately) has no unit. Choose one of: Per hour, Per day, Per incident, Per month, Per year, One-off.',
      },
    ]);
  });

  it('keeps the three kinds apart in one layer', () => {
    const snapshot = check(
      [
        ['L2-1', 'Paid', 'Included'],
        ['L2-2', 'Included', 'Included'],
        ['L2-3', 'Paid', 'Included'],
      ],
      [
        [null, null],
        [100, null],
        [100, null],
      ],
      [
        [null, null],
        [null, null],
        [null, null],
      ],
    );
    expect(runRule(paidPrice, snapshot).map((f) => [f.cell, f.message])).toEqual([
      ['G4', expect.stringContaining('no price is entered')],
      ['G5', expect.stringContaining('does not mark Paid')],
      ['J6', expect.stringContaining('has no unit')],
    ]);
  });

  it('reads the status in the template’s language and writes in the message language', () => {
    const zh = (status: string) =>
      runRule(
        paidPrice,
        new SnapshotBuilder()
          .vendors('甲')
          .language('zh')
          .coverage([['L3-3', status]])
          .add(namedBlock('vc_CoveragePrice', 'Coverage', 'F4', [[null]]))
          .add(namedBlock('vc_CoverageUnit', 'Coverage', 'H4', [[null]]))
          .build(),
        'zh',
      );
    expect(zh('另行收费').map((f) => f.message)).toEqual([
      '甲：支持范围将生产环境运维支持中的“现场驻场支持”标为“另行收费”，但旁边未填写价格。请向供应商索取价格及计价单位。',
    ]);
    // "Paid" in English in a Chinese template is not its Paid label.
    expect(zh('Paid')).toEqual([]);
    const unit = new SnapshotBuilder()
      .vendors('甲')
      .language('zh')
      .coverage([['L1-1', '另行收费']])
      .add(namedBlock('vc_CoveragePrice', 'Coverage', 'F4', [[100]]))
      .add(namedBlock('vc_CoverageUnit', 'Coverage', 'H4', [[null]]))
      .build();
    expect(runRule(paidPrice, unit, 'zh')[0]?.message).toBe(
      '甲：基础服务中“工单响应”的收费价格没有计价单位。请从以下选项中选择：每小时、每天、每次故障、每月、每年、一次性。',
    );
    expect(runRule(paidPrice, unit, 'en')[0]?.message).toContain('Choose one of: 每小时, 每天');
  });

  it('says nothing without the price block, or where it does not line up with the statuses', () => {
    const rows = [['L1-1', 'Paid', 'Paid']];
    expect(runRule(paidPrice, new SnapshotBuilder().vendors('Aurora', 'Beacon').coverage(rows).build())).toEqual([]);
    const moved = new SnapshotBuilder()
      .vendors('Aurora', 'Beacon')
      .coverage(rows)
      .add(namedBlock('vc_CoveragePrice', 'Coverage', 'G9', [[null, null]]))
      .build();
    expect(runRule(paidPrice, moved)).toEqual([]);
    // Without the unit block the prices are still checked, the units not.
    const noUnits = new SnapshotBuilder()
      .vendors('Aurora', 'Beacon')
      .coverage(rows)
      .add(namedBlock('vc_CoveragePrice', 'Coverage', 'G4', [[5, null]]))
      .build();
    expect(runRule(paidPrice, noUnits).map((f) => f.cell)).toEqual(['H4']);
  });
});
