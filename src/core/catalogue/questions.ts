import type { Bilingual } from './text';

/**
 * What a question asks the vendor to commit to, so an answer without it is vague: a time (a
 * response time, 7x24), how support is charged, a rate, how often they meet, or a channel and
 * escalation path. Null: a description is enough (training arrangements).
 */
export type Commitment = 'time' | 'basis' | 'rate' | 'frequency' | 'escalation';

/** The seven contract questions of the article (DOMAIN.md section 4). */
export interface ContractQuestion {
  id: string;
  text: Bilingual;
  commitment: Commitment | null;
}

export const CONTRACT_QUESTIONS: readonly ContractQuestion[] = [
  {
    id: 'Q1',
    commitment: 'time',
    text: {
      en: 'What does basic technical support include, and what response time do you commit to?',
      zh: '基础技术支持包含哪些内容?响应时效承诺是多少?',
    },
  },
  {
    id: 'Q2',
    commitment: 'basis',
    text: {
      en: 'How is development-phase support charged: per hour or per request?',
      zh: '开发阶段的技术支持怎么收费?是按工时还是按次?',
    },
  },
  {
    id: 'Q3',
    commitment: 'time',
    text: {
      en: 'What is the process for an emergency outage, and is there 7x24 support?',
      zh: '遇到紧急故障,处理流程是怎样的?有没有7×24小时支持?',
    },
  },
  {
    id: 'Q4',
    commitment: 'rate',
    text: {
      en: 'What are the rates for services beyond basic support?',
      zh: '超出"基础支持"范围的服务,收费标准是什么?',
    },
  },
  {
    id: 'Q5',
    commitment: 'frequency',
    text: {
      en: 'Is there a dedicated technical account manager, and how often do you meet?',
      zh: '是否有专属的技术客户经理?多久沟通一次?',
    },
  },
  {
    id: 'Q6',
    commitment: null,
    text: {
      en: 'How are training and knowledge transfer arranged?',
      zh: '技术培训、知识转移这些增值服务怎么安排?',
    },
  },
  {
    id: 'Q7',
    commitment: 'escalation',
    text: {
      en: 'If support quality is unsatisfactory, what complaint channel and escalation path exist?',
      zh: '如果对服务质量不满意,有没有投诉渠道和升级机制?',
    },
  },
];

/** Answers that only hold a place: the buyer still has to chase the vendor. */
export const DEFAULT_PLACEHOLDERS: readonly string[] = ['-', '?', 'TBD', 'TBC', '待定', '待确认', '未知'];

/** Is the vendor's answer written into the contract? DOMAIN.md's advice: support commitments belong there. */
export type ContractStatus = 'yes' | 'no' | 'pending';

export const CONTRACT_STATUSES: Record<ContractStatus, Bilingual> = {
  yes: { en: 'Yes', zh: '是' },
  no: { en: 'No', zh: '否' },
  pending: { en: 'Pending', zh: '待定' },
};
