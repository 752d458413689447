/**
 * Asserts that a WorkbookDouble holds exactly what a Plan describes: every cell of every block
 * (text as text, formulas as formulas, nothing else written), formats, widths, freeze panes,
 * tab colours, validations, conditional formats, defined names and the sheet shown.
 */
import { CELL_STYLES, CONDITIONAL_STYLES, columnWidthPoints } from '../../../src/adapters/excel/styles';
import { rectAddress, sheetRef } from '../../../src/core/plan/a1';
import type { CellContent, Plan, SheetPlan } from '../../../src/core/plan/types';
import { type CellFormat, type CellValue, definedNames, type KnownNames, respellFormula, type WorkbookDouble } from '../../excel-double';

/** A cell without its quote-prefix flag: Excel shows both kinds of text the same. */
type PlainCell = { kind: 'value'; value: CellValue } | { kind: 'formula'; formula: string };

/** Formulas as Excel gives them back: re-spelled (quotes dropped from simple sheet names...). */
function expectedCell(content: Exclude<CellContent, null>, known: KnownNames): PlainCell {
  if (typeof content === 'object') return { kind: 'formula', formula: respellFormula(`=${content.formula}`, known) };
  return { kind: 'value', value: content };
}

function expectCells(wb: WorkbookDouble, s: SheetPlan): void {
  const cells = wb.sheet(s.name).cells;
  const known: KnownNames = { sheets: wb.sheetNames, names: definedNames(wb).map((n) => n.name) };
  const expected = new Map<string, PlainCell>();
  for (const block of s.blocks) {
    block.cells.forEach((row, r) =>
      row.forEach((content, c) => {
        if (content !== null) expected.set(`${block.row + r},${block.col + c}`, expectedCell(content, known));
      }),
    );
  }
  const actual = new Map([...cells].map(([key, cell]) => [key, cell.kind === 'value' ? { kind: cell.kind, value: cell.value } : cell]));
  expect(Object.fromEntries(actual)).toEqual(Object.fromEntries(expected));
}

/** Replays the plan's formats in order: a later format of a cell overrides an earlier one. */
function expectFormats(wb: WorkbookDouble, s: SheetPlan): void {
  const expected = new Map<string, CellFormat>();
  for (const f of s.formats) {
    const style = f.style ? CELL_STYLES[f.style] : {};
    for (let r = f.range.row; r < f.range.row + f.range.rows; r++) {
      for (let c = f.range.col; c < f.range.col + f.range.cols; c++) {
        const cell = expected.get(`${r},${c}`) ?? {};
        if (f.numberFormat) cell.numberFormat = f.numberFormat;
        if (f.unlocked) cell.locked = false;
        if (style.fill) cell.fill = style.fill.toUpperCase();
        if (style.fontColor) cell.fontColor = style.fontColor.toUpperCase();
        if (style.bold) cell.bold = true;
        if (style.italic) cell.italic = true;
        if (style.size) cell.size = style.size;
        if (style.underline) cell.underline = style.underline;
        if (style.wrap) cell.wrapText = true;
        expected.set(`${r},${c}`, cell);
      }
    }
  }
  expect(Object.fromEntries(wb.sheet(s.name).formats)).toEqual(Object.fromEntries(expected));
}

function expectSheetRules(wb: WorkbookDouble, s: SheetPlan): void {
  const sheet = wb.sheet(s.name);
  expect(sheet.tabColor).toBe(s.tabColor.toUpperCase());
  expect(sheet.freeze).toEqual(s.freeze);
  expect(Object.fromEntries(sheet.rowHeights)).toEqual(Object.fromEntries(s.rowHeights.map((h) => [h.row, h.height])));
  expect(Object.fromEntries(sheet.columnWidths)).toEqual(
    Object.fromEntries(s.columnWidths.map((w) => [w.col, columnWidthPoints(w.width)])),
  );
  expect(sheet.validations).toEqual(
    s.validations.map((v) => ({
      rect: v.range,
      rule:
        v.kind === 'list'
          ? { list: { inCellDropDown: true, source: v.items.join(',') } }
          : {
              [v.kind === 'whole' ? 'wholeNumber' : 'decimal']:
                v.max === undefined
                  ? { formula1: v.min, operator: 'GreaterThanOrEqualTo' }
                  : { formula1: v.min, formula2: v.max, operator: 'Between' },
            },
      ...(v.prompt ? { prompt: { showPrompt: true, message: v.prompt, title: '' } } : {}),
      ...(v.error ? { errorAlert: { showAlert: true, style: 'Stop', message: v.error, title: '' } } : {}),
    })),
  );
  expect(sheet.conditionalFormats.map(({ id: _id, ...cf }) => cf)).toEqual(
    s.conditionalFormats.map((cf) => {
      const look = CONDITIONAL_STYLES[cf.style];
      return {
        rect: cf.range,
        type: 'Custom',
        formula: `=${cf.formula}`,
        ...(look.fill ? { fill: look.fill.toUpperCase() } : {}),
        ...(look.fontColor ? { fontColor: look.fontColor.toUpperCase() } : {}),
      };
    }),
  );
}

/** `userSheets` are the sheets that were there before, in order; the plan's follow them. */
export function expectPlanWritten(wb: WorkbookDouble, plan: Plan, userSheets: readonly string[]): void {
  expect(wb.sheetNames).toEqual([...userSheets, ...plan.sheets.map((s) => s.name)]);
  for (const s of plan.sheets) {
    expectCells(wb, s);
    expectFormats(wb, s);
    expectSheetRules(wb, s);
    // Every template sheet ends protected, without a password, as the template protects it.
    expect(wb.sheet(s.name).protection).toMatchObject({ protected: true, password: null, options: { allowFormatColumns: true, allowFormatRows: true, allowFormatCells: false } });
  }
  const sheetName = new Map(plan.sheets.map((s) => [s.key, s.name]));
  const names = definedNames(wb).filter((n) => n.name.startsWith('vc_'));
  expect(names).toEqual(
    plan.names.map((n) => ({
      name: n.name,
      formula: `=${referenceSheet(sheetName.get(n.sheet)!)}!${rectAddress(n.range, true)}`,
      comment: n.comment,
    })),
  );
  expect(wb.activeSheetName).toBe(sheetName.get('overview'));
}

/** Excel quotes a sheet name in a reference only when it must; sheetRef always quotes. */
function referenceSheet(name: string): string {
  return /^[\p{L}_][\p{L}\p{N}_.]*$/u.test(name) ? name : sheetRef(name, { row: 0, col: 0, rows: 1, cols: 1 }).split('!')[0]!;
}
