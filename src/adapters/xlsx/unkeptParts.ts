/**
 * Parts of an .xlsx that ExcelJS 4 neither reads nor writes back: rewriting a file with ExcelJS
 * drops them without a word. A command that rewrites a user's workbook checks for them first.
 */
const UNKEPT: readonly RegExp[] = [
  /^xl\/charts\//i,
  /^xl\/chartsheets\//i,
  /^xl\/pivotTables\//i,
  /^xl\/pivotCache\//i,
  /^xl\/slicers\//i,
  /^xl\/slicerCaches\//i,
  /^xl\/timelines\//i,
  /^xl\/threadedComments\//i,
  /^xl\/externalLinks\//i,
  /^xl\/ctrlProps\//i,
  /^xl\/vbaProject\.bin$/i,
];

/** The part names (from readWorkbookFile's `parts`) a rewrite would lose, directories left out. */
export function unkeptParts(parts: readonly string[]): string[] {
  return parts.filter((part) => !part.endsWith('/') && UNKEPT.some((pattern) => pattern.test(part.replace(/^\//, ''))));
}
