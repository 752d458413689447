/**
 * Test helper: an .xlsx written by ExcelJS, rewritten the way Excel could have saved it. A file
 * keeps formulas as the program that saved it spells them, and Excel spells them its own way.
 */
import { partNames, partText, withParts } from './zipFixtures';

const SIMPLE_SHEET = /&apos;([\p{L}_][\p{L}\p{N}_.]*)&apos;!/gu;

/** Text of every <f> element of a sheet's XML, changed by `edit` (XML-escaped text). */
function editFormulas(xml: string, edit: (formula: string) => string): string {
  return xml.replace(/<f>([^<]*)<\/f>/g, (_, f: string) => `<f>${edit(f)}</f>`);
}

/**
 * The first row with the same formula in four cells side by side becomes one shared formula, as
 * Excel saves a formula filled across: the master holds the text, the others point at it.
 */
function shareOneRow(xml: string): { xml: string; cells: string[] } {
  const cells = [...xml.matchAll(/<c r="([A-Z]+)(\d+)"([^>]*)><f>([^<]*)<\/f><\/c>/g)];
  const byRow = new Map<string, RegExpMatchArray[]>();
  for (const c of cells) byRow.set(c[2]!, [...(byRow.get(c[2]!) ?? []), c]);
  const row = [...byRow.values()].find((r) => r.length === 4 && r.every((c) => c[4] === r[0]![4]));
  if (!row) throw new Error('no row of four equal formulas to share');
  const ref = `${row[0]![1]}${row[0]![2]}:${row[3]![1]}${row[3]![2]}`;
  let out = xml;
  row.forEach((c, i) => {
    const f = i === 0 ? `<f t="shared" ref="${ref}" si="0">${c[4]}</f>` : '<f t="shared" si="0"/>';
    out = out.replace(c[0], `<c r="${c[1]}${c[2]}"${c[3]}>${f}</c>`);
  });
  return { xml: out, cells: row.map((c) => `${c[1]}${c[2]}`) };
}

/**
 * The workbook as Excel could have saved it: sheet names quoted only when they must be
 * ('Assumptions'!$B$14 -> Assumptions!$B$14, Chinese names too), a row of shared formulas, and
 * the "_xlfn." prefix Excel writes before functions newer than the file format (put before
 * IFERROR, which every vendor's costs use, to stand for any such function). `shared`: the
 * Pricing cells that now hold a shared formula.
 */
export function savedByExcel(data: Buffer): { data: Buffer; shared: string[] } {
  const sheets = partNames(data).filter((name) => /^xl\/worksheets\/sheet\d+\.xml$/.test(name));
  let shared: string[] = [];
  const parts = sheets.map((name) => {
    let xml = editFormulas(partText(data, name), (f) => f.replace(SIMPLE_SHEET, '$1!').replace(/\bIFERROR\(/g, '_xlfn.IFERROR('));
    // Pricing: ExcelJS writes the template's sheets in order, Pricing third.
    if (name === 'xl/worksheets/sheet3.xml') ({ xml, cells: shared } = shareOneRow(xml));
    return { name, data: Buffer.from(xml) };
  });
  return { data: withParts(data, parts), shared };
}
