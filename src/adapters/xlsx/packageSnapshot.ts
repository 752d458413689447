/**
 * Reads a validation Snapshot straight from an .xlsx package, without ExcelJS: only the parts
 * and cells the template's names cover are parsed (issue 12: `validate` on a folder must cost
 * less than ExcelJS's own load of the files). It reads cells as readSnapshot does through
 * ExcelJS: a formula is a cell with an <f> element (a shared formula's text slid from its
 * master), a string cell is text even when it starts with "=", a number in a date format is a
 * date, the hidden parts of a merged area are empty. Where ExcelJS garbles a value (an error or
 * a text result in a date-formatted cell), this reader keeps what the file says.
 */
import { isTemplateName } from '../../core/template/planTemplate';
import { parseRange } from '../../core/plan/a1';
import type { Rect } from '../../core/plan/types';
import { RESULT_ONLY_NAMES, parseNameReference, type NamedBlock, type Snapshot, type SnapshotValue } from '../../core/snapshot/types';
import { WorkbookFileError } from './errors';
import { MalformedXmlError } from './parseXml';
import { openWorkbookPackage, type ReadOptions } from './workbookPackage';
import { slideFormula } from '../../core/formulas/slideFormula';
import { cellKey, readSheetCells, type RawCell, type SheetCells } from './sheetCells';
import { decodeXstring, readDateStyles, readSharedStrings, readWorkbookStructure } from './workbookParts';
import type { RawDefinedName } from './workbookNames';

export interface PackageParts {
  /** The archive's part names. */
  parts: readonly string[];
  /** One part's text, or null when the archive has none. */
  text(part: string): string | null;
  /** The workbook's defined names as xl/workbook.xml has them (workbook-level). */
  definedNames: readonly RawDefinedName[];
}

interface Wanted {
  name: string;
  sheet: string;
  range: Rect;
  /** Values wanted (and the row above), not only whether cells hold formulas. */
  values: boolean;
}

/** Serial day 0 of the 1900 and 1904 date systems, in days since 1970-01-01 (as ExcelJS counts). */
const EPOCH_1900 = 25569;
const EPOCH_1904 = 25569 - 1462;
const DAY_MS = 24 * 3600 * 1000;

function dateText(serial: number, date1904: boolean): SnapshotValue {
  const date = new Date(Math.round((serial - (date1904 ? EPOCH_1904 : EPOCH_1900)) * DAY_MS));
  return Number.isNaN(date.getTime()) ? { error: '#VALUE!' } : date.toISOString().slice(0, 10);
}

const EMPTY_SST = '<sst/>';
const EMPTY_STYLES = '<styleSheet/>';

class CellReader {
  private strings: string[] | null = null;
  private dateStyles: boolean[] | null = null;

  constructor(
    private readonly pkg: PackageParts,
    private readonly date1904: boolean,
  ) {}

  private sharedString(index: number): string {
    // A workbook whose strings are all inline has no shared-strings part.
    this.strings ??= readSharedStrings(this.pkg.text('xl/sharedStrings.xml') ?? EMPTY_SST);
    return this.strings[index] ?? '';
  }

  private isDateStyle(style: number): boolean {
    if (style === 0) return false;
    this.dateStyles ??= readDateStyles(this.pkg.text('xl/styles.xml') ?? EMPTY_STYLES);
    return this.dateStyles[style] === true;
  }

  /** The cell's value as Excel would show its type: text, number, boolean, error or date. */
  value(cell: RawCell): SnapshotValue {
    const { type, value } = cell;
    if (type === 'inlineStr') return cell.inline === undefined ? (value ?? null) : decodeXstring(cell.inline);
    // An empty <v> of a formula is no cached result (ExcelJS reads it so too).
    if (value === undefined || (value === '' && (cell.formula !== undefined || cell.formulaType !== undefined))) return null;
    switch (type) {
      case 's':
        return this.sharedString(Number.parseInt(value, 10));
      case 'str':
        return value;
      case 'b':
        return Number.parseInt(value, 10) !== 0;
      case 'e':
        return { error: value };
      case 'd':
        return value.slice(0, 10);
      default: {
        const number = Number.parseFloat(value);
        if (Number.isNaN(number)) return null;
        return this.isDateStyle(cell.style) ? dateText(number, this.date1904) : number;
      }
    }
  }
}

function formulaOf(cell: RawCell, sheet: SheetCells): string | null {
  if (cell.formula) return `=${cell.formula}`;
  if (cell.formulaType === undefined) return null;
  // A shared formula's other cells carry only its index; their text is the master's, slid.
  const master = cell.sharedIndex === undefined ? undefined : sheet.sharedMasters.get(cell.sharedIndex);
  return master ? `=${slideFormula(master.formula, cell.row - master.row, cell.col - master.col)}` : '=';
}

/** A merged area's cells other than its top-left one: empty in Excel, whatever the file holds. */
function hiddenByMerge(merges: readonly Rect[], row: number, col: number): boolean {
  return merges.some((m) => row >= m.row && row < m.row + m.rows && col >= m.col && col < m.col + m.cols && (row !== m.row || col !== m.col));
}

function wantedBlocks(pkg: PackageParts, sheetNames: readonly string[], resultValues: boolean): { wanted: Wanted[]; broken: Snapshot['broken'] } {
  const wanted: Wanted[] = [];
  const broken: Snapshot['broken'] = [];
  const byLowerName = new Map(sheetNames.map((name) => [name.toLowerCase(), name]));
  for (const { name, reference } of pkg.definedNames) {
    if (!isTemplateName(name)) continue;
    const parsed = parseNameReference(reference);
    const sheet = parsed ? byLowerName.get(parsed.sheet.toLowerCase()) : undefined;
    if (!parsed || !sheet) {
      broken.push({ name, reference: reference || '#REF!' });
      continue;
    }
    wanted.push({
      name,
      sheet,
      range: parseRange(parsed.address),
      values: resultValues || !RESULT_ONLY_NAMES.has(name),
    });
  }
  return { wanted, broken };
}

/** The rectangles to read on one sheet: each name's range, and the row above where values are wanted. */
function rectsOf(blocks: readonly Wanted[]): Rect[] {
  return blocks.flatMap((b) => (b.values && b.range.row > 0 ? [b.range, { ...b.range, row: b.range.row - 1, rows: 1 }] : [b.range]));
}

/** `resultValues`: also read the values of the result-only names (costs, scores), as readSnapshot's option. */
export function packageSnapshot(pkg: PackageParts, source: string, { resultValues = false }: { resultValues?: boolean } = {}): Snapshot {
  const structure = readWorkbookStructure(pkg.text('xl/workbook.xml') ?? '', pkg.text('xl/_rels/workbook.xml.rels'));
  const present = new Set(pkg.parts.map((p) => p.replace(/^\//, '')));
  // A sheet whose part is missing is no sheet at all (as ExcelJS has it): its names are broken.
  const sheets = structure.sheets.filter((s) => s.part !== null && present.has(s.part));
  const sheetNames = sheets.map((s) => s.name);
  const { wanted, broken } = wantedBlocks(pkg, sheetNames, resultValues);
  const reader = new CellReader(pkg, structure.date1904);
  const blocks: Record<string, NamedBlock> = {};
  for (const sheet of sheets) {
    const here = wanted.filter((w) => w.sheet === sheet.name);
    if (here.length === 0) continue;
    const cells = readSheetCells(pkg.text(sheet.part!) ?? '', sheet.part!, rectsOf(here));
    const read = (row: number, col: number) => {
      const cell = cells.cells.get(cellKey(row, col));
      if (!cell || hiddenByMerge(cells.merges, row, col)) return { value: null, formula: null };
      return { value: reader.value(cell), formula: formulaOf(cell, cells) };
    };
    for (const w of here) {
      const { range } = w;
      const grid = Array.from({ length: range.rows }, (_, r) => Array.from({ length: range.cols }, (_, c) => read(range.row + r, range.col + c)));
      const formulas = grid.map((row) => row.map((c) => c.formula));
      if (!w.values) {
        blocks[w.name] = {
          name: w.name,
          sheet: sheet.name,
          range,
          values: [],
          formulas,
          above: null,
        };
        continue;
      }
      const above = range.row === 0 ? null : Array.from({ length: range.cols }, (_, c) => read(range.row - 1, range.col + c).value);
      blocks[w.name] = {
        name: w.name,
        sheet: sheet.name,
        range,
        values: grid.map((row) => row.map((c) => c.value)),
        formulas,
        above,
      };
    }
  }
  return { source, sheetNames, blocks, broken };
}

/** A file's Snapshot for `validate`; XML that does not parse makes the file damaged, named by its part. */
export async function readFileSnapshot(path: string, options: ReadOptions = {}): Promise<Snapshot> {
  const pkg = await openWorkbookPackage(path, options);
  try {
    return packageSnapshot(pkg, path);
  } catch (error) {
    if (error instanceof MalformedXmlError)
      throw new WorkbookFileError(path, { kind: 'corrupt', reason: 'damaged', entry: error.part }, { cause: error });
    throw error;
  }
}
