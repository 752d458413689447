import { columnIndex, columnLetters } from '../plan/a1';
import { quotedEnd } from './formulaText';

/**
 * A shared formula's text as it reads in another cell of its range (ECMA-376 18.3.1.40): the
 * relative parts of every A1 reference move by the cells' offset, `$`-fixed parts stay. Text in
 * quotes and names that merely look like references (LOG10, a function call) are left alone.
 */
const CELL = /^(\$?)([A-Za-z]{1,3})(\$?)(\d+)/;
const NAME_CHAR = /[\p{L}\p{N}_.\\?]/u;
const MAX_COL = 16_383;
const MAX_ROW = 1_048_575;

export function slideFormula(formula: string, rows: number, cols: number): string {
  let out = '';
  let i = 0;
  while (i < formula.length) {
    const ch = formula[i]!;
    if (ch === '"' || ch === "'") {
      const end = quotedEnd(formula, i);
      out += formula.slice(i, end);
      i = end;
      continue;
    }
    const m = NAME_CHAR.test(formula[i - 1] ?? ' ') ? null : CELL.exec(formula.slice(i));
    const after = m ? (formula[i + m[0].length] ?? ' ') : ' ';
    const col = m ? columnIndex(m[2]!) : -1;
    // Followed by "!" it is a sheet's name (Q1!A1); by "(" a function.
    if (!m || NAME_CHAR.test(after) || after === '(' || after === '!' || col > MAX_COL) {
      out += ch;
      i++;
      continue;
    }
    const [whole, colFixed, , rowFixed, rowText] = m;
    const newCol = colFixed ? col : col + cols;
    const newRow = rowFixed ? Number(rowText) : Number(rowText) + rows;
    // Slid off the sheet, Excel shows #REF!.
    out += newCol < 0 || newCol > MAX_COL || newRow < 1 || newRow > MAX_ROW + 1 ? '#REF!' : `${colFixed}${columnLetters(newCol)}${rowFixed}${newRow}`;
    i += whole.length;
  }
  return out;
}
