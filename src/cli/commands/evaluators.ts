import type { Command } from 'commander';
import { planEvaluatorChange, type EvaluatorChangeRequest } from '../../core/evaluators/planEvaluatorChange';
import { format } from '../../core/i18n/messages';
import { EvaluatorChangeError } from '../errors';
import { printable } from '../text';
import { readTemplateWorkbook } from '../workbookInput';
import { checkOutputFlag, writeInPlace, type InPlaceFlags } from '../writeInPlace';
import type { CommandContext } from './context';

interface EvaluatorFlags extends InPlaceFlags {
  name: string;
  before?: string;
  first?: string;
}

/** `vendor-compare evaluators add|remove FILE --name NAME [--before NAME] [--first NAME] [-o OUT] [--force] [--allow-loss]` */
export function registerEvaluators(program: Command, ctx: CommandContext): void {
  const t = ctx.t.program.evaluators;
  const evaluators = program.command('evaluators').description(t.description).addHelpText('after', t.after);
  evaluators
    .command('add')
    .description(t.add)
    .argument('<file>', t.file)
    .requiredOption('--name <name>', t.name)
    .option('--before <name>', t.before)
    .option('--first <name>', t.first)
    .option('-o, --output <file>', t.output)
    .option('--force', t.forceAdd)
    .option('--allow-loss', t.allowLoss)
    .action((file: string, flags: EvaluatorFlags) =>
      runEvaluators(file, { kind: 'add', name: flags.name, before: flags.before, first: flags.first }, flags, ctx),
    );
  evaluators
    .command('remove')
    .description(t.remove)
    .argument('<file>', t.file)
    .requiredOption('--name <name>', t.name)
    .option('-o, --output <file>', t.output)
    .option('--force', t.forceRemove)
    .option('--allow-loss', t.allowLoss)
    .action((file: string, flags: EvaluatorFlags) => runEvaluators(file, { kind: 'remove', name: flags.name }, flags, ctx));
}

async function runEvaluators(file: string, request: EvaluatorChangeRequest, flags: EvaluatorFlags, ctx: CommandContext): Promise<void> {
  const { io, t } = ctx;
  checkOutputFlag(flags);
  const input = await readTemplateWorkbook(file, io.cwd);
  const plain = input.snapshot.blocks.vc_EvaluatorNames === undefined;
  const change = planEvaluatorChange(input.snapshot, request);
  if ('reason' in change) throw new EvaluatorChangeError(file, request.name, change);
  // What the removed evaluator's block holds is listed, and kept unless --force says to go.
  if (change.held.length > 0 && flags.force !== true)
    throw new EvaluatorChangeError(file, change.evaluator, { reason: 'holdsInputs', held: change.held });
  const retry = { command: ['evaluators', request.kind, '--name', request.name], suffix: '-evaluators.xlsx' };
  const output = await writeInPlace(file, input, change.patch, flags, ctx, retry);
  const evaluator = printable(change.evaluator);
  const values = { evaluator, position: change.index + 1, count: change.evaluators.length };
  const lines = [format(request.kind === 'add' ? t.evaluators.added : t.evaluators.removed, values)];
  // From the plain Scorecard: where its inputs went.
  if (plain && request.kind === 'add')
    lines.push(format(t.evaluators.addedFirst, { first: printable(change.evaluators[change.index === 0 ? 1 : 0]!) }));
  lines.push(format(t.fill.written, { path: output }));
  io.stdout(`${lines.join('\n')}\n`);
}
