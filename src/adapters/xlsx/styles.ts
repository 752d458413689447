/**
 * How each style of the plan looks in an .xlsx file. The colours are the plan's (STYLE_COLORS);
 * this module only maps them onto ExcelJS's style objects.
 */
import type ExcelJS from 'exceljs';
import { STYLE_COLORS, type ConditionalFormatSpec, type StyleKey } from '../../core/plan/types';

/** "#1F4E79" -> "FF1F4E79" (ExcelJS wants opaque ARGB). */
export function argb(hex: string): string {
  const digits = hex.replace(/^#/, '').toUpperCase();
  if (!/^[0-9A-F]{6}$/.test(digits)) throw new Error(`not a #RRGGBB colour: ${hex}`);
  return `FF${digits}`;
}

function solid(hex: string): ExcelJS.FillPattern {
  return { type: 'pattern', pattern: 'solid', fgColor: { argb: argb(hex) }, bgColor: { argb: argb(hex) } };
}

const thin: Partial<ExcelJS.Border> = { style: 'thin', color: { argb: 'FFBFBFBF' } };
const box: Partial<ExcelJS.Borders> = { top: thin, left: thin, bottom: thin, right: thin };

/** The parts of a cell style a plan style sets (the number format is set separately). */
export type StyleParts = Pick<Partial<ExcelJS.Style>, 'font' | 'fill' | 'border' | 'alignment'>;

export const CELL_STYLES: Record<StyleKey, StyleParts> = {
  title: { font: { bold: true, size: 14, color: { argb: argb(STYLE_COLORS.headerFill) } } },
  subtitle: { font: { italic: true, size: 12 } },
  header: {
    font: { bold: true, color: { argb: argb(STYLE_COLORS.headerFont) } },
    fill: solid(STYLE_COLORS.headerFill),
    alignment: { vertical: 'middle', wrapText: true },
    border: box,
  },
  label: { alignment: { vertical: 'top', wrapText: true } },
  input: { fill: solid(STYLE_COLORS.inputFill), border: box, alignment: { vertical: 'top', wrapText: true } },
  computed: { fill: solid(STYLE_COLORS.computedFill), border: box },
  note: { font: { italic: true, color: { argb: argb(STYLE_COLORS.noteFont) } } },
  link: { font: { underline: true, color: { argb: argb(STYLE_COLORS.linkFont) } } },
  section: { font: { bold: true }, fill: solid(STYLE_COLORS.sectionFill) },
  total: { font: { bold: true }, border: { top: { style: 'thin' } } },
};

/** The differential style (dxf) a conditional format applies. */
export const CONDITIONAL_STYLES: Record<ConditionalFormatSpec['style'], Partial<ExcelJS.Style>> = {
  missing: { fill: solid(STYLE_COLORS.missingFill) },
  unused: { fill: solid(STYLE_COLORS.unusedFill), font: { color: { argb: argb(STYLE_COLORS.unusedFont) } } },
  outOfTerm: { fill: solid(STYLE_COLORS.unusedFill), font: { color: { argb: argb(STYLE_COLORS.unusedFont) } } },
  warning: { fill: solid(STYLE_COLORS.warningFill) },
  winner: { fill: solid(STYLE_COLORS.includedFill), font: { bold: true, color: { argb: argb(STYLE_COLORS.includedFont) } } },
  included: { fill: solid(STYLE_COLORS.includedFill), font: { color: { argb: argb(STYLE_COLORS.includedFont) } } },
  paid: { fill: solid(STYLE_COLORS.paidFill), font: { color: { argb: argb(STYLE_COLORS.paidFont) } } },
  notOffered: { fill: solid(STYLE_COLORS.notOfferedFill), font: { color: { argb: argb(STYLE_COLORS.notOfferedFont) } } },
  unknown: { fill: solid(STYLE_COLORS.unknownFill), font: { color: { argb: argb(STYLE_COLORS.unknownFont) } } },
};
