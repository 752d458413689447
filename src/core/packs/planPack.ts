/**
 * A vendor's response pack as a Plan: a one-vendor template of the master's shape, cut down to
 * what the vendor fills in (Pricing inputs, Coverage, Questions) after an Instructions sheet,
 * holding that vendor's current values from the master. Nothing of the buyer's (demand, weights,
 * ratings, other vendors) is planned in the first place: the template is planned for this vendor
 * alone, with default settings, and the sheets holding the buyer's data are not kept.
 */
import { excelTrim } from '../snapshot/labels';
import type { Language } from '../catalogue/text';
import { format, messages } from '../i18n/messages';
import { cellAddress } from '../plan/a1';
import type { CellBlock, CellContent, DefinedNamePlan, Plan, Rect, SheetKey, SheetPlan } from '../plan/types';
import type { Snapshot } from '../snapshot/types';
import { optionsOf, scenariosOf } from '../template/optionsFromSnapshot';
import { PRICING, QUESTIONS } from '../template/layout';
import { planTemplate } from '../template/planTemplate';
import { displayText, templateLanguage, vendorColumns } from '../validation/workbookModel';
import { planInstructions } from './instructionsSheet';
import { overlaps, trimSheet, WHOLE, type Cut } from './trimSheet';

export interface PackRequest {
  vendorIndex: number;
  round: number;
  language: Language;
  deadline?: string;
  returnTo?: string;
}

/** The sheets a vendor fills in; the others hold the buyer's data (or read it) and are dropped. */
export const PACK_SHEETS: readonly SheetKey[] = ['pricing', 'coverage', 'questions'];

/** What is cut from the kept sheets: Pricing's computed section (it reads the demand), with its
 * heading just above; the Questions' answered checks and the counts under the answers (they
 * read the placeholders on Assumptions). */
const CUTS: { name: string; cut: 'rowsFrom' | 'columns' }[] = [
  { name: 'vc_Computed', cut: 'rowsFrom' },
  { name: 'vc_AnswerChecks', cut: 'columns' },
  { name: 'vc_Answered', cut: 'rowsFrom' },
];

/** The one-vendor template of the master's shape a pack is cut from. */
function packTemplate(master: Snapshot, vendor: string, language: Language): Plan {
  return planTemplate({ ...optionsOf(master, 1), language, vendors: [{ name: vendor }], scenarios: scenariosOf(master) });
}

/** Values go into a pack row by row, so its questions and coverage items must be the master's,
 * in the same order: the id blocks whose rows differ (a question row added or moved in the master). */
export function unpackableRows(master: Snapshot): string[] {
  const plan = packTemplate(master, 'A', templateLanguage(master));
  const ids = (name: string) => plan.sheets.find((s) => s.key === plan.names.find((n) => n.name === name)!.sheet)!;
  return ['vc_QuestionIds', 'vc_CoverageIds'].filter((name) => {
    const range = plan.names.find((n) => n.name === name)!.range;
    const planned = Array.from({ length: range.rows }, (_, r) => cellText(ids(name), range.row + r, range.col));
    const found = (master.blocks[name]?.values ?? []).map((row) => displayText(row[0] ?? null).trim());
    return JSON.stringify(planned) !== JSON.stringify(found);
  });
}

export function planPack(master: Snapshot, request: PackRequest): Plan {
  const vendor = vendorColumns(master)[request.vendorIndex];
  if (!vendor) throw new Error(`no vendor ${request.vendorIndex} in the master`);
  const full = packTemplate(master, vendor.name, request.language);
  // The same template in the master's language: its dropdown lists, item by item, translate the master's labels.
  const masterLabels = packTemplate(master, vendor.name, templateLanguage(master));

  const kept = full.sheets.filter((s) => PACK_SHEETS.includes(s.key));
  const rects = new Map<SheetKey, Rect[]>();
  for (const { name, cut } of CUTS) {
    const at = full.names.find((n) => n.name === name);
    if (!at) continue;
    const rect =
      cut === 'columns'
        ? { row: 0, col: at.range.col, rows: WHOLE, cols: at.range.cols }
        : { row: at.range.row - 1, col: 0, rows: WHOLE, cols: WHOLE };
    rects.set(at.sheet, [...(rects.get(at.sheet) ?? []), rect]);
  }
  const names = full.names.filter((n) => PACK_SHEETS.includes(n.sheet) && !(rects.get(n.sheet) ?? []).some((r) => overlaps(r, n.range)));
  const cut = {
    sheets: full.sheets.filter((s) => !PACK_SHEETS.includes(s.key)).map((s) => s.name),
    names: full.names.filter((n) => !names.includes(n)).map((n) => n.name),
  };
  const sheets = kept.map((sheet) => trimSheet(sheet, { ...cut, rects: rects.get(sheet.key) ?? [] } satisfies Cut));

  packNotes(sheets, names, request.language);
  for (const name of names) {
    // The header is planned with the vendor's name already (a blank one named as the master names it).
    if (name.name === 'vc_VendorNames') continue;
    const block = master.blocks[name.name];
    const sheet = sheets.find((s) => s.key === name.sheet)!;
    // Only names with one column per vendor in the master, and only into the pack's input cells.
    if (!block || block.range.cols !== vendorColumns(master).length || name.range.cols !== 1) continue;
    const labels = labelMap(
      masterLabels.sheets.find((s) => s.key === sheet.key)!,
      sheet,
    );
    for (let r = 0; r < Math.min(name.range.rows, block.range.rows); r++) {
      const row = name.range.row + r;
      const col = name.range.col;
      if (!isUnlocked(sheet, row, col) || block.formulas[r]?.[request.vendorIndex]) continue;
      const value = block.values[r]?.[request.vendorIndex] ?? null;
      if (value !== null && typeof value === 'object') continue;
      setCell(sheet, row, col, typeof value === 'string' ? (labels(row, col, value) ?? value) : value);
    }
  }

  const t = messages(request.language).template;
  const sheetName = (key: SheetKey) => full.sheets.find((s) => s.key === key)!.name;
  const currency = optionsOf(master, 1).currency;
  const instructions = planInstructions({
    ...request,
    vendor: vendor.name,
    currency,
    sheetNames: { pricing: sheetName('pricing'), coverage: sheetName('coverage'), questions: sheetName('questions') },
  });
  const title = format(t.pack.title, { vendor: vendor.name, round: request.round });
  return { ...full, sheets: [instructions, ...sheets], names, properties: { ...full.properties, title, subject: t.pack.subject } };
}

/** The pack's own notes on Pricing and Questions, and blank answers in red (the template's rule
 * reads the placeholders on Assumptions, which a pack lacks). */
function packNotes(sheets: SheetPlan[], names: DefinedNamePlan[], language: Language): void {
  const t = messages(language).template.pack;
  const sheet = (key: SheetKey) => sheets.find((s) => s.key === key)!;
  setCell(sheet('pricing'), PRICING.noteRow, PRICING.labelCol, t.pricingNote);
  setCell(sheet('questions'), QUESTIONS.noteRow, 0, t.questionsNote);
  const answers = names.find((n) => n.name === 'vc_Answers')!.range;
  sheet('questions').conditionalFormats.push({ range: answers, formula: `LEN(TRIM(${cellAddress(answers.row, answers.col)}))=0`, style: 'missing' });
}

function isUnlocked(sheet: SheetPlan, row: number, col: number): boolean {
  return sheet.formats.some((f) => f.unlocked && overlaps(f.range, { row, col, rows: 1, cols: 1 }));
}

/** The pack's label for a master's dropdown label at a cell: the lists of the two languages'
 * plans pair item by item. Undefined where the cell has no list or the value is none of it. */
function labelMap(inMaster: SheetPlan, inPack: SheetPlan): (row: number, col: number, value: string) => string | undefined {
  return (row, col, value) => {
    const cell = { row, col, rows: 1, cols: 1 };
    const pack = inPack.validations.find((v) => v.kind === 'list' && overlaps(v.range, cell));
    const source = inMaster.validations.find((v) => v.kind === 'list' && overlaps(v.range, cell));
    if (pack?.kind !== 'list' || source?.kind !== 'list') return undefined;
    const wanted = excelTrim(value).toLocaleLowerCase();
    const index = source.items.findIndex((item) => item.toLocaleLowerCase() === wanted);
    return index < 0 ? pack.items.find((item) => item.toLocaleLowerCase() === wanted) : pack.items[index];
  };
}

function blockAt(sheet: SheetPlan, row: number, col: number): CellBlock | undefined {
  return sheet.blocks.find((b) => row >= b.row && row < b.row + b.cells.length && col >= b.col && col < b.col + (b.cells[0]?.length ?? 0));
}

function cellText(sheet: SheetPlan, row: number, col: number): string {
  const block = blockAt(sheet, row, col);
  const content = block?.cells[row - block.row]![col - block.col] ?? null;
  return content === null || typeof content === 'object' ? '' : String(content).trim();
}

/** Puts content into the block holding the cell, or a block of its own. */
function setCell(sheet: SheetPlan, row: number, col: number, content: CellContent): void {
  const block = blockAt(sheet, row, col);
  if (block) block.cells[row - block.row]![col - block.col] = content;
  else if (content !== null) sheet.blocks.push({ row, col, cells: [[content]] });
}
