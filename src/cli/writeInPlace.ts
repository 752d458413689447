import { resolve } from 'path';
import { checkOutputPath, saveFile } from '../adapters/xlsx/saveFile';
import { sheetPasswords } from '../adapters/xlsx/sheetPasswords';
import { format } from '../core/i18n/messages';
import type { WorkbookPatch } from '../core/plan/types';
import type { CommandContext } from './commands/context';
import { lossLines } from './describeLoss';
import { FillBlockedError, UsageError, WorkbookContentError } from './errors';
import { rewrittenBytes } from './rewrittenBytes';
import { printable } from './text';
import type { TemplateWorkbook } from './workbookInput';

export interface InPlaceFlags {
  output?: string;
  force?: boolean;
  allowLoss?: boolean;
}

/** Refuses an -o that is no .xlsx before anything is read. */
export function checkOutputFlag(flags: InPlaceFlags): void {
  if (flags.output !== undefined && !/\.xlsx$/i.test(flags.output)) throw new UsageError({ kind: 'outputExtension', path: flags.output });
}

/**
 * A change planned on a workbook (a vendor or an evaluator added or removed) applied and saved,
 * over the file or to -o: refused on a password-protected sheet it writes to, and, when the
 * rewrite would lose something, unless --allow-loss (`retry`: the command to suggest, with
 * `suffix` for its output). Returns the path written, as the user gave it.
 */
export async function writeInPlace(
  file: string,
  input: TemplateWorkbook,
  patch: WorkbookPatch,
  flags: InPlaceFlags,
  ctx: CommandContext,
  retry: { command: string[]; suffix: string },
): Promise<string> {
  const { io, t } = ctx;
  const output = flags.output ?? file;
  const force = flags.force === true;
  const written = new Set([...patch.sheets.map((s) => s.name), ...(patch.edits ?? []).map((e) => e.sheet)].map((s) => s.toLowerCase()));
  const refused = sheetPasswords(input.file).filter((p) => p.legacy || written.has(p.sheet.toLowerCase()));
  if (refused.length > 0)
    throw new WorkbookContentError(
      file,
      'sheetPassword',
      refused.map((p) => printable(p.sheet)),
    );

  const target = { path: resolve(io.cwd, output), shown: output };
  if (flags.output !== undefined) await checkOutputPath(target, force);
  const { applyPatch } = await import('./xlsxAdapters');
  applyPatch(input.workbook, patch);
  const { data, losses } = await rewrittenBytes(input, patch);
  if (losses.length > 0 && flags.allowLoss !== true) {
    throw new FillBlockedError(file, [], losses, { output: output.replace(/(\.xlsx)?$/i, retry.suffix), force, command: retry.command });
  }
  await saveFile(target, data, true);
  if (losses.length > 0) io.stderr(`${[format(t.fill.leftOut, { path: output }), ...lossLines(losses, t).map((l) => `  ${l}`)].join('\n')}\n`);
  return output;
}
