/**
 * A formula as written for one cell, moved to another: relative references shift, absolute
 * ones stay, and references without a sheet get `sheet`, so a conditional-format formula can be
 * evaluated for every cell of its range on a scratch sheet.
 */
import { columnLetters, quoteSheet } from '../../../src/core/plan/a1';
import { tokenize, type RefEnd } from './tokenize';

function end(e: RefEnd, rows: number, cols: number): string {
  const col = e.col === null ? '' : `${e.colAbsolute ? '$' : ''}${columnLetters(e.colAbsolute ? e.col : e.col + cols)}`;
  const row = e.row === null ? '' : `${e.rowAbsolute ? '$' : ''}${(e.rowAbsolute ? e.row : e.row + rows) + 1}`;
  return `${col}${row}`;
}

export function moveFormula(formula: string, rows: number, cols: number, sheet: string): string {
  return tokenize(formula)
    .map((t) => {
      if (t.kind !== 'ref') return t.text;
      const address = `${end(t.start, rows, cols)}${t.end ? `:${end(t.end, rows, cols)}` : ''}`;
      return `${quoteSheet(t.sheet ?? sheet)}!${address}`;
    })
    .join('');
}
