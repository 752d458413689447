/** Relationships of an OOXML package: which part a sheet, drawing or chart points to. Part
 * names are '/'-separated paths; no Node API, so the pane can use it (custom properties of packs). */
import { xmlOutline } from './xmlOutline';

/** The folder of a part ('' at the package root). */
const folderOf = (part: string) => (part.includes('/') ? part.slice(0, part.lastIndexOf('/')) : '');

/** Segments joined, '.' dropped and '..' applied (never above the package root). */
function joinParts(...paths: string[]): string {
  const out: string[] = [];
  for (const segment of paths.join('/').split('/')) {
    if (segment === '' || segment === '.') continue;
    if (segment === '..') out.pop();
    else out.push(segment);
  }
  return out.join('/');
}

export interface Relationship {
  id: string;
  type: string;
  target: string;
}

export function relationships(xml: string | null): Relationship[] {
  return (xmlOutline(xml ?? '')?.children ?? [])
    .filter((r) => r.name === 'Relationship' && r.attributes.TargetMode !== 'External')
    .map((r) => ({ id: r.attributes.Id ?? '', type: r.attributes.Type ?? '', target: r.attributes.Target ?? '' }));
}

/** The .rels part of a part: xl/worksheets/sheet1.xml -> xl/worksheets/_rels/sheet1.xml.rels. */
export function relsPartOf(part: string): string {
  return joinParts(folderOf(part), '_rels', `${part.slice(part.lastIndexOf('/') + 1)}.rels`);
}

/** A relationship's target as a part name: relative to the part's folder, or absolute from the root. */
export function targetPart(fromPart: string, target: string): string {
  return target.startsWith('/') ? target.slice(1) : joinParts(folderOf(fromPart), target);
}

/** The worksheet part of each sheet, by sheet name, from xl/workbook.xml and its relationships. */
export function sheetParts(workbookXml: string | null, workbookRels: string | null): Map<string, string> {
  const targets = new Map(relationships(workbookRels).map((r) => [r.id, targetPart('xl/workbook.xml', r.target)]));
  const sheets = xmlOutline(workbookXml ?? '')?.children.find((e) => e.name === 'sheets')?.children ?? [];
  const parts = new Map<string, string>();
  for (const sheet of sheets) {
    const part = targets.get(sheet.attributes.id ?? '');
    if (part) parts.set(sheet.attributes.name ?? '', part);
  }
  return parts;
}
