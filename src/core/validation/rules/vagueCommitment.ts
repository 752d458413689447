import { isRealAnswer } from '../../answers';
import type { Commitment } from '../../catalogue/questions';
import { vagueness, type Vagueness } from '../commitments';
import { finding, type Rule, type RuleContext } from '../ruleContext';
import { placeholders, questionRows } from '../workbookModel';

const MISSING_MESSAGE = { time: 'vague', basis: 'vagueBasis', rate: 'vagueRate', frequency: 'vagueFrequency', escalation: 'vagueEscalation' } as const satisfies Record<
  Commitment,
  string
>;

function message(ctx: RuleContext, why: Vagueness): string {
  if (why.kind === 'hedge') return ctx.t.vagueHedge;
  if (why.kind === 'bareYes') return ctx.t.vagueBareYes;
  return ctx.t[MISSING_MESSAGE[why.commitment]];
}

/**
 * Rule 2: every contract question that asks for a commitment (a response time, how support is
 * charged, a rate, a meeting frequency, an escalation path) gets a warning when its answer
 * hedges, is a bare "Yes", or lacks what was asked. TRUE in a cell is a bare yes too.
 */
export const vagueCommitment: Rule = (ctx) => {
  const list = placeholders(ctx.snapshot);
  return questionRows(ctx.snapshot, ctx.vendors).flatMap((q) => {
    const commitment = q.commitment;
    if (!commitment) return [];
    return q.answers.flatMap(({ vendor, cell }) => {
      const value = cell.value;
      if (!isRealAnswer(value, list) || (typeof value === 'object' && value !== null)) return [];
      // TRUE, as Excel shows a ticked yes.
      const text = value === true ? 'TRUE' : String(value).trim();
      const why: Vagueness | null = value === true ? { kind: 'bareYes' } : vagueness(text, commitment);
      if (!why) return [];
      const params = { vendor, question: q.id, answer: text, phrase: why.kind === 'hedge' ? why.phrase : '' };
      return [finding('warning', 'vague-commitment', cell, message(ctx, why), params, { vendor, question: q.id })];
    });
  });
};
