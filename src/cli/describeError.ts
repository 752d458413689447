import { describeJsonProblem, describeProblem, type ImportProblem } from '../core/import';
import type { CliMessages } from '../core/i18n/cli.en';
import { format } from '../core/i18n/messages';
import type { HeldInput } from '../core/vendors/planVendorChange';
import { lossLines } from './describeLoss';
import { describeWorkbookProblem } from './describeWorkbook';
import {
  EXIT,
  FillBlockedError,
  InputFileError,
  OutputFileError,
  PackError,
  UsageError,
  VendorChangeError,
  EvaluatorChangeError,
  WorkbookContentError,
  WorkbookFileError,
} from './errors';
import { alignRows, printable } from './text';

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
            : p.kind === 'unclosedQuote'
              ? format(e.unclosedQuote, { text: printable(p.text) })
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
  if (error instanceof WorkbookFileError) return { text: describeWorkbookProblem(error.path, error.problem, t), exitCode: EXIT.unreadable };
  if (error instanceof WorkbookContentError) {
    const cells = error.cells.slice(0, 8).join(', ') + (error.cells.length > 8 ? ', …' : '');
    return { text: format(t.workbook[error.reason], { path: error.path, cells }), exitCode: EXIT.unreadable };
  }
  if (error instanceof FillBlockedError) return { text: fillBlocked(error, t), exitCode: EXIT.failure };
  if (error instanceof VendorChangeError) return vendorRefused(error, t);
  if (error instanceof EvaluatorChangeError) return evaluatorRefused(error, t);
  if (error instanceof PackError) {
    const p = error.problem;
    const values = {
      path: printable(error.path),
      vendor: 'vendor' in p ? printable(p.vendor) : '',
      vendors: 'vendors' in p ? p.vendors.map(printable).join(', ') : '',
      text: 'text' in p ? printable(p.text) : '',
      names: 'names' in p ? p.names.join(', ') : '',
    };
    return { text: format(t.pack.refused[p.kind], values), exitCode: EXIT.usage };
  }
  return null;
}

/** Inputs the removal would take are a choice for the user (exit 1); any other refusal means
 * the command line or the workbook cannot be used as it is (exit 2). */
function vendorRefused(error: VendorChangeError, t: CliMessages): { text: string; exitCode: number } {
  const r = error.refusal;
  const values = {
    path: printable(error.path),
    vendor: printable(error.vendor.trim()),
    max: 'max' in r ? r.max : '',
    names: 'names' in r ? r.names.join(', ') : '',
    vendors: 'vendors' in r ? r.vendors.map(printable).join(', ') : '',
    count: r.reason === 'holdsInputs' ? r.held.length : '',
  };
  const text = format(t.vendors.refused[r.reason], values);
  return r.reason === 'holdsInputs' ? heldRefusal(text, r.held, t.vendors.forceHint, t) : { text, exitCode: EXIT.usage };
}

/** As a vendor's removal: ratings the removal would take are a choice (exit 1), the rest exit 2. */
function evaluatorRefused(error: EvaluatorChangeError, t: CliMessages): { text: string; exitCode: number } {
  const r = error.refusal;
  const values = {
    path: printable(error.path),
    evaluator: printable(('name' in r ? r.name : error.evaluator).trim()),
    max: 'max' in r ? r.max : '',
    names: 'names' in r ? r.names.join(', ') : '',
    evaluators: 'evaluators' in r ? r.evaluators.map(printable).join(', ') : '',
    count: r.reason === 'holdsInputs' ? r.held.length : '',
  };
  const text = format(t.evaluators.refused[r.reason], values);
  return r.reason === 'holdsInputs' ? heldRefusal(text, r.held, t.evaluators.forceHint, t) : { text, exitCode: EXIT.usage };
}

/** The held inputs listed under the refusal: the first dozen, so it stays readable. */
function heldRefusal(text: string, held: readonly HeldInput[], forceHint: string, t: CliMessages): { text: string; exitCode: number } {
  const shown = held.slice(0, 12).map((h) => [printable(h.cell), printable(h.value.length > 60 ? `${h.value.slice(0, 59)}…` : h.value)]);
  const more = held.length > shown.length ? [`  ${format(t.vendors.more, { count: held.length - shown.length })}`] : [];
  return { text: [text, ...alignRows(shown).map((row) => `  ${row}`), ...more, forceHint].join('\n'), exitCode: EXIT.failure };
}

/** A path as one shell word. */
function shellWord(path: string): string {
  return /^[\w./\\:@+-]+$/.test(path) ? path : `"${path.replace(/(["\\$`])/g, '\\$1')}"`;
}

function fillBlocked(error: FillBlockedError, t: CliMessages): string {
  const lines: string[] = [];
  const path = printable(error.path);
  if (error.overwritten.length > 0) {
    lines.push(format(t.fill.overwritten, { path, count: error.overwritten.length }));
    const rows = error.overwritten.map((c) => [printable(c.vendor), `${printable(c.sheet)}!${c.cell}`]);
    lines.push(...alignRows(rows).map((row) => `  ${row}`));
  }
  if (error.losses.length > 0) {
    lines.push(format(t.fill.lost, { path }), ...lossLines(error.losses, t).map((line) => `  ${line}`));
  }
  lines.push(t.fill.nothingWritten);
  if (error.overwritten.length > 0) lines.push(t.fill.forceHint);
  if (error.losses.length > 0) {
    const { output, force } = error.retry;
    const verb = (error.retry.command ?? ['fill']).map(shellWord);
    const command = [
      'vendor-compare',
      verb[0]!,
      ...verb.slice(1, 2),
      shellWord(error.path),
      ...verb.slice(2),
      '-o',
      shellWord(output),
      ...(force ? ['--force'] : []),
      '--allow-loss',
    ].join(' ');
    lines.push(format(t.fill.allowLossHint, { command: printable(command) }));
  }
  return lines.join('\n');
}

function problemList(problems: readonly ImportProblem[], t: CliMessages): string {
  return problems.map((p) => `  ${describeProblem(p, t.problems)}`).join('\n');
}

/** A system error code in words, or the code itself when the catalogue has no words for it. */
function reason(code: string | undefined, t: CliMessages): string {
  if (code && code in t.errors.reasons) return t.errors.reasons[code as keyof CliMessages['errors']['reasons']];
  return code ?? '?';
}
