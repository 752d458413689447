import type { Command } from 'commander';
import { WorkbookFileError } from '../../adapters/xlsx/errors';
import { readSnapshot } from '../../adapters/xlsx/readSnapshot';
import { readWorkbookFile } from '../../adapters/xlsx/readWorkbookFile';
import type { Language } from '../../core/catalogue/text';
import { format, messages } from '../../core/i18n/cliMessages';
import { validate } from '../../core/validation/validate';
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

async function check(target: Target, ctx: CommandContext, language: Language): Promise<FileReport> {
  const t = messages(language).cli;
  const { path } = target;
  if (target.kind === 'badFolder') {
    const error = target.code
      ? describeWorkbookProblem(path, { kind: 'read', code: target.code }, t)
      : format(t.workbook.noXlsxInFolder, { path });
    return { file: path, error };
  }
  let file;
  try {
    file = await readWorkbookFile(path, { cwd: ctx.io.cwd });
  } catch (error) {
    // One unreadable file is part of the report, not the end of the run.
    if (error instanceof WorkbookFileError) return { file: path, error: describeWorkbookProblem(path, error.problem, t) };
    throw error;
  }
  const result = validate(readSnapshot(file.workbook, path, file.definedNames), language);
  if (result.notTemplate) return { file: path, error: format(t.workbook.notTemplate, { path }) };
  return { file: path, result };
}

async function runValidate(files: string[], flags: ValidateFlags, ctx: CommandContext): Promise<void> {
  const { io } = ctx;
  const language = flags.lang === undefined ? cliLanguage(io.env) : (settingsFromFlags({ lang: flags.lang }).language ?? 'en');
  const targets = await expandPaths(files, io.cwd);
  const json = flags.json === true;
  const showProgress = !json && io.isTTY?.stderr === true && targets.length > PROGRESS_FROM;
  const progress = progressBar(io, targets.length, messages(language).cli.validate.progress, showProgress);
  const reports: FileReport[] = [];
  try {
    for (const target of targets) {
      reports.push(await check(target, ctx, language));
      progress.tick(target.path);
    }
  } finally {
    progress.stop();
  }
  io.stdout(json ? jsonReport(reports) : textReport(reports, language, painter(useColour(io))));
  ctx.exit.code = exitCodeOf(reports);
}
