import type { Command } from 'commander';
import { WorkbookFileError } from '../../adapters/xlsx/errors';
import type { Language } from '../../core/catalogue/text';
import { decisionReport } from '../../core/decision/check';
import { format, messages } from '../../core/i18n/cliMessages';
import { templateLanguage, vendorColumns } from '../../core/validation/workbookModel';
import { resolve } from 'path';
import { saveFile } from '../../adapters/xlsx/saveFile';
import { sheetPasswords } from '../../adapters/xlsx/sheetPasswords';
import { liveChecksum } from '../../core/decision/inputsChecksum';
import { planDecisionResults } from '../../core/decision/planDecisionResults';
import { lossLines } from '../describeLoss';
import { WorkbookContentError } from '../errors';
import { rewrittenBytes } from '../rewrittenBytes';
import { printable } from '../text';
import { readTemplateWorkbook } from '../workbookInput';
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
  write?: boolean;
  allowLoss?: boolean;
}

/**
 * `vendor-compare check FILE.xlsx [MORE.xlsx | DIR ...] [--json] [--lang en|zh]`: the decision
 * check (DOMAIN.md section 7) from the workbook's inputs, by the reference calculator. With
 * --write, the results go on each workbook's Decision sheet too (checked for losses as fill is).
 */
export function registerCheck(program: Command, ctx: CommandContext): void {
  const t = ctx.t.program.check;
  program
    .command('check')
    .description(t.description)
    .argument('<files...>', t.files)
    .option('--json', t.json)
    .option('--lang <language>', t.lang)
    .option('--write', t.write)
    .option('--allow-loss', t.allowLoss)
    .addHelpText('after', t.after)
    .action((files: string[], flags: CheckFlags) => runCheck(files, flags, ctx));
}

/** As validate: a file that cannot be used is part of the report, not the end of the run. */
async function checkOne(
  target: Target,
  ctx: CommandContext,
  flags: CheckFlags,
  override: Language | undefined,
  fallback: Language,
): Promise<CheckFileReport> {
  const t = messages(override ?? fallback).cli;
  const { path } = target;
  if (target.kind === 'badFolder') {
    const error = target.code ? describeWorkbookProblem(path, { kind: 'read', code: target.code }, t) : format(t.workbook.noXlsxInFolder, { path });
    return { file: path, error };
  }
  try {
    if (flags.write) return await checkAndWrite(path, ctx, flags.allowLoss === true, override);
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
  for (const target of await expandPaths(files, io.cwd)) reports.push(await checkOne(target, ctx, flags, override, language));
  io.stdout(flags.json ? checkJson(reports) : checkText(reports, language, painter(useColour(io))));
  // What --write did goes to stderr: stdout stays the report (and valid JSON with --json).
  const notes = reports.flatMap((r) => ('report' in r ? [r.written, r.writeError].filter((n): n is string => n !== undefined) : []));
  if (notes.length > 0) io.stderr(`${notes.join('\n')}\n`);
  ctx.exit.code = checkExitCode(reports);
  const crashes = reports.flatMap((r) => ('crash' in r ? [r.crash] : []));
  if (crashes.length > 0) throw new AggregateError(crashes, `check: ${crashes.length} file(s) met a bug`);
}

/**
 * The check of one workbook, its results written on its Decision sheet: the workbook read with
 * ExcelJS (the report from that same reading), the blocks filled, the file rewritten through a
 * temporary file when nothing would be lost (or --allow-loss). A workbook without the Decision
 * sheet, or whose rewrite would lose content, is reported and left as it was.
 */
async function checkAndWrite(path: string, ctx: CommandContext, allowLoss: boolean, override: Language | undefined): Promise<CheckFileReport> {
  const input = await readTemplateWorkbook(path, ctx.io.cwd);
  const report = decisionReport(input.snapshot);
  const language = templateLanguage(input.snapshot);
  const t = messages(override ?? language).cli;
  const shown = { path: printable(path) };
  const blocks = planDecisionResults({
    report,
    date: new Date(),
    checksum: liveChecksum(input.snapshot),
    vendors: vendorColumns(input.snapshot).map((v) => v.name),
    language,
  });
  const base = { file: path, report, language: override ?? language };
  if (blocks.some((b) => !input.snapshot.blocks[b.name])) return { ...base, writeError: format(t.check.noDecisionSheet, shown) };
  const locked = sheetPasswords(input.file).filter(
    (p) => p.legacy || blocks.some((b) => input.snapshot.blocks[b.name]!.sheet.toLowerCase() === p.sheet.toLowerCase()),
  );
  if (locked.length > 0)
    throw new WorkbookContentError(
      path,
      'sheetPassword',
      locked.map((p) => printable(p.sheet)),
    );
  for (const { name, values } of blocks) {
    const { sheet, range } = input.snapshot.blocks[name]!;
    const worksheet = input.workbook.getWorksheet(sheet)!;
    values.forEach((row, r) => row.forEach((value, c) => (worksheet.getCell(range.row + r + 1, range.col + c + 1).value = value)));
  }
  const { data, losses } = await rewrittenBytes(input, null);
  if (losses.length > 0 && !allowLoss)
    return { ...base, writeError: [format(t.check.wouldLose, shown), ...lossLines(losses, t).map((l) => `  ${l}`)].join('\n') };
  await saveFile({ path: resolve(ctx.io.cwd, path), shown: path }, data, true);
  return { ...base, written: format(t.check.written, shown) };
}
