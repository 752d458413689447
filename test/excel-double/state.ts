/** The workbook itself, as the double's "Excel" holds it. Proxies change it only at sync. */
import type { Rect } from '../../src/core/plan/types';
import type { Cell } from './cellInput';
import type { PageLayoutState } from './pageLayout';
import { DoubleExcelError } from './errors';
import type { KnownNames } from './formulaSpelling';
import type { ProtectionState } from './protection';

export interface CellFormat {
  fill?: string;
  fontColor?: string;
  bold?: boolean;
  italic?: boolean;
  size?: number;
  underline?: string;
  wrapText?: boolean;
  numberFormat?: string;
  /** FormatProtection.locked: undefined is locked, as every cell starts in Excel. */
  locked?: boolean;
}

export interface ValidationState {
  rect: Rect;
  rule?: Excel.DataValidationRule;
  prompt?: Excel.DataValidationPrompt;
  errorAlert?: Excel.DataValidationErrorAlert;
}

export interface ConditionalFormatState {
  id: number;
  rect: Rect;
  /** Only custom formats can be added through the API; a data bar can be seeded, to stand for
   * the user's other kinds of conditional format. */
  type: 'Custom' | 'DataBar';
  formula: string;
  fill?: string;
  fontColor?: string;
}

export interface ChartState {
  id: number;
  name: string;
  type: string;
  seriesBy: 'Columns' | 'Rows';
  source: { sheetId: number; rect: Rect };
  /** One per series, 'Series1'... until named. */
  seriesNames: string[];
  /** The source-sheet cell each series name follows (a header row of the source), or null for a
   * typed name; setting ChartSeries.name replaces the reference, as in Excel. */
  seriesNameCells: (string | null)[];
  /** The source's label column when the chart takes its categories from it, else null. */
  categories: Rect | null;
  title: string;
  /** Set through ChartTitle.setFormula: the title then follows that cell. */
  titleFormula: string | null;
  legendPosition: string;
  position: { start: string; end: string } | null;
}

/** A worksheet onChanged handler registered through the API; alive until removed. */
export interface ChangeHandlerState {
  id: number;
  sheetId: number;
  handler: (args: Excel.WorksheetChangedEventArgs) => Promise<unknown>;
}

export interface SheetState {
  id: number;
  name: string;
  tabColor: string;
  cells: Map<string, Cell>;
  formats: Map<string, CellFormat>;
  /** Points, by 0-based column index. */
  columnWidths: Map<number, number>;
  /** Points, by 0-based row index. */
  rowHeights: Map<number, number>;
  freeze: { rows: number; cols: number };
  pageLayout: PageLayoutState;
  /** 0-based rows and columns hidden through Range.rowHidden / columnHidden. */
  hiddenRows: Set<number>;
  hiddenCols: Set<number>;
  validations: ValidationState[];
  conditionalFormats: ConditionalFormatState[];
  charts: ChartState[];
  /** Merged areas: only the top-left cell of each holds content, as in Excel. */
  merges: Rect[];
  /** Worksheet protection (see protection.ts); unprotected at first. */
  protection: ProtectionState;
}

export interface NameState {
  name: string;
  /** null once the sheet it pointed at was deleted: Excel then shows =#REF!... */
  sheetId: number | null;
  rect: Rect;
  comment: string;
  /** A name for a value rather than cells ("=0.05"): its formula; sheetId is then null and
   * rect unused, and it has no range, as in Excel. */
  constant?: string;
}

export interface WorkbookState {
  /** workbook.properties: title, subject, keywords, comments ('' when unset). */
  properties: Partial<Record<'title' | 'subject' | 'keywords' | 'comments', string>>;
  /** workbook.properties.custom (ExcelApi 1.7), in the order added; keys are case-insensitive. */
  customProperties: { key: string; value: string }[];
  sheets: SheetState[];
  names: NameState[];
  activeSheetId: number | null;
  /** What Range.select() chose last; null until then. */
  selection: { sheetId: number; rect: Rect } | null;
  changeHandlers: ChangeHandlerState[];
  nextId: number;
}

export function cellKey(row: number, col: number): string {
  return `${row},${col}`;
}

export function newSheet(state: WorkbookState, name: string): SheetState {
  const sheet: SheetState = {
    id: state.nextId++,
    name,
    tabColor: '',
    cells: new Map(),
    formats: new Map(),
    columnWidths: new Map(),
    rowHeights: new Map(),
    freeze: { rows: 0, cols: 0 },
    pageLayout: { footer: {} },
    hiddenRows: new Set(),
    hiddenCols: new Set(),
    validations: [],
    conditionalFormats: [],
    charts: [],
    merges: [],
    protection: { protected: false, password: null, options: {} },
  };
  state.sheets.push(sheet);
  if (state.activeSheetId === null) state.activeSheetId = sheet.id;
  return sheet;
}

export function findSheetByName(state: WorkbookState, name: string): SheetState | undefined {
  const folded = name.toLowerCase();
  return state.sheets.find((s) => s.name.toLowerCase() === folded);
}

export function sheetById(state: WorkbookState, id: number): SheetState {
  const sheet = state.sheets.find((s) => s.id === id);
  if (!sheet) throw new DoubleExcelError('ItemNotFound', `The worksheet was deleted.`);
  return sheet;
}

/** What a formula written now may refer to: the sheets and names as they are. */
export function knownNames(state: WorkbookState): KnownNames {
  return { sheets: state.sheets.map((s) => s.name), names: state.names.map((n) => n.name) };
}

export function findName(state: WorkbookState, name: string): NameState | undefined {
  const folded = name.toLowerCase();
  return state.names.find((n) => n.name.toLowerCase() === folded);
}

/** Apply `update` to the format of every cell of `rect`. */
export function updateFormats(sheet: SheetState, rect: Rect, update: (f: CellFormat) => void): void {
  for (let r = rect.row; r < rect.row + rect.rows; r++) {
    for (let c = rect.col; c < rect.col + rect.cols; c++) {
      const key = cellKey(r, c);
      const format = sheet.formats.get(key) ?? {};
      update(format);
      sheet.formats.set(key, format);
    }
  }
}

export function intersects(a: Rect, b: Rect): boolean {
  return a.row < b.row + b.rows && b.row < a.row + a.rows && a.col < b.col + b.cols && b.col < a.col + a.cols;
}
