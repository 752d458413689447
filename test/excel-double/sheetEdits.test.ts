/** Insert / delete of entire columns and rows in the double (sheetEdits.ts), through the public API. */
import { createWorkbook, definedNames, type WorkbookDouble } from '.';

type Sheet = ReturnType<ReturnType<WorkbookDouble['newContext']>['workbook']['worksheets']['getItemOrNullObject']>;

/** Queue `act` on sheet `name` in a new context and sync it. */
async function run(wb: WorkbookDouble, name: string, act: (sheet: Sheet) => void): Promise<void> {
  const ctx = wb.newContext();
  act(ctx.workbook.worksheets.getItemOrNullObject(name));
  await ctx.sync();
}

/** Formulas (or values) of `address` on `sheet`, read through the API. */
async function formulas(wb: WorkbookDouble, sheet: string, address: string): Promise<unknown[][]> {
  const ctx = wb.newContext();
  const range = ctx.workbook.worksheets.getItemOrNullObject(sheet).getRange(address).load({ formulas: true });
  await ctx.sync();
  return range.formulas;
}

const insertColumns = (at: number, count: number) => (s: Sheet) => s.getRangeByIndexes(0, at, 1, count).getEntireColumn().insert('Right');
const deleteColumns = (at: number, count: number) => (s: Sheet) => s.getRangeByIndexes(0, at, 1, count).getEntireColumn().delete('Left');
const deleteRows = (at: number, count: number) => (s: Sheet) => s.getRangeByIndexes(at, 0, count, 1).getEntireRow().delete('Up');

describe('inserting and deleting columns and rows in the double', () => {
  it('queues an inserted column until sync; formulas on another sheet follow it, a SUM spanning it grows', async () => {
    const wb = createWorkbook({
      sheets: [
        { name: 'Data', cells: { A1: 1, B1: 2, C1: 3 } },
        { name: 'Calc', cells: { A1: '=SUM(Data!A1:B1)', A2: '=SUM(Data!A1:C1)', A3: '=Data!C1' } },
      ],
    });
    const ctx = wb.newContext();
    insertColumns(2, 1)(ctx.workbook.worksheets.getItemOrNullObject('Data'));
    expect(wb.sheet('Data').cells.get('0,2')).toMatchObject({ value: 3 });
    const before = wb.stats.syncs;
    await ctx.sync();
    expect(wb.stats.syncs - before).toBe(1);
    // Inserted before C: C1 moves to D1; A1:B1 ends just left of it and stays; A1:C1 spans it and grows.
    expect(await formulas(wb, 'Data', 'A1:D1')).toEqual([[1, 2, '', 3]]);
    expect(await formulas(wb, 'Calc', 'A1:A3')).toEqual([['=SUM(Data!A1:B1)'], ['=SUM(Data!A1:D1)'], ['=Data!D1']]);
  });

  it('turns a reference to a deleted column into #REF!, shrinks a range losing a column and moves the rest left', async () => {
    const wb = createWorkbook({
      sheets: [
        { name: 'Data', cells: { A1: 1, B1: 2, C1: 3, D1: 4, E1: '=B1+D1' } },
        { name: 'Calc', cells: { A1: '=Data!B1*2', A2: '=SUM(Data!A1:C1)', A3: '=Data!D1' } },
      ],
    });
    await run(wb, 'Data', deleteColumns(1, 1));
    expect(await formulas(wb, 'Data', 'A1:D1')).toEqual([[1, 3, 4, '=#REF!+C1']]);
    const calc = await formulas(wb, 'Calc', 'A1:A3');
    // As Excel writes the other sheet's reference to a deleted cell: the sheet stays.
    expect(calc[0]![0]).toBe('=Data!#REF!*2');
    expect(calc.slice(1)).toEqual([['=SUM(Data!A1:B1)'], ['=Data!C1']]);
  });

  it('moves column widths, hidden columns and cell formats with their columns; deleted ones go', async () => {
    const wb = createWorkbook({ sheets: [{ name: 'S' }] });
    await run(wb, 'S', (s) => {
      s.getRange('B1').format.columnWidth = 30;
      s.getRange('D1').format.columnWidth = 40;
      s.getRange('C1').columnHidden = true;
      s.getRange('C2').format.fill.color = '#00FF00';
    });
    await run(wb, 'S', insertColumns(1, 2));
    // Two columns before B: B, C, D become D, E, F.
    const s = wb.sheet('S');
    expect([Object.fromEntries(s.columnWidths), [...s.hiddenCols], [...s.formats.keys()]]).toEqual([{ 3: 30, 5: 40 }, [4], ['1,4']]);
    await run(wb, 'S', deleteColumns(3, 2));
    // D and E go; F comes back to D.
    expect([Object.fromEntries(s.columnWidths), [...s.hiddenCols], [...s.formats.keys()]]).toEqual([{ 3: 40 }, [], []]);
  });

  it('deletes rows: cells, formulas and hidden rows below move up', async () => {
    const wb = createWorkbook({ sheets: [{ name: 'S', cells: { A1: 'a', A2: 'b', A3: 'c', A4: 'd', B1: '=A3&A4', B2: '=COUNTA(A1:A4)' } }] });
    await run(wb, 'S', (s) => (s.getRange('A4').rowHidden = true));
    await run(wb, 'S', deleteRows(1, 1));
    // Row 2 is gone: B2's formula was in it; A3, A4 move to A2, A3; COUNTA's range loses a row.
    expect(await formulas(wb, 'S', 'A1:B3')).toEqual([
      ['a', '=A2&A3'],
      ['c', ''],
      ['d', ''],
    ]);
    expect([...wb.sheet('S').hiddenRows]).toEqual([2]);
  });

  it('moves names with their cells; a name whose every cell is deleted breaks', async () => {
    const wb = createWorkbook({
      sheets: [{ name: 'Data' }],
      names: [
        { name: 'vc_C', sheet: 'Data', address: 'C1:C5' },
        { name: 'vc_B', sheet: 'Data', address: 'B2' },
        { name: 'vc_BC', sheet: 'Data', address: 'B1:C1' },
      ],
    });
    await run(wb, 'Data', deleteColumns(1, 1));
    // The double's broken name reads =#REF!<old address> (Excel shows =Data!#REF!).
    expect(definedNames(wb).map((n) => n.formula)).toEqual(['=Data!$B$1:$B$5', '=#REF!$B$2', '=Data!$B$1']);
    const ctx = wb.newContext();
    const broken = ctx.workbook.names.getItemOrNullObject('vc_B').getRangeOrNullObject();
    await ctx.sync();
    expect(broken.isNullObject).toBe(true);
    await run(wb, 'Data', insertColumns(0, 2));
    expect(definedNames(wb).map((n) => n.formula)).toEqual(['=Data!$D$1:$D$5', '=#REF!$B$2', '=Data!$D$1']);
  });

  it('moves conditional formats (and their formulas), merges and validation; an inserted column takes the validation of the one left of it', async () => {
    const wb = createWorkbook({ sheets: [{ name: 'S', merges: ['B5:D5'], conditionalFormats: [{ address: 'B1:D1', formula: '=$D1>0' }] }] });
    await run(wb, 'S', (s) => (s.getRange('B2:B3').dataValidation.rule = { wholeNumber: { operator: 'GreaterThan', formula1: '=$D$9' } }));
    await run(wb, 'S', insertColumns(2, 1));
    const s = wb.sheet('S');
    // Inserted before C: B2:B3 ends just left of it, so the new column C takes its validation ("Format same as left").
    expect(s.validations.map((v) => v.rect)).toEqual([{ row: 1, col: 1, rows: 2, cols: 2 }]);
    expect(s.validations[0]!.rule).toEqual({ wholeNumber: { operator: 'GreaterThan', formula1: '=$E$9' } });
    expect(s.conditionalFormats.map((cf) => [cf.rect, cf.formula])).toEqual([[{ row: 0, col: 1, rows: 1, cols: 4 }, '=$E1>0']]);
    expect(s.merges).toEqual([{ row: 4, col: 1, rows: 1, cols: 4 }]);
    await run(wb, 'S', deleteColumns(1, 2));
    // B and C go: the validation (B:C) goes, the format keeps D:E as B:C, the merge likewise.
    expect(s.validations).toEqual([]);
    expect(s.conditionalFormats.map((cf) => [cf.rect, cf.formula])).toEqual([[{ row: 0, col: 1, rows: 1, cols: 2 }, '=$C1>0']]);
    expect(s.merges).toEqual([{ row: 4, col: 1, rows: 1, cols: 2 }]);
  });

  it('keeps a chart on its source: an inserted column inside it becomes a series, a deleted one drops its series', async () => {
    const wb = createWorkbook({ sheets: [{ name: 'Data', cells: { B1: 'V1', C1: 'V2', A2: 'x', A3: 'y', B2: 1, C2: 2, B3: 3, C3: 4 } }] });
    await run(wb, 'Data', (s) => s.charts.add('Line', s.getRange('A1:C3'), 'Columns'));
    await run(wb, 'Data', insertColumns(2, 1));
    const chart = wb.sheet('Data').charts[0]!;
    expect(chart.source.rect).toEqual({ row: 0, col: 0, rows: 3, cols: 4 });
    expect(chart.seriesNameCells).toEqual(['B1', 'C1', 'D1']);
    expect(chart.categories).toEqual({ row: 1, col: 0, rows: 2, cols: 1 });
    await run(wb, 'Data', deleteColumns(1, 1));
    expect(chart.source.rect).toEqual({ row: 0, col: 0, rows: 3, cols: 3 });
    expect(chart.seriesNameCells).toEqual(['B1', 'C1']);
  });

  it('refuses insert and delete of columns and rows on a protected sheet unless its options allow them', async () => {
    const denied = { code: 'AccessDenied' };
    const wb = createWorkbook({ sheets: [{ name: 'S', cells: { A1: 1 } }] });
    await run(wb, 'S', (s) => s.protection.protect());
    await expect(run(wb, 'S', insertColumns(0, 1))).rejects.toMatchObject(denied);
    await expect(run(wb, 'S', deleteColumns(0, 1))).rejects.toMatchObject(denied);
    await expect(run(wb, 'S', deleteRows(0, 1))).rejects.toMatchObject(denied);
    expect(wb.sheet('S').cells.get('0,0')).toMatchObject({ value: 1 });
    const allowed = createWorkbook({ sheets: [{ name: 'S', cells: { A1: 1 } }] });
    await run(allowed, 'S', (s) => s.protection.protect({ allowInsertColumns: true, allowDeleteColumns: true, allowDeleteRows: true }));
    await run(allowed, 'S', insertColumns(0, 1));
    expect(allowed.sheet('S').cells.get('0,1')).toMatchObject({ value: 1 });
    await run(allowed, 'S', deleteColumns(0, 1));
    await run(allowed, 'S', deleteRows(0, 1));
    expect(allowed.sheet('S').cells.size).toBe(0);
  });

  it('shifts entire rows or entire columns only, each in its own direction', async () => {
    const wb = createWorkbook({ sheets: [{ name: 'S' }] });
    const invalid = { code: 'InvalidArgument' };
    await expect(run(wb, 'S', (s) => s.getRange('A1:B2').insert('Right'))).rejects.toMatchObject(invalid);
    await expect(run(wb, 'S', (s) => s.getRange('A1:B2').delete('Up'))).rejects.toMatchObject(invalid);
    await expect(run(wb, 'S', (s) => s.getRange('A1').getEntireRow().insert('Right'))).rejects.toMatchObject(invalid);
    await expect(run(wb, 'S', (s) => s.getRange('A1').getEntireColumn().delete('Up'))).rejects.toMatchObject(invalid);
  });
});
