/**
 * The consensus of several evaluators' Scorecard inputs (DOMAIN.md section 3), as the Scorecard's
 * consensus rows compute it: the override when given, else the mean of the evaluators who gave
 * the input. Choices are averaged on DOMAIN.md's 0-100 scale (Yes 100 / No 0; in-house 100,
 * mixed 50, outsourced 0): evaluators who agree give their choice, others the mean as a number.
 */
import { SCORE_INPUTS, TEAM_OPTIONS, type ScoreInputKey } from '../catalogue/criteria';
import type { QualityInputs } from './scores';

type Value = QualityInputs[ScoreInputKey];

function choiceScore(value: Value): number | undefined {
  if (typeof value === 'boolean') return value ? 100 : 0;
  if (typeof value === 'string') return TEAM_OPTIONS.find((o) => o.id === value)?.score;
  return value;
}

function meanOf(values: readonly Value[]): Value {
  const given = values.filter((v) => v !== undefined);
  if (given.length === 0) return undefined;
  if (given.every((v) => typeof v === 'number')) return (given as number[]).reduce((s, v) => s + v, 0) / given.length;
  if (given.every((v) => v === given[0])) return given[0];
  const scores = given.map(choiceScore);
  return scores.some((s) => s === undefined) ? undefined : (scores as number[]).reduce((s, v) => s + v, 0) / scores.length;
}

export function consensusOf(evaluators: readonly QualityInputs[], override: QualityInputs = {}): QualityInputs {
  const result: QualityInputs = {};
  for (const input of SCORE_INPUTS) {
    const value = override[input.key] ?? meanOf(evaluators.map((e) => e[input.key]));
    if (value !== undefined) (result as Record<ScoreInputKey, Value>)[input.key] = value;
  }
  return result;
}
