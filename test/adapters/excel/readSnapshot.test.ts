import { readSnapshot } from '../../../src/adapters/excel/readSnapshot';
import { readSnapshot as readXlsxSnapshot } from '../../../src/adapters/xlsx/readSnapshot';
import { writePlanToWorkbook } from '../../../src/adapters/xlsx/writePlan';
import { cellAddress } from '../../../src/core/plan/a1';
import { planTemplate } from '../../../src/core/template/planTemplate';
import { validate } from '../../../src/core/validation/validate';
import { cellAt, createWorkbook } from '../../excel-double';
import { nameAt, named, templateOptions, workbookWithTemplate } from './analysisFixtures';

describe('readSnapshot (Office.js)', () => {
  it('reads the same blocks as the ExcelJS reader does from the same plan', async () => {
    const options = templateOptions(
      [
        { name: 'Aurora', model: 'tiered', platformFee: 1000, answers: { Q1: '2h', Q3: 'TBD' } },
        { name: 'Beacon', model: 'pay-as-you-go', hourlyRate: 80 },
        { name: '=HYPERLINK("x")' },
      ],
      { scenarios: ['S2'] },
    );
    const wb = await workbookWithTemplate(options);
    const office = await readSnapshot(wb.newContext());
    const plan = planTemplate(options, ['Sheet1']);
    const file = readXlsxSnapshot(writePlanToWorkbook(plan), 'file.xlsx');

    expect(office.broken).toEqual([]);
    expect(Object.keys(office.blocks).sort()).toEqual(Object.keys(file.blocks).sort());
    expect(office.sheetNames).toEqual(['Sheet1', ...plan.sheets.map((s) => s.name)]);
    for (const [name, expected] of Object.entries(file.blocks)) {
      const actual = office.blocks[name]!;
      expect({ name, sheet: actual.sheet, range: actual.range }).toEqual({ name, sheet: expected.sheet, range: expected.range });
      expect(actual.formulas).toEqual(expected.formulas);
      // Constants are equal (Excel shows an empty cell as ""); the double does not calculate,
      // so formula cells read as "".
      const constants = expected.values.map((row, r) => row.map((v, c) => (expected.formulas[r]![c] ? '' : (v ?? ''))));
      expect(actual.values).toEqual(constants);
      if (expected.above === null) {
        expect(actual.above).toBeNull();
        continue;
      }
      actual.above!.forEach((v, c) => {
        const cell = cellAt(wb, actual.sheet, cellAddress(actual.range.row - 1, actual.range.col + c));
        if (cell?.kind === 'formula') expect(v).toBe('');
        else expect(v).toEqual(expected.above![c] ?? '');
      });
    }
  });

  it('takes exactly 2 syncs for 50 vendors x 40 questions, with a small request', async () => {
    const vendors = Array.from({ length: 50 }, (_, i) => ({ name: `Vendor ${i + 1}` }));
    const wb = await workbookWithTemplate(templateOptions(vendors, { scenarios: ['S1', 'S2', 'S3', 'S4', 'S5'], termYears: 10 }));
    // Rows the user added inside the question block: 40 questions in all.
    for (const n of ['vc_Answers', 'vc_QuestionIds']) wb.state.names.find((x) => x.name === n)!.rect.rows = 40;
    const ctx = wb.newContext();
    const snapshot = await readSnapshot(ctx);
    expect(ctx.stats.syncs).toBe(2);
    expect(snapshot.blocks.vc_Answers!.values).toHaveLength(40);
    expect(snapshot.blocks.vc_Answers!.values[0]).toHaveLength(50);
    expect(ctx.stats.maxPayloadBytes).toBeLessThan(50_000);
  });

  it('maps error values to { error }, keeps text that only looks like one, and "" for empty cells', async () => {
    const wb = createWorkbook({
      sheets: [{ name: 'Questions', cells: { C3: 'Aurora', D3: 'Beacon', E3: 'Cosmo', C4: '#N/A', D4: "'#N/A", E4: '#DIV/0!', C5: 7 } }],
      names: [{ name: 'vc_Answers', sheet: 'Questions', address: 'C4:E5' }],
    });
    const block = (await readSnapshot(wb.newContext())).blocks.vc_Answers!;
    expect(block.values).toEqual([
      [{ error: '#N/A' }, '#N/A', { error: '#DIV/0!' }],
      [7, '', ''],
    ]);
    expect(block.formulas).toEqual([
      [null, null, null],
      [null, null, null],
    ]);
    expect(block.above).toEqual(['Aurora', 'Beacon', 'Cosmo']);
  });

  it('reads the hidden parts of a merged area as empty, and no row above a block on row 1', async () => {
    const wb = createWorkbook({
      sheets: [{ name: 'Questions', cells: { A1: 'merged answer', B1: 'lost when merged', C1: 'own' }, merges: ['A1:B1'] }],
      names: [{ name: 'vc_Answers', sheet: 'Questions', address: 'A1:C1' }],
    });
    const block = (await readSnapshot(wb.newContext())).blocks.vc_Answers!;
    expect(block.values).toEqual([['merged answer', '', 'own']]);
    expect(block.above).toBeNull();
  });

  it('reports names at #REF! or on unknown sheets as broken, and ignores names that are not vc_', async () => {
    const wb = createWorkbook({
      sheets: [{ name: 'Pricing' }, { name: 'Gone' }],
      names: [
        { name: 'vc_Model', sheet: 'Pricing', address: 'D4:E4' },
        { name: 'vc_Answers', sheet: 'Gone', address: 'C4:D9' },
        { name: 'MyOwn', sheet: 'Gone', address: 'A1' },
      ],
    });
    const ctx = wb.newContext();
    ctx.workbook.worksheets.getItemOrNullObject('Gone').delete();
    await ctx.sync();
    const snapshot = await readSnapshot(wb.newContext());
    expect(Object.keys(snapshot.blocks)).toEqual(['vc_Model']);
    expect(snapshot.broken).toEqual([{ name: 'vc_Answers', reference: '=#REF!$C$4:$D$9' }]);
    expect(snapshot.sheetNames).toEqual(['Pricing']);
  });

  it('leaves the user’s own vc_ names alone (a constant, a range, one at #REF!): only the template’s names are read', async () => {
    const options = templateOptions(named('Aurora', 'Beacon'));
    const plain = await readSnapshot((await workbookWithTemplate(options)).newContext());
    const wb = await workbookWithTemplate(options);
    const sheet1 = wb.state.sheets.find((s) => s.name === 'Sheet1')!.id;
    wb.state.names.push(
      { name: 'vc_Rate', sheetId: null, rect: { row: 0, col: 0, rows: 1, cols: 1 }, comment: '', constant: '=0.05' },
      { name: 'vc_Mine', sheetId: sheet1, rect: { row: 0, col: 0, rows: 2, cols: 2 }, comment: '' },
      { name: 'VC_GONE', sheetId: null, rect: { row: 0, col: 0, rows: 1, cols: 1 }, comment: '' },
    );
    const snapshot = await readSnapshot(wb.newContext());
    expect(snapshot.broken).toEqual([]);
    expect(Object.keys(snapshot.blocks).sort()).toEqual(Object.keys(plain.blocks).sort());
    expect(validate(snapshot).findings).toEqual(validate(plain).findings);

    const mineOnly = createWorkbook({ names: [{ name: 'vc_Rate', constant: '=0.05' }, { name: 'vc_Mine', sheet: 'Sheet1', address: 'A1:B2' }] });
    expect(validate(await readSnapshot(mineOnly.newContext())).notTemplate).toBe(true);
  });

  it('follows a block the user moved by inserting rows (through its name, never a fixed address)', async () => {
    const wb = await workbookWithTemplate(templateOptions(named('Aurora', 'Beacon')));
    const answers = wb.state.names.find((n) => n.name === 'vc_Answers')!;
    const { sheet } = nameAt(wb, 'vc_Answers');
    answers.rect = { ...answers.rect, row: answers.rect.row + 5 };
    await wb.userEdit(sheet, cellAddress(answers.rect.row, answers.rect.col), [['moved here']]);
    const block = (await readSnapshot(wb.newContext())).blocks.vc_Answers!;
    expect(block.sheet).toBe(sheet);
    expect(block.range).toEqual(answers.rect);
    expect(block.values[0]![0]).toBe('moved here');
  });
});
