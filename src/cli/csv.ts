/**
 * CSV as RFC 4180 has it (comma-separated, CRLF line ends, fields quoted when they hold a comma,
 * a quote or a line break, quotes doubled), made safe for spreadsheets: a text field beginning
 * with = + - @ tab or carriage return is a formula to Excel, so it gets a leading apostrophe
 * (and quotes), as OWASP's "CSV injection" advice says. Numbers are written as numbers.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

export function csvField(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  const guarded = FORMULA_START.test(value);
  const text = guarded ? `'${value}` : value;
  return guarded || /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvText(rows: readonly (readonly (string | number | null | undefined)[])[]): string {
  return rows.map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}
