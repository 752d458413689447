/**
 * How large a template's named block can be. A defined name redefined to span a whole sheet
 * ('Coverage'!$D$4:$XFD$1048576: 17 billion cells) must be refused before anything reads it:
 * ExcelJS expands every defined name cell by cell when it loads a file, and the readers walk
 * every cell of a block, so such a name runs the process out of memory.
 */
import { CONTRACT_QUESTIONS } from '../catalogue/questions';
import { SCENARIO_IDS, scenarioQuestions } from '../catalogue/scenarios';
import { MAX_TERM_YEARS, MAX_VENDORS } from '../options';

/**
 * The most rows or columns a block of any template spans: one per vendor (the vendor columns,
 * the ranking's rows; the chart-data block has a label column more), per question with every
 * scenario chosen, or per contract year (and a header row).
 */
export const TEMPLATE_EXTENT = Math.max(MAX_VENDORS + 1, MAX_TERM_YEARS + 1, CONTRACT_QUESTIONS.length + scenarioQuestions(SCENARIO_IDS).length);

export const BLOCK_LIMITS = {
  /** Generous: users insert rows inside a block (notes, sub-items, a pasted table). */
  rows: TEMPLATE_EXTENT + 10_000,
  cols: TEMPLATE_EXTENT + 1_000,
  /**
   * Any defined name, the user's own included (ExcelJS expands those too): 2 million cells
   * is about 200 times the largest template block (43 x 200) and a few hundred MB in ExcelJS.
   */
  cells: 2_000_000,
} as const;

export interface NameExtent {
  rows: number;
  cols: number;
  cells: number;
}

const LETTERS = /^[A-Za-z]{1,3}$/;

function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/**
 * The area a reference marks: the largest rows and columns of any of its areas, and the cells of
 * all of them. Quoted sheet names are skipped first, so a sheet called 'A1:Z9' counts for nothing;
 * whole columns or rows ($A:$A, $1:$5) are not cell areas for ExcelJS and count for nothing too.
 */
export function nameExtent(reference: string): NameExtent {
  const text = reference.replace(/'(?:[^']|'')*'/g, "''");
  const extent = { rows: 0, cols: 0, cells: 0 };
  for (const m of text.matchAll(/(?<![\w.$])\$?([A-Za-z]{1,3})\$?(\d+)(?::\$?([A-Za-z]{1,3})\$?(\d+))?(?![\w(!])/g)) {
    const [, c1 = '', r1 = '', c2 = c1, r2 = r1] = m;
    if (!LETTERS.test(c1) || !LETTERS.test(c2)) continue;
    const rows = Math.abs(Number(r2) - Number(r1)) + 1;
    const cols = Math.abs(columnNumber(c2) - columnNumber(c1)) + 1;
    extent.rows = Math.max(extent.rows, rows);
    extent.cols = Math.max(extent.cols, cols);
    extent.cells += rows * cols;
  }
  return extent;
}

/** Whether a defined name is beyond what a Vendor Compare workbook holds; `template`: one of the template's own names. */
export function nameTooLarge(extent: NameExtent, template: boolean): boolean {
  if (extent.cells > BLOCK_LIMITS.cells) return true;
  return template && (extent.rows > BLOCK_LIMITS.rows || extent.cols > BLOCK_LIMITS.cols);
}
