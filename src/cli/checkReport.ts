/**
 * The `check` report: per file the decision check's verdict and tests (DOMAIN.md section 7), as
 * text for people or as JSON (the DecisionReport per file). A file that could not be used
 * carries `error` instead.
 */
import type { Language } from '../core/catalogue/text';
import type { DecisionReport, PriceWeightPoint } from '../core/decision/types';
import type { CliMessages } from '../core/i18n/cli.en';
import { format, messages } from '../core/i18n/cliMessages';
import { sweepRuns } from '../core/decision/sweep';
import { EXIT } from './errors';
import { printable, type Paint } from './text';

/** `language`: the one the file's lines are in (its template's, unless --lang); `crash`: a bug met on that file. */
export type CheckFileReport =
  /** With --write: `written` says where the results went, or `writeError` why they did not. */
  | { file: string; report: DecisionReport; language: Language; written?: string; writeError?: string }
  | { file: string; error: string; crash?: unknown };

/** 3 when a file met a bug, else 2 when a file could not be used, else 1 when a ranking is not robust or its results could not be written, else 0. */
export function checkExitCode(reports: readonly CheckFileReport[]): number {
  if (reports.some((r) => 'crash' in r)) return EXIT.internal;
  if (reports.some((r) => 'error' in r)) return EXIT.unreadable;
  // Results not written (--write) fail as fill's refusal does.
  if (reports.some((r) => 'report' in r && (!r.report.robust || r.writeError !== undefined))) return EXIT.failure;
  return EXIT.ok;
}

export function checkJson(reports: readonly CheckFileReport[]): string {
  const files = reports.map((r) =>
    'error' in r
      ? { file: r.file, robust: false, error: r.error }
      : { file: r.file, ...r.report, ...(r.written ? { written: true } : {}), ...(r.writeError ? { written: false, writeError: r.writeError } : {}) },
  );
  return `${JSON.stringify({ files }, null, 2)}\n`;
}

/** Reversal lines shown per file before "...and N more" (a 50-vendor field can have hundreds). */
const MAX_REVERSAL_LINES = 10;

/** Consecutive sweep points with the same winner as one span: "0%–30% Beacon". */
function spans(points: readonly PriceWeightPoint[], t: CliMessages['check'], percent: (w: number) => string): string {
  return sweepRuns(points)
    .map((g) => {
      const vendor = g.winner === null ? t.noWinner : printable(g.winner);
      return g.from === g.to
        ? format(t.spanOne, { from: percent(g.from), vendor })
        : format(t.span, { from: percent(g.from), to: percent(g.to), vendor });
    })
    .join(t.itemSeparator);
}

function fileLines(report: DecisionReport, language: Language, paint: Paint): string[] {
  const t = messages(language).cli.check;
  const locale = language === 'zh' ? 'zh-CN' : 'en-US';
  const money = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
  const multiplier = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
  const percentFormat = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 });
  const percent = (w: number) => percentFormat.format(w);
  const name = (vendor: string) => printable(vendor);
  const status = (reason: 'priceWeight' | 'rankReversal' | 'demand') => (report.reasons.includes(reason) ? paint(t.fails, 'error') : t.holds);
  const lines: string[] = [];

  if (report.winner === null) {
    lines.push(paint(t.noCompleteVendor, 'error'));
  } else if (report.robust) {
    lines.push(format(t.robust, { winner: name(report.winner) }));
  } else {
    const reasons = report.reasons.map((r) => t.reasons[r as keyof typeof t.reasons]).join(t.listSeparator);
    lines.push(paint(format(t.notRobust, { winner: name(report.winner), reasons }), 'warning'));
  }
  const winner = report.winner;
  if (winner !== null) {
    lines.push(
      format(t.priceWeight, { weight: percent(report.priceWeight), status: status('priceWeight'), winners: spans(report.priceWeights, t, percent) }),
    );

    if (report.rankReversals.length === 0) lines.push(t.rankReversalNone);
    else {
      lines.push(format(t.rankReversal, { status: status('rankReversal') }));
      for (const r of report.rankReversals.slice(0, MAX_REVERSAL_LINES)) {
        lines.push(`  ${format(t.rankReversalLine, { removed: name(r.removed), after: name(r.pair[1]), before: name(r.pair[0]) })}`);
      }
      if (report.rankReversals.length > MAX_REVERSAL_LINES)
        lines.push(`  ${format(t.more, { count: report.rankReversals.length - MAX_REVERSAL_LINES })}`);
    }

    lines.push(format(t.demand, { status: status('demand') }));
    // Multipliers padded to one width, so the vendors line up.
    const labels = report.demand.map((d) => multiplier.format(d.multiplier));
    const width = Math.max(0, ...labels.map((l) => l.length));
    for (const [k, d] of report.demand.entries()) {
      const cheapest = d.cheapest ?? winner;
      const values = { multiplier: labels[k]!.padEnd(width), cheapest: name(cheapest), tco: money.format(d.tco[cheapest] ?? 0) };
      const line =
        cheapest === winner
          ? format(t.demandLine, values)
          : format(t.demandLineWinner, { ...values, winner: name(winner), winnerTco: money.format(d.tco[winner] ?? 0), rank: d.rank[winner] ?? '?' });
      lines.push(`  ${line}`);
    }
    if (report.breakEven.length === 0) lines.push(t.breakEvenNone);
    else {
      const list = report.breakEven.map((b) =>
        format(t.breakEvenItem, { multiplier: multiplier.format(b.multiplier), from: name(b.from), to: name(b.to) }),
      );
      lines.push(format(t.breakEven, { list: list.join(t.itemSeparator) }));
    }

    if (report.abnormallyLow.length === 0) lines.push(t.abnormalNone);
    for (const a of report.abnormallyLow) {
      const values = { vendor: name(a.vendor), tco: money.format(a.tco), threshold: percent(a.threshold), median: money.format(a.median) };
      lines.push(paint(format(t.abnormal, values), 'warning'));
    }
  }

  if (report.disagreements.length === 0) lines.push(t.disagreementNone);
  for (const d of report.disagreements) {
    const scores = d.evaluators.map((e, i) => `${printable(e)} ${money.format(d.scores[i] ?? 0)}`).join(t.listSeparator);
    lines.push(format(t.disagreement, { vendor: name(d.vendor), criterion: d.criterion, scores }));
  }
  if (report.incomplete.length > 0) lines.push(format(t.incomplete, { vendors: report.incomplete.map(name).join(t.listSeparator) }));
  return lines;
}

/** A header per file, the verdict, then each test in a few lines; a total line when there are several files. */
export function checkText(reports: readonly CheckFileReport[], language: Language, paint: Paint): string {
  const lines: string[] = [];
  for (const [i, r] of reports.entries()) {
    if (i > 0) lines.push('');
    lines.push(paint(printable(r.file), 'bold'));
    if ('error' in r) lines.push(`  ${paint(printable(r.error), 'error')}`);
    else lines.push(...fileLines(r.report, r.language, paint).map((line) => `  ${line}`));
  }
  if (reports.length > 1) {
    const unreadable = reports.filter((r) => 'error' in r).length;
    const robust = reports.filter((r) => 'report' in r && r.report.robust).length;
    lines.push(
      '',
      format(messages(language).cli.check.total, { files: reports.length, robust, notRobust: reports.length - unreadable - robust, unreadable }),
    );
  }
  return `${lines.join('\n')}\n`;
}
