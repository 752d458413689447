import type { Command } from 'commander';
import { promises as fs } from 'fs';
import { resolve } from 'path';
import { applyFill } from '../../adapters/xlsx/applyFill';
import { checkOutputPath, errorCode, saveFile } from '../../adapters/xlsx/saveFile';
import { modelById } from '../../core/catalogue/models';
import { type FillPlan, planFill, type VendorFill } from '../../core/fill/planFill';
import { sheetPasswords } from '../../adapters/xlsx/sheetPasswords';
import { format } from '../../core/i18n/messages';
import { lossLines } from '../describeLoss';
import { FillBlockedError, UsageError, WorkbookContentError } from '../errors';
import { cliLanguage } from '../io';
import { printable } from '../text';
import { rewrittenBytes } from '../rewrittenBytes';
import { readTemplateWorkbook, type TemplateWorkbook } from '../workbookInput';
import type { CommandContext } from './context';

interface FillFlags {
  output?: string;
  force?: boolean;
  allowLoss?: boolean;
}

/** `vendor-compare fill FILE.xlsx [-o OUT] [--force] [--allow-loss]` */
export function registerFill(program: Command, ctx: CommandContext): void {
  const t = ctx.t.program.fill;
  program
    .command('fill')
    .description(t.description)
    .argument('<file>', t.file)
    .option('-o, --output <file>', t.output)
    .option('--force', t.force)
    .option('--allow-loss', t.allowLoss)
    .addHelpText('after', t.after)
    .action((file: string, flags: FillFlags) => runFill(file, flags, ctx));
}

/** The same file, even through another spelling or a link? */
async function sameFile(a: string, b: string): Promise<boolean> {
  const real = (p: string) =>
    fs.realpath(p).catch((error: unknown) => {
      if (errorCode(error) === 'ENOENT') return p;
      throw error;
    });
  return (await real(a)) === (await real(b));
}

function describeVendors(vendors: VendorFill[], ctx: CommandContext): string {
  const language = cliLanguage(ctx.io.env);
  return vendors
    .map((v) =>
      format(ctx.t.fill.vendorModel, { vendor: printable(v.vendor), model: v.model ? modelById(v.model).label[language] : ctx.t.fill.noModel }),
    )
    .join(', ');
}

/** Where the refusal suggests writing instead: the -o file given, or "book-filled.xlsx" beside the input. */
function newFileName(file: string, output: string | undefined): string {
  return output ?? file.replace(/(\.xlsx)?$/i, '-filled.xlsx');
}

/**
 * A sheet protected with the user's password is left alone: ExcelJS writes through protection,
 * which would bypass the user's intent on a sheet fill writes, and it drops a legacy password
 * hash on any sheet it rewrites. Sheets the template protected have no password: ExcelJS keeps
 * their protection as it was. Checked before anything is written.
 */
function refusePasswords(input: TemplateWorkbook, plan: Extract<FillPlan, { ok: true }>, file: string): void {
  const written = new Set(
    [plan.sheet, ...(plan.upgrade ? [...plan.upgrade.insertRows.map((i) => i.sheet), ...plan.upgrade.sheets.map((s) => s.name)] : [])].map((s) =>
      s.toLowerCase(),
    ),
  );
  const refused = sheetPasswords(input.file).filter((p) => p.legacy || written.has(p.sheet.toLowerCase()));
  if (refused.length > 0)
    throw new WorkbookContentError(
      file,
      'sheetPassword',
      refused.map((p) => printable(p.sheet)),
    );
}

async function runFill(file: string, flags: FillFlags, ctx: CommandContext): Promise<void> {
  const { io, t } = ctx;
  const output = flags.output ?? file;
  if (flags.output !== undefined && !/\.xlsx$/i.test(output)) throw new UsageError({ kind: 'outputExtension', path: output });
  const force = flags.force === true;
  const input = await readTemplateWorkbook(file, io.cwd);
  const { workbook, snapshot } = input;
  const plan = planFill(snapshot);
  if (!plan.ok)
    throw new WorkbookContentError(file, plan.reason === 'newerVersion' || plan.reason === 'upgradeColumns' ? plan.reason : 'pricingStructure');
  refusePasswords(input, plan, file);

  const target = { path: resolve(io.cwd, output), shown: output };
  const inPlace = await sameFile(resolve(io.cwd, file), target.path);
  if (!inPlace) await checkOutputPath(target, force);
  const changed = plan.vendors.filter((v) => v.changes.length > 0);
  const lines = plan.upgrade
    ? [t.fill.upgraded]
    : [changed.length > 0 ? format(t.fill.refilled, { vendors: describeVendors(changed, ctx) }) : t.fill.unchanged];
  if (changed.length === 0 && !plan.upgrade && inPlace) {
    io.stdout(`${[...lines, format(t.fill.leftUnchanged, { path: file })].join('\n')}\n`);
    return;
  }

  const overwritten = changed.flatMap((v) =>
    v.changes.filter((c) => c.overwritten).map((c) => ({ vendor: v.vendor, sheet: c.cell.sheet, cell: c.shown })),
  );
  if (plan.upgrade) {
    const { applyPatch, occupiedCells } = await import('../xlsxAdapters');
    const occupied = occupiedCells(workbook, plan.upgrade);
    if (occupied.length > 0) throw new WorkbookContentError(file, 'upgradeOccupied', occupied);
    applyPatch(workbook, plan.upgrade);
  }
  applyFill(workbook, plan);
  const { data, losses } = await rewrittenBytes(input, plan.upgrade);
  const blockedCells = force ? [] : overwritten;
  const blockedLosses = flags.allowLoss === true ? [] : losses;
  if (blockedCells.length > 0 || blockedLosses.length > 0) {
    throw new FillBlockedError(file, blockedCells, blockedLosses, { output: newFileName(file, flags.output), force });
  }
  // A temporary file beside the target, then one rename: the user's file is never half-written.
  await saveFile(target, data, true);
  if (overwritten.length > 0) {
    const cells = overwritten.map((c) => `${printable(c.sheet)}!${c.cell}`).join(', ');
    lines.push(format(t.fill.replaced, { count: overwritten.length, cells }));
  }
  if (losses.length > 0) io.stderr(`${[format(t.fill.leftOut, { path: output }), ...lossLines(losses, t).map((l) => `  ${l}`)].join('\n')}\n`);
  lines.push(format(t.fill.written, { path: output }));
  io.stdout(`${lines.join('\n')}\n`);
}
