/**
 * Range.getSpecialCells / getSpecialCellsOrNullObject (ExcelApi 1.9) and the RangeAreas they
 * return, for the one question the adapter asks: which cells hold real formulas.
 *
 * Why it matters: text written with Excel's quote prefix ('=HYPERLINK("x")) reads back as
 * "=..." through Range.values, formulas and text (office-js issue 6687,
 * https://github.com/OfficeDev/office-js/issues/6687), so a leading "=" does not make a formula.
 * getSpecialCells("Formulas") lists only cells that hold one. Documented at
 * https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-ranges-special-cells:
 * getSpecialCells throws ItemNotFound when no cell matches, getSpecialCellsOrNullObject gives a
 * null object instead; RangeAreas.address lists each rectangle with its sheet
 * ("Sheet1!A1:B4, Sheet1!D1:D4", Excel.RangeAreas in @types/office-js).
 * workbook.functions.isFormula (ISFORMULA, ExcelApi 1.2) answers for one cell per call; the
 * adapter does not use it, so the double does not offer it.
 */
import type { RangeAreasLike } from '../../src/adapters/excel/excelTypes';
import { rectAddress } from '../../src/core/plan/a1';
import type { Rect } from '../../src/core/plan/types';
import type { SyncRun } from './context';
import { DoubleExcelError } from './errors';
import { ProxyBase, selectedProperties } from './proxy';
import type { RangeProxy, RangeTarget } from './range';
import { sheetInReference } from './rules';
import { cellKey } from './state';

/** The cell types the double can find; Excel knows more (Blanks, Visible, ...). */
export type SpecialCellType = 'Formulas' | 'Constants';

/** The API set getSpecialCells belongs to. */
export const SPECIAL_CELLS_API = '1.9';

export class RangeAreasProxy extends ProxyBase implements RangeAreasLike {
  private found: { target: RangeTarget; areas: Rect[] } | null = null;

  constructor(
    private readonly range: RangeProxy,
    private readonly cellType: SpecialCellType,
    nullable: boolean,
  ) {
    super(range.ctx, range.ctx.newRef('rangeAreas'), 'RangeAreas');
    const op = nullable ? 'getSpecialCellsOrNullObject' : 'getSpecialCells';
    if (cellType !== 'Formulas' && cellType !== 'Constants') {
      throw new DoubleExcelError('NotImplemented', `The double finds only Formulas and Constants cells, not ${String(cellType)}.`);
    }
    this.queue(op, [cellType], (run) => {
      run.requireApi(SPECIAL_CELLS_API, `Range.${op}`);
      this.resolve(run, nullable, op);
    });
  }

  get address(): string {
    return this.read<string>('address');
  }

  load(options: { address?: boolean }): this {
    const props = selectedProperties(options);
    this.queue('load', [props], (run) => {
      if (!this.found) return;
      const { target, areas } = this.found;
      const sheet = sheetInReference(target.sheet.name);
      const values: Record<string, unknown> = {};
      if (props.includes('address')) values.address = areas.map((a) => `${sheet}!${rectAddress(a)}`).join(', ');
      this.deliverAt(run, values);
    });
    return this;
  }

  private resolve(run: SyncRun, nullable: boolean, op: string): void {
    const target = this.range.target(run.state);
    const areas = target ? matchingAreas(target, this.cellType) : [];
    if (areas.length === 0 && !nullable) {
      throw new DoubleExcelError('ItemNotFound', 'No cells were found.', `Range.${op}`);
    }
    this.found = target && areas.length > 0 ? { target, areas } : null;
    this.resolvedAt(run, this.found === null);
  }
}

function matches(kind: string | undefined, cellType: SpecialCellType): boolean {
  if (kind === undefined) return false;
  return cellType === 'Formulas' ? kind === 'formula' : kind !== 'formula';
}

/**
 * The matching cells as rectangles: runs along each row, and a run stacked on an identical run
 * of the row above joins it. Excel may cut the areas differently; they cover the same cells.
 */
function matchingAreas({ sheet, rect }: RangeTarget, cellType: SpecialCellType): Rect[] {
  const areas: Rect[] = [];
  let open: Rect[] = [];
  for (let r = rect.row; r < rect.row + rect.rows; r++) {
    const runs: Rect[] = [];
    for (let c = rect.col; c < rect.col + rect.cols; c++) {
      if (!matches(sheet.cells.get(cellKey(r, c))?.kind, cellType)) continue;
      const last = runs[runs.length - 1];
      if (last && last.col + last.cols === c) last.cols++;
      else runs.push({ row: r, col: c, rows: 1, cols: 1 });
    }
    open = runs.map((run) => {
      const above = open.find((a) => a.col === run.col && a.cols === run.cols && a.row + a.rows === r);
      if (!above) {
        areas.push(run);
        return run;
      }
      above.rows++;
      return above;
    });
  }
  return areas;
}
