import type { Command } from 'commander';
import { WorkbookFileError } from '../../adapters/xlsx/errors';
import type { Language } from '../../core/catalogue/text';
import { format, messages } from '../../core/i18n/cliMessages';
import { validate } from '../../core/validation/validate';
import { templateLanguage } from '../../core/validation/workbookModel';
import { describeWorkbookProblem } from '../describeWorkbook';
import { expandPaths, type Target } from '../expandPaths';
import { cliLanguage, useColour } from '../io';
import { progressBar } from '../progress';
import { settingsFromFlags } from '../settingsFromFlags';
import { painter } from '../text';
import { exitCodeOf, jsonReport, textReport, type FileReport } from '../validateReport';
import type { CommandContext } from './context';

interface ValidateFlags {
  json?: boolean;
  lang?: string;
}

/** More files than this get a progress bar (on a terminal, and not under --json). */
const PROGRESS_FROM = 10;

/** `vendor-compare validate FILE.xlsx [MORE.xlsx | DIR ...] [--json] [--lang en|zh]` */
export function registerValidate(program: Command, ctx: CommandContext): void {
  const t = ctx.t.program.validate;
  program
    .command('validate')
    .description(t.description)
    .argument('<files...>', t.files)
    .option('--json', t.json)
    .option('--lang <language>', t.lang)
    .addHelpText('after', t.after)
    .action((files: string[], flags: ValidateFlags) => runValidate(files, flags, ctx));
}

/**
 * `override`: --lang, for everything; otherwise a workbook's findings speak its template's
 * language and what is said about a file that is no template speaks `fallback` (the locale's).
 */
async function check(target: Target, ctx: CommandContext, override: Language | undefined, fallback: Language): Promise<FileReport> {
  const t = messages(override ?? fallback).cli;
  const { path } = target;
  if (target.kind === 'badFolder') {
    const error = target.code
      ? describeWorkbookProblem(path, { kind: 'read', code: target.code }, t)
      : format(t.workbook.noXlsxInFolder, { path });
    return { file: path, error };
  }
  try {
    // Loaded on first use: `--help` need not load the XML reader.
    const { readFileSnapshot } = await import('../../adapters/xlsx/packageSnapshot');
    const snapshot = await readFileSnapshot(path, { cwd: ctx.io.cwd });
    const language = override ?? templateLanguage(snapshot);
    const result = validate(snapshot, language);
    if (result.notTemplate) return { file: path, error: format(t.workbook.notTemplate, { path }) };
    return { file: path, result, language };
  } catch (error) {
    // One unreadable file is part of the report, not the end of the run.
    if (error instanceof WorkbookFileError) return { file: path, error: describeWorkbookProblem(path, error.problem, t) };
    // A bug met on one file: the other files are still checked and reported; main.ts reports
    // the bug itself (with its stack) once the report is out.
    const what = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    return { file: path, error: format(t.validate.crashed, { path, error: what }), crash: error };
  }
}

async function runValidate(files: string[], flags: ValidateFlags, ctx: CommandContext): Promise<void> {
  const { io } = ctx;
  const override = flags.lang === undefined ? undefined : (settingsFromFlags({ lang: flags.lang }).language ?? 'en');
  const language = override ?? cliLanguage(io.env);
  const targets = await expandPaths(files, io.cwd);
  const json = flags.json === true;
  const showProgress = !json && io.isTTY?.stderr === true && targets.length > PROGRESS_FROM;
  const progress = progressBar(io, targets.length, messages(language).cli.validate.progress, showProgress);
  const reports: FileReport[] = [];
  try {
    for (const target of targets) {
      reports.push(await check(target, ctx, override, language));
      progress.tick(target.path);
    }
  } finally {
    progress.stop();
  }
  io.stdout(json ? jsonReport(reports) : textReport(reports, language, painter(useColour(io))));
  ctx.exit.code = exitCodeOf(reports);
  const crashes = reports.flatMap((r) => ('crash' in r ? [r.crash] : []));
  if (crashes.length > 0) throw new AggregateError(crashes, `validate: ${crashes.length} file(s) met a bug`);
}
