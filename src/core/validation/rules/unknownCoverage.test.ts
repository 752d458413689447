import { SnapshotBuilder, namedBlock, runRule } from '../../../../test/support/snapshotBuilder';
import type { SnapshotValue } from '../../snapshot/types';
import { unknownCoverage } from './unknownCoverage';

function coverage(status: SnapshotValue, build = (b: SnapshotBuilder) => b) {
  return runRule(unknownCoverage, build(new SnapshotBuilder().vendors('Aurora').coverage([['L1-1', status]])).build());
}

describe('unknownCoverage', () => {
  it('warns on Unknown, naming the vendor, the item and the cell', () => {
    expect(coverage('Unknown')).toEqual([
      {
        severity: 'warning',
        rule: 'unknown-coverage',
        sheet: 'Coverage',
        cell: 'D4',
        vendor: 'Aurora',
        message: 'Aurora: coverage of “Ticket response” is still Unknown. Ask the vendor whether it is included.',
      },
    ]);
  });

  it.each<SnapshotValue>(['Unknown', 'unknown', ' UNKNOWN ', null, '', '   '])('%j is still unknown', (status) => {
    expect(coverage(status)).toHaveLength(1);
  });

  it.each<SnapshotValue>(['未知', ' 未知 ', null])('%j is still unknown in a Chinese template', (status) => {
    expect(coverage(status, (b) => b.language('zh'))).toHaveLength(1);
  });

  it.each(['#N/A', '#REF!'])('an error value (%s) is no known coverage either', (error) => {
    expect(coverage({ error })).toHaveLength(1);
  });

  it.each(['Included', 'included', 'Paid', 'Not offered'])('%j is known', (status) => {
    expect(coverage(status)).toEqual([]);
  });

  it.each(['包含', '另行收费', '不提供'])('%j is known in a Chinese template', (status) => {
    expect(coverage(status, (b) => b.language('zh'))).toEqual([]);
  });

  it('reports a status typed in the other language: the sheet does not read it as one', () => {
    expect(coverage('包含')).toEqual([
      expect.objectContaining({
        severity: 'warning',
        cell: 'D4',
        message: 'Aurora: coverage of “Ticket response” reads “包含”, which is not a status in this template’s language. Choose one of: Included, Paid, Not offered, Unknown.',
      }),
    ]);
    const zh = runRule(unknownCoverage, new SnapshotBuilder().vendors('甲').language('zh').coverage([['L1-1', 'Included']]).build(), 'zh');
    expect(zh.map((f) => f.message)).toEqual([
      '甲：“工单响应”的支持范围填写为“Included”，不是本模板语言中的状态。请从以下选项中选择：包含、另行收费、不提供、未知。',
    ]);
  });

  it('leaves other text alone: the buyer wrote something down', () => {
    expect(coverage('Included up to 10 tickets/month')).toEqual([]);
  });

  it('takes the item from the id on the same row and the vendor from the header above', () => {
    const snapshot = new SnapshotBuilder()
      .vendors('Aurora', 'Beacon')
      .coverage(
        [
          ['L3-3', 'Included', 'Unknown'],
          ['L4-1', 'Unknown', 'Paid'],
        ],
        { header: ['Beacon', 'Aurora'] },
      )
      .build();
    expect(runRule(unknownCoverage, snapshot).map((f) => [f.cell, f.vendor, f.message])).toEqual([
      ['E4', 'Aurora', 'Aurora: coverage of “On-site support” is still Unknown. Ask the vendor whether it is included.'],
      ['D5', 'Beacon', 'Beacon: coverage of “Private deployment” is still Unknown. Ask the vendor whether it is included.'],
    ]);
  });

  it('names the item in the message language', () => {
    const snapshot = new SnapshotBuilder().vendors('甲').language('zh').coverage([['L2-1', '未知']]).build();
    expect(runRule(unknownCoverage, snapshot, 'zh')[0]?.message).toBe('甲：“SDK接入指导”的支持范围仍为“未知”。请向供应商确认是否包含。');
  });

  it('names a row without a known id by its id, or its position', () => {
    const snapshot = new SnapshotBuilder()
      .vendors('Aurora')
      .coverage([
        ['X-9', 'Unknown'],
        [null, 'Unknown'],
      ])
      .build();
    expect(runRule(unknownCoverage, snapshot).map((f) => f.message)).toEqual([
      'Aurora: coverage of “X-9” is still Unknown. Ask the vendor whether it is included.',
      'Aurora: coverage of “2” is still Unknown. Ask the vendor whether it is included.',
    ]);
    const noIds = new SnapshotBuilder().vendors('Aurora').add(namedBlock('vc_Coverage', 'Coverage', 'D4', [['Unknown']])).build();
    expect(runRule(unknownCoverage, noIds)[0]?.message).toContain('“1”');
  });

  it('finds nothing to check without a coverage block', () => {
    expect(runRule(unknownCoverage, new SnapshotBuilder().vendors('Aurora').build())).toEqual([]);
  });
});
