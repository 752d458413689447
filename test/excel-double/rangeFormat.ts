/** Range formatting of the double: fill, font, wrap and column width, stored per cell/column. */
import type { FormatProtectionLike, RangeFillLike, RangeFontLike, RangeFormatLike } from '../../src/adapters/excel/excelTypes';
import { assertAllowed } from './protection';
import { invalidArgument, propertyNotLoaded } from './errors';
import type { RangeProxy } from './range';
import { normaliseColor } from './rules';
import { type CellFormat, updateFormats } from './state';

/** Excel's widest column: 255 characters of the default font, in points. */
const MAX_COLUMN_WIDTH_POINTS = 1790;
const UNDERLINES = ['None', 'Single', 'Double', 'SingleAccountant', 'DoubleAccountant'];

/** Queue a per-cell format change on the range. Format properties are never loadable here. */
function setFormat(range: RangeProxy, op: string, value: unknown, change: (f: CellFormat) => void): void {
  range.onFormats(op, [value], (t) => updateFormats(t.sheet, t.rect, change));
}

export class RangeFormatProxy implements RangeFormatLike {
  readonly fill: RangeFillProxy;
  readonly font: RangeFontProxy;
  readonly protection: FormatProtectionProxy;

  constructor(private readonly range: RangeProxy) {
    this.fill = new RangeFillProxy(range);
    this.font = new RangeFontProxy(range);
    this.protection = new FormatProtectionProxy(range);
  }

  get wrapText(): boolean {
    throw propertyNotLoaded('RangeFormat', 'wrapText');
  }

  set wrapText(value: boolean) {
    setFormat(this.range, 'format.wrapText', value, (f) => {
      f.wrapText = requireBoolean(value, 'RangeFormat.wrapText');
    });
  }

  get rowHeight(): number {
    throw propertyNotLoaded('RangeFormat', 'rowHeight');
  }

  set rowHeight(points: number) {
    setRowHeight(this.range, points);
  }

  get columnWidth(): number {
    throw propertyNotLoaded('RangeFormat', 'columnWidth');
  }

  /** Sets the width of every column the range spans, in points. */
  set columnWidth(points: number) {
    this.range.onTarget('format.columnWidth', [points], (t) => {
      if (!Number.isFinite(points) || points < 0 || points > MAX_COLUMN_WIDTH_POINTS) {
        throw invalidArgument(`Column width ${points} is out of range.`, 'RangeFormat.columnWidth');
      }
      assertAllowed(t.sheet, 'formatColumns', 'RangeFormat.columnWidth');
      for (let c = t.rect.col; c < t.rect.col + t.rect.cols; c++) t.sheet.columnWidths.set(c, points);
    });
  }
}

/** Excel's highest row, in points. */
const MAX_ROW_HEIGHT_POINTS = 409;

/** RangeFormat.rowHeight (ExcelApi 1.2): sets the height of every row the range spans, in points.
 * https://learn.microsoft.com/javascript/api/excel/excel.rangeformat#excel-excel-rangeformat-rowheight-member */
export function setRowHeight(range: RangeProxy, points: number): void {
  range.onTarget('format.rowHeight', [points], (t) => {
    if (!Number.isFinite(points) || points < 0 || points > MAX_ROW_HEIGHT_POINTS) {
      throw invalidArgument(`Row height ${points} is out of range.`, 'RangeFormat.rowHeight');
    }
    assertAllowed(t.sheet, 'formatRows', 'RangeFormat.rowHeight');
    for (let r = t.rect.row; r < t.rect.row + t.rect.rows; r++) t.sheet.rowHeights.set(r, points);
  });
}

/** FormatProtection.locked (ExcelApi 1.2): whether a cell takes input once its sheet is protected.
 * https://learn.microsoft.com/javascript/api/excel/excel.formatprotection
 * Not changeable while the sheet is protected, even where formatting cells is allowed. */
export class FormatProtectionProxy implements FormatProtectionLike {
  constructor(private readonly range: RangeProxy) {}

  get locked(): boolean {
    throw propertyNotLoaded('FormatProtection', 'locked');
  }

  set locked(value: boolean) {
    this.range.onFormats('format.protection.locked', [value], (t) => {
      assertAllowed(t.sheet, 'rules', 'FormatProtection.locked');
      updateFormats(t.sheet, t.rect, (f) => {
        f.locked = requireBoolean(value, 'FormatProtection.locked');
      });
    });
  }
}

export class RangeFillProxy implements RangeFillLike {
  constructor(private readonly range: RangeProxy) {}

  get color(): string {
    throw propertyNotLoaded('RangeFill', 'color');
  }

  set color(value: string) {
    setFormat(this.range, 'format.fill.color', value, (f) => {
      f.fill = normaliseColor(value, 'RangeFill.color');
    });
  }
}

export class RangeFontProxy implements RangeFontLike {
  constructor(private readonly range: RangeProxy) {}

  get color(): string {
    throw propertyNotLoaded('RangeFont', 'color');
  }

  set color(value: string) {
    setFormat(this.range, 'format.font.color', value, (f) => {
      f.fontColor = normaliseColor(value, 'RangeFont.color');
    });
  }

  get bold(): boolean {
    throw propertyNotLoaded('RangeFont', 'bold');
  }

  set bold(value: boolean) {
    setFormat(this.range, 'format.font.bold', value, (f) => {
      f.bold = requireBoolean(value, 'RangeFont.bold');
    });
  }

  get italic(): boolean {
    throw propertyNotLoaded('RangeFont', 'italic');
  }

  set italic(value: boolean) {
    setFormat(this.range, 'format.font.italic', value, (f) => {
      f.italic = requireBoolean(value, 'RangeFont.italic');
    });
  }

  get size(): number {
    throw propertyNotLoaded('RangeFont', 'size');
  }

  set size(value: number) {
    setFormat(this.range, 'format.font.size', value, (f) => {
      if (!Number.isFinite(value) || value < 1 || value > 409) throw invalidArgument('Font size out of range.', 'RangeFont.size');
      f.size = value;
    });
  }

  get underline(): Excel.RangeUnderlineStyle | 'None' | 'Single' | 'Double' | 'SingleAccountant' | 'DoubleAccountant' {
    throw propertyNotLoaded('RangeFont', 'underline');
  }

  set underline(value: Excel.RangeUnderlineStyle | 'None' | 'Single' | 'Double' | 'SingleAccountant' | 'DoubleAccountant') {
    setFormat(this.range, 'format.font.underline', value, (f) => {
      if (!UNDERLINES.includes(value)) throw invalidArgument(`'${String(value)}' is not an underline style.`, 'RangeFont.underline');
      f.underline = value;
    });
  }
}

function requireBoolean(value: unknown, location: string): boolean {
  if (typeof value !== 'boolean') throw invalidArgument(`${location} must be a boolean.`, location);
  return value;
}
