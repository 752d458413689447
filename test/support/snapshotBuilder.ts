/**
 * Small hand-made Snapshots for rule tests: each block is placed where the template puts it
 * (so addresses in assertions read like the real workbook), but only the blocks a test needs.
 *
 *   const s = new SnapshotBuilder().vendors('Aurora', 'Beacon').answers([['Q1', '2h', 'TBD']]).build();
 */
import type { PricingInputKey } from '../../src/core/catalogue/pricingInputs';
import type { Language } from '../../src/core/catalogue/text';
import { columnLetters, parseCell } from '../../src/core/plan/a1';
import type { NamedBlock, Snapshot, SnapshotValue } from '../../src/core/snapshot/types';
import { ASSUMPTIONS as A, FIRST_VENDOR_COL, PRICING, pricingInputRows } from '../../src/core/template/layout';
import { inputName } from '../../src/core/template/pricingSheet';
import { ruleContext, type Rule } from '../../src/core/validation/ruleContext';
import type { Finding } from '../../src/core/validation/types';
import { templateLanguage } from '../../src/core/validation/workbookModel';

export interface BlockOptions {
  /** The row above the block (vendor headers); default: nothing there (null cells). */
  above?: SnapshotValue[] | null;
  /** Formula text per cell; default: constants. */
  formulas?: (string | null)[][];
}

/** A named block whose top-left cell is `topLeft` ("D4"), sized by `values`. */
export function namedBlock(name: string, sheet: string, topLeft: string, values: SnapshotValue[][], options: BlockOptions = {}): NamedBlock {
  const { row, col } = parseCell(topLeft);
  const cols = Math.max(1, ...values.map((r) => r.length));
  const rect = { row, col, rows: Math.max(1, values.length), cols };
  const grid = Array.from({ length: rect.rows }, (_, r) => Array.from({ length: cols }, (_, c) => values[r]?.[c] ?? null));
  const formulas = options.formulas ?? grid.map((r) => r.map(() => null));
  const above = options.above !== undefined ? options.above : row === 0 ? null : grid[0]!.map(() => null);
  return { name, sheet, range: rect, values: grid, formulas, above };
}

const column = (values: readonly SnapshotValue[]): SnapshotValue[][] => values.map((v) => [v]);
const letter = columnLetters;

export class SnapshotBuilder {
  private readonly blocks: Record<string, NamedBlock> = {};
  private names: string[] = [];

  constructor(private readonly sheetNames: string[] = ['Assumptions', 'Pricing', 'Coverage', 'Questions']) {}

  add(block: NamedBlock): this {
    this.blocks[block.name] = block;
    return this;
  }

  /** vc_VendorNames on Pricing; the other vendor blocks default to these names as headers. */
  vendors(...names: string[]): this {
    this.names = names;
    return this.add(namedBlock('vc_VendorNames', 'Pricing', `${letter(FIRST_VENDOR_COL.pricing)}${PRICING.headerRow + 1}`, [names]));
  }

  /** vc_Model on Pricing, one label per vendor. */
  models(...labels: SnapshotValue[]): this {
    const at = `${letter(FIRST_VENDOR_COL.pricing)}${PRICING.modelRow + 1}`;
    return this.add(namedBlock('vc_Model', 'Pricing', at, [labels], { above: this.names }));
  }

  /** One Pricing input row (vc_PlatformFee ...), at the template's row for that input. */
  price(key: PricingInputKey, ...values: SnapshotValue[]): this {
    const at = `${letter(FIRST_VENDOR_COL.pricing)}${pricingInputRows().rows[key] + 1}`;
    return this.add(namedBlock(inputName(key), 'Pricing', at, [values]));
  }

  /** Several input rows at once: { platformFee: [1, 2], overageRate: [3, 4] }. */
  prices(rows: Partial<Record<PricingInputKey, SnapshotValue[]>>): this {
    for (const [key, values] of Object.entries(rows)) this.price(key as PricingInputKey, ...(values ?? []));
    return this;
  }

  /**
   * The Questions block: each row is [id, answer of vendor 1, answer of vendor 2, ...]; ids go to
   * vc_QuestionIds (column A), answers to vc_Answers (column C), both from row 4 as in the template.
   */
  answers(rows: SnapshotValue[][], options: { header?: SnapshotValue[] | null; sheet?: string } = {}): this {
    const sheet = options.sheet ?? 'Questions';
    const above = options.header !== undefined ? options.header : this.names;
    this.add(namedBlock('vc_QuestionIds', sheet, 'A4', rows.map((r) => [r[0] ?? null])));
    return this.add(namedBlock('vc_Answers', sheet, `${letter(FIRST_VENDOR_COL.questions)}4`, rows.map((r) => r.slice(1)), { above }));
  }

  /** The Coverage grid: each row is [item id, status of vendor 1, ...]. */
  coverage(rows: SnapshotValue[][], options: { header?: SnapshotValue[] | null } = {}): this {
    const above = options.header !== undefined ? options.header : this.names;
    this.add(namedBlock('vc_CoverageIds', 'Coverage', 'A4', rows.map((r) => [r[0] ?? null])));
    return this.add(namedBlock('vc_Coverage', 'Coverage', `${letter(FIRST_VENDOR_COL.coverage)}4`, rows.map((r) => r.slice(1)), { above }));
  }

  /** vc_Language on Assumptions: the language of the template's labels. */
  language(language: Language): this {
    return this.add(namedBlock('vc_Language', 'Assumptions', `B${A.languageRow + 1}`, [[language]]));
  }

  /** The buyer's placeholder list on Assumptions (replaces the default list). */
  placeholders(...list: SnapshotValue[]): this {
    return this.add(namedBlock('vc_Placeholders', 'Assumptions', `A${A.placeholdersFirstRow + 1}`, column(list)));
  }

  /** Term and per-year demand on Assumptions; years not given are blank. */
  demand(d: { term?: SnapshotValue; incidents?: SnapshotValue[]; onsiteDays?: SnapshotValue[]; devHours?: SnapshotValue[]; opsHours?: SnapshotValue[] }): this {
    const years = A.demandYears;
    const col = (values: SnapshotValue[] = []) => column(Array.from({ length: years }, (_, i) => values[i] ?? null));
    const first = A.demandFirstRow + 1;
    this.add(namedBlock('vc_Term', 'Assumptions', `B${A.termRow + 1}`, [[d.term ?? null]]));
    this.add(namedBlock('vc_DevHours', 'Assumptions', `B${first}`, col(d.devHours)));
    this.add(namedBlock('vc_OpsHours', 'Assumptions', `C${first}`, col(d.opsHours)));
    this.add(namedBlock('vc_Incidents', 'Assumptions', `D${first}`, col(d.incidents)));
    return this.add(namedBlock('vc_OnsiteDays', 'Assumptions', `E${first}`, col(d.onsiteDays)));
  }

  /** Quality weights C1-C6 on Assumptions, with the total cell below them unless `total` is false. */
  weights(values: SnapshotValue[], total = true): this {
    this.add(namedBlock('vc_Weights', 'Assumptions', `C${A.weightsFirstRow + 1}`, column(values)));
    if (total) this.add(namedBlock('vc_WeightTotal', 'Assumptions', `C${A.weightTotalRow + 1}`, [[null]]));
    return this;
  }

  build(source = 'hand-made'): Snapshot {
    return { source, sheetNames: [...this.sheetNames], blocks: { ...this.blocks }, broken: [] };
  }
}

/** Runs one rule the way validate() does: messages in `language`, labels read in the template's language. */
export function runRule(rule: Rule, snapshot: Snapshot, language: Language = 'en'): Finding[] {
  return rule(ruleContext(snapshot, language, templateLanguage(snapshot)));
}
