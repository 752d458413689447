import { readSnapshot } from '../../../src/adapters/excel/readSnapshot';
import { readSnapshot as readXlsxSnapshot } from '../../../src/adapters/xlsx/readSnapshot';
import { writePlanToWorkbook } from '../../../src/adapters/xlsx/writePlan';
import { cellAddress } from '../../../src/core/plan/a1';
import { planFill } from '../../../src/core/fill/planFill';
import { planTemplate } from '../../../src/core/template/planTemplate';
import { validate } from '../../../src/core/validation/validate';
import { cellAt, createWorkbook, definedNames, installOfficeGlobals, type KnownNames, respellFormula } from '../../excel-double';
import { cellOfName, EXCEL_HOSTS, nameAt, named, onExcelHost, templateOptions, workbookWithTemplate } from './analysisFixtures';

describe.each(EXCEL_HOSTS)('readSnapshot (Office.js) on an ExcelApi %s host', (excelApi) => {
  const host = onExcelHost(excelApi);

  it('reads the same blocks as the ExcelJS reader does from the same plan', async () => {
    const options = templateOptions(
      [
        { name: 'Aurora', model: 'tiered', platformFee: 1000, answers: { Q1: '2h', Q3: 'TBD' } },
        { name: 'Beacon', model: 'pay-as-you-go', hourlyRate: 80 },
        { name: '=HYPERLINK("x")' },
      ],
      { scenarios: ['S2'] },
    );
    const wb = host(await workbookWithTemplate(options));
    const office = await readSnapshot(wb.newContext());
    const plan = planTemplate(options, ['Sheet1']);
    const file = readXlsxSnapshot(writePlanToWorkbook(plan), 'file.xlsx');

    const known: KnownNames = { sheets: wb.sheetNames, names: definedNames(wb).map((n) => n.name) };
    expect(office.broken).toEqual([]);
    expect(Object.keys(office.blocks).sort()).toEqual(Object.keys(file.blocks).sort());
    expect(office.sheetNames).toEqual(['Sheet1', ...plan.sheets.map((s) => s.name)]);
    for (const [name, expected] of Object.entries(file.blocks)) {
      const actual = office.blocks[name]!;
      expect({ name, sheet: actual.sheet, range: actual.range }).toEqual({ name, sheet: expected.sheet, range: expected.range });
      // The same cells hold formulas; Excel gives them back re-spelled (simple sheet names unquoted).
      expect(actual.formulas).toEqual(expected.formulas.map((row) => row.map((f) => f && respellFormula(f, known))));
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
    const wb = host(await workbookWithTemplate(templateOptions(vendors, { scenarios: ['S1', 'S2', 'S3', 'S4', 'S5'], termYears: 10 })));
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
    const wb = host(
      createWorkbook({
        sheets: [{ name: 'Questions', cells: { C3: 'Aurora', D3: 'Beacon', E3: 'Cosmo', C4: '#N/A', D4: "'#N/A", E4: '#DIV/0!', C5: 7 } }],
        names: [{ name: 'vc_Answers', sheet: 'Questions', address: 'C4:E5' }],
      }),
    );
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
    const wb = host(
      createWorkbook({
        sheets: [{ name: 'Questions', cells: { A1: 'merged answer', B1: 'lost when merged', C1: 'own' }, merges: ['A1:B1'] }],
        names: [{ name: 'vc_Answers', sheet: 'Questions', address: 'A1:C1' }],
      }),
    );
    const block = (await readSnapshot(wb.newContext())).blocks.vc_Answers!;
    expect(block.values).toEqual([['merged answer', '', 'own']]);
    expect(block.above).toBeNull();
  });

  it('reports names at #REF! or on unknown sheets as broken, and ignores names that are not vc_', async () => {
    const wb = host(
      createWorkbook({
        sheets: [{ name: 'Pricing' }, { name: 'Gone' }],
        names: [
          { name: 'vc_Model', sheet: 'Pricing', address: 'D4:E4' },
          { name: 'vc_Answers', sheet: 'Gone', address: 'C4:D9' },
          { name: 'MyOwn', sheet: 'Gone', address: 'A1' },
        ],
      }),
    );
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
    const wb = host(await workbookWithTemplate(templateOptions(named('Aurora', 'Beacon'))));
    const answers = wb.state.names.find((n) => n.name === 'vc_Answers')!;
    const { sheet } = nameAt(wb, 'vc_Answers');
    answers.rect = { ...answers.rect, row: answers.rect.row + 5 };
    await wb.userEdit(sheet, cellAddress(answers.rect.row, answers.rect.col), [['moved here']]);
    const block = (await readSnapshot(wb.newContext())).blocks.vc_Answers!;
    expect(block.sheet).toBe(sheet);
    expect(block.range).toEqual(answers.rect);
    expect(block.values[0]![0]).toBe('moved here');
  });

  it('reads text that starts with "=" as text: a vendor\'s name, an answer, a rank typed over', async () => {
    const options = templateOptions([{ name: '=HYPERLINK("x")', answers: { Q1: '=1+1' } }, { name: 'Beacon' }]);
    const wb = host(await workbookWithTemplate(options));
    const rank = cellOfName(wb, 'vc_Rank', 0, 1);
    // What Excel keeps when a user types '=1: the text "=1", read back as "=1" (office-js 6687).
    await wb.userEdit(rank.sheet, rank.address, [["'=1"]]);
    const snapshot = await readSnapshot(wb.newContext());
    const names = snapshot.blocks.vc_VendorNames!;
    expect([names.values[0]![0], names.formulas[0]![0]]).toEqual(['=HYPERLINK("x")', null]);
    expect(snapshot.blocks.vc_Answers!.formulas.flat().every((f) => f === null)).toBe(true);
    expect(snapshot.blocks.vc_Rank!.formulas[0]).toEqual([expect.stringMatching(/^=/), null]);
    const findings = validate(snapshot).findings.filter((f) => f.rule === 'broken-formula');
    expect(findings.map((f) => `${f.sheet}!${f.cell}`)).toEqual([`${rank.sheet}!${rank.address}`]);
  });

  it('reports "=..." text typed over a cost as a constant, and any formula as a formula, however spelled', async () => {
    const wb = host(await workbookWithTemplate(templateOptions([{ name: 'Aurora', model: 'tiered' }, { name: 'Beacon', model: 'tiered' }])));
    const npv = cellOfName(wb, 'vc_NPV', 0, 0);
    const tco = cellOfName(wb, 'vc_TCO', 0, 1);
    await wb.userEdit(npv.sheet, npv.address, [["'=NPV(vc_DiscountRate,D1:D2)"]]);
    // Beacon's TCO, retyped by hand as a formula spelled like no template formula.
    await wb.userEdit(tco.sheet, tco.address, [['=sum(0.50,1.0)']]);
    const snapshot = await readSnapshot(wb.newContext());
    const findings = validate(snapshot).findings.filter((f) => f.rule === 'broken-formula');
    expect(findings.map((f) => [f.vendor, f.cell, f.message.includes('replaced by a constant')])).toEqual([['Aurora', npv.address, true]]);
    const plan = planFill(snapshot);
    const overwritten = plan.ok ? plan.vendors.flatMap((v) => v.changes.filter((c) => c.overwritten).map((c) => c.cell.address)) : null;
    expect(overwritten).toEqual([npv.address]);
  });
});

describe('readSnapshot (Office.js): the formula cells of ExcelApi 1.9', () => {
  it('are asked for in the same request as the values: 2 syncs on either host, 2 operations more per block on 1.9', async () => {
    const wb = await workbookWithTemplate(templateOptions(named('Aurora', 'Beacon', 'Cosmo')));
    const read = async (excelApi: string) => {
      const office = installOfficeGlobals(wb, { requirementSets: { ExcelApi: excelApi } });
      try {
        const ctx = wb.newContext();
        const snapshot = await readSnapshot(ctx);
        return { snapshot, syncs: ctx.stats.syncs, operations: ctx.stats.operations[1]! };
      } finally {
        office.uninstall();
      }
    };
    const old = await read('1.8');
    const modern = await read('1.9');
    expect([old.syncs, modern.syncs]).toEqual([2, 2]);
    expect(modern.snapshot).toEqual(old.snapshot);
    expect(modern.operations - old.operations).toBe(2 * Object.keys(modern.snapshot.blocks).length);
  });
});

describe('readSnapshot (Office.js): a name stretched over a whole sheet', () => {
  it('is not read (no billions of cells asked of Excel) and validation says why', async () => {
    const wb = await workbookWithTemplate(templateOptions(named('Aurora', 'Beacon')));
    const coverage = wb.state.names.find((n) => n.name === 'vc_Coverage')!;
    coverage.rect = { row: 3, col: 3, rows: 1_048_576 - 3, cols: 16_384 - 3 };
    const ctx = wb.newContext();
    const snapshot = await readSnapshot(ctx);
    expect(snapshot.blocks.vc_Coverage).toBeUndefined();
    expect(snapshot.broken).toEqual([expect.objectContaining({ name: 'vc_Coverage', oversized: true })]);
    expect(ctx.stats.maxPayloadBytes).toBeLessThan(1_000_000);
    const structure = validate(snapshot).findings.filter((f) => f.rule === 'structure');
    expect(structure.map((f) => f.message)).toEqual([expect.stringMatching(/^The defined name vc_Coverage covers .*XFD.*, far more than a template holds, so it was not read\./)]);
  });
});
