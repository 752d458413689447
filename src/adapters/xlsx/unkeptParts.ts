/**
 * Which parts of an .xlsx survive a rewrite by ExcelJS 4. An allow-list: only the part kinds
 * ExcelJS reads and writes back with their content (test/adapters/xlsx/rewriteLosses.test.ts checks
 * each against a real round trip); every other part (charts, drawings and pictures, notes,
 * tables, pivot tables, slicers, Power Query, custom XML, macros, printer settings...) would
 * be dropped or changed without a word, so a command that rewrites a user's workbook lists them.
 */
const KEPT: readonly RegExp[] = [
  /^\[Content_Types\]\.xml$/,
  /^_rels\/\.rels$/,
  /^docProps\/(app|core)\.xml$/,
  /^xl\/workbook\.xml$/,
  /^xl\/_rels\/workbook\.xml\.rels$/,
  // ExcelJS reads a worksheet only under this name.
  /^xl\/worksheets\/sheet\d+\.xml$/,
  /^xl\/worksheets\/_rels\/sheet\d+\.xml\.rels$/,
  /^xl\/sharedStrings\.xml$/,
  /^xl\/styles\.xml$/,
  /^xl\/theme\/theme\d+\.xml$/,
  // Not written back, but only a cache: Excel rebuilds the calculation chain, and a rewritten
  // workbook asks for a full calculation on load anyway.
  /^xl\/calcChain\.xml$/,
];

/** Kept only while empty: what LibreOffice writes even when there is nothing in it. */
const KEPT_WHEN_EMPTY: readonly { part: RegExp; content: RegExp }[] = [{ part: /^docProps\/custom\.xml$/, content: /<(\w+:)?property\b/ }];

/**
 * The part names (from readWorkbookFile's `parts`) a rewrite would lose, directories left out.
 * `text` gives a part's content, for the kinds kept only in some cases.
 */
export function unkeptParts(parts: readonly string[], text: (part: string) => string | null): string[] {
  return parts.filter((entry) => {
    const part = entry.replace(/^\//, '');
    if (part.endsWith('/') || KEPT.some((pattern) => pattern.test(part))) return false;
    const empty = KEPT_WHEN_EMPTY.find((k) => k.part.test(part));
    return !empty || empty.content.test(text(part) ?? '<property');
  });
}

/** What a part holds, in words a user knows; the CLI names each kind in the user's language. */
export type PartKind =
  | 'chart'
  | 'drawing'
  | 'picture'
  | 'notes'
  | 'threadedComments'
  | 'table'
  | 'pivotTable'
  | 'slicer'
  | 'customXml'
  | 'dataConnection'
  | 'dataModel'
  | 'macros'
  | 'externalLink'
  | 'embedding'
  | 'printerSettings'
  | 'customProperties'
  | 'thumbnail'
  | 'addIn'
  | 'cellMetadata';

const KINDS: readonly [PartKind, RegExp][] = [
  ['chart', /^xl\/(charts|chartsheets)\//],
  ['notes', /^xl\/(comments\d*\.xml|drawings\/(_rels\/)?vmlDrawing)/],
  ['drawing', /^xl\/drawings\//],
  ['picture', /^xl\/media\//],
  ['threadedComments', /^xl\/(threadedComments|persons)\//],
  ['table', /^xl\/tables\//],
  ['pivotTable', /^xl\/(pivotTables|pivotCache)\//],
  ['slicer', /^xl\/(slicers|slicerCaches|timelines|timelineCaches)\//],
  ['customXml', /^customXml\//],
  ['dataConnection', /^xl\/(connections\.xml|queryTables\/)/],
  ['dataModel', /^xl\/model\//],
  ['macros', /^xl\/(vbaProject\.bin|vbaProjectSignature\.bin|macrosheets\/|dialogsheets\/)/],
  ['externalLink', /^xl\/externalLinks\//],
  ['embedding', /^xl\/(embeddings|activeX|ctrlProps)\//],
  ['printerSettings', /^xl\/printerSettings\//],
  ['customProperties', /^docProps\/custom\.xml$/],
  ['thumbnail', /^docProps\/thumbnail\./],
  ['addIn', /^xl\/webextensions\//],
  ['cellMetadata', /^xl\/(metadata\.xml|richData\/)/],
];

/** The kind of an unkept part, or null for one without a plain name. */
export function partKind(part: string): PartKind | null {
  const name = part.replace(/^\//, '');
  return KINDS.find(([, pattern]) => pattern.test(name))?.[0] ?? null;
}
