/**
 * Whether an answer commits the vendor to what its question asks (DOMAIN.md section 4: support
 * commitments belong in the contract). Three ways to fall short, in both languages: a hedge
 * ("we will try our best", "see price list", 尽力, 另行协商), a bare "Yes", or an answer without
 * the thing asked for (no time, no rate, no frequency, no channel).
 */
import type { Commitment } from '../catalogue/questions';

// Digits, Chinese numerals, or an English number word ("one hour", "half an hour"; a bare "a" is
// left out: "once a week" is no response time).
const NUMBER = String.raw`(?:\d+(?:[.,]\d+)?|[一二两三四五六七八九十半]+|\b(?:half\s+an?|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|sixty)\b)`;
// Chinese counts hours with the measure word 个 ("两个小时", "半个钟头"); 周 followed by a
// numeral is a weekday ("周一到周五" gives office hours, not a response time).
const UNIT = String.raw`(?:h|hr|hrs|hours?|mins?|minutes?|secs?|seconds?|days?|business\s+days?|working\s+days?|weeks?|个?(?:小时|小時|钟头|鐘頭)|分钟|分鐘|秒钟?|天|日|个?工作日|周(?![一二三四五六日天末]))`;
const DURATION = new RegExp(String.raw`${NUMBER}\s*(?:-|~|to|至|到)?\s*(?:${NUMBER}\s*)?${UNIT}(?![a-z])|7\s*[x×*]\s*24|24\s*[x×*/]\s*7`, 'i');

/** Does the answer commit to a time ("2h", "1 hour", "30分钟", "2小时内", "7×24")? */
export function hasTimeCommitment(answer: string): boolean {
  return DURATION.test(answer.normalize('NFKC'));
}

/** Words that promise nothing, however the rest reads. */
const HEDGES = new RegExp(
  [
    String.raw`\btry\s+(?:our|my|its|their)\s+best\b`,
    String.raw`\bbest[-\s]+efforts?\b`,
    String.raw`\bsee\s+(?:the\s+|our\s+)?(?:price\s*list|pricelist|rate\s*card|website|contract|quotation|quote)\b`,
    String.raw`\bas\s+(?:needed|required|appropriate)\b`,
    String.raw`\bcase[-\s]+by[-\s]+case\b`,
    String.raw`\b(?:negotiable|to\s+be\s+(?:agreed|discussed|negotiated))\b`,
    String.raw`\b(?:on|upon)\s+request\b`,
    '尽力',
    '尽量',
    '尽最大努力',
    '视情况',
    '看情况',
    '酌情',
    '另行(?:协商|商议|约定|报价|通知)',
    '双方协商',
    '协商确定',
    '面议',
    '详见',
    '参见',
    '价目表',
    '按需',
  ].join('|'),
  'i',
);

/** An answer that is only a yes: it confirms without saying what, how fast or how much. */
const BARE_YES = /^(?:yes|y|yeah|yep|sure|ok|okay|of course|certainly|是|是的|有|有的|可以|支持|对|当然)[\s.!。！]*$/i;
/** A clear no ("No dedicated manager", "没有"): an answer, not a vague one, to "is there...?". */
const CLEAR_NO = /^(?:no|none|not\s+(?:offered|provided|available))\b|^(?:没有|无|不提供|不设)/i;

const FREE = String.raw`free|included|inclusive|no\s+(?:extra\s+|additional\s+)?charge|免费|包含|包括|不收费|不另收费|不额外收费`;
/** What each kind of question needs to find in its answer. */
const NEEDS: Record<Exclude<Commitment, 'time'>, RegExp> = {
  basis: new RegExp(
    String.raw`\d|[一二两三四五六七八九十百千万]|\bper\b|hour|request|ticket|incident|\bcase|\bday|month|year|annual|fixed|flat|subscription|${FREE}|按|工时|人天|次|套餐|订阅|固定`,
    'i',
  ),
  rate: new RegExp(String.raw`\d|[一二两三四五六七八九十百千万]+\s*(?:元|块|美元)|${FREE}`, 'i'),
  frequency: new RegExp(
    String.raw`daily|weekly|bi-?weekly|fortnightly|monthly|quarterly|yearly|annually|every\s+\w+|\bper\s+(?:day|week|month|quarter|year)|\ba\s+(?:day|week|month|quarter|year)\b|\btimes\b|\bonce\b|\btwice\b|每\S{0,3}(?:天|日|周|星期|月|季|年)|月度|季度|年度|周会|月会|双周|\d+\s*次|[一二两三四五六七八九十]+次`,
    'i',
  ),
  escalation: new RegExp(
    String.raw`escalat|manager|director|head\s+of|account|hotline|phone|\btel\b|\bcall|e-?mail|@|ticket|portal|\blevel|\btier|\bl[1-3]\b|\bceo\b|\bcto\b|\bvp\b|committee|升级|经理|总监|负责人|热线|电话|邮箱|邮件|工单|投诉|客服|渠道|主管|高层`,
    'i',
  ),
};

export type Vagueness = { kind: 'hedge'; phrase: string } | { kind: 'bareYes' } | { kind: 'missing'; commitment: Commitment };

/** Why `answer` (a real answer, not a placeholder) commits to less than its question asks; null when it commits. */
export function vagueness(answer: string, commitment: Commitment): Vagueness | null {
  const text = answer.normalize('NFKC').trim();
  const hedge = HEDGES.exec(text);
  if (hedge) return { kind: 'hedge', phrase: hedge[0] };
  if (BARE_YES.test(text)) return { kind: 'bareYes' };
  if (commitment === 'time') return hasTimeCommitment(text) ? null : { kind: 'missing', commitment };
  if ((commitment === 'frequency' || commitment === 'escalation') && CLEAR_NO.test(text)) return null;
  return NEEDS[commitment].test(text) ? null : { kind: 'missing', commitment };
}
