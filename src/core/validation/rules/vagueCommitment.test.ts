import { SnapshotBuilder, namedBlock, runRule } from '../../../../test/support/snapshotBuilder';
import type { SnapshotValue } from '../../snapshot/types';
import { hasTimeCommitment } from '../commitments';
import { vagueCommitment } from './vagueCommitment';

function vague(rows: SnapshotValue[][], build = (b: SnapshotBuilder) => b) {
  return runRule(vagueCommitment, build(new SnapshotBuilder().vendors('Aurora', 'Beacon').answers(rows)).build());
}

const COMMITTED = [
  '2h',
  '2 h',
  '2H',
  '1 hour',
  '1hr',
  '4 hrs on working days',
  'within 30 minutes',
  '30 mins',
  '30-minute response',
  '2-4 hours',
  '1.5 hours',
  'next business day, 1 business day at most',
  'within 2 working days',
  '30分钟',
  '30分钟内响应',
  '2小时内',
  '２小时内',
  '两小时',
  '半小时',
  '十分钟内',
  '1个工作日',
  '3天',
  '2周内',
  '7×24',
  '7x24 hotline',
  '7X24',
  '7*24',
  '7 x 24',
  '24/7',
  '24x7',
  '提供7×24小时支持',
  // Spelt-out and Chinese measure-word forms, as vendors write them.
  'within one hour',
  'respond within an hour',
  'two hours for urgent tickets',
  'half an hour',
  '2个小时内响应',
  '两个小时',
  '半个小时内到场',
  'within 30 seconds',
  '30秒内接通',
];

const VAGUE = ['ASAP', 'we respond quickly', 'As soon as possible', '尽快', '尽快处理', 'Yes, there is a hotline', 'priority support', 'see contract', '24 people on call', 'Level 2 escalation', '周一到周五 9:00-18:00', 'an hourly rate applies'];

describe('hasTimeCommitment', () => {
  it.each(COMMITTED)('finds a duration in %j', (answer) => {
    expect(hasTimeCommitment(answer)).toBe(true);
  });

  it.each(VAGUE)('finds none in %j', (answer) => {
    expect(hasTimeCommitment(answer)).toBe(false);
  });
});

describe('vagueCommitment', () => {
  it('warns on Q1 and Q3 answered without a time, naming vendor, question and cell', () => {
    const findings = vague([
      ['Q1', 'We respond quickly', '2h'],
      ['Q2', 'per hour', 'per request, 800 each'],
      ['Q3', '尽快', '7x24, 30 minutes'],
    ]);
    expect(findings).toEqual([
      {
        severity: 'warning',
        rule: 'vague-commitment',
        sheet: 'Questions',
        cell: 'C4',
        vendor: 'Aurora',
        question: 'Q1',
        message: 'Aurora’s answer to Q1 commits to no time. Ask for a response time in hours or minutes.',
      },
      expect.objectContaining({ cell: 'C6', vendor: 'Aurora', question: 'Q3' }),
    ]);
  });

  it.each(['Q6', 'S1-1', 'S5-3'])('leaves %s alone: it asks for a description, not a commitment', (id) => {
    expect(vague([[id, 'ASAP', 'yes']])).toEqual([]);
  });

  it('finds Q1 and Q3 by their ids, wherever sorting put them', () => {
    expect(vague([['Q6', 'ASAP', 'ok'], ['Q3', '2h', 'ASAP'], ['Q1', 'quickly', '1h']]).map((f) => [f.cell, f.question])).toEqual([
      ['D5', 'Q3'],
      ['C6', 'Q1'],
    ]);
  });

  it.each<SnapshotValue>([null, '', '  ', '-', 'TBD', ' ｔｂｄ ', '待定', { error: '#N/A' }])(
    'does not report %j twice: an unanswered Q1 is the unanswered rule’s',
    (answer) => {
      expect(vague([['Q1', answer, '2h']])).toEqual([]);
    },
  );

  it('does not warn on a placeholder the buyer added', () => {
    expect(vague([['Q1', 'see appendix', '2h']], (b) => b.placeholders('see appendix'))).toEqual([]);
    expect(vague([['Q1', 'see appendix', '2h']])).toHaveLength(1);
  });

  it('warns on an answer that is only TRUE: it commits to no time', () => {
    expect(vague([['Q3', true, '24/7']]).map((f) => f.vendor)).toEqual(['Aurora']);
  });

  it('writes the warning in Chinese when asked', () => {
    const snapshot = new SnapshotBuilder().vendors('甲').answers([['Q3', '尽快']]).build();
    expect(runRule(vagueCommitment, snapshot, 'zh')[0]?.message).toBe('甲 对 Q3 的答复没有时效承诺。请要求以小时或分钟给出响应时效。');
  });

  it('finds nothing to check without an answers block', () => {
    const snapshot = new SnapshotBuilder().add(namedBlock('vc_QuestionIds', 'Questions', 'A4', [['Q1']])).build();
    expect(runRule(vagueCommitment, snapshot)).toEqual([]);
  });
});

describe('vagueCommitment: every question that asks for a commitment, in both languages', () => {
  // [question, answer, what the warning says, or null for a committing answer]
  const CASES: [string, string, string | null][] = [
    ['Q1', 'We will try our best to respond within 2 hours', 'promises nothing (“try our best”)'],
    ['Q1', '我们会尽力在2小时内响应', 'promises nothing (“尽力”)'],
    ['Q1', 'Yes', 'is only “Yes”'],
    ['Q2', 'per hour, 600/hour', null],
    ['Q2', '按工时收费', null],
    ['Q2', 'see price list', 'promises nothing (“see price list”)'],
    ['Q2', '详见价目表', 'promises nothing (“详见”)'],
    ['Q2', 'It depends on the scope', 'does not say how support is charged'],
    ['Q4', '800 per hour, on-site 5000 per day', null],
    ['Q4', '每人天三千元', null],
    ['Q4', 'Included in the subscription', null],
    ['Q4', 'Negotiable', 'promises nothing (“Negotiable”)'],
    ['Q4', '另行报价', 'promises nothing (“另行报价”)'],
    ['Q4', 'Reasonable rates apply', 'gives no rate'],
    ['Q5', 'Yes, a named TAM; monthly review meetings', null],
    ['Q5', '有专属经理，每月沟通一次', null],
    ['Q5', 'No dedicated manager', null],
    ['Q5', '没有', null],
    ['Q5', 'Yes', 'is only “Yes”'],
    ['Q5', '有', 'is only “有”'],
    ['Q5', 'Yes, we keep in touch regularly', 'gives no meeting frequency'],
    ['Q5', '定期沟通', 'gives no meeting frequency'],
    ['Q7', 'Escalate to the account manager, then the support director', null],
    ['Q7', '可通过400热线投诉，升级至技术总监', null],
    ['Q7', 'We take every complaint seriously', 'names no channel or escalation path'],
    ['Q7', '视情况处理', 'promises nothing (“视情况”)'],
  ];

  it.each(CASES)('%s: %j', (question, answer, says) => {
    const findings = vague([[question, answer, null]]);
    if (says === null) expect(findings).toEqual([]);
    else expect(findings.map((f) => f.message)).toEqual([expect.stringContaining(says)]);
  });

  it('names the hedge and the bare yes in Chinese too', () => {
    const snapshot = new SnapshotBuilder().vendors('甲').answers([['Q4', '面议'], ['Q5', '是的'], ['Q7', '我们很重视']]).build();
    expect(runRule(vagueCommitment, snapshot, 'zh').map((f) => f.message)).toEqual([
      '甲 对 Q4 的答复没有实际承诺（“面议”）。请要求给出可以写进合同的承诺。',
      '甲 对 Q5 的答复只有“是的”。请要求给出问题所问的具体内容，以便写进合同。',
      '甲 对 Q7 的答复没有给出投诉渠道或升级路径。请确认联系谁、投诉如何升级。',
    ]);
  });
});
