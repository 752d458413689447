/**
 * The defined names of xl/workbook.xml, read straight from the XML. ExcelJS keeps only the
 * names whose reference it can parse; a name at #REF! (its cells deleted) vanishes on load, and
 * validation must be able to say so.
 */
export interface RawDefinedName {
  name: string;
  /** The reference text, e.g. "Questions!$C$4:$D$10" or "#REF!". */
  reference: string;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function unescapeXml(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos);/gi, (whole, entity: string) => {
    if (entity[0] === '#') {
      const code = entity[1]?.toLowerCase() === 'x' ? parseInt(entity.slice(2), 16) : parseInt(entity.slice(1), 10);
      return Number.isFinite(code) ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[entity.toLowerCase()] ?? whole;
  });
}

/** Workbook-level names only: a name scoped to one sheet (localSheetId) is not the template's. */
export function definedNamesInXml(xml: string): RawDefinedName[] {
  const names: RawDefinedName[] = [];
  for (const match of xml.matchAll(/<(?:\w+:)?definedName\b([^>]*?)(?:\/>|>([\s\S]*?)<\/(?:\w+:)?definedName>)/g)) {
    const attributes = match[1] ?? '';
    if (/\blocalSheetId\s*=/.test(attributes)) continue;
    const name = /\bname\s*=\s*(?:"([^"]*)"|'([^']*)')/.exec(attributes);
    if (!name) continue;
    names.push({ name: unescapeXml(name[1] ?? name[2] ?? ''), reference: unescapeXml(match[2] ?? '').trim() });
  }
  return names;
}
