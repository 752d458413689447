import { describeJsonProblem, describeProblem, type ImportProblem } from '../core/import';
import type { CliMessages } from '../core/i18n/cli.en';
import { format } from '../core/i18n/messages';
import { EXIT, InputFileError, OutputFileError, UsageError } from './errors';

/** The message and exit code for an expected error, or null for anything else (a bug). */
export function describeError(error: unknown, t: CliMessages): { text: string; exitCode: number } | null {
  const e = t.errors;
  if (error instanceof UsageError) {
    const p = error.problem;
    const text =
      p.kind === 'noVendors'
        ? e.noVendors
        : p.kind === 'bothVendorSources'
          ? e.bothVendorSources
          : p.kind === 'outputExtension'
            ? format(e.outputExtension, { path: p.path })
            : `${e.badOptions}\n${problemList(p.problems, t)}`;
    return { text, exitCode: EXIT.usage };
  }
  if (error instanceof InputFileError) {
    const p = error.problem;
    const path = error.path;
    const text =
      p.kind === 'read'
        ? format(e.inputRead, { path, reason: reason(p.code, t) })
        : p.kind === 'json'
          ? format(e.inputJson, { path, line: p.syntax.line, column: p.syntax.column, detail: describeJsonProblem(p.syntax, e) })
          : `${format(e.inputInvalid, { path, count: p.problems.length })}\n${problemList(p.problems, t)}`;
    return { text, exitCode: EXIT.failure };
  }
  if (error instanceof OutputFileError) {
    const path = error.path;
    const text =
      error.reason === 'exists'
        ? format(e.outputExists, { path })
        : error.reason === 'isDirectory'
          ? format(e.outputIsDirectory, { path })
          : format(e.outputWrite, { path, reason: reason(error.code, t) });
    return { text, exitCode: EXIT.failure };
  }
  return null;
}

function problemList(problems: readonly ImportProblem[], t: CliMessages): string {
  return problems.map((p) => `  ${describeProblem(p, t.problems)}`).join('\n');
}

/** A system error code in words, or the code itself when the catalogue has no words for it. */
function reason(code: string | undefined, t: CliMessages): string {
  if (code && code in t.errors.reasons) return t.errors.reasons[code as keyof CliMessages['errors']['reasons']];
  return code ?? '?';
}
