import type { Command } from 'commander';
import { basename, resolve } from 'path';
import type ExcelJS from 'exceljs';
import { readCustomProperties } from '../../adapters/xlsx/customProperties';
import { WorkbookFileError } from '../../adapters/xlsx/errors';
import { checkOutputPath, saveFile } from '../../adapters/xlsx/saveFile';
import { sheetPasswords } from '../../adapters/xlsx/sheetPasswords';
import { format } from '../../core/i18n/messages';
import { MASTER_ID_PROPERTY } from '../../core/packs/identity';
import { planMerge, type FieldChange, type PackMerge, type ReturnedPack } from '../../core/packs/planMerge';
import type { SnapshotValue } from '../../core/snapshot/types';
import { describeWorkbookProblem } from '../describeWorkbook';
import { lossLines } from '../describeLoss';
import { EXIT, FillBlockedError, UsageError, WorkbookContentError } from '../errors';
import { rewrittenBytes } from '../rewrittenBytes';
import { printable } from '../text';
import { readTemplateWorkbook } from '../workbookInput';
import type { CommandContext } from './context';
import { appendChangeLog } from '../changeLog';

interface MergeFlags {
  output?: string;
  dryRun?: boolean;
  json?: boolean;
  force?: boolean;
  allowLoss?: boolean;
}

/** One pack's outcome: the plan, or why its file could not be read. */
type PackReport = { file: string; merge: PackMerge } | { file: string; unreadable: string };

/** `vendor-compare merge MASTER.xlsx PACK.xlsx... [-o OUT] [--dry-run] [--json] [--force] [--allow-loss]` */
export function registerMerge(program: Command, ctx: CommandContext): void {
  const t = ctx.t.program.merge;
  program
    .command('merge')
    .description(t.description)
    .argument('<master>', t.master)
    .argument('<packs...>', t.packs)
    .option('-o, --output <file>', t.output)
    .option('--dry-run', t.dryRun)
    .option('--json', t.json)
    .option('--force', t.force)
    .option('--allow-loss', t.allowLoss)
    .addHelpText('after', t.after)
    .action((master: string, packs: string[], flags: MergeFlags) => runMerge(master, packs, flags, ctx));
}

/** A returned pack as the merge needs it: names, identity, base and locked content. */
async function readPack(path: string, cwd: string): Promise<ReturnedPack> {
  const { returnedPack, readWorkbookFile } = await import('../xlsxAdapters');
  const file = await readWorkbookFile(path, { cwd });
  return returnedPack(file.workbook, path, file.text('docProps/custom.xml'), file.definedNames);
}

async function runMerge(masterPath: string, packPaths: string[], flags: MergeFlags, ctx: CommandContext): Promise<void> {
  const { io, t } = ctx;
  const output = flags.output ?? masterPath;
  if (flags.output !== undefined && !/\.xlsx$/i.test(output)) throw new UsageError({ kind: 'outputExtension', path: output });
  const force = flags.force === true;
  const master = await readTemplateWorkbook(masterPath, io.cwd);
  const masterId = readCustomProperties(master.file.text('docProps/custom.xml'))[MASTER_ID_PROPERTY] ?? null;

  const reports: PackReport[] = [];
  for (const file of packPaths) {
    try {
      const pack = await readPack(file, io.cwd);
      reports.push({ file, merge: planMerge(master.snapshot, masterId, pack, force) });
    } catch (error) {
      // One unreadable pack is reported; the others still merge.
      if (!(error instanceof WorkbookFileError)) throw error;
      reports.push({ file, unreadable: describeWorkbookProblem(file, error.problem, t) });
    }
  }
  const writes = reports.flatMap((r) => ('merge' in r ? r.merge.changes.map((change) => ({ change, file: r.file, merge: r.merge })) : []));
  let written = false;
  if (!flags.dryRun && writes.length > 0) {
    const refused = sheetPasswords(master.file).filter((p) => p.legacy || writes.some((w) => w.change.sheet.toLowerCase() === p.sheet.toLowerCase()));
    if (refused.length > 0)
      throw new WorkbookContentError(
        masterPath,
        'sheetPassword',
        refused.map((p) => printable(p.sheet)),
      );
    const target = { path: resolve(io.cwd, output), shown: output };
    if (flags.output !== undefined) await checkOutputPath(target, force);
    for (const { change } of writes) setValue(master.workbook, change);
    appendChangeLog(
      master.workbook,
      writes.map(({ change, file, merge }) => ({ ...change, round: merge.round ?? 0, vendor: merge.vendor ?? '', file: basename(file) })),
      t.merge.log,
    );
    const { data, losses } = await rewrittenBytes(master, null);
    if (losses.length > 0 && flags.allowLoss !== true) {
      throw new FillBlockedError(masterPath, [], losses, { output: output.replace(/(\.xlsx)?$/i, '-merged.xlsx'), force, command: ['merge'] });
    }
    // A temporary file beside the target, then one rename: never a half-merged master.
    await saveFile(target, data, true);
    if (losses.length > 0) io.stderr(`${[format(t.fill.leftOut, { path: output }), ...lossLines(losses, t).map((l) => `  ${l}`)].join('\n')}\n`);
    written = true;
  }
  io.stdout(
    flags.json ? `${JSON.stringify(jsonReport(reports), null, 2)}\n` : textReport(reports, { written, output, dryRun: flags.dryRun === true }, ctx),
  );
  const unreadable = reports.some((r) => 'unreadable' in r);
  const failed = reports.some((r) => 'merge' in r && (r.merge.status === 'refused' || r.merge.status === 'conflict'));
  ctx.exit.code = unreadable ? EXIT.unreadable : failed ? EXIT.failure : EXIT.ok;
}

/** The pack's value into the master cell: numbers stay numbers, an error value is not merged. */
function setValue(workbook: ExcelJS.Workbook, change: FieldChange): void {
  const value: SnapshotValue = change.value;
  const cell = workbook.getWorksheet(change.sheet)!.getCell(change.cell);
  cell.value = value === null || value === '' ? null : typeof value === 'object' ? null : value;
}

function jsonReport(reports: readonly PackReport[]) {
  const strip = ({ sheet, cell, field, old, new: now }: FieldChange) => ({ sheet, cell, field, old, new: now });
  return {
    packs: reports.map((r) =>
      'unreadable' in r
        ? { file: r.file, vendor: null, round: null, status: 'refused', reason: r.unreadable, changes: [], conflicts: [] }
        : {
            file: r.file,
            vendor: r.merge.vendor,
            round: r.merge.round,
            status: r.merge.status,
            reason: r.merge.reason ? `${r.merge.reason.kind}${r.merge.reason.detail ? `: ${r.merge.reason.detail}` : ''}` : null,
            changes: r.merge.changes.map(strip),
            conflicts: r.merge.conflicts.map(strip),
          },
    ),
  };
}

function textReport(reports: readonly PackReport[], outcome: { written: boolean; output: string; dryRun: boolean }, ctx: CommandContext): string {
  const t = ctx.t.merge;
  const lines: string[] = [];
  const changeLine = (c: FieldChange) =>
    `    ${printable(c.sheet)}!${c.cell}  ${c.field}: ${JSON.stringify(printable(c.old))} -> ${JSON.stringify(printable(c.new))}`;
  for (const r of reports) {
    if ('unreadable' in r) {
      lines.push(`${printable(r.file)}: ${r.unreadable}`);
      continue;
    }
    const { merge } = r;
    const who = format(t.who, { file: printable(r.file), vendor: printable(merge.vendor ?? '?'), round: merge.round ?? '?' });
    if (merge.reason || merge.status === 'refused') {
      lines.push(`${who}: ${format(t.refused[merge.reason?.kind ?? 'notPack'], { detail: printable(merge.reason?.detail ?? '') })}`);
      continue;
    }
    lines.push(`${who}: ${format(t.status[merge.status], { changes: merge.changes.length, conflicts: merge.conflicts.length })}`);
    lines.push(...merge.changes.map(changeLine));
    if (merge.conflicts.length > 0) lines.push(`  ${t.conflictsHeading}`, ...merge.conflicts.map(changeLine));
  }
  if (outcome.dryRun) lines.push(t.dryRun);
  else if (outcome.written) lines.push(format(t.written, { path: printable(outcome.output) }));
  else lines.push(t.nothingToWrite);
  return `${lines.join('\n')}\n`;
}
