/** What a change made in place must share with a fresh insert of the changed template. */
import type { Snapshot } from '../../../src/core/snapshot/types';
import type { WorkbookDouble } from '../../excel-double';

/** Everything a fresh insert decides, sheet by sheet: rules, charts, protection, hidden parts. */
export function sheetRules(wb: WorkbookDouble) {
  const sheetName = (id: number) => wb.state.sheets.find((s) => s.id === id)?.name;
  const byRect = (a: { rect: { row: number; col: number } }, b: { rect: { row: number; col: number } }) =>
    a.rect.row - b.rect.row || a.rect.col - b.rect.col;
  return wb.state.sheets.map((s) => ({
    sheet: s.name,
    validations: [...s.validations].sort(byRect).map((v) => ({ rect: v.rect, rule: JSON.stringify(v.rule) })),
    conditionalFormats: [...s.conditionalFormats].sort(byRect).map((c) => ({ rect: c.rect, formula: c.formula })),
    charts: s.charts.map((c) => ({ name: c.name, source: [sheetName(c.source.sheetId), c.source.rect], series: c.seriesNameCells })),
    protected: s.protection.protected,
    hiddenCols: [...s.hiddenCols].sort((a, b) => a - b),
    hiddenRows: [...s.hiddenRows].sort((a, b) => a - b),
  }));
}

export function expectSameAsFresh(actual: Snapshot, fresh: Snapshot): void {
  expect(Object.keys(actual.blocks).sort()).toEqual(Object.keys(fresh.blocks).sort());
  for (const [name, block] of Object.entries(fresh.blocks)) {
    const got = actual.blocks[name]!;
    // Inputs compare by value; computed cells by formula (the double does not calculate).
    const cells = (b: typeof block) => b.formulas.map((row, r) => row.map((f, c) => f ?? b.values[r]![c]));
    expect({ name, range: got.range, cells: cells(got) }).toEqual({ name, range: block.range, cells: cells(block) });
  }
}
