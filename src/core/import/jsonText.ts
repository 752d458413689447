import { err, ok, type Result } from './result';

/** Where a JSON text stops being JSON: 1-based line and column, and what was found there. */
export interface JsonSyntaxProblem {
  offset: number;
  line: number;
  column: number;
  /** The offending character, or null at the end of the text. */
  found: string | null;
}

/**
 * JSON.parse with a position for every syntax error. V8 gives no position for some errors
 * ("Unexpected token 'x', ... is not valid JSON"), so the position comes from our own scan.
 * A leading byte-order mark (Windows editors write one) is ignored.
 */
export function parseJsonText(text: string): Result<unknown, JsonSyntaxProblem> {
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  try {
    return ok(JSON.parse(body) as unknown);
  } catch {
    const offset = jsonErrorOffset(body) ?? body.length;
    const skipped = text.length - body.length;
    return err({ ...lineAndColumn(body, offset), offset: offset + skipped, found: body[offset] ?? null });
  }
}

function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const lines = before.split(/\r\n|\r|\n/);
  return { line: lines.length, column: (lines[lines.length - 1] ?? '').length + 1 };
}

/** The offset of the first character that breaks the JSON grammar (RFC 8259), or null if the
 * text is valid JSON. */
export function jsonErrorOffset(text: string): number | null {
  let i = 0;
  const fail = (): never => {
    throw new JsonStop(i);
  };
  const space = (): void => {
    while (i < text.length && ' \t\n\r'.includes(text[i]!)) i++;
  };
  const literal = (word: string): void => {
    for (const ch of word) {
      if (text[i] !== ch) fail();
      i++;
    }
  };
  const digits = (): void => {
    if (!/[0-9]/.test(text[i] ?? '')) fail();
    while (/[0-9]/.test(text[i] ?? '')) i++;
  };
  const number = (): void => {
    if (text[i] === '-') i++;
    if (text[i] === '0') i++;
    else digits();
    if (text[i] === '.') {
      i++;
      digits();
    }
    if (text[i] === 'e' || text[i] === 'E') {
      i++;
      if (text[i] === '+' || text[i] === '-') i++;
      digits();
    }
  };
  const string = (): void => {
    i++; // opening quote
    for (;;) {
      const ch = text[i];
      if (ch === undefined || ch < ' ') fail();
      if (ch === '"') {
        i++;
        return;
      }
      if (ch === '\\') {
        i++;
        const esc = text[i];
        if (esc === 'u') {
          for (let k = 0; k < 4; k++) {
            i++;
            if (!/[0-9a-fA-F]/.test(text[i] ?? '')) fail();
          }
        } else if (esc === undefined || !'"\\/bfnrt'.includes(esc)) fail();
      }
      i++;
    }
  };
  const sequence = (close: string, item: () => void): void => {
    i++; // opening bracket
    space();
    if (text[i] === close) {
      i++;
      return;
    }
    for (;;) {
      item();
      space();
      if (text[i] === ',') {
        i++;
        space();
      } else if (text[i] === close) {
        i++;
        return;
      } else fail();
    }
  };
  const value = (): void => {
    space();
    const ch = text[i];
    if (ch === '{') {
      sequence('}', () => {
        if (text[i] !== '"') fail();
        string();
        space();
        if (text[i] !== ':') fail();
        i++;
        value();
      });
    } else if (ch === '[') sequence(']', value);
    else if (ch === '"') string();
    else if (ch === 't') literal('true');
    else if (ch === 'f') literal('false');
    else if (ch === 'n') literal('null');
    else if (ch === '-' || /[0-9]/.test(ch ?? '')) number();
    else fail();
  };
  try {
    value();
    space();
    return i < text.length ? i : null;
  } catch (stop) {
    if (stop instanceof JsonStop) return stop.offset;
    throw stop;
  }
}

class JsonStop {
  constructor(readonly offset: number) {}
}
