import type { Command } from 'commander';
import { resolve } from 'path';
import { checkOutputPath, saveFile } from '../../adapters/xlsx/saveFile';
import { sheetPasswords } from '../../adapters/xlsx/sheetPasswords';
import { format } from '../../core/i18n/messages';
import { planVendorChange, type VendorChangeRequest } from '../../core/vendors/planVendorChange';
import { lossLines } from '../describeLoss';
import { FillBlockedError, UsageError, VendorChangeError, WorkbookContentError } from '../errors';
import { rewrittenBytes } from '../rewrittenBytes';
import { printable } from '../text';
import { readTemplateWorkbook } from '../workbookInput';
import type { CommandContext } from './context';

interface VendorFlags {
  name: string;
  before?: string;
  output?: string;
  force?: boolean;
  allowLoss?: boolean;
}

/** `vendor-compare vendors add|remove FILE --name NAME [--before NAME] [-o OUT] [--force] [--allow-loss]` */
export function registerVendors(program: Command, ctx: CommandContext): void {
  const t = ctx.t.program.vendors;
  const vendors = program.command('vendors').description(t.description).addHelpText('after', t.after);
  vendors
    .command('add')
    .description(t.add)
    .argument('<file>', t.file)
    .requiredOption('--name <name>', t.name)
    .option('--before <name>', t.before)
    .option('-o, --output <file>', t.output)
    .option('--force', t.forceAdd)
    .option('--allow-loss', t.allowLoss)
    .action((file: string, flags: VendorFlags) => runVendors(file, { kind: 'add', name: flags.name, before: flags.before }, flags, ctx));
  vendors
    .command('remove')
    .description(t.remove)
    .argument('<file>', t.file)
    .requiredOption('--name <name>', t.name)
    .option('-o, --output <file>', t.output)
    .option('--force', t.forceRemove)
    .option('--allow-loss', t.allowLoss)
    .action((file: string, flags: VendorFlags) => runVendors(file, { kind: 'remove', name: flags.name }, flags, ctx));
}

async function runVendors(file: string, request: VendorChangeRequest, flags: VendorFlags, ctx: CommandContext): Promise<void> {
  const { io, t } = ctx;
  const output = flags.output ?? file;
  if (flags.output !== undefined && !/\.xlsx$/i.test(output)) throw new UsageError({ kind: 'outputExtension', path: output });
  const force = flags.force === true;
  const input = await readTemplateWorkbook(file, io.cwd);
  const change = planVendorChange(input.snapshot, request);
  if ('reason' in change) throw new VendorChangeError(file, request.name, change);
  // What the removed vendor's column holds is listed, and kept unless --force says to go.
  if (change.held.length > 0 && !force) throw new VendorChangeError(file, change.vendor, { reason: 'holdsInputs', held: change.held });
  const written = new Set([...change.patch.sheets.map((s) => s.name), ...(change.patch.edits ?? []).map((e) => e.sheet)].map((s) => s.toLowerCase()));
  const refused = sheetPasswords(input.file).filter((p) => p.legacy || written.has(p.sheet.toLowerCase()));
  if (refused.length > 0)
    throw new WorkbookContentError(
      file,
      'sheetPassword',
      refused.map((p) => printable(p.sheet)),
    );

  const target = { path: resolve(io.cwd, output), shown: output };
  const inPlace = flags.output === undefined;
  if (!inPlace) await checkOutputPath(target, force);
  const { applyPatch } = await import('../xlsxAdapters');
  applyPatch(input.workbook, change.patch);
  const { data, losses } = await rewrittenBytes(input, change.patch);
  if (losses.length > 0 && flags.allowLoss !== true) {
    const retry = ['vendors', request.kind, '--name', request.name];
    throw new FillBlockedError(file, [], losses, { output: output.replace(/(\.xlsx)?$/i, '-vendors.xlsx'), force, command: retry });
  }
  await saveFile(target, data, true);
  if (losses.length > 0) io.stderr(`${[format(t.fill.leftOut, { path: output }), ...lossLines(losses, t).map((l) => `  ${l}`)].join('\n')}\n`);
  const vendor = printable(change.vendor);
  const lines = [
    format(request.kind === 'add' ? t.vendors.added : t.vendors.removed, { vendor, position: change.index + 1, count: change.vendors.length }),
    format(t.fill.written, { path: output }),
  ];
  io.stdout(`${lines.join('\n')}\n`);
}
