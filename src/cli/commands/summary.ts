import { Option, type Command } from 'commander';
import { summarizeSnapshot } from '../../core/costs/fromSnapshot';
import { cliLanguage } from '../io';
import { summaryCsv, summaryJson, summaryText } from '../summaryReport';
import { readTemplateWorkbook } from '../workbookInput';
import type { CommandContext } from './context';

interface SummaryFlags {
  json?: boolean;
  csv?: boolean;
}

/** `vendor-compare summary FILE.xlsx [--json | --csv]` */
export function registerSummary(program: Command, ctx: CommandContext): void {
  const t = ctx.t.program.summary;
  program
    .command('summary')
    .description(t.description)
    .argument('<file>', t.file)
    .addOption(new Option('--json', t.json).conflicts('csv'))
    .addOption(new Option('--csv', t.csv))
    .addHelpText('after', t.after)
    .action((file: string, flags: SummaryFlags) => runSummary(file, flags, ctx));
}

/** Costs and scores come from the reference calculator and the workbook's inputs, never from its formula cells. */
async function runSummary(file: string, flags: SummaryFlags, { io, t }: CommandContext): Promise<void> {
  const { snapshot } = await readTemplateWorkbook(file, io.cwd);
  const summary = summarizeSnapshot(snapshot);
  if (flags.json) return io.stdout(summaryJson(file, summary));
  if (flags.csv) return io.stdout(summaryCsv(summary));
  const assumptionsSheet = snapshot.blocks.vc_Term?.sheet ?? 'Assumptions';
  io.stdout(summaryText(file, summary, cliLanguage(io.env), t, assumptionsSheet));
}
