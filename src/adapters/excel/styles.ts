/** How the plan's style keys look in Excel, and plan widths (characters) in Excel's points. */
import { type ConditionalFormatSpec, STYLE_COLORS, type StyleKey } from '../../core/plan/types';

export interface CellStyle {
  fill?: string;
  fontColor?: string;
  bold?: boolean;
  italic?: boolean;
  wrap?: boolean;
  size?: number;
  underline?: 'Single';
}

export const CELL_STYLES: Record<StyleKey, CellStyle> = {
  title: { bold: true, size: 16, fontColor: STYLE_COLORS.headerFill },
  subtitle: { italic: true, fontColor: STYLE_COLORS.noteFont },
  header: { fill: STYLE_COLORS.headerFill, fontColor: STYLE_COLORS.headerFont, bold: true, wrap: true },
  label: { wrap: true },
  input: { fill: STYLE_COLORS.inputFill },
  computed: { fill: STYLE_COLORS.computedFill },
  note: { italic: true, fontColor: STYLE_COLORS.noteFont, wrap: true },
  link: { fontColor: STYLE_COLORS.linkFont, underline: 'Single' },
  section: { fill: STYLE_COLORS.sectionFill, bold: true },
  total: { fill: STYLE_COLORS.computedFill, bold: true },
};

export const CONDITIONAL_STYLES: Record<ConditionalFormatSpec['style'], Pick<CellStyle, 'fill' | 'fontColor'>> = {
  missing: { fill: STYLE_COLORS.missingFill },
  unused: { fill: STYLE_COLORS.unusedFill, fontColor: STYLE_COLORS.unusedFont },
  outOfTerm: { fill: STYLE_COLORS.unusedFill, fontColor: STYLE_COLORS.unusedFont },
  warning: { fill: STYLE_COLORS.warningFill },
  winner: { fill: STYLE_COLORS.includedFill, fontColor: STYLE_COLORS.includedFont },
  included: { fill: STYLE_COLORS.includedFill, fontColor: STYLE_COLORS.includedFont },
  paid: { fill: STYLE_COLORS.paidFill, fontColor: STYLE_COLORS.paidFont },
  notOffered: { fill: STYLE_COLORS.notOfferedFill, fontColor: STYLE_COLORS.notOfferedFont },
  unknown: { fill: STYLE_COLORS.unknownFill, fontColor: STYLE_COLORS.unknownFont },
};

/**
 * Excel measures a column in characters of the default font (Calibri 11: 7 px per digit plus
 * 5 px of padding) but Office.js sets widths in points (0.75 pt per px at 96 dpi).
 * 8.43 characters, Excel's default width, gives 64 px = 48 pt.
 */
export function columnWidthPoints(characters: number): number {
  return Math.round((Math.round(characters * 7) + 5) * 0.75 * 100) / 100;
}
