import type ExcelJS from 'exceljs';
import type { CellContent } from '../../core/plan/types';

/**
 * A plan cell as an ExcelJS value. Strings stay plain strings, so ExcelJS stores them as text
 * even when they begin with = + - or @ (a vendor called "=HYPERLINK(...)" stays a name).
 * Only a FormulaCell becomes a formula.
 */
export function toCellValue(content: CellContent): ExcelJS.CellValue {
  if (content === null || typeof content !== 'object') return content;
  if (!content.formula || content.formula.startsWith('=')) {
    throw new Error(`a plan formula must be non-empty and written without "=": ${JSON.stringify(content.formula)}`);
  }
  return content.result === undefined
    ? { formula: content.formula, date1904: false }
    : { formula: content.formula, result: content.result, date1904: false };
}
