import type { Command } from 'commander';
import { format } from '../../core/i18n/messages';
import { planVendorChange, type VendorChangeRequest } from '../../core/vendors/planVendorChange';
import { VendorChangeError } from '../errors';
import { printable } from '../text';
import { readTemplateWorkbook } from '../workbookInput';
import { checkOutputFlag, writeInPlace, type InPlaceFlags } from '../writeInPlace';
import type { CommandContext } from './context';

interface VendorFlags extends InPlaceFlags {
  name: string;
  before?: string;
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
  checkOutputFlag(flags);
  const input = await readTemplateWorkbook(file, io.cwd);
  const change = planVendorChange(input.snapshot, request);
  if ('reason' in change) throw new VendorChangeError(file, request.name, change);
  // What the removed vendor's column holds is listed, and kept unless --force says to go.
  if (change.held.length > 0 && flags.force !== true) throw new VendorChangeError(file, change.vendor, { reason: 'holdsInputs', held: change.held });
  const retry = { command: ['vendors', request.kind, '--name', request.name], suffix: '-vendors.xlsx' };
  const output = await writeInPlace(file, input, change.patch, flags, ctx, retry);
  const vendor = printable(change.vendor);
  const lines = [
    format(request.kind === 'add' ? t.vendors.added : t.vendors.removed, { vendor, position: change.index + 1, count: change.vendors.length }),
    format(t.fill.written, { path: output }),
  ];
  io.stdout(`${lines.join('\n')}\n`);
}
