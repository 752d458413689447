/**
 * Plan content to what is written to Range.values / Range.formulas.
 *
 * Excel parses every string written there as if the user had typed it: "=..." (and "+x", "-x",
 * "@x") becomes a formula, "123", "5%", "TRUE", "1/2" or "Jan 5" become numbers, booleans or
 * dates, "#N/A" an error, and a leading apostrophe is eaten. A plan string is text and must stay
 * text, so any string Excel might not keep literally gets Excel's quote prefix ('), which Excel
 * strips and stores as "this is text". The test errs on the side of prefixing: on text that
 * Excel would have kept anyway the prefix changes nothing the user sees.
 */
import type { CellContent } from '../../core/plan/types';

export type ExcelInput = string | number | boolean | null;

const FORMULA_OR_CONTROL_START = /^[=+\-@'\t\r\n]/;
const BOOLEAN = /^(true|false)$/i;
/** Numbers, dates, times, fractions, percentages: a digit early on, maybe after a sign,
 * currency symbol, parenthesis or decimal point. */
const NUMERIC_START = /^[\s(]*[$€£¥]?[\s(]*[.,]?\d/;
const MONTH_DATE = /^(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?[\s\-/,]*\d/i;
const ERROR_LITERAL = /^#(null!|div\/0!|value!|ref!|name\?|num!|n\/a|getting_data|spill!|calc!|field!|blocked!|connect!|busy!|unknown!)$/i;

/** True when Excel would not store `text` as the literal text it is. */
export function needsQuotePrefix(text: string): boolean {
  if (text === '') return false;
  if (FORMULA_OR_CONTROL_START.test(text)) return true;
  const t = text.trim();
  return BOOLEAN.test(t) || NUMERIC_START.test(t) || MONTH_DATE.test(t) || ERROR_LITERAL.test(t);
}

/** Text as written so that Excel keeps it as that exact text. */
export function literalText(text: string): string {
  return needsQuotePrefix(text) ? `'${text}` : text;
}

/** One plan cell as written to Excel: formulas get their "=", text is protected, null stays
 * null (which leaves the cell untouched, i.e. empty on a new sheet). */
export function toExcelInput(cell: CellContent): ExcelInput {
  if (cell === null) return null;
  if (typeof cell === 'string') return literalText(cell);
  if (typeof cell === 'number') {
    if (!Number.isFinite(cell)) throw new Error(`a plan cell holds the number ${cell}`);
    return cell;
  }
  if (typeof cell === 'boolean') return cell;
  return `=${cell.formula}`;
}
