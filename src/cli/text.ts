/** Plain-text layout for the terminal: column widths that hold for Chinese, and optional colour. */

/** East Asian wide and full-width characters take two terminal columns. */
const WIDE = /[\u1100-\u115F\u2E80-\u303E\u3041-\u33FF\u3400-\u4DBF\u4E00-\u9FFF\uA000-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6\u{20000}-\u{3FFFD}]/u;

export function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += WIDE.test(ch) ? 2 : 1;
  return width;
}

export function pad(text: string, width: number, align: 'left' | 'right' = 'left'): string {
  const fill = ' '.repeat(Math.max(0, width - displayWidth(text)));
  return align === 'left' ? text + fill : fill + text;
}

/**
 * Rows of cells as aligned lines, two spaces between columns. The last column is not padded
 * (no trailing spaces); `right` lists the columns aligned to the right (numbers).
 */
export function alignRows(rows: readonly (readonly string[])[], right: ReadonlySet<number> = new Set()): string[] {
  const widths = columnWidths(rows);
  return rows.map((row) => renderRow(row, widths, right));
}

/** The widest cell of each column. */
export function columnWidths(rows: readonly (readonly string[])[]): number[] {
  const widths: number[] = [];
  for (const row of rows) row.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, displayWidth(cell))));
  return widths;
}

export function renderRow(row: readonly string[], widths: readonly number[], right: ReadonlySet<number> = new Set()): string {
  return row.map((cell, i) => (i === row.length - 1 && !right.has(i) ? cell : pad(cell, widths[i] ?? 0, right.has(i) ? 'right' : 'left'))).join('  ');
}

export type Paint = (text: string, style: 'error' | 'warning' | 'bold' | 'dim') => string;

const CODES = { error: '31', warning: '33', bold: '1', dim: '2' } as const;

/** ANSI colour when `enabled`, the text unchanged otherwise. */
export function painter(enabled: boolean): Paint {
  return (text, style) => (enabled && text ? `\x1b[${CODES[style]}m${text}\x1b[0m` : text);
}

/** Escape sequences (CSI, OSC and the like, in their 7-bit and C1 forms), then any control character left. */
// Matching control characters is the point here.
/* eslint-disable no-control-regex */
const ESCAPES = /\x1b\[[0-?]*[ -/]*[@-~]|\x9b[0-?]*[ -/]*[@-~]|(?:\x1b\]|\x9d)[^\x07\x1b\x9c]*(?:\x07|\x1b\\|\x9c)?|\x1b[ -/]*[0-~]?/g;
const CONTROLS = /[\x00-\x1f\x7f-\x9f]/g;
/* eslint-enable no-control-regex */

/**
 * Text from a workbook (vendor names, sheet names, cell values) made safe to print: a crafted
 * file must not be able to move the cursor, recolour or retitle the user's terminal. Line breaks
 * and tabs become spaces, so each finding stays on its line.
 */
export function printable(text: string): string {
  return text.replace(ESCAPES, '').replace(/[\t\n\r\v\f]/g, ' ').replace(CONTROLS, '');
}
