import { Checker, readSettings, type SettingKey, type Settings } from '../core/import';
import { SCENARIO_IDS, type ScenarioId } from '../core/catalogue/scenarios';
import { UsageError } from './errors';

/** The template settings as the command line gives them: all text, all optional. */
export interface SettingFlags {
  lang?: string;
  currency?: string;
  term?: string;
  users?: string;
  scenarios?: string;
  /** Evaluator names as CSV, like the vendor names. */
  evaluators?: string;
}

const FLAG_NAMES: Record<SettingKey, string> = {
  language: '--lang',
  currency: '--currency',
  termYears: '--term',
  users: '--users',
  discountRate: '--discount-rate',
  scenarios: '--scenarios',
  evaluators: '--evaluators',
};

/**
 * Checks the flags with the same rules as the import file, naming the flag in each problem.
 * Raises UsageError listing every bad flag.
 */
export function settingsFromFlags(flags: SettingFlags): Partial<Settings> {
  const check = new Checker();
  const scenarios = flags.scenarios === undefined ? undefined : splitList(flags.scenarios).map((id) => id.toUpperCase());
  const chosen = scenarios?.filter((id): id is ScenarioId => check.oneOf(id, FLAG_NAMES.scenarios, SCENARIO_IDS) !== undefined);
  const settings = readSettings(
    {
      language: flags.lang === undefined ? undefined : /^zh([-_]cn)?$/i.test(flags.lang.trim()) ? 'zh' : flags.lang.trim(),
      currency: flags.currency,
      termYears: numberOrText(flags.term),
      users: numberOrText(flags.users),
      scenarios: chosen,
      evaluators: flags.evaluators === undefined ? undefined : splitNames(flags.evaluators),
    },
    check,
    (key) => FLAG_NAMES[key],
  );
  if (check.problems.length > 0) throw new UsageError({ kind: 'badOptions', problems: check.problems });
  return settings;
}

/** "Aurora, Beacon，Cirrus" -> ["Aurora", "Beacon", "Cirrus"]; full-width commas count too. */
export function splitList(text: string): string[] {
  return text.split(/[,，、]/).map((part) => part.trim());
}

/**
 * Vendor names as CSV: '"Acme, Inc.",Beacon' -> ["Acme, Inc.", "Beacon"]. A name in double
 * quotes may hold commas, and "" stands for a quote; full-width commas and 、 separate too, as
 * in splitList. Raises UsageError for a quote left open (the name would silently swallow the rest).
 */
export function splitNames(text: string): string[] {
  const names: string[] = [];
  let name = '';
  let quoted = false;
  let wasQuoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch !== '"') {
        name += ch;
      } else if (text[i + 1] === '"') {
        name += '"';
        i++;
      } else {
        quoted = false;
      }
    } else if (ch === '"' && name.trim() === '') {
      // Only a quote that opens a name quotes it: 'Joe "The" Co' keeps its quotes as text.
      name = '';
      quoted = wasQuoted = true;
    } else if (/[,，、]/.test(ch)) {
      names.push(wasQuoted ? name : name.trim());
      name = '';
      wasQuoted = false;
    } else if (!(wasQuoted && /\s/.test(ch))) {
      name += ch;
    }
  }
  if (quoted) throw new UsageError({ kind: 'unclosedQuote', text });
  names.push(wasQuoted ? name : name.trim());
  return names;
}

/** A number when the text is one, else the text itself, so a problem can show what was given. */
function numberOrText(text: string | undefined): number | string | undefined {
  if (text === undefined) return undefined;
  return /^\s*-?\d+(\.\d+)?\s*$/.test(text) ? Number(text) : text;
}
