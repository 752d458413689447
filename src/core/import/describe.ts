import type { CliMessages } from '../i18n/cli.en';
import { format } from '../i18n/messages';
import type { JsonSyntaxProblem } from './jsonText';
import type { Expectation, ImportProblem } from './problems';

type ProblemMessages = CliMessages['problems'];

/** One line per problem, e.g. `vendors[1] "Beacon": platformFee must be a number >= 0 (got "abc")`. */
export function describeProblem(problem: ImportProblem, t: ProblemMessages): string {
  const where = problem.vendor
    ? problem.vendor.name === undefined
      ? format(t.vendorNoName, { index: problem.vendor.index })
      : format(t.vendor, { index: problem.vendor.index, name: problem.vendor.name })
    : '';
  const field = problem.field || (problem.vendor ? t.entry : t.root);
  const issue = problem.issue;
  switch (issue.kind) {
    case 'invalid':
      return where + format(t.invalid, { field, expected: expectation(issue.expected, t), got: shown(issue.got, t) });
    case 'unknownKey':
      return where + format(t.unknownKey, { field, allowed: issue.allowed.join(', ') });
    case 'missing':
      return where + format(t.missing, { field });
    case 'demandLength':
      return where + format(t.demandLength, { entries: issue.entries, termYears: issue.termYears });
    case 'unknownQuestion':
      return where + format(t.unknownQuestion, { field, allowed: issue.allowed.join(', ') });
    case 'noVendors':
      return where + t.noVendors;
    case 'noFxRate':
      return where + format(t.noFxRate, { field, currency: issue.currency, comparison: issue.comparison });
    case 'tooManyVendors':
      return where + format(t.tooManyVendors, { max: issue.max, got: issue.got });
    case 'evaluatorName': {
      const p = issue.problem;
      if (p.kind === 'tooMany') return where + format(t.evaluatorsTooMany, { field, max: p.max });
      if (p.kind === 'blank') return where + format(t.evaluatorBlank, { field });
      if (p.kind === 'tooLong') return where + format(t.evaluatorTooLong, { field, max: p.max });
      return where + format(t.evaluatorDuplicate, { field, name: p.name.trim() });
    }
    case 'ratingsShape':
      return where + format(issue.withEvaluators ? t.ratingsWithEvaluators : t.ratingsByWithoutEvaluators, { field });
    case 'vendorName': {
      const p = issue.problem;
      if (p.kind === 'blank') return where + t.blankName;
      if (p.kind === 'tooLong') return where + format(t.tooLongName, { max: p.max });
      return where + format(t.duplicateName, { name: p.name.trim() });
    }
  }
}

function expectation(e: Expectation, t: ProblemMessages): string {
  switch (e.kind) {
    case 'wholeRange':
      return format(t.expected.wholeRange, { min: e.min, max: e.max });
    case 'wholeAtLeast':
      return format(t.expected.wholeAtLeast, { min: e.min });
    case 'text':
      return e.max === undefined ? t.expected.text : format(t.expected.textMax, { max: e.max });
    case 'oneOf':
      return format(t.expected.oneOf, { allowed: e.allowed.map((a) => JSON.stringify(a)).join(', ') });
    default:
      return t.expected[e.kind];
  }
}

const MAX_SHOWN = 40;

/** The offending value as it looks in JSON, cut short so a long text cannot flood the terminal. */
function shown(value: unknown, t: ProblemMessages): string {
  if (value === undefined) return t.nothing;
  const json = JSON.stringify(value) ?? String(value);
  return json.length > MAX_SHOWN ? `${json.slice(0, MAX_SHOWN - 1)}…` : json;
}

/** "unexpected "}"" or "unexpected end of file", for a JSON syntax problem. */
export function describeJsonProblem(problem: JsonSyntaxProblem, t: Pick<CliMessages['errors'], 'jsonUnexpected' | 'jsonEnd'>): string {
  return problem.found === null ? t.jsonEnd : format(t.jsonUnexpected, { found: JSON.stringify(problem.found) });
}
