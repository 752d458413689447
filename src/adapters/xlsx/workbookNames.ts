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

/** Text or an attribute value of XML with its entity and character references decoded. */
export function unescapeXml(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos);/gi, (whole, entity: string) => {
    if (entity[0] === '#') {
      const code = entity[1]?.toLowerCase() === 'x' ? parseInt(entity.slice(2), 16) : parseInt(entity.slice(1), 10);
      return Number.isFinite(code) ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[entity.toLowerCase()] ?? whole;
  });
}

/** A defined name with its scope and settings, as xl/workbook.xml has it. */
export interface XmlDefinedName extends RawDefinedName {
  /** The position (from 0) of the sheet the name is scoped to; null for a workbook-level name. */
  localSheetId: number | null;
  /** Every attribute but name and localSheetId (hidden, comment...), entities decoded. */
  settings: Record<string, string>;
}

const ATTRIBUTE = /([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

/** Every definedName element, workbook-level and sheet-scoped. */
export function allDefinedNamesInXml(xml: string): XmlDefinedName[] {
  const names: XmlDefinedName[] = [];
  for (const match of xml.matchAll(/<(?:\w+:)?definedName\b([^>]*?)(?:\/>|>([\s\S]*?)<\/(?:\w+:)?definedName>)/g)) {
    const attributes: Record<string, string> = {};
    for (const a of (match[1] ?? '').matchAll(ATTRIBUTE)) attributes[a[1] ?? ''] = unescapeXml(a[2] ?? a[3] ?? '');
    const { name, localSheetId, ...settings } = attributes;
    if (name === undefined) continue;
    const scope = localSheetId === undefined ? null : Number.parseInt(localSheetId, 10);
    names.push({ name, reference: unescapeXml(match[2] ?? '').trim(), localSheetId: scope, settings });
  }
  return names;
}

/** Workbook-level names only: a name scoped to one sheet (localSheetId) is not the template's. */
export function definedNamesInXml(xml: string): RawDefinedName[] {
  return allDefinedNamesInXml(xml)
    .filter((n) => n.localSheetId === null)
    .map(({ name, reference }) => ({ name, reference }));
}
