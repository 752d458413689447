import type { Bilingual } from './text';

/** The four layers of technical support (DOMAIN.md section 1) and the items under each. */
export interface SupportItem {
  id: string;
  label: Bilingual;
}

export interface SupportLayer {
  id: 'L1' | 'L2' | 'L3' | 'L4';
  label: Bilingual;
  items: SupportItem[];
}

export const SUPPORT_LAYERS: readonly SupportLayer[] = [
  {
    id: 'L1',
    label: { en: 'Basic support', zh: '基础服务' },
    items: [
      { id: 'L1-1', label: { en: 'Ticket response', zh: '工单响应' } },
      { id: 'L1-2', label: { en: 'Online documentation', zh: '在线文档' } },
      { id: 'L1-3', label: { en: 'FAQ', zh: '常见问题' } },
    ],
  },
  {
    id: 'L2',
    label: { en: 'Development-phase support', zh: '开发阶段支持' },
    items: [
      { id: 'L2-1', label: { en: 'SDK integration guidance', zh: 'SDK接入指导' } },
      { id: 'L2-2', label: { en: 'API documentation help', zh: 'API文档解读' } },
      { id: 'L2-3', label: { en: 'Demo debugging', zh: 'demo调试协助' } },
      { id: 'L2-4', label: { en: 'Joint integration testing', zh: '功能对接联调' } },
    ],
  },
  {
    id: 'L3',
    label: { en: 'Production operations support', zh: '生产环境运维支持' },
    items: [
      { id: 'L3-1', label: { en: 'Architecture optimisation advice', zh: '架构优化建议' } },
      { id: 'L3-2', label: { en: 'Emergency incident response', zh: '紧急故障响应' } },
      { id: 'L3-3', label: { en: 'On-site support', zh: '现场驻场支持' } },
    ],
  },
  {
    id: 'L4',
    label: { en: 'Customised support (priced separately)', zh: '定制化技术支持(另行报价)' },
    items: [
      { id: 'L4-1', label: { en: 'Private deployment', zh: '私有化部署' } },
      { id: 'L4-2', label: { en: 'Security / compliance requirements', zh: '安全合规' } },
      { id: 'L4-3', label: { en: 'Deep business-process customisation', zh: '业务流程深度定制' } },
    ],
  },
];

/** What a buyer records per vendor and item. Unknown is a gap to chase, never a zero. */
export type CoverageStatus = 'included' | 'paid' | 'notOffered' | 'unknown';

export const COVERAGE_STATUSES: Record<CoverageStatus, Bilingual> = {
  included: { en: 'Included', zh: '包含' },
  paid: { en: 'Paid', zh: '另行收费' },
  notOffered: { en: 'Not offered', zh: '不提供' },
  unknown: { en: 'Unknown', zh: '未知' },
};

/** What the price of a Paid item is per; the ids are the quotes file's. */
export type PaidUnit = 'hour' | 'day' | 'incident' | 'month' | 'year' | 'one-off';

export const PAID_UNITS: Record<PaidUnit, Bilingual> = {
  hour: { en: 'Per hour', zh: '每小时' },
  day: { en: 'Per day', zh: '每天' },
  incident: { en: 'Per incident', zh: '每次故障' },
  month: { en: 'Per month', zh: '每月' },
  year: { en: 'Per year', zh: '每年' },
  'one-off': { en: 'One-off', zh: '一次性' },
};
