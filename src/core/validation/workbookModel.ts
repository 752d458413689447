/**
 * The workbook as validation sees it, derived from a Snapshot through the defined names and
 * the header labels above each block, never from fixed addresses: rows and columns the user
 * inserted, vendors reordered or renamed, and sorted question rows are all followed.
 */
import { CONTRACT_QUESTIONS, DEFAULT_PLACEHOLDERS, type Commitment } from '../catalogue/questions';
import { PRICING_INPUTS, type PricingInputKey } from '../catalogue/pricingInputs';
import type { Language } from '../catalogue/text';
import { format, messages } from '../i18n/messages';
import { cellAddress } from '../plan/a1';
import { modelFromLabel } from '../snapshot/labels';
import type { NamedBlock, Snapshot, SnapshotValue } from '../snapshot/types';
import { inputName } from '../template/pricingSheet';

export interface CellRef {
  sheet: string;
  address: string;
  value: SnapshotValue;
  formula: string | null;
}

export interface VendorColumn {
  name: string;
  /** Position in vc_VendorNames (0-based). */
  index: number;
}

export function cellOf(block: NamedBlock, r: number, c: number): CellRef {
  return {
    sheet: block.sheet,
    address: cellAddress(block.range.row + r, block.range.col + c),
    value: block.values[r]?.[c] ?? null,
    formula: block.formulas[r]?.[c] ?? null,
  };
}

export function displayText(value: SnapshotValue): string {
  if (value === null) return '';
  if (typeof value === 'object') return value.error;
  return String(value);
}

/** The name of a vendor whose name cell is blank: what the sheets' headers show for it. */
export function fallbackVendorName(language: Language, index: number): string {
  return format(messages(language).template.vendorFallback, { n: index + 1 });
}

/** The vendor names in Pricing's header, in order; a blank one named as the headers name it. */
export function vendorColumns(snapshot: Snapshot): VendorColumn[] {
  const header = snapshot.blocks.vc_VendorNames;
  if (!header) return [];
  const language = templateLanguage(snapshot);
  return (header.values[0] ?? []).map((v, index) => ({ name: displayText(v).trim() || fallbackVendorName(language, index), index }));
}

/**
 * Which vendor a column of a block belongs to: its header above, else its position. A header 0
 * is a blank name seen through a template made before headers named blank vendors (its plain
 * reference to the empty cell shows 0): the position names it, as Pricing's header does.
 */
export function vendorOfColumn(block: NamedBlock, c: number, vendors: VendorColumn[], language: Language): string {
  const above = block.above?.[c] ?? null;
  const header = above === 0 ? '' : displayText(above).trim();
  return header || vendors[c]?.name || fallbackVendorName(language, c);
}

export function placeholders(snapshot: Snapshot): string[] {
  const block = snapshot.blocks.vc_Placeholders;
  if (!block) return [...DEFAULT_PLACEHOLDERS];
  return block.values.flat().map(displayText).filter((t) => t.trim() !== '');
}

/** The template's language: vc_Language, else the model labels, else the Questions sheet name. */
export function templateLanguage(snapshot: Snapshot): Language {
  const stored = snapshot.blocks.vc_Language?.values[0]?.[0];
  if (stored === 'en' || stored === 'zh') return stored;
  // Templates made before vc_Language: the model labels tell.
  for (const v of snapshot.blocks.vc_Model?.values[0] ?? []) {
    const found = modelFromLabel(v);
    if (found) return found.language;
  }
  return /[\u4e00-\u9fff]/.test(snapshot.blocks.vc_Answers?.sheet ?? '') ? 'zh' : 'en';
}

export interface QuestionRow {
  id: string;
  /** What the question asks the vendor to commit to (a contract question), or null. */
  commitment: Commitment | null;
  answers: { vendor: string; cell: CellRef }[];
}

/** Question rows of vc_Answers, with the id from vc_QuestionIds on the same sheet row. */
export function questionRows(snapshot: Snapshot, vendors: VendorColumn[]): QuestionRow[] {
  const answers = snapshot.blocks.vc_Answers;
  if (!answers) return [];
  const ids = snapshot.blocks.vc_QuestionIds;
  const language = templateLanguage(snapshot);
  return answers.values.map((row, r) => {
    const sheetRow = answers.range.row + r;
    const idRow = ids && ids.sheet === answers.sheet ? sheetRow - ids.range.row : -1;
    const idValue = ids && idRow >= 0 && idRow < ids.range.rows ? displayText(ids.values[idRow]?.[0] ?? null).trim() : '';
    const id = idValue || `${answers.sheet}!${sheetRow + 1}`;
    return {
      id,
      commitment: CONTRACT_QUESTIONS.find((q) => q.id === id)?.commitment ?? null,
      answers: row.map((_, c) => ({ vendor: vendorOfColumn(answers, c, vendors, language), cell: cellOf(answers, r, c) })),
    };
  });
}

/** The item id (L1-1 ...) of row `r` of vc_Coverage, from vc_CoverageIds on the same sheet row; '' when there is none. */
export function coverageItemId(snapshot: Snapshot, r: number): string {
  const grid = snapshot.blocks.vc_Coverage;
  const ids = snapshot.blocks.vc_CoverageIds;
  if (!grid || !ids) return '';
  const idRow = grid.range.row + r - ids.range.row;
  return idRow >= 0 ? displayText(ids.values[idRow]?.[0] ?? null) : '';
}

/** The Pricing input cell of `key` for the vendor at `index`, if that row still exists. */
export function pricingInput(snapshot: Snapshot, key: PricingInputKey | 'model', index: number): CellRef | null {
  const block = snapshot.blocks[key === 'model' ? 'vc_Model' : inputName(key)];
  if (!block || index >= block.range.cols) return null;
  return cellOf(block, 0, index);
}

export const PRICING_KEYS: readonly PricingInputKey[] = PRICING_INPUTS.map((i) => i.key);
