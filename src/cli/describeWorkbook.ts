import type { WorkbookFileProblem } from '../adapters/xlsx/errors';
import type { CliMessages } from '../core/i18n/cli.en';
import { format } from '../core/i18n/messages';
import { printable } from './text';

/** 52428800 -> "50 MB", 1536 -> "1.5 KB": sizes as people read them. */
export function formatBytes(bytes: number): string {
  const units = ['bytes', 'KB', 'MB', 'GB', 'TB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return `${unit === 0 ? value : Math.round(value * 10) / 10} ${units[unit]}`;
}

/** Why the workbook at `path` cannot be read, in one sentence naming it (a part's name comes from the file: made printable). */
export function describeWorkbookProblem(path: string, problem: WorkbookFileProblem, t: CliMessages): string {
  const w = t.workbook;
  switch (problem.kind) {
    case 'notFound':
      return format(w.notFound, { path });
    case 'isDirectory':
      return format(w.isDirectory, { path });
    case 'read': {
      const known = problem.code !== undefined && problem.code in t.errors.reasons;
      const reason = known ? t.errors.reasons[problem.code as keyof CliMessages['errors']['reasons']] : (problem.code ?? '?');
      return format(w.read, { path, reason });
    }
    case 'tooLarge':
      return format(w.tooLarge, { path, size: formatBytes(problem.bytes), limit: formatBytes(problem.limit) });
    case 'notXlsx':
      return format(w[problem.looksLike], { path });
    case 'encrypted':
      return format(w.encrypted, { path });
    case 'corrupt':
      if (problem.reason === 'truncated') return format(w.truncated, { path });
      return problem.entry === undefined ? format(w.damaged, { path }) : format(w.damagedPart, { path, entry: printable(problem.entry) });
    case 'zipBomb': {
      const values = { path, entry: printable(problem.entry ?? '?'), value: problem.value, limit: problem.limit };
      if (problem.reason === 'total') return format(w.zipBombTotal, { ...values, size: formatBytes(problem.value), limit: formatBytes(problem.limit) });
      if (problem.reason === 'ratio') return format(w.zipBombRatio, values);
      if (problem.reason === 'entries') return format(w.zipBombEntries, values);
      return format(w.zipBombMismatch, values);
    }
    case 'nameTooLarge':
      return format(w.nameTooLarge, { path, name: printable(problem.name), reference: printable(problem.reference), rows: problem.rows, cols: problem.cols });
  }
}
