/**
 * A Plan is the whole template as data: what each writer (Office.js, ExcelJS) renders.
 * Rows and columns are 0-based; a writer never decides content, only how to put it down.
 */
import type { Language } from '../catalogue/text';
import type { SheetEdit } from '../formulas/shiftRefs';

/** A formula, written without its leading "=". `result` is the value the planner expects it to
 * show when the inputs are as planned, so a file written without a calculation engine still
 * carries sensible cached values. */
export interface FormulaCell {
  formula: string;
  result?: string | number | boolean;
}

/** Text is always text: a writer must never let a string become a formula. */
export type CellContent = string | number | boolean | null | FormulaCell;

export interface Rect {
  row: number;
  col: number;
  rows: number;
  cols: number;
}

export interface CellBlock {
  row: number;
  col: number;
  /** Rectangular: every row has the same length. null leaves the cell empty. */
  cells: CellContent[][];
}

export type StyleKey =
  | 'title'
  | 'subtitle'
  | 'header'
  | 'label'
  | 'input'
  | 'computed'
  | 'note'
  | 'link'
  | 'section'
  | 'total';

export interface FormatSpec {
  range: Rect;
  style?: StyleKey;
  numberFormat?: string;
  /** A cell the user types in: left unlocked when the sheet is protected (every other cell is locked). */
  unlocked?: true;
}

/** `prompt` shows when the cell is selected; `error` when a value outside the rule is typed. */
export type ValidationSpec =
  | { range: Rect; kind: 'list'; items: string[]; prompt?: string; error?: string }
  | { range: Rect; kind: 'decimal' | 'whole'; min: number; max?: number; prompt?: string; error?: string };

/** A conditional format whose formula is written for the top-left cell of the range, with
 * relative references, as Excel expects. */
export interface ConditionalFormatSpec {
  range: Rect;
  formula: string;
  style: 'missing' | 'unused' | 'outOfTerm' | 'warning' | 'winner' | CoverageStyle;
}

/** One colour per coverage status; Unknown (a gap to chase) unlike any input colour. */
export type CoverageStyle = 'included' | 'paid' | 'notOffered' | 'unknown';

export type SheetKey = 'overview' | 'assumptions' | 'pricing' | 'coverage' | 'questions' | 'scorecard' | 'decision';

export interface SheetPlan {
  key: SheetKey;
  /** The final name, already made unique against the workbook's existing sheets. */
  name: string;
  tabColor: string;
  blocks: CellBlock[];
  formats: FormatSpec[];
  /** Widths in characters of the default font, by column index. */
  columnWidths: { col: number; width: number }[];
  freeze: { rows: number; cols: number };
  /** Heights in points of the rows whose wrapped text needs more than one line. */
  rowHeights: { row: number; height: number }[];
  /** Printing: landscape, one page wide (`pagesTall` 0 = as many as needed), the frozen header
   * rows and label columns repeated on every page. */
  print: { pagesTall: number };
  /** Rows and columns the code needs but a reader does not (0-based). */
  hidden: { rows: number[]; cols: number[] };
  validations: ValidationSpec[];
  conditionalFormats: ConditionalFormatSpec[];
}

export interface DefinedNamePlan {
  name: string;
  sheet: SheetKey;
  range: Rect;
  comment: string;
}

/** The workbook's document properties: what File > Info shows, and what a search finds. */
export interface DocumentPropertiesPlan {
  title: string;
  subject: string;
  keywords: string;
  comments: string;
}

export interface Plan {
  language: Language;
  sheets: SheetPlan[];
  names: DefinedNamePlan[];
  /** Set where the workbook has none of its own (a user's title is never replaced). */
  properties: DocumentPropertiesPlan;
  /** Every sheet's page footer, in Excel's header/footer codes (&A sheet, &P page, &N pages, &D date). */
  footer: string;
}

/** Colours of the styles and conditional formats, shared by both writers. */
export const STYLE_COLORS = {
  inputFill: '#FFF8E1',
  computedFill: '#EEF3F8',
  headerFill: '#1F4E79',
  headerFont: '#FFFFFF',
  sectionFill: '#D9E2F3',
  missingFill: '#F8D7DA',
  unusedFill: '#E7E6E6',
  unusedFont: '#A6A6A6',
  warningFill: '#FFF3CD',
  includedFill: '#E2EFDA',
  includedFont: '#375623',
  paidFill: '#DDEBF7',
  paidFont: '#1F4E79',
  notOfferedFill: '#EDEDED',
  notOfferedFont: '#595959',
  unknownFill: '#F8CBAD',
  unknownFont: '#9C0006',
  linkFont: '#0563C1',
  noteFont: '#595959',
} as const;

/** A row insertion on an existing sheet: `count` rows before the 0-based row `at`. */
export interface RowInsertionPlan {
  sheet: string;
  at: number;
  count: number;
}

/** What to write onto an existing sheet (found by name); positions are after the insertions. */
export type SheetPatch = Pick<SheetPlan, 'name' | 'blocks' | 'formats' | 'validations' | 'conditionalFormats' | 'hidden'> & Partial<Pick<SheetPlan, 'columnWidths'>>;

/**
 * Changes to a workbook that already holds a template (an upgrade to a newer layout): rows are
 * inserted first, in order, as Excel's "Insert rows" does (references follow), then the cells,
 * formats, rules and names are written. Both writers apply it; none of it touches an input.
 */
export interface WorkbookPatch {
  /** Rows or columns inserted or deleted first, in order, as Excel does (references follow,
   * references to deleted cells become #REF!). A vendor added or removed. */
  edits?: SheetEdit[];
  insertRows: RowInsertionPlan[];
  /** Cells emptied (content and formats) after the edits, before the patch writes: a block of
   * the template written anew at another width. */
  clearCells?: { sheet: string; range: Rect }[];
  /** Where the validations and conditional formats are removed before the patch's own are set
   * (the template's rules written anew over a block that changed width). */
  clearRules?: { sheet: string; range: Rect }[];
  /** The Overview's chart is drawn again: its data block changed shape. */
  redrawChart?: true;
  sheets: SheetPatch[];
  /** Names to add; `sheet` is the sheet's name in the workbook. */
  /** `replace`: the workbook has the name already, over a smaller range: it is defined anew. */
  names: { name: string; sheet: string; range: Rect; comment: string; replace?: boolean }[];
  /** Where the patch writes into cells the previous layout left empty, as the workbook is now:
   * a writer checks they still are and writes nothing if not (the user's content would go). */
  mustBeEmpty: { sheet: string; range: Rect }[];
}
