import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'fs';
import { join } from 'path';
import ExcelJS from 'exceljs';
import { WORKED_EXAMPLE } from '../fixtures/workedExample';
import { partText, withParts } from '../adapters/xlsx/zipFixtures';
import { runCli, tempFolder } from './runCli';
import { answeredOptions, loadWorkbook, namedCells, writeWorkbook } from './workbooks';
import type { Plan } from '../../src/core/plan/types';

/** "Sheet!A1" -> formula text of every formula cell. */
function formulas(workbook: ExcelJS.Workbook): Map<string, string> {
  const found = new Map<string, string>();
  for (const ws of workbook.worksheets) {
    ws.eachRow((row) => row.eachCell((cell) => void (cell.formula && found.set(`${ws.name}!${cell.address}`, cell.formula))));
  }
  return found;
}

function setCell(workbook: ExcelJS.Workbook, plan: Plan, name: string, col: number, value: ExcelJS.CellValue): string {
  const named = namedCells(plan, name);
  const address = named.cells[0]![col]!;
  workbook.getWorksheet(named.sheet)!.getCell(address).value = value;
  return address;
}

/** The worked example with Beacon switched to all-inclusive and Cirrus to subscription, formulas not refilled. */
async function modelsChanged(dir: string, extraEdit?: (workbook: ExcelJS.Workbook, plan: Plan) => void) {
  return writeWorkbook(join(dir, 'book.xlsx'), answeredOptions(), {
    complete: true,
    edit: (workbook, plan) => {
      setCell(workbook, plan, 'vc_Model', 1, 'All-inclusive');
      setCell(workbook, plan, 'vc_IncludedHours', 1, 120);
      setCell(workbook, plan, 'vc_Model', 2, 'Subscription add-on');
      setCell(workbook, plan, 'vc_SubscriptionFee', 2, 24000);
      setCell(workbook, plan, 'vc_Billing', 2, 'Yearly');
      setCell(workbook, plan, 'vc_IncludedHours', 2, 50);
      setCell(workbook, plan, 'vc_OverageRate', 2, 750);
      extraEdit?.(workbook, plan);
    },
  });
}

describe('vendor-compare fill', () => {
  it('refills the vendors whose model changed, and a second run changes nothing', async () => {
    const dir = tempFolder();
    await modelsChanged(dir);
    const before = await runCli(['validate', 'book.xlsx', '--json'], dir);
    expect(before.code).toBe(1);
    expect(before.stdout).toContain('"rule": "broken-formula"');

    const first = await runCli(['fill', 'book.xlsx'], dir);
    expect(first).toEqual({
      code: 0,
      stdout: 'Formulas refilled for: Beacon RTC (All-inclusive), Cirrus IM (Subscription add-on).\nWrote book.xlsx; Excel recalculates it when it opens.\n',
      stderr: '',
    });
    expect(readdirSync(dir)).toEqual(['book.xlsx']);
    const filled = readFileSync(join(dir, 'book.xlsx'));
    expect(partText(filled, 'xl/workbook.xml')).toMatch(/<calcPr [^>]*fullCalcOnLoad="1"/);
    expect(await runCli(['validate', 'book.xlsx'], dir)).toMatchObject({ code: 0 });
    const formulasAfterFirst = formulas(await loadWorkbook(join(dir, 'book.xlsx')));

    const second = await runCli(['fill', 'book.xlsx'], dir);
    expect(second).toEqual({ code: 0, stdout: 'All formulas already match the selected models.\nbook.xlsx is unchanged.\n', stderr: '' });
    expect(readFileSync(join(dir, 'book.xlsx')).equals(filled)).toBe(true);
    expect(formulas(await loadWorkbook(join(dir, 'book.xlsx')))).toEqual(formulasAfterFirst);
  });

  it('touches only formula cells: every input stays as it was', async () => {
    const dir = tempFolder();
    await modelsChanged(dir);
    const before = await loadWorkbook(join(dir, 'book.xlsx'));
    await runCli(['fill', 'book.xlsx'], dir);
    const after = await loadWorkbook(join(dir, 'book.xlsx'));
    for (const ws of before.worksheets) {
      ws.eachRow((row) =>
        row.eachCell((cell) => {
          if (!cell.formula) expect(after.getWorksheet(ws.name)!.getCell(cell.address).value, `${ws.name}!${cell.address}`).toEqual(cell.value);
        }),
      );
    }
  });

  it('-o writes elsewhere and leaves the input as it was; an existing output needs --force', async () => {
    const dir = tempFolder();
    await modelsChanged(dir);
    const input = readFileSync(join(dir, 'book.xlsx'));
    const result = await runCli(['fill', 'book.xlsx', '-o', 'refilled.xlsx'], dir);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Wrote refilled.xlsx;');
    expect(readFileSync(join(dir, 'book.xlsx')).equals(input)).toBe(true);
    expect(await runCli(['validate', 'refilled.xlsx'], dir)).toMatchObject({ code: 0 });

    const again = await runCli(['fill', 'book.xlsx', '-o', 'refilled.xlsx'], dir);
    expect(again).toEqual({ code: 1, stdout: '', stderr: 'Error: refilled.xlsx already exists; use --force to overwrite it.\n' });
    expect((await runCli(['fill', 'book.xlsx', '-o', 'refilled.xlsx', '--force'], dir)).code).toBe(0);
    expect((await runCli(['fill', 'book.xlsx', '-o', 'refilled.csv'], dir)).code).toBe(2);
  });

  it('lists constants typed over formulas and writes nothing without --force', async () => {
    const dir = tempFolder();
    let tcoCell = '';
    await modelsChanged(dir, (workbook, plan) => {
      tcoCell = setCell(workbook, plan, 'vc_TCO', 3, 123456);
    });
    const input = readFileSync(join(dir, 'book.xlsx'));
    const refused = await runCli(['fill', 'book.xlsx'], dir);
    expect(refused).toEqual({
      code: 1,
      stdout: '',
      stderr: [
        'Error: book.xlsx: 1 formula cell(s) hold a constant typed over the formula:',
        `  Delta Talk  Pricing!${tcoCell}`,
        'Nothing was written. Run again with --force to go ahead anyway.',
        '',
      ].join('\n'),
    });
    expect(readFileSync(join(dir, 'book.xlsx')).equals(input)).toBe(true);

    const forced = await runCli(['fill', 'book.xlsx', '--force'], dir);
    expect(forced.code).toBe(0);
    expect(forced.stdout).toBe(
      [
        'Formulas refilled for: Beacon RTC (All-inclusive), Cirrus IM (Subscription add-on), Delta Talk (Subscription add-on).',
        `Replaced 1 constant(s) typed over formulas: Pricing!${tcoCell}.`,
        'Wrote book.xlsx; Excel recalculates it when it opens.',
        '',
      ].join('\n'),
    );
    const after = await loadWorkbook(join(dir, 'book.xlsx'));
    expect(after.getWorksheet('Pricing')!.getCell(tcoCell).formula).toBeTruthy();
    expect(await runCli(['validate', 'book.xlsx'], dir)).toMatchObject({ code: 0 });
  });

  it('will not drop a chart (ExcelJS cannot keep one) unless --force', async () => {
    const dir = tempFolder();
    await modelsChanged(dir);
    const path = join(dir, 'book.xlsx');
    writeFileSync(path, withParts(readFileSync(path), [{ name: 'xl/charts/chart1.xml', data: Buffer.from('<c:chartSpace/>') }]));
    const refused = await runCli(['fill', 'book.xlsx'], dir);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toBe(
      'Error: book.xlsx contains parts this tool cannot keep when it rewrites the file: xl/charts/chart1.xml.\nNothing was written. Run again with --force to go ahead anyway.\n',
    );
    const forced = await runCli(['fill', 'book.xlsx', '--force'], dir);
    expect(forced.code).toBe(0);
    expect(forced.stderr).toBe('book.xlsx contains parts this tool cannot keep when it rewrites the file: xl/charts/chart1.xml.\n');
  });

  it('exits 2 for a file it cannot read or that holds no template, naming it', async () => {
    const dir = tempFolder();
    writeFileSync(join(dir, 'notes.xlsx'), 'hello');
    expect(await runCli(['fill', 'notes.xlsx'], dir)).toEqual({ code: 2, stdout: '', stderr: 'Error: notes.xlsx is not an .xlsx workbook.\n' });
    expect(await runCli(['fill', 'gone.xlsx'], dir)).toEqual({ code: 2, stdout: '', stderr: 'Error: gone.xlsx: no such file.\n' });
    mkdirSync(join(dir, 'quotes'));
    expect(await runCli(['fill', 'quotes'], dir)).toEqual({ code: 2, stdout: '', stderr: 'Error: quotes is a folder, not an .xlsx file.\n' });
    const plain = new ExcelJS.Workbook();
    plain.addWorksheet('Sheet1');
    await plain.xlsx.writeFile(join(dir, 'plain.xlsx'));
    const result = await runCli(['fill', 'plain.xlsx'], dir);
    expect(result).toEqual({ code: 2, stdout: '', stderr: 'Error: plain.xlsx is not a Vendor Compare workbook: it has none of the template’s defined names (vc_…).\n' });
  });

  it('a fresh template needs no fill', async () => {
    const dir = tempFolder();
    await writeWorkbook(join(dir, 'fresh.xlsx'), WORKED_EXAMPLE);
    expect((await runCli(['fill', 'fresh.xlsx'], dir)).stdout).toBe('All formulas already match the selected models.\nfresh.xlsx is unchanged.\n');
  });
});
