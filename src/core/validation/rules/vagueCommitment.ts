import { isRealAnswer } from '../../answers';
import { finding, type Rule } from '../ruleContext';
import { placeholders, questionRows } from '../workbookModel';

// Digits, Chinese numerals, or an English number word ("one hour", "half an hour"; a bare "a" is
// left out: "once a week" is no response time).
const NUMBER = String.raw`(?:\d+(?:[.,]\d+)?|[一二两三四五六七八九十半]+|\b(?:half\s+an?|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|sixty)\b)`;
// Chinese counts hours with the measure word 个 ("两个小时", "半个钟头"); 周 followed by a
// numeral is a weekday ("周一到周五" gives office hours, not a response time).
const UNIT = String.raw`(?:h|hr|hrs|hours?|mins?|minutes?|secs?|seconds?|days?|business\s+days?|working\s+days?|weeks?|个?(?:小时|小時|钟头|鐘頭)|分钟|分鐘|秒钟?|天|日|个?工作日|周(?![一二三四五六日天末]))`;
const DURATION = new RegExp(
  String.raw`${NUMBER}\s*(?:-|~|to|至|到)?\s*(?:${NUMBER}\s*)?${UNIT}(?![a-z])|7\s*[x×*]\s*24|24\s*[x×*/]\s*7`,
  'i',
);

/** Does the answer commit to a time ("2h", "1 hour", "30分钟", "2小时内", "7×24")? */
export function hasTimeCommitment(answer: string): boolean {
  return DURATION.test(answer.normalize('NFKC'));
}

/** Rule 2: Q1 and Q3 ask for a commitment in time; an answer without one is vague. */
export const vagueCommitment: Rule = (ctx) => {
  const list = placeholders(ctx.snapshot);
  return questionRows(ctx.snapshot, ctx.vendors)
    .filter((q) => q.needsDuration)
    .flatMap((q) =>
      q.answers
        .filter(({ cell }) => isRealAnswer(cell.value, list) && !(typeof cell.value === 'string' && hasTimeCommitment(cell.value)))
        .filter(({ cell }) => typeof cell.value !== 'object' || cell.value === null)
        .map(({ vendor, cell }) =>
          finding('warning', 'vague-commitment', cell, ctx.t.vague, { vendor, question: q.id }, { vendor, question: q.id }),
        ),
    );
};
