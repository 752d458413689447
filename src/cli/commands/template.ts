import type { Command } from 'commander';
import { optionsFromNames } from '../../core/import';
import { format } from '../../core/i18n/messages';
import type { TemplateOptions } from '../../core/options';
import { UsageError } from '../errors';
import { readQuotesFile } from '../readQuotesFile';
import { settingsFromFlags, splitNames, type SettingFlags } from '../settingsFromFlags';
import type { CommandContext } from './context';

interface TemplateFlags extends SettingFlags {
  output: string;
  vendorNames?: string;
  vendors?: string;
  force?: boolean;
}

/** `vendor-compare template -o FILE.xlsx (--vendor-names "A,B" | --vendors quotes.json) ...` */
export function registerTemplate(program: Command, ctx: CommandContext): void {
  const t = ctx.t.program.template;
  program
    .command('template')
    .description(t.description)
    .requiredOption('-o, --output <file>', t.output)
    .option('--vendor-names <names>', t.vendorNames)
    .option('--vendors <file>', t.vendors)
    .option('--lang <language>', t.lang)
    .option('--currency <code>', t.currency)
    .option('--term <years>', t.term)
    .option('--users <count>', t.users)
    .option('--scenarios <ids>', t.scenarios)
    .option('--evaluators <names>', t.evaluators)
    .option('--force', t.force)
    .addHelpText('after', t.after)
    .action((flags: TemplateFlags) => runTemplate(flags, ctx));
}

async function runTemplate(flags: TemplateFlags, { io, t }: CommandContext): Promise<void> {
  if (flags.vendors !== undefined && flags.vendorNames !== undefined) throw new UsageError({ kind: 'bothVendorSources' });
  if (flags.vendors === undefined && flags.vendorNames === undefined) throw new UsageError({ kind: 'noVendors' });
  if (!/\.xlsx$/i.test(flags.output)) throw new UsageError({ kind: 'outputExtension', path: flags.output });
  const settings = settingsFromFlags(flags);
  const options = await templateOptions(flags, settings, io.cwd);
  const { writeTemplateFile } = await import('../xlsxAdapters');
  const result = await writeTemplateFile(options, flags.output, { force: flags.force === true, cwd: io.cwd });
  const line = format(t.written, {
    path: flags.output,
    sheetCount: result.sheets.length,
    sheets: result.sheets.map((s) => s.name).join(', '),
    vendorCount: result.vendorCount,
  });
  io.stdout(`${line}\n`);
}

async function templateOptions(flags: TemplateFlags, settings: ReturnType<typeof settingsFromFlags>, cwd: string): Promise<TemplateOptions> {
  if (flags.vendors !== undefined) return readQuotesFile(flags.vendors, cwd, settings);
  const options = optionsFromNames(splitNames(flags.vendorNames ?? ''), settings);
  if (!options.ok) throw new UsageError({ kind: 'badOptions', problems: options.error });
  return options.value;
}
