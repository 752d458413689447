/** Relationships of an OOXML package: which part a sheet, drawing or chart points to. */
import { posix } from 'path';
import { xmlOutline } from './xmlOutline';

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
  return posix.join(posix.dirname(part), '_rels', `${posix.basename(part)}.rels`);
}

/** A relationship's target as a part name: relative to the part's folder, or absolute from the root. */
export function targetPart(fromPart: string, target: string): string {
  return target.startsWith('/') ? target.slice(1) : posix.normalize(posix.join(posix.dirname(fromPart), target));
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
