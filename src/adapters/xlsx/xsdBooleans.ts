/**
 * LibreOffice writes the protection flags as xsd:boolean words (locked="false",
 * formatColumns="false"), which are valid OOXML, but ExcelJS 4 reads only "0" and "1": it would
 * load every input cell of a template LibreOffice saved as locked, and forget that columns may be
 * resized, and then write that back on `fill`. The parts are spelt with digits before ExcelJS
 * loads them; nothing else in them changes.
 */
import JSZip from 'jszip';

/** The attributes of <protection> (cell styles) and <sheetProtection> (sheets), all flags. */
const FLAG_ELEMENT = /<(?:\w+:)?(?:protection|sheetProtection)\b[^>]*>/g;
const WORD_FLAG = /(\s[\w:]+)="(true|false)"/g;

export function digitFlags(xml: string): string {
  return xml.replace(FLAG_ELEMENT, (element) =>
    element.replace(WORD_FLAG, (_, name: string, word: string) => `${name}="${word === 'true' ? 1 : 0}"`),
  );
}

export const FLAG_PARTS = /^xl\/(?:styles\.xml|worksheets\/[^/]+\.xml)$/;

/**
 * `data` as ExcelJS can read its protection: unchanged (the same buffer) when no part spells a
 * flag as a word, else re-zipped with those parts rewritten.
 */
export async function withDigitFlags(data: Buffer, parts: readonly string[], text: (part: string) => string | null): Promise<Buffer> {
  const rewritten = new Map<string, string>();
  for (const part of parts.filter((p) => FLAG_PARTS.test(p))) {
    const xml = text(part);
    const fixed = xml === null ? null : digitFlags(xml);
    if (fixed !== null && fixed !== xml) rewritten.set(part, fixed);
  }
  if (rewritten.size === 0) return data;
  const zip = await JSZip.loadAsync(data);
  for (const [part, xml] of rewritten) zip.file(part, xml);
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}
