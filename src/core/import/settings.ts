import { isScenarioId, SCENARIO_IDS, type ScenarioId } from '../catalogue/scenarios';
import { LANGUAGES } from '../catalogue/text';
import { DEFAULT_OPTIONS, evaluatorListProblem, MAX_EVALUATOR_NAME_LENGTH, MAX_TERM_YEARS, type TemplateOptions } from '../options';
import type { Checker } from './checker';

/** Everything of TemplateOptions except the vendors, the demand and FX tables and the weights. */
export type Settings = Omit<TemplateOptions, 'vendors' | 'demand' | 'fx' | 'weights'>;
export type SettingKey = keyof Settings;

export const SETTING_KEYS: readonly SettingKey[] = ['language', 'currency', 'termYears', 'users', 'discountRate', 'scenarios', 'evaluators'];

/** Users: at least one; the upper bound only keeps the per-user figures meaningful. */
export const MAX_USERS = 10_000_000;

/**
 * Checks the settings given (absent ones are left out of the result). `label` names a setting
 * in problems: the file's key by default, the command-line flag when the CLI checks its flags.
 */
export function readSettings(
  raw: Partial<Record<SettingKey, unknown>>,
  check: Checker,
  label: (key: SettingKey) => string = (key) => key,
): Partial<Settings> {
  const settings: Partial<Settings> = {};
  const language = check.oneOf(raw.language, label('language'), LANGUAGES);
  if (language) settings.language = language;
  const currency = check.currency(raw.currency, label('currency'));
  if (currency) settings.currency = currency;
  const termYears = check.whole(raw.termYears, label('termYears'), 1, MAX_TERM_YEARS);
  if (termYears !== undefined) settings.termYears = termYears;
  const users = check.whole(raw.users, label('users'), 1, MAX_USERS);
  if (users !== undefined) settings.users = users;
  const discountRate = check.fraction(raw.discountRate, label('discountRate'));
  if (discountRate !== undefined) settings.discountRate = discountRate;
  const scenarios = readScenarios(raw.scenarios, check, label('scenarios'));
  if (scenarios) settings.scenarios = scenarios;
  const evaluators = readEvaluators(raw.evaluators, check, label('evaluators'));
  if (evaluators) settings.evaluators = evaluators;
  return settings;
}

/** `"evaluators": ["Li", "Wang"]`: names, trimmed, each once (DOMAIN.md section 3). */
function readEvaluators(value: unknown, check: Checker, field: string): string[] | undefined {
  const list = check.list(value, field);
  if (!list) return undefined;
  // Longer texts are reported by evaluatorListProblem, with the evaluators' own limit.
  const names = list.map((item, i) => check.text(item, `${field}[${i}]`, MAX_EVALUATOR_NAME_LENGTH * 10));
  if (names.some((n) => n === undefined)) return undefined;
  const trimmed = (names as string[]).map((n) => n.trim());
  const problem = evaluatorListProblem(trimmed);
  if (problem) {
    check.add('index' in problem ? `${field}[${problem.index}]` : field, { kind: 'evaluatorName', problem });
    return undefined;
  }
  return trimmed;
}

function readScenarios(value: unknown, check: Checker, field: string): ScenarioId[] | undefined {
  const list = check.list(value, field);
  if (!list) return undefined;
  const chosen = new Set<ScenarioId>();
  list.forEach((item, i) => {
    const id = check.oneOf(item, `${field}[${i}]`, SCENARIO_IDS);
    if (id && isScenarioId(id)) chosen.add(id);
  });
  // Catalogue order, duplicates dropped: the template lists scenarios in S1..S5 order.
  return SCENARIO_IDS.filter((id) => chosen.has(id));
}

/** Settings not given fall back to the defaults; later sources win over earlier ones. */
export function completeSettings(...sources: Partial<Settings>[]): Settings {
  const { fx: _fx, demand: _demand, ...defaults } = DEFAULT_OPTIONS;
  return Object.assign({}, defaults, ...sources) as Settings;
}
