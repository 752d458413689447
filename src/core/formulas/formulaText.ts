/** A string literal inside a formula: quoted, inner quotes doubled. */
export function formulaText(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

/**
 * Just past the quoted part that starts at `start` ("text" or 'sheet name'), where a doubled
 * quote stands for one; the end of `text` when it is never closed.
 */
export function quotedEnd(text: string, start: number): number {
  const quote = text[start];
  let i = start + 1;
  while (i < text.length) {
    if (text[i] === quote) {
      if (text[i + 1] === quote) i += 2;
      else return i + 1;
    } else i++;
  }
  return text.length;
}
