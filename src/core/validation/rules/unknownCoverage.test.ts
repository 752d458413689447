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
        cells: ['D4'],
        vendor: 'Aurora',
        message: 'Aurora: coverage of “Ticket response” in Basic support is still Unknown. Ask the vendor what is included.',
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
        message:
          'Aurora: coverage of “Ticket response” (“包含”) in Basic support is typed in the other language, so this template does not read it as a status. Choose one of: Included, Paid, Not offered, Unknown.',
      }),
    ]);
    const zh = runRule(unknownCoverage, new SnapshotBuilder().vendors('甲').language('zh').coverage([['L1-1', 'Included']]).build(), 'zh');
    expect(zh.map((f) => f.message)).toEqual([
      '甲：基础服务中“工单响应”（“Included”）的支持范围以另一种语言填写，本模板不将其识别为状态。请从以下选项中选择：包含、另行收费、不提供、未知。',
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
      ['E4', 'Aurora', 'Aurora: coverage of “On-site support” in Production operations support is still Unknown. Ask the vendor what is included.'],
      ['D5', 'Beacon', 'Beacon: coverage of “Private deployment” in Customised support (priced separately) is still Unknown. Ask the vendor what is included.'],
    ]);
  });

  it('names the item in the message language', () => {
    const snapshot = new SnapshotBuilder().vendors('甲').language('zh').coverage([['L2-1', '未知']]).build();
    expect(runRule(unknownCoverage, snapshot, 'zh')[0]?.message).toBe('甲：开发阶段支持中“SDK接入指导”的支持范围仍为“未知”。请向供应商确认是否包含。');
  });

  it('names a row without a known id by its id, or its position', () => {
    const snapshot = new SnapshotBuilder()
      .vendors('Aurora')
      .coverage([
        ['X-9', 'Unknown'],
        [null, 'Unknown'],
      ])
      .build();
    expect(runRule(unknownCoverage, snapshot).map((f) => [f.message, f.cells])).toEqual([
      ['Aurora: coverage of “X-9”, “2” in other rows is still Unknown. Ask the vendor what is included.', ['D4', 'D5']],
    ]);
    const noIds = new SnapshotBuilder().vendors('Aurora').add(namedBlock('vc_Coverage', 'Coverage', 'D4', [['Unknown']])).build();
    expect(runRule(unknownCoverage, noIds)[0]?.message).toContain('“1”');
  });

  it('groups per vendor and layer: one finding at the first cell, listing every item and cell', () => {
    const snapshot = new SnapshotBuilder()
      .vendors('Aurora', 'Beacon')
      .coverage([
        ['L1-1', 'Unknown', 'Included'],
        ['L1-2', 'Included', null],
        ['L1-3', null, 'Unknown'],
        ['L2-1', 'Unknown', 'Paid'],
        ['L2-2', { error: '#N/A' }, 'Paid'],
      ])
      .build();
    expect(runRule(unknownCoverage, snapshot).map((f) => [f.vendor, f.cell, f.cells, f.message])).toEqual([
      ['Aurora', 'D4', ['D4', 'D6'], 'Aurora: coverage of “Ticket response”, “FAQ” in Basic support is still Unknown. Ask the vendor what is included.'],
      ['Beacon', 'E5', ['E5', 'E6'], 'Beacon: coverage of “Online documentation”, “FAQ” in Basic support is still Unknown. Ask the vendor what is included.'],
      [
        'Aurora',
        'D7',
        ['D7', 'D8'],
        'Aurora: coverage of “SDK integration guidance”, “API documentation help” in Development-phase support is still Unknown. Ask the vendor what is included.',
      ],
    ]);
    expect(runRule(unknownCoverage, snapshot, 'zh')[0]?.message).toBe('Aurora：基础服务中“工单响应”、“常见问题”的支持范围仍为“未知”。请向供应商确认是否包含。');
  });

  it('keeps a status typed in the other language apart from Unknown in the same layer', () => {
    const snapshot = new SnapshotBuilder()
      .vendors('Aurora')
      .coverage([
        ['L3-1', 'Unknown'],
        ['L3-2', '包含'],
        ['L3-3', '不提供'],
      ])
      .build();
    expect(runRule(unknownCoverage, snapshot).map((f) => [f.cell, f.cells, f.message])).toEqual([
      ['D4', ['D4'], 'Aurora: coverage of “Architecture optimisation advice” in Production operations support is still Unknown. Ask the vendor what is included.'],
      [
        'D5',
        ['D5', 'D6'],
        'Aurora: coverage of “Emergency incident response” (“包含”), “On-site support” (“不提供”) in Production operations support is typed in the other language, so this template does not read it as a status. Choose one of: Included, Paid, Not offered, Unknown.',
      ],
    ]);
  });

  it('shortens a long list in the message but keeps every cell', () => {
    const rows = Array.from({ length: 7 }, (_, i) => [`X-${i + 1}`, 'Unknown']);
    const [en] = runRule(unknownCoverage, new SnapshotBuilder().vendors('Aurora').coverage(rows).build());
    expect(en?.message).toBe('Aurora: coverage of “X-1”, “X-2”, “X-3” and 4 more in other rows is still Unknown. Ask the vendor what is included.');
    expect(en?.cells).toEqual(['D4', 'D5', 'D6', 'D7', 'D8', 'D9', 'D10']);
    const zhRows = Array.from({ length: 7 }, (_, i) => [`X-${i + 1}`, '未知']);
    const zh = runRule(unknownCoverage, new SnapshotBuilder().vendors('甲').language('zh').coverage(zhRows).build(), 'zh');
    expect(zh[0]?.message).toBe('甲：其他行中“X-1”、“X-2”、“X-3”等 7 项的支持范围仍为“未知”。请向供应商确认是否包含。');
  });

  it('lists all four items of a layer without shortening', () => {
    const rows = ['L2-1', 'L2-2', 'L2-3', 'L2-4'].map((id) => [id, 'Unknown']);
    const [f] = runRule(unknownCoverage, new SnapshotBuilder().vendors('Aurora').coverage(rows).build());
    expect(f?.message).toContain('“SDK integration guidance”, “API documentation help”, “Demo debugging”, “Joint integration testing” in');
  });

  it('keeps two columns headed with the same name apart', () => {
    const snapshot = new SnapshotBuilder()
      .vendors('Aurora', 'Aurora')
      .coverage([['L1-1', 'Unknown', 'Unknown']])
      .build();
    expect(runRule(unknownCoverage, snapshot).map((f) => f.cells)).toEqual([['D4'], ['E4']]);
  });

  it('finds nothing to check without a coverage block', () => {
    expect(runRule(unknownCoverage, new SnapshotBuilder().vendors('Aurora').build())).toEqual([]);
  });
});
