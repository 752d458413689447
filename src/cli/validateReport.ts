/**
 * The `validate` report: per file a summary and its findings, as aligned text or as JSON
 * (README: "validate --json"). A file that could not be used carries `error` instead of findings.
 */
import type { Language } from '../core/catalogue/text';
import type { CliMessages } from '../core/i18n/cli.en';
import { format, messages } from '../core/i18n/cliMessages';
import type { ValidationResult, ValidationSummary } from '../core/validation/validate';
import { findingCells } from '../core/validation/findingCells';
import type { Finding } from '../core/validation/types';
import { EXIT } from './errors';
import { alignRows, printable, type Paint } from './text';

/** `crash`: the unexpected error met on that file (a bug); `error` then says so in words. */
/** `language`: the one the file's findings are in (its template's, unless --lang). */
export type FileReport = { file: string; result: ValidationResult; language: Language } | { file: string; error: string; crash?: unknown };

/** 3 when a file met a bug, else 2 when a file could not be used, else 1 when one has an error finding, else 0. */
export function exitCodeOf(reports: readonly FileReport[]): number {
  if (reports.some((r) => 'crash' in r)) return EXIT.internal;
  if (reports.some((r) => 'error' in r)) return EXIT.unreadable;
  if (reports.some((r) => 'result' in r && !r.result.complete)) return EXIT.failure;
  return EXIT.ok;
}

/** A finding with all eight fields, absent ones as null, so every consumer sees the same keys. */
interface JsonFinding {
  severity: Finding['severity'];
  rule: Finding['rule'];
  sheet: string;
  cell: string;
  /** Every cell of the finding, `cell` first (a grouped finding has several; a workbook-wide one none). */
  cells: string[];
  vendor: string | null;
  question: string | null;
  message: string;
}

type JsonFile = { file: string; complete: boolean; summary: ValidationSummary; findings: JsonFinding[] } | { file: string; complete: false; error: string };

export function jsonReport(reports: readonly FileReport[]): string {
  const files: JsonFile[] = reports.map((r) => {
    if ('error' in r) return { file: r.file, complete: false, error: r.error };
    const findings = r.result.findings.map((f) => ({
      severity: f.severity,
      rule: f.rule,
      sheet: f.sheet,
      cell: f.cell,
      cells: findingCells(f),
      vendor: f.vendor ?? null,
      question: f.question ?? null,
      message: f.message,
    }));
    return { file: r.file, complete: r.result.complete, summary: r.result.summary, findings };
  });
  return `${JSON.stringify({ files }, null, 2)}\n`;
}

/** One aligned line per finding; the severity word in the report's language, workbook text made printable. */
function findingLines(findings: readonly Finding[], t: CliMessages['validate'], paint: Paint): string[] {
  const text = (value: string | undefined) => (value ? printable(value) : t.none);
  const rows = findings.map((f) => [
    t.severity[f.severity],
    f.sheet ? (f.cell ? `${printable(f.sheet)}!${printable(f.cell)}` : printable(f.sheet)) : t.none,
    text(f.vendor),
    text(f.question),
    printable(f.message),
  ]);
  return alignRows(rows).map((line, i) => {
    const severity = findings[i]!.severity;
    const word = t.severity[severity];
    return `  ${paint(line.slice(0, word.length), severity)}${line.slice(word.length)}`;
  });
}

/** Readable in a terminal: a header per file, its headline and counts, one finding per line; the total in `language`. */
export function textReport(reports: readonly FileReport[], language: Language, paint: Paint): string {
  const t = messages(language);
  const lines: string[] = [];
  for (const [i, r] of reports.entries()) {
    if (i > 0) lines.push('');
    lines.push(paint(printable(r.file), 'bold'));
    if ('error' in r) {
      lines.push(`  ${paint(printable(r.error), 'error')}`);
      continue;
    }
    // The file's own language throughout its lines: a Chinese workbook reads in Chinese.
    const own = messages(r.language);
    const counts = format(own.validation.summaryErrors, { errors: r.result.summary.errors, warnings: r.result.summary.warnings });
    lines.push(`  ${printable(r.result.headline)}${format(own.cli.validate.counts, { counts })}`);
    lines.push(...findingLines(r.result.findings, own.cli.validate, paint));
  }
  if (reports.length > 1) {
    const unreadable = reports.filter((r) => 'error' in r).length;
    const complete = reports.filter((r) => 'result' in r && r.result.complete).length;
    lines.push('', format(t.cli.validate.total, { files: reports.length, complete, incomplete: reports.length - unreadable - complete, unreadable }));
  }
  return `${lines.join('\n')}\n`;
}
