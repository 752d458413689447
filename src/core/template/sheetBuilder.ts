import type {
  CellContent,
  ConditionalFormatSpec,
  FormatSpec,
  Rect,
  SheetKey,
  SheetPlan,
  StyleKey,
  ValidationSpec,
} from '../plan/types';
import { rowHeights } from './rowHeights';

/** Collects one sheet's blocks, formats and rules while a sheet planner walks down the rows. */
export class SheetBuilder {
  private readonly blocks: SheetPlan['blocks'] = [];
  private readonly formats: FormatSpec[] = [];
  private readonly validations: ValidationSpec[] = [];
  private readonly conditionalFormats: ConditionalFormatSpec[] = [];
  private readonly widths = new Map<number, number>();
  private readonly hiddenRows = new Set<number>();
  private readonly hiddenCols = new Set<number>();

  /** Writes a rectangle of cells, optionally styled as one range. Returns the rectangle. */
  put(row: number, col: number, cells: CellContent[][], style?: StyleKey, numberFormat?: string): Rect {
    const cols = cells[0]?.length ?? 0;
    if (cells.some((r) => r.length !== cols)) throw new Error(`ragged block at row ${row}, col ${col}`);
    const rect = { row, col, rows: cells.length, cols };
    if (rect.rows === 0 || rect.cols === 0) return rect;
    this.blocks.push({ row, col, cells });
    if (style || numberFormat) this.format(rect, style, numberFormat);
    return rect;
  }

  /** One row of cells starting at (row, col). */
  putRow(row: number, col: number, cells: CellContent[], style?: StyleKey, numberFormat?: string): Rect {
    return this.put(row, col, [cells], style, numberFormat);
  }

  /** A section heading: the label in one cell, the band coloured across `cols` columns. */
  section(row: number, col: number, label: string, cols: number): void {
    this.putRow(row, col, [label]);
    this.format({ row, col, rows: 1, cols }, 'section');
  }

  /** An 'input' range is also unlocked: the user types there on a protected sheet. */
  format(range: Rect, style?: StyleKey, numberFormat?: string): void {
    if (range.rows === 0 || range.cols === 0) return;
    this.formats.push({ range, ...(style ? { style } : {}), ...(numberFormat ? { numberFormat } : {}), ...(style === 'input' ? { unlocked: true } : {}) });
  }

  /** Cells the user types in that are not styled as inputs (the vendor names in a header row). */
  unlock(range: Rect): void {
    if (range.rows > 0 && range.cols > 0) this.formats.push({ range, unlocked: true });
  }

  validate(rule: ValidationSpec): void {
    if (rule.range.rows > 0 && rule.range.cols > 0) this.validations.push(rule);
  }

  highlight(rule: ConditionalFormatSpec): void {
    if (rule.range.rows > 0 && rule.range.cols > 0) this.conditionalFormats.push(rule);
  }

  width(col: number, width: number): void {
    this.widths.set(col, width);
  }

  /** How many pages tall the sheet prints at most (0: as many as needed). */
  private pagesTall = 0;

  fitPagesTall(pages: number): void {
    this.pagesTall = pages;
  }

  hideRow(row: number): void {
    this.hiddenRows.add(row);
  }

  hideColumn(col: number): void {
    this.hiddenCols.add(col);
  }

  build(key: SheetKey, name: string, tabColor: string, freeze: { rows: number; cols: number }): SheetPlan {
    return {
      key,
      name,
      tabColor,
      blocks: this.blocks,
      formats: this.formats,
      columnWidths: [...this.widths].sort((a, b) => a[0] - b[0]).map(([col, width]) => ({ col, width })),
      rowHeights: rowHeights(this.blocks, this.formats, this.widths),
      print: { pagesTall: this.pagesTall },
      freeze,
      hidden: { rows: [...this.hiddenRows].sort((a, b) => a - b), cols: [...this.hiddenCols].sort((a, b) => a - b) },
      validations: this.validations,
      conditionalFormats: this.conditionalFormats,
    };
  }
}
