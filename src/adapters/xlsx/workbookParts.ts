/**
 * The small workbook-wide parts a cell's value depends on, read with a SAX parser: the shared
 * strings (18.4.9), which styles carry a date format (18.8.10, 18.8.30), the sheets and where
 * their parts are (workbook.xml and its relationships), and the 1904 date system.
 */
import { posix } from 'path';
import { parseXml } from './parseXml';

/**
 * Text as Excel stores it (ST_Xstring, ECMA-376 22.9.2.19): a character XML cannot hold, such as
 * a control character, is written "_xHHHH_", and a literal "_x" as "_x005F_x".
 */
export function decodeXstring(text: string): string {
  return text.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)));
}

/** Every <si> as plain text: runs joined, phonetic guides (<rPh>) left out, as Excel shows it. */
export function readSharedStrings(xml: string): string[] {
  const strings: string[] = [];
  let current: string | null = null;
  let inPhonetic = false;
  let inText = false;
  parseXml(xml, 'xl/sharedStrings.xml', {
    open(name) {
      if (name === 'si') current = '';
      else if (name === 'rPh') inPhonetic = true;
      else if (name === 't') inText = !inPhonetic;
    },
    text(text) {
      if (inText && current !== null) current += text;
    },
    close(name) {
      if (name === 'si') {
        strings.push(decodeXstring(current ?? ''));
        current = null;
      } else if (name === 'rPh') inPhonetic = false;
      else if (name === 't') inText = false;
    },
  });
  return strings;
}

/**
 * The built-in number formats that show a date or time (18.8.30), as ExcelJS spells them; the
 * rest of the built-in list shows numbers.
 */
const BUILT_IN_DATE_FORMATS = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 45, 46, 47]);

/**
 * Whether a format code shows a date: a date or time letter outside quoted text and brackets.
 * The same test as ExcelJS's (utils.isDateFmt), so both readers of a file agree.
 */
export function isDateFormatCode(code: string): boolean {
  return /[ymdhMsb]/.test(code.replace(/\[[^\]]*]/g, '').replace(/"[^"]*"/g, ''));
}

/** For each cell style index (cellXfs position), whether its number format shows a date. */
export function readDateStyles(xml: string): boolean[] {
  const custom = new Map<number, string>();
  const styles: boolean[] = [];
  let inCellXfs = false;
  parseXml(xml, 'xl/styles.xml', {
    open(name, attributes) {
      if (name === 'numFmt') custom.set(Number(attributes.numFmtId), attributes.formatCode ?? '');
      else if (name === 'cellXfs') inCellXfs = true;
      else if (name === 'xf' && inCellXfs) {
        const id = Number(attributes.numFmtId ?? 0);
        const code = custom.get(id);
        styles.push(code !== undefined ? isDateFormatCode(code) : BUILT_IN_DATE_FORMATS.has(id));
      }
    },
    close(name) {
      if (name === 'cellXfs') inCellXfs = false;
    },
  });
  return styles;
}

export interface SheetEntry {
  name: string;
  /** The worksheet part, e.g. "xl/worksheets/sheet2.xml"; null for a chart sheet or a sheet with no part. */
  part: string | null;
}

const WORKSHEET_TYPE = /\/worksheet$/;

/** Relationship ids to [type, target part], targets resolved against the part's folder. */
function readRelationships(xml: string, folder: string): Map<string, [string, string]> {
  const map = new Map<string, [string, string]>();
  parseXml(xml, `${folder}/_rels`, {
    open(name, { Id, Type, Target, TargetMode }) {
      if (name !== 'Relationship' || !Id || !Target || TargetMode === 'External') return;
      const part = Target.startsWith('/') ? Target.slice(1) : posix.normalize(posix.join(folder, Target));
      map.set(Id, [Type ?? '', part]);
    },
  });
  return map;
}

/** The sheets in workbook order with their parts, and whether dates count from 1904. */
export function readWorkbookStructure(workbookXml: string, relsXml: string | null): { sheets: SheetEntry[]; date1904: boolean } {
  const rels = relsXml ? readRelationships(relsXml, 'xl') : new Map<string, [string, string]>();
  const sheets: SheetEntry[] = [];
  let date1904 = false;
  parseXml(workbookXml, 'xl/workbook.xml', {
    open(name, attributes) {
      if (name === 'workbookPr') date1904 = attributes.date1904 === '1' || attributes.date1904 === 'true';
      if (name !== 'sheet' || attributes.name === undefined) return;
      const id = Object.entries(attributes).find(([key]) => /(^|:)id$/.test(key))?.[1];
      const rel = id === undefined ? undefined : rels.get(id);
      // A chart sheet is not a worksheet: ExcelJS leaves it out of the sheet list, and so do we.
      if (rel && !WORKSHEET_TYPE.test(rel[0])) return;
      sheets.push({ name: attributes.name, part: rel ? rel[1] : null });
    },
  });
  return { sheets, date1904 };
}
