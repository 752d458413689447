import { SnapshotBuilder, runRule } from '../../../../test/support/snapshotBuilder';
import { cellAddress } from '../../plan/a1';
import type { SnapshotValue } from '../../snapshot/types';
import { FIRST_VENDOR_COL, pricingInputRows } from '../../template/layout';
import { coverageMismatch } from './coverageMismatch';

const dayRateCell = (vendor = 0) => cellAddress(pricingInputRows().rows.dayRate, FIRST_VENDOR_COL.pricing + vendor);
const tierCell = (vendor = 0) => cellAddress(pricingInputRows().rows.tier, FIRST_VENDOR_COL.pricing + vendor);

/** Aurora, all-inclusive, with on-site support (L3-3, Coverage!D4) marked `status` and the day rate `rate`. */
function onsite(status: SnapshotValue, rate: SnapshotValue, language: 'en' | 'zh' = 'en') {
  const b = new SnapshotBuilder()
    .vendors('Aurora')
    .models(language === 'en' ? 'All-inclusive' : '全包型')
    .price('dayRate', rate);
  if (language === 'zh') b.language('zh');
  return runRule(coverageMismatch, b.coverage([['L3-3', status]]).build(), language);
}

/** Aurora on the tiered model at `tier`, coverage rows as given (from Coverage!D4 down). */
function tiered(tier: SnapshotValue, rows: SnapshotValue[][], model: SnapshotValue = 'Tiered service', language: 'en' | 'zh' = 'en') {
  const b = new SnapshotBuilder().vendors('Aurora').models(model).price('tier', tier).price('dayRate', 0);
  if (language === 'zh') b.language('zh');
  return runRule(coverageMismatch, b.coverage(rows).build(), language);
}

describe('coverageMismatch: on-site support and the day rate', () => {
  it('warns when on-site is Included but a day rate above 0 is entered, at the Coverage cell, naming the Pricing cell', () => {
    expect(onsite('Included', 3000)).toEqual([
      {
        severity: 'warning',
        rule: 'coverage-mismatch',
        sheet: 'Coverage',
        cell: 'D4',
        vendor: 'Aurora',
        message: `Aurora: Coverage marks “On-site support” Included, but Pricing!${dayRateCell()} holds an on-site day rate of 3000. Ask the vendor which is right (included on-site support has a day rate of 0).`,
      },
    ]);
  });

  it('says it in Chinese', () => {
    expect(onsite('包含', 3000, 'zh').map((f) => f.message)).toEqual([
      `Aurora：支持范围中“现场驻场支持”为“包含”，但 Pricing!${dayRateCell()} 填写的现场支持日费率为 3000。请向供应商确认哪一项正确（包含现场支持时日费率应为 0）。`,
    ]);
    expect(onsite('另行收费', null, 'zh').map((f) => f.message)).toEqual([
      `Aurora：支持范围中“现场驻场支持”为“另行收费”，但 Pricing!${dayRateCell()} 的现场支持日费率为空白。请向供应商索取日费率。`,
    ]);
  });

  it.each<SnapshotValue>([0, null, ''])('Included with a day rate of %j agrees', (rate) => {
    expect(onsite('Included', rate)).toEqual([]);
  });

  it.each<SnapshotValue>([null, '', '  '])('warns when on-site is Paid and the day rate is blank (%j)', (rate) => {
    expect(onsite('Paid', rate)).toEqual([
      expect.objectContaining({
        rule: 'coverage-mismatch',
        severity: 'warning',
        cell: 'D4',
        message: `Aurora: Coverage marks “On-site support” Paid, but the on-site day rate in Pricing!${dayRateCell()} is blank. Ask the vendor for the day rate.`,
      }),
    ]);
  });

  it.each<SnapshotValue>([2500, 0])('Paid with a day rate (%j) agrees', (rate) => {
    expect(onsite('Paid', rate)).toEqual([]);
  });

  it.each<SnapshotValue>(['Not offered', 'Unknown', null, '包含'])('%j coverage says nothing about the day rate', (status) => {
    expect(onsite(status, 3000)).toEqual([]);
    expect(onsite(status, null)).toEqual([]);
  });

  it('leaves a day rate typed as text to the missing-price rule', () => {
    expect(onsite('Included', '3,000')).toEqual([]);
  });

  it("reads each vendor's own Pricing column, following the Coverage header", () => {
    const snapshot = new SnapshotBuilder()
      .vendors('Aurora', 'Beacon')
      .price('dayRate', 0, 2500)
      .coverage([['L3-3', 'Included', 'Paid']], { header: ['Beacon', 'Aurora'] })
      .build();
    // Column D is Beacon (rate 2500, Included); column E is Aurora (rate 0, Paid): only Beacon disagrees.
    expect(runRule(coverageMismatch, snapshot).map((f) => [f.vendor, f.cell, f.message.includes(`Pricing!${dayRateCell(1)}`)])).toEqual([
      ['Beacon', 'D4', true],
    ]);
  });

  it('finds nothing without a coverage block or a day-rate row', () => {
    expect(runRule(coverageMismatch, new SnapshotBuilder().vendors('Aurora').price('dayRate', 3000).build())).toEqual([]);
    expect(
      runRule(
        coverageMismatch,
        new SnapshotBuilder()
          .vendors('Aurora')
          .coverage([['L3-3', 'Included']])
          .build(),
      ),
    ).toEqual([]);
  });
});

describe('coverageMismatch: the chosen tier and what it includes', () => {
  const FLAGSHIP_ROWS: SnapshotValue[][] = [
    ['L1-1', 'Included'],
    ['L3-1', 'Not offered'],
    ['L3-2', 'Not offered'],
    ['L3-3', 'Not offered'],
  ];

  it('warns once per layer when Flagship items are Not offered, listing them with every cell', () => {
    expect(tiered('Flagship', FLAGSHIP_ROWS)).toEqual([
      {
        severity: 'warning',
        rule: 'coverage-mismatch',
        sheet: 'Coverage',
        cell: 'D5',
        cells: ['D5', 'D7'],
        vendor: 'Aurora',
        message: `Aurora: the chosen tier “Flagship” (Pricing!${tierCell()}) should include “Architecture optimisation advice”, “On-site support” in Production operations support, which Coverage marks Not offered. Ask the vendor what the tier includes.`,
      },
    ]);
  });

  it('says it in Chinese', () => {
    const rows = FLAGSHIP_ROWS.map(([id, status]) => [id ?? null, status === 'Included' ? '包含' : '不提供']);
    expect(tiered('旗舰版', rows, '分层服务型', 'zh').map((f) => f.message)).toEqual([
      `Aurora：所选服务层级“旗舰版”（Pricing!${tierCell()}）应包含生产环境运维支持中的“架构优化建议”、“现场驻场支持”，但支持范围标为“不提供”。请向供应商确认该层级包含的内容。`,
    ]);
  });

  it('ticket response belongs to every tier', () => {
    const rows = [['L1-1', 'Not offered']];
    for (const tier of ['Basic', 'Enterprise', 'Flagship']) {
      expect(tiered(tier, rows).map((f) => [f.cell, f.cells])).toEqual([['D4', ['D4']]]);
    }
  });

  it('a layer Not offered that the tier does not include is fine', () => {
    expect(tiered('Enterprise', FLAGSHIP_ROWS)).toEqual([]);
    expect(
      tiered('Basic', [
        ['L1-2', 'Not offered'],
        ['L4-1', 'Not offered'],
      ]),
    ).toEqual([]);
  });

  it.each<SnapshotValue>(['All-inclusive', 'Pay-as-you-go', 'Subscription add-on', null])('a %j vendor gives no tier finding', (model) => {
    expect(tiered('Flagship', FLAGSHIP_ROWS, model)).toEqual([]);
  });

  it.each<SnapshotValue>([null, 'Platinum', '旗舰版'])('no tier finding without a tier of the template (%j)', (tier) => {
    expect(tiered(tier, FLAGSHIP_ROWS)).toEqual([]);
  });

  it('on-site Included with a rate and a tier mismatch in another layer give one finding each, on-site first', () => {
    const snapshot = new SnapshotBuilder()
      .vendors('Aurora')
      .models('Tiered service')
      .prices({ tier: ['Flagship'], dayRate: [3000] })
      .coverage([
        ['L1-1', 'Not offered'],
        ['L3-3', 'Included'],
      ])
      .build();
    expect(runRule(coverageMismatch, snapshot).map((f) => [f.cell, f.cells])).toEqual([
      ['D5', undefined],
      ['D4', ['D4']],
    ]);
  });
});
