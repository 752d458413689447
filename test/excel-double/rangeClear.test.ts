/** Clearing a rectangle in the double: Range.clear, ConditionalFormatCollection.clearAll, DataValidation.clear. */
import { cellAt, createWorkbook, formatAt, type WorkbookDouble } from '.';

type Sheet = ReturnType<ReturnType<WorkbookDouble['newContext']>['workbook']['worksheets']['getItemOrNullObject']>;

async function run(wb: WorkbookDouble, act: (sheet: Sheet) => void): Promise<void> {
  const ctx = wb.newContext();
  act(ctx.workbook.worksheets.getItemOrNullObject('S'));
  await ctx.sync();
}

const rectOf = (row: number, col: number, rows: number, cols: number) => ({ row, col, rows, cols });

describe('clearing a rectangle in the double', () => {
  it('clearAll removes formats inside the range and trims one reaching outside it, which stays one format', async () => {
    const wb = createWorkbook({
      sheets: [
        {
          name: 'S',
          conditionalFormats: [
            { address: 'A1:C3', formula: '=A1>0' },
            { address: 'E1:E2', formula: '=E1>0' },
          ],
        },
      ],
    });
    const ctx = wb.newContext();
    const sheet = ctx.workbook.worksheets.getItemOrNullObject('S');
    sheet.getRange('B2').conditionalFormats.clearAll();
    sheet.getRange('D1:E5').conditionalFormats.clearAll();
    expect(wb.sheet('S').conditionalFormats).toHaveLength(2);
    await ctx.sync();
    // A1:C3 without B2: row 1, row 3, then A2 and C2; E1:E2 lay inside D1:E5 and is gone.
    expect(wb.sheet('S').conditionalFormats.map((cf) => cf.rect)).toEqual([
      rectOf(0, 0, 1, 3),
      rectOf(2, 0, 1, 3),
      rectOf(1, 0, 1, 1),
      rectOf(1, 2, 1, 1),
    ]);
    const formats = sheet.getRange('A1:C3').conditionalFormats.load({ type: true });
    await ctx.sync();
    expect(formats.items).toHaveLength(1);
    formats.items[0]!.delete();
    await ctx.sync();
    expect(wb.sheet('S').conditionalFormats).toEqual([]);
  });

  it('DataValidation.clear removes validation inside any rectangle and keeps the cells of a validation outside it', async () => {
    const wb = createWorkbook({ sheets: [{ name: 'S' }] });
    const rule = { wholeNumber: { operator: 'GreaterThan' as Excel.DataValidationOperator, formula1: 0 } };
    await run(wb, (s) => {
      s.getRange('A1:A5').dataValidation.rule = rule;
      s.getRange('D1:D2').dataValidation.rule = rule;
    });
    await run(wb, (s) => {
      s.getRange('A2:B3').dataValidation.clear();
      s.getRange('C1:E5').dataValidation.clear();
    });
    // A1:A5 without A2:A3 leaves A1 and A4:A5; D1:D2 lay inside C1:E5.
    expect(wb.sheet('S').validations.map((v) => [v.rect, v.rule])).toEqual([
      [rectOf(0, 0, 1, 1), rule],
      [rectOf(3, 0, 2, 1), rule],
    ]);
  });

  it("Range.clear: 'Contents' empties cells, 'Formats' drops formats, 'All' (the default) both and conditional formats", async () => {
    const wb = createWorkbook({
      sheets: [{ name: 'S', cells: { A1: 1, B1: '=A1', A2: 'x' }, conditionalFormats: [{ address: 'A1:B2', formula: '=A1>0' }] }],
    });
    await run(wb, (s) => (s.getRange('A1:B2').format.fill.color = '#FF0000'));
    await run(wb, (s) => s.getRange('A1:B1').clear('Contents'));
    expect([cellAt(wb, 'S', 'A1'), cellAt(wb, 'S', 'B1'), formatAt(wb, 'S', 'A1').fill]).toEqual([undefined, undefined, '#FF0000']);
    await run(wb, (s) => s.getRange('A1').clear('Formats'));
    expect([formatAt(wb, 'S', 'A1'), formatAt(wb, 'S', 'B1').fill, cellAt(wb, 'S', 'A2')]).toEqual([
      {},
      '#FF0000',
      { kind: 'value', value: 'x', quotePrefix: false },
    ]);
    await run(wb, (s) => s.getRange('A2:B2').clear());
    expect([cellAt(wb, 'S', 'A2'), formatAt(wb, 'S', 'A2'), formatAt(wb, 'S', 'B2')]).toEqual([undefined, {}, {}]);
    // A1:B2 without A1 (Formats) and row 2 (All) leaves B1.
    expect(wb.sheet('S').conditionalFormats.map((cf) => cf.rect)).toEqual([rectOf(0, 1, 1, 1)]);
  });

  it('refuses clearing rules or locked cells on a protected sheet', async () => {
    const denied = { code: 'AccessDenied' };
    const wb = createWorkbook({ sheets: [{ name: 'S', cells: { A1: 1 }, conditionalFormats: [{ address: 'A1', formula: '=TRUE' }] }] });
    await run(wb, (s) => s.protection.protect({ allowFormatCells: true }));
    await expect(run(wb, (s) => s.getRange('A1').conditionalFormats.clearAll())).rejects.toMatchObject(denied);
    await expect(run(wb, (s) => s.getRange('A1').dataValidation.clear())).rejects.toMatchObject(denied);
    await expect(run(wb, (s) => s.getRange('A1').clear('All'))).rejects.toMatchObject(denied);
    expect([cellAt(wb, 'S', 'A1'), wb.sheet('S').conditionalFormats.length]).toEqual([{ kind: 'value', value: 1, quotePrefix: false }, 1]);
  });
});
