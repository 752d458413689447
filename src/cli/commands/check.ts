import type { Command } from 'commander';
import { WorkbookFileError } from '../../adapters/xlsx/errors';
import type { Language } from '../../core/catalogue/text';
import { decisionReport } from '../../core/decision/check';
import { format, messages } from '../../core/i18n/cliMessages';
import { templateLanguage } from '../../core/validation/workbookModel';
import { checkExitCode, checkJson, checkText, type CheckFileReport } from '../checkReport';
import { describeWorkbookProblem } from '../describeWorkbook';
import { expandPaths, type Target } from '../expandPaths';
import { cliLanguage, useColour } from '../io';
import { settingsFromFlags } from '../settingsFromFlags';
import { painter } from '../text';
import type { CommandContext } from './context';

interface CheckFlags {
  json?: boolean;
  lang?: string;
}

/**
 * `vendor-compare check FILE.xlsx [MORE.xlsx | DIR ...] [--json] [--lang en|zh]`: the decision
 * check (DOMAIN.md section 7) from the workbook's inputs, by the reference calculator. It writes
 * nothing; the Decision sheet is written elsewhere.
 */
export function registerCheck(program: Command, ctx: CommandContext): void {
  const t = ctx.t.program.check;
  program
    .command('check')
    .description(t.description)
    .argument('<files...>', t.files)
    .option('--json', t.json)
    .option('--lang <language>', t.lang)
    .addHelpText('after', t.after)
    .action((files: string[], flags: CheckFlags) => runCheck(files, flags, ctx));
}

/** As validate: a file that cannot be used is part of the report, not the end of the run. */
async function checkOne(target: Target, ctx: CommandContext, override: Language | undefined, fallback: Language): Promise<CheckFileReport> {
  const t = messages(override ?? fallback).cli;
  const { path } = target;
  if (target.kind === 'badFolder') {
    const error = target.code ? describeWorkbookProblem(path, { kind: 'read', code: target.code }, t) : format(t.workbook.noXlsxInFolder, { path });
    return { file: path, error };
  }
  try {
    // Loaded on first use: `--help` need not load the XML reader.
    const { readFileSnapshot } = await import('../../adapters/xlsx/packageSnapshot');
    const snapshot = await readFileSnapshot(path, { cwd: ctx.io.cwd });
    if (Object.keys(snapshot.blocks).length === 0 && snapshot.broken.length === 0)
      return { file: path, error: format(t.workbook.notTemplate, { path }) };
    return { file: path, report: decisionReport(snapshot), language: override ?? templateLanguage(snapshot) };
  } catch (error) {
    if (error instanceof WorkbookFileError) return { file: path, error: describeWorkbookProblem(path, error.problem, t) };
    const what = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    return { file: path, error: format(t.check.crashed, { path, error: what }), crash: error };
  }
}

async function runCheck(files: string[], flags: CheckFlags, ctx: CommandContext): Promise<void> {
  const { io } = ctx;
  const override = flags.lang === undefined ? undefined : (settingsFromFlags({ lang: flags.lang }).language ?? 'en');
  const language = override ?? cliLanguage(io.env);
  const reports: CheckFileReport[] = [];
  for (const target of await expandPaths(files, io.cwd)) reports.push(await checkOne(target, ctx, override, language));
  io.stdout(flags.json ? checkJson(reports) : checkText(reports, language, painter(useColour(io))));
  ctx.exit.code = checkExitCode(reports);
  const crashes = reports.flatMap((r) => ('crash' in r ? [r.crash] : []));
  if (crashes.length > 0) throw new AggregateError(crashes, `check: ${crashes.length} file(s) met a bug`);
}
