import type { UiMessages } from './ui.en';

export const uiZhCN: UiMessages = {
  title: '供应商对比',
  intro: '插入一个工作簿模板,对比企业即时通讯/实时音视频供应商,包含技术支持费用。',
  vendors: {
    legend: '供应商',
    row: '供应商 {n}',
    add: '添加供应商',
    remove: '删除供应商 {n}',
  },
  term: { label: '合同年限(年)', hint: '1 到 {max} 年' },
  users: { label: '用户数' },
  currency: { label: '币种' },
  language: { label: '模板语言', en: '英文 (English)', zh: '中文' },
  scenarios: { legend: '业务场景', hint: '每个场景都会为每家供应商增加相应的技术支持问题。' },
  insert: '插入模板',
  inserting: '正在插入模板…',
  checking: '正在检查工作簿…',
  validation: {
    noVendors: '请至少填写一个供应商名称。',
    tooMany: '最多 {max} 家供应商。',
    blank: '请填写供应商 {n} 的名称,或删除这一行。',
    tooLong: '供应商名称最多 {max} 个字符。',
    duplicate: '“{name}”已在列表中。',
    term: '请输入 1 到 {max} 之间的整数年数。',
    users: '请输入大于等于 1 的整数用户数。',
  },
  result: {
    successTitle: '模板已插入',
    success: '已为 {vendors} 家供应商创建 {count} 个工作表:{sheets}。',
    existsTitle: '模板已存在',
    exists: '此工作簿已包含 Vendor Compare 模板。如需再插入一个,请新建工作簿。',
    errorTitle: '模板未插入',
    generic: '出现错误:{message}',
    checkFailedTitle: '未能检查工作簿',
    checkFailed: '无法检查工作簿中是否已有模板:{message}',
  },
  noHost: {
    title: '请在 Excel 中打开此加载项',
    body: 'Vendor Compare 需在 Excel 网页版、Windows 版或 Mac 版中运行。请在 Excel 中加载 manifest.xml,然后选择“开始”>“供应商对比”。',
  },
};
