import { quotedEnd } from './formulaText';

/**
 * Formula text as a comparable key: Excel, ExcelJS and our builders spell the same formula
 * differently (leading "=", quotes around simple sheet names, case, spaces, numbers such as
 * 0.10 and 0.1, the "_xlfn." prefix files carry before newer functions). Fill uses it only to
 * skip rewriting a formula that is already there; whether a cell was typed over never depends
 * on it (see planFill).
 */
export function normalizeFormula(formula: string): string {
  const text = formula.trim().replace(/^=/, '');
  let out = '';
  let i = 0;
  while (i < text.length) {
    const ch = text[i]!;
    if (ch === '"') {
      const end = quotedEnd(text, i);
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
    } else if (/[\p{L}_\\$]/u.test(ch)) {
      // A whole name or reference, so that digits inside it (D40) are not read as a number.
      let end = i + 1;
      while (end < text.length && /[\p{L}\p{N}_.\\$]/u.test(text[end]!)) end++;
      out += text.slice(i, end).toUpperCase().replace(/^_XL(?:FN|WS)\./, '');
      i = end;
    } else if (/\d/.test(ch) || (ch === '.' && /\d/.test(text[i + 1] ?? ''))) {
      const literal = /^(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?/.exec(text.slice(i))![0];
      out += String(Number(literal)).toUpperCase();
      i += literal.length;
    } else {
      if (!/\s/.test(ch)) out += ch;
      i++;
    }
  }
  return out;
}
