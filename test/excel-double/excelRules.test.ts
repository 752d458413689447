import { createWorkbook, definedNames, formatAt } from './index';

async function addSheet(name: string, existing: string[] = ['Sheet1']) {
  const wb = createWorkbook({ sheets: existing.map((n) => ({ name: n })) });
  const ctx = wb.newContext();
  ctx.workbook.worksheets.add(name);
  return { wb, done: ctx.sync() };
}

describe('excel double: Excel rules', () => {
  it.each([
    ['x'.repeat(32)],
    ['a[b'],
    ['a]b'],
    ['a:b'],
    ['a*b'],
    ['a?b'],
    ['a/b'],
    ['a\\b'],
    ['   '],
    ["'quoted"],
  ])('rejects the sheet name %j', async (name) => {
    const { wb, done } = await addSheet(name);
    await expect(done).rejects.toMatchObject({ code: 'InvalidArgument' });
    expect(wb.sheetNames).toEqual(['Sheet1']);
  });

  it('accepts 31 characters and rejects a name taken in another case', async () => {
    const ok = await addSheet('x'.repeat(31));
    await ok.done;
    expect(ok.wb.sheetNames).toHaveLength(2);
    const dup = await addSheet('PRICING', ['Pricing']);
    await expect(dup.done).rejects.toMatchObject({ code: 'ItemAlreadyExists' });
  });

  it('rejects a 2-D write that does not match the range', async () => {
    const wb = createWorkbook();
    const ctx = wb.newContext();
    const range = ctx.workbook.worksheets.getItemOrNullObject('Sheet1').getRangeByIndexes(0, 0, 2, 2);
    range.values = [[1, 2]];
    await expect(ctx.sync()).rejects.toMatchObject({ code: 'InvalidArgument' });
    range.formulas = [[1, 2], [3]];
    await expect(ctx.sync()).rejects.toMatchObject({ code: 'InvalidArgument' });
    range.numberFormat = [['0'], ['0']];
    await expect(ctx.sync()).rejects.toMatchObject({ code: 'InvalidArgument' });
  });

  it('adds workbook names, rejects duplicates and finds them case-insensitively', async () => {
    const wb = createWorkbook({ sheets: [{ name: 'My Sheet' }] });
    const ctx = wb.newContext();
    const sheet = ctx.workbook.worksheets.getItemOrNullObject('My Sheet');
    ctx.workbook.names.add('vc_Term', sheet.getRangeByIndexes(3, 1, 1, 1), 'Term in years');
    ctx.workbook.names.add('Other', "='My Sheet'!$A$1:$B$2");
    await ctx.sync();
    expect(definedNames(wb)).toEqual([
      { name: 'vc_Term', formula: "='My Sheet'!$B$4", comment: 'Term in years' },
      { name: 'Other', formula: "='My Sheet'!$A$1:$B$2", comment: '' },
    ]);
    ctx.workbook.names.add('VC_TERM', sheet.getRange('A1'));
    await expect(ctx.sync()).rejects.toMatchObject({ code: 'ItemAlreadyExists' });
    const found = ctx.workbook.names.getItemOrNullObject('VC_term');
    const missing = ctx.workbook.names.getItemOrNullObject('vc_Missing');
    await ctx.sync();
    expect([found.isNullObject, missing.isNullObject]).toEqual([false, true]);
  });

  it.each(['A1', 'has space', '1abc', 'R1C1'])('rejects the defined name %j', async (name) => {
    const wb = createWorkbook();
    const ctx = wb.newContext();
    ctx.workbook.names.add(name, '=Sheet1!$A$1');
    await expect(ctx.sync()).rejects.toMatchObject({ code: 'InvalidArgument' });
  });

  it('turns names into #REF! when their sheet is deleted, and keeps the last sheet', async () => {
    const wb = createWorkbook({ sheets: [{ name: 'Keep' }, { name: 'Gone' }], names: [{ name: 'n', sheet: 'Gone', address: 'A1' }] });
    const ctx = wb.newContext();
    ctx.workbook.worksheets.getItemOrNullObject('Gone').delete();
    await ctx.sync();
    expect(definedNames(wb)).toEqual([{ name: 'n', formula: '=#REF!$A$1', comment: '' }]);
    ctx.workbook.worksheets.getItemOrNullObject('Keep').delete();
    await expect(ctx.sync()).rejects.toMatchObject({ code: 'InvalidOperation' });
  });

  it('stores formats, widths, freeze panes, tab colour, validation and conditional formats', async () => {
    const wb = createWorkbook();
    const ctx = wb.newContext();
    const sheet = ctx.workbook.worksheets.add('F');
    const range = sheet.getRange('B2:C3');
    range.format.fill.color = '#fff8e1';
    range.format.font.color = 'white';
    range.format.font.bold = true;
    range.format.font.italic = true;
    range.format.wrapText = true;
    range.numberFormat = [['0%', null], ['0%', '0.00']];
    range.format.columnWidth = 60;
    range.dataValidation.rule = { list: { inCellDropDown: true, source: 'Yes,No' } };
    range.dataValidation.prompt = { showPrompt: true, message: 'Pick one', title: '' };
    const cf = range.conditionalFormats.add('Custom');
    cf.custom.rule.formula = '=B2=""';
    cf.custom.format.fill.color = '#F8D7DA';
    sheet.freezePanes.freezeAt(sheet.getRangeByIndexes(0, 0, 3, 2));
    sheet.tabColor = '#1f4e79';
    sheet.activate();
    await ctx.sync();
    const f = wb.sheet('F');
    expect(formatAt(wb, 'F', 'C3')).toEqual({
      fill: '#FFF8E1',
      fontColor: '#FFFFFF',
      bold: true,
      italic: true,
      wrapText: true,
      numberFormat: '0.00',
    });
    expect(formatAt(wb, 'F', 'C2').numberFormat).toBeUndefined();
    expect([...f.columnWidths]).toEqual([
      [1, 60],
      [2, 60],
    ]);
    expect(f.freeze).toEqual({ rows: 3, cols: 2 });
    expect(f.tabColor).toBe('#1F4E79');
    expect(wb.activeSheetName).toBe('F');
    expect(f.validations).toEqual([
      {
        rect: { row: 1, col: 1, rows: 2, cols: 2 },
        rule: { list: { inCellDropDown: true, source: 'Yes,No' } },
        prompt: { showPrompt: true, message: 'Pick one', title: '' },
      },
    ]);
    expect(f.conditionalFormats).toEqual([
      expect.objectContaining({ rect: { row: 1, col: 1, rows: 2, cols: 2 }, formula: '=B2=""', fill: '#F8D7DA' }),
    ]);
  });

  it.each([
    ['a colour that is not one', (r: ReturnType<typeof rangeOf>) => (r.format.fill.color = 'chartreuse-ish')],
    ['a validation list over 255 characters', (r: ReturnType<typeof rangeOf>) => (r.dataValidation.rule = { list: { inCellDropDown: true, source: 'x,'.repeat(200) } })],
    ['a Between rule without formula2', (r: ReturnType<typeof rangeOf>) => (r.dataValidation.rule = { decimal: { formula1: 0, operator: 'Between' } })],
    ['a conditional format formula without =', (r: ReturnType<typeof rangeOf>) => (r.conditionalFormats.add('Custom').custom.rule.formula = 'A1>0')],
  ])('rejects %s', async (_what, write) => {
    const wb = createWorkbook();
    const ctx = wb.newContext();
    write(rangeOf(ctx));
    await expect(ctx.sync()).rejects.toMatchObject({ code: 'InvalidArgument' });
  });
});

function rangeOf(ctx: ReturnType<ReturnType<typeof createWorkbook>['newContext']>) {
  return ctx.workbook.worksheets.getItemOrNullObject('Sheet1').getRange('A1:B2');
}
