/**
 * Formula text as a comparable key: Excel, ExcelJS and our builders spell the same formula
 * differently (leading "=", quotes around simple sheet names, case, spaces).
 */
export function normalizeFormula(formula: string): string {
  const text = formula.trim().replace(/^=/, '');
  let out = '';
  let i = 0;
  while (i < text.length) {
    const ch = text[i]!;
    if (ch === '"') {
      const end = findStringEnd(text, i);
      out += text.slice(i, end);
      i = end;
    } else if (ch === "'") {
      const end = text.indexOf("'!", i + 1);
      const sheet = end > 0 ? text.slice(i + 1, end).replace(/''/g, "'") : '';
      // Excel drops the quotes around a name made of letters and digits, Chinese ones included.
      if (end > 0 && /^[\p{L}_][\p{L}\p{N}_.]*$/u.test(sheet)) {
        out += `${sheet.toUpperCase()}!`;
        i = end + 2;
      } else {
        out += ch;
        i++;
      }
    } else {
      if (!/\s/.test(ch)) out += ch.toUpperCase();
      i++;
    }
  }
  return out;
}

function findStringEnd(text: string, start: number): number {
  let i = start + 1;
  while (i < text.length) {
    if (text[i] === '"') {
      if (text[i + 1] === '"') i += 2;
      else return i + 1;
    } else i++;
  }
  return text.length;
}
