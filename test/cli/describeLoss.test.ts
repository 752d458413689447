import type { RewriteLoss } from '../../src/adapters/xlsx/rewriteLosses';
import { lossLines } from '../../src/cli/describeLoss';
import { messages } from '../../src/core/i18n/cliMessages';

const LOSSES: RewriteLoss[] = [
  { kind: 'part', part: 'xl/charts/chart1.xml', what: 'chart' },
  { kind: 'part', part: 'xl/worksheets/odd.xml', what: null },
  { kind: 'part', part: 'xl/charts/chart2.xml', what: 'chart' },
  { kind: 'feature', sheet: null, feature: 'workbookProtection' },
  { kind: 'feature', sheet: 'Pricing', feature: 'ext:sparklineGroups' },
  { kind: 'feature', sheet: 'Pricing', feature: 'smartTags' },
  { kind: 'name', name: 'TaxRate', sheet: null, reference: '0.05', becomes: null },
  { kind: 'name', name: 'Local', sheet: 'Pricing', reference: 'Pricing!$A$1', becomes: { sheet: null, reference: 'Pricing!$A$1' } },
  { kind: 'name', name: '_xlnm.Print_Area', sheet: 'Pricing', reference: 'Pricing!$A$1:$D$20', becomes: { sheet: 'Pricing', reference: "'Pricing'!$A1:$D20" } },
  { kind: 'nameSetting', name: 'vc_Term', sheet: null, setting: 'comment' },
  { kind: 'nameSetting', name: 'vc_Users', sheet: null, setting: 'comment' },
  { kind: 'nameSetting', name: 'Secret', sheet: 'Pricing', setting: 'hidden' },
];

describe('lossLines', () => {
  it('one line per kind of part, feature, name, and forgotten setting', () => {
    expect(lossLines(LOSSES, messages('en').cli)).toEqual([
      'charts: xl/charts/chart1.xml, xl/charts/chart2.xml',
      'other parts: xl/worksheets/odd.xml',
      'workbook structure protection (workbook)',
      'sparklines on sheet Pricing',
      '<smartTags> on sheet Pricing',
      'defined name TaxRate = 0.05: dropped',
      'defined name Local (sheet Pricing) = Pricing!$A$1: becomes Pricing!$A$1 (workbook-wide)',
      "defined name _xlnm.Print_Area (sheet Pricing) = Pricing!$A$1:$D$20: becomes 'Pricing'!$A1:$D20",
      'the comment of defined name(s) vc_Term, vc_Users',
      'the hidden flag of defined name(s) Secret (sheet Pricing)',
    ]);
  });

  it('in Chinese', () => {
    expect(lossLines(LOSSES, messages('zh').cli)).toEqual([
      '图表：xl/charts/chart1.xml、xl/charts/chart2.xml',
      '其他部件：xl/worksheets/odd.xml',
      '工作簿结构保护（工作簿）',
      '工作表 Pricing 的迷你图',
      '工作表 Pricing 的<smartTags>',
      '定义名称 TaxRate = 0.05：将被删除',
      '定义名称 Local（工作表 Pricing） = Pricing!$A$1：将变成 Pricing!$A$1（整个工作簿）',
      "定义名称 _xlnm.Print_Area（工作表 Pricing） = Pricing!$A$1:$D$20：将变成 'Pricing'!$A1:$D20",
      '定义名称 vc_Term、vc_Users 的备注',
      '定义名称 Secret（工作表 Pricing） 的隐藏属性',
    ]);
  });

  it('prints no control character a crafted file puts in a part, sheet or name', () => {
    const lines = lossLines(
      [
        { kind: 'part', part: 'xl/\u001b[2Jx.xml', what: null },
        { kind: 'feature', sheet: '\u001b]0;t\u0007S', feature: 'smartTags' },
        { kind: 'name', name: 'N\u001b[31m', sheet: null, reference: '"\u009b2J"', becomes: null },
      ],
      messages('en').cli,
    );
    expect(lines).toEqual(['other parts: xl/x.xml', '<smartTags> on sheet S', 'defined name N = "": dropped']);
  });
});
