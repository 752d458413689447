/**
 * Every dropdown and number check gets an input prompt and an error message in the template's
 * language, so a buyer (or a vendor filling a copy) learns what a cell takes before typing and
 * why a value was refused. Excel's limits: a prompt of 255 characters, an error of 225.
 */
import { format, type TemplateMessages } from '../i18n/messages';
import type { ValidationSpec } from '../plan/types';

const MAX_PROMPT = 255;
const MAX_ERROR = 225;

const cut = (text: string, max: number) => (text.length <= max ? text : `${text.slice(0, max - 1)}…`);

function promptOf(rule: ValidationSpec, t: TemplateMessages['validation']): string {
  if (rule.kind === 'list') return t.listPrompt;
  // 0 to 1 on this template is always a share: escalation, rates, weights.
  if (rule.kind === 'decimal' && rule.min === 0 && rule.max === 1) return format(t.percentPrompt, { min: 0, max: 100 });
  if (rule.kind === 'whole') return rule.max === undefined ? format(t.wholeAtLeastPrompt, { min: rule.min }) : format(t.wholeRangePrompt, { min: rule.min, max: rule.max });
  return rule.max === undefined ? format(t.atLeastPrompt, { min: rule.min }) : format(t.rangePrompt, { min: rule.min, max: rule.max });
}

export function withMessages(rule: ValidationSpec, t: TemplateMessages['validation']): ValidationSpec {
  const prompt = rule.prompt ?? promptOf(rule, t);
  const error = rule.error ?? (rule.kind === 'list' ? format(t.listError, { items: rule.items.join(', ') }) : format(t.numberError, { prompt }));
  return { ...rule, prompt: cut(prompt, MAX_PROMPT), error: cut(error, MAX_ERROR) };
}
