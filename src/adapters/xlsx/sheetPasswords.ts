/**
 * Which worksheets of a package are protected with a password, read from the file itself: a
 * <sheetProtection> (ECMA-376 18.3.1.85) with a `password` (the legacy 16-bit hash Excel 2007 and
 * LibreOffice write) or a `hashValue` (the SHA-512 one newer Excel writes). The template protects
 * its sheets without either. ExcelJS keeps a `hashValue` through a rewrite but drops a legacy
 * `password`, which would leave the sheet unprotectable by anyone: the CLI must know before writing.
 */
import { parseXml } from './parseXml';
import type { WorkbookPackage } from './workbookPackage';
import { readWorkbookStructure } from './workbookParts';

export interface SheetPassword {
  sheet: string;
  /** The legacy `password` attribute, which ExcelJS loses on a rewrite. */
  legacy: boolean;
}

export function sheetPasswords(pkg: Pick<WorkbookPackage, 'text'>): SheetPassword[] {
  const { sheets } = readWorkbookStructure(pkg.text('xl/workbook.xml') ?? '', pkg.text('xl/_rels/workbook.xml.rels'));
  return sheets.flatMap(({ name, part }) => {
    const xml = part ? pkg.text(part) : null;
    if (!xml) return [];
    let found: SheetPassword | null = null;
    parseXml(xml, part!, {
      open(element, attributes) {
        if (element !== 'sheetProtection' || attributes.sheet === '0' || attributes.sheet === 'false') return;
        const legacy = Boolean(attributes.password);
        if (legacy || attributes.hashValue) found = { sheet: name, legacy };
      },
    });
    return found ? [found] : [];
  });
}
