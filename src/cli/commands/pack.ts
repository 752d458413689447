import type { Command } from 'commander';
import { baseOf } from '../../core/packs/base';
import { FIELD_NAMES } from '../../core/packs/planMerge';
import { promises as fs } from 'fs';
import { join, resolve } from 'path';
import { checkOutputPath, errorCode, saveFile } from '../../adapters/xlsx/saveFile';
import type { Language } from '../../core/catalogue/text';
import { format } from '../../core/i18n/messages';
import { LAYOUT_VERSION } from '../../core/template/layout';
import { layoutVersion } from '../../core/fill/upgrade';
import { questionSetFingerprint } from '../../core/packs/identity';
import { packFileNames } from '../../core/packs/packFileName';
import { chooseVendors } from '../../core/packs/chooseVendors';
import { planPack, unpackableRows } from '../../core/packs/planPack';
import { templateLanguage, vendorColumns, type VendorColumn } from '../../core/validation/workbookModel';
import { OutputFileError, PackError } from '../errors';
import { splitNames } from '../settingsFromFlags';
import { printable } from '../text';
import { readTemplateWorkbook } from '../workbookInput';
import type { CommandContext } from './context';

interface PackFlags {
  output: string;
  vendors?: string;
  lang?: string;
  round?: string;
  deadline?: string;
  returnTo?: string;
  force?: boolean;
}

/** `vendor-compare pack MASTER.xlsx -o DIR [--vendors "A,B"] [--lang en|zh] [--round N] [--deadline TEXT] [--return-to TEXT] [--force]` */
export function registerPack(program: Command, ctx: CommandContext): void {
  const t = ctx.t.program.pack;
  program
    .command('pack')
    .description(t.description)
    .argument('<master>', t.master)
    .requiredOption('-o, --output <folder>', t.output)
    .option('--vendors <names>', t.vendors)
    .option('--lang <language>', t.lang)
    .option('--round <n>', t.round)
    .option('--deadline <text>', t.deadline)
    .option('--return-to <text>', t.returnTo)
    .option('--force', t.force)
    .addHelpText('after', t.after)
    .action((file: string, flags: PackFlags) => runPack(file, flags, ctx));
}

async function runPack(file: string, flags: PackFlags, { io, t }: CommandContext): Promise<void> {
  const round = flags.round === undefined ? 1 : /^\s*\d+\s*$/.test(flags.round) ? Number(flags.round) : 0;
  if (!Number.isSafeInteger(round) || round < 1) throw new PackError(file, { kind: 'badRound', text: flags.round ?? '' });
  const lang = flags.lang?.trim().toLowerCase();
  if (lang !== undefined && lang !== 'en' && lang !== 'zh') throw new PackError(file, { kind: 'badLanguage', text: flags.lang ?? '' });
  const folder = resolve(io.cwd, flags.output);
  const stat = await fs.stat(folder).catch((error: unknown) => {
    if (errorCode(error) === 'ENOENT') return null;
    throw new OutputFileError(flags.output, 'write', errorCode(error));
  });
  if (stat && !stat.isDirectory()) throw new PackError(flags.output, { kind: 'notDirectory' });

  const input = await readTemplateWorkbook(file, io.cwd);
  if (layoutVersion(input.snapshot) !== LAYOUT_VERSION) throw new PackError(file, { kind: 'oldLayout' });
  const changed = unpackableRows(input.snapshot);
  if (changed.length > 0) throw new PackError(file, { kind: 'rowsChanged', names: changed });
  const vendors = chosenVendors(file, vendorColumns(input.snapshot), flags.vendors);
  const force = flags.force === true;
  const targets = packFileNames(vendors.map((v) => v.name)).map((name) => ({ path: join(folder, name), shown: join(flags.output, name) }));
  // Every pack's place is checked before anything is written, the master's id included.
  for (const target of targets) await checkOutputPath(target, force);

  const { masterId } = await import('../../adapters/xlsx/writePack');
  const { packBytes } = await import('../../adapters/xlsx/packBytes');
  const master = await masterId({ path: resolve(io.cwd, file), shown: file }, input.file.text('docProps/custom.xml'));
  const lines = master.added ? [format(t.pack.masterIdAdded, { path: printable(file), id: master.id })] : [];
  const language: Language = lang ?? templateLanguage(input.snapshot);
  const questions = input.snapshot.blocks.vc_QuestionIds?.range.rows ?? 0;
  const identity = {
    masterId: master.id,
    round,
    questions: questionSetFingerprint(input.snapshot),
    layoutVersion: LAYOUT_VERSION,
    made: new Date().toISOString().slice(0, 10),
  };
  await fs.mkdir(folder, { recursive: true }).catch((error: unknown) => {
    throw new OutputFileError(flags.output, 'write', errorCode(error));
  });
  for (const [i, vendor] of vendors.entries()) {
    const plan = planPack(input.snapshot, { vendorIndex: vendor.index, round, language, deadline: flags.deadline, returnTo: flags.returnTo });
    await saveFile(
      targets[i]!,
      await packBytes(plan, { ...identity, vendor: vendor.name }, baseOf(input.snapshot, Object.keys(FIELD_NAMES), vendor.index)),
      force,
    );
    lines.push(format(t.pack.written, { vendor: printable(vendor.name), path: printable(targets[i]!.shown), round, questions }));
  }
  io.stdout(`${lines.join('\n')}\n`);
}

/** Every vendor, or those named (ignoring case and surrounding spaces), each once, in the master's order. */
function chosenVendors(file: string, vendors: VendorColumn[], names: string | undefined): VendorColumn[] {
  if (vendors.length === 0) throw new PackError(file, { kind: 'noVendors' });
  const { chosen, unknown } = chooseVendors(vendors, names === undefined ? undefined : splitNames(names));
  if (unknown.length > 0) throw new PackError(file, { kind: 'unknownVendor', vendor: unknown[0]!, vendors: vendors.map((v) => v.name) });
  if (chosen.length === 0) throw new PackError(file, { kind: 'noVendors' });
  return chosen;
}
