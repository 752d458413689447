/**
 * The Decision tab's words, en and zh. Kept out of the pane's main catalogue: the tab is read
 * before a decision, not every day, and its words load with its panel (the pane's first
 * JavaScript has a size budget). Placeholders: {winner}, {weight}, {weights}, {removed},
 * {a}, {b}, {multiplier}, {from}, {to}, {vendor}, {tco}, {median}, {percent},
 * {criterion}, {scores}, {vendors}, {date}.
 */
import type { Language } from '../catalogue/text';
import type { DecisionReason } from '../decision/types';

export interface DecisionUi {
  intro: string;
  button: string;
  busy: string;
  write: string;
  writing: string;
  written: string;
  robustTitle: string;
  robust: string;
  notRobustTitle: string;
  /** One line per failed test (DecisionReason). */
  reasons: Record<DecisionReason, string>;
  sweepTitle: string;
  /** The chart's text alternative: the runs of weights with the same winner. */
  sweepRun: string;
  noWinner: string;
  chosen: string;
  changesAt: string;
  noChange: string;
  reversalsTitle: string;
  reversal: string;
  noReversal: string;
  demandTitle: string;
  demandRow: string;
  breakEven: string;
  noBreakEven: string;
  lowTitle: string;
  low: string;
  noLow: string;
  disagreeTitle: string;
  disagree: string;
  incomplete: string;
}

export const DECISION_UI: Record<Language, DecisionUi> = {
  en: {
    intro:
      'Before you rely on the ranking, test it as procurement guidance asks: would another price weight, one vendor fewer or another demand change the winner? Is a price abnormally low?',
    button: 'Check the ranking',
    busy: 'Checking the ranking…',
    write: 'Write to the Decision sheet',
    writing: 'Writing the results…',
    written: 'Written to the Decision sheet on {date}. The sheet says when the inputs change afterwards.',
    robustTitle: 'The ranking is robust',
    robust: '{winner} wins, and the ranking passes every test.',
    notRobustTitle: 'The ranking is not robust',
    reasons: {
      noCompleteVendor: 'No vendor is complete yet (prices and quality ratings), so there is no ranking to check.',
      priceWeight: 'The winner changes for a price weight within 10 points of the chosen one.',
      rankReversal: 'Taking out another vendor changes the order of the winner and another vendor.',
      demand: 'With demand between half and twice the estimate, {winner} is no longer the best or the cheapest.',
    },
    sweepTitle: 'Winner by price weight',
    sweepRun: '{from} to {to}: {winner}',
    noWinner: 'no winner',
    chosen: 'Chosen price weight: {weight}',
    changesAt: 'The winner changes at {weights}.',
    noChange: 'The same winner at every price weight.',
    reversalsTitle: 'Rank reversal',
    reversal: 'Without {removed}, {b} moves ahead of {a}.',
    noReversal: 'Taking out any one vendor leaves the others in the same order.',
    demandTitle: 'Demand',
    demandRow: 'Demand ×{multiplier}: {vendor} is cheapest',
    breakEven: 'At ×{multiplier} the cheapest changes from {from} to {to}.',
    noBreakEven: 'The cheapest vendor stays the same from ×0.1 to ×5.',
    lowTitle: 'Abnormally low prices',
    low: '{vendor}: TCO {tco} is {percent} of the median {median}. Ask the vendor to explain it before deciding.',
    noLow: 'No TCO is abnormally low.',
    disagreeTitle: 'Evaluators disagree',
    disagree: '{vendor}, {criterion}: {scores}',
    incomplete: 'Left out of the ranking (incomplete): {vendors}',
  },
  zh: {
    intro: '在依赖排名之前，按采购指引的要求检验它：换一个价格权重、少一家供应商或需求变化时，胜出者会变吗？有没有异常低价？',
    button: '检验排名',
    busy: '正在检验排名…',
    write: '写入“决策检验”工作表',
    writing: '正在写入结果…',
    written: '已于 {date} 写入“决策检验”工作表。之后输入一旦变化，工作表会提示结果已过期。',
    robustTitle: '排名稳健',
    robust: '{winner} 胜出，排名通过了全部检验。',
    notRobustTitle: '排名不稳健',
    reasons: {
      noCompleteVendor: '还没有数据完整（价格和质量评分）的供应商，无法检验排名。',
      priceWeight: '价格权重在所选权重上下 10 个百分点以内变化时，胜出者会改变。',
      rankReversal: '去掉另一家供应商后，胜出者与另一家供应商的先后顺序会颠倒。',
      demand: '需求在估计值的一半到两倍之间时，{winner} 不再是最优或最便宜的。',
    },
    sweepTitle: '各价格权重下的胜出者',
    sweepRun: '{from} 至 {to}：{winner}',
    noWinner: '无胜出者',
    chosen: '所选价格权重：{weight}',
    changesAt: '胜出者在 {weights} 处改变。',
    noChange: '所有价格权重下胜出者相同。',
    reversalsTitle: '排名反转',
    reversal: '去掉 {removed} 后，{b} 排到了 {a} 之前。',
    noReversal: '去掉任意一家供应商，其余供应商的顺序都不变。',
    demandTitle: '需求变化',
    demandRow: '需求 ×{multiplier}：{vendor}最便宜',
    breakEven: '在 ×{multiplier} 处，最便宜的供应商由 {from} 变为 {to}。',
    noBreakEven: '需求从 ×0.1 到 ×5，最便宜的供应商不变。',
    lowTitle: '异常低价',
    low: '{vendor}：总拥有成本 {tco} 仅为中位数 {median} 的 {percent}。决定前请供应商作出说明。',
    noLow: '没有异常低的总拥有成本。',
    disagreeTitle: '评估人意见分歧',
    disagree: '{vendor}，{criterion}：{scores}',
    incomplete: '未参加排名（数据不完整）：{vendors}',
  },
};
