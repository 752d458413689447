import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'fs';
import { join } from 'path';
import ExcelJS from 'exceljs';
import { WORKED_EXAMPLE } from '../fixtures/workedExample';
import { savedByExcel } from '../adapters/xlsx/excelSaved';
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

/** The worked example with formulas of Beacon and Cirrus deleted (cleared cells), and a model
 * switched in the sheet (which needs no fill: the formulas follow the dropdown). */
async function modelsChanged(dir: string, extraEdit?: (workbook: ExcelJS.Workbook, plan: Plan) => void) {
  return writeWorkbook(join(dir, 'book.xlsx'), answeredOptions(), {
    complete: true,
    edit: (workbook, plan) => {
      setCell(workbook, plan, 'vc_TCO', 1, null);
      setCell(workbook, plan, 'vc_YearCost', 2, null);
      setCell(workbook, plan, 'vc_Model', 0, 'Subscription add-on');
      setCell(workbook, plan, 'vc_SubscriptionFee', 0, 24000);
      setCell(workbook, plan, 'vc_Billing', 0, 'Yearly');
      extraEdit?.(workbook, plan);
    },
  });
}

describe('vendor-compare fill', () => {
  it('puts back deleted formulas, and a second run changes nothing', async () => {
    const dir = tempFolder();
    await modelsChanged(dir);
    const before = await runCli(['validate', 'book.xlsx', '--json'], dir);
    expect(before.code).toBe(1);
    expect(before.stdout).toContain('"rule": "broken-formula"');

    const first = await runCli(['fill', 'book.xlsx'], dir);
    expect(first).toEqual({
      code: 0,
      stdout: 'Formulas refilled for: Beacon RTC (Tiered service), Cirrus IM (Pay-as-you-go).\nWrote book.xlsx; Excel recalculates it when it opens.\n',
      stderr: '',
    });
    expect(readdirSync(dir)).toEqual(['book.xlsx']);
    const filled = readFileSync(join(dir, 'book.xlsx'));
    expect(partText(filled, 'xl/workbook.xml')).toMatch(/<calcPr [^>]*fullCalcOnLoad="1"/);
    expect(await runCli(['validate', 'book.xlsx'], dir)).toMatchObject({ code: 0 });
    const formulasAfterFirst = formulas(await loadWorkbook(join(dir, 'book.xlsx')));

    const second = await runCli(['fill', 'book.xlsx'], dir);
    expect(second).toEqual({ code: 0, stdout: 'Every formula is in place: nothing to repair.\nbook.xlsx is unchanged.\n', stderr: '' });
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
        'Nothing was written.',
        'Run again with --force to replace these constants with the formulas.',
        '',
      ].join('\n'),
    });
    expect(readFileSync(join(dir, 'book.xlsx')).equals(input)).toBe(true);

    const forced = await runCli(['fill', 'book.xlsx', '--force'], dir);
    expect(forced.code).toBe(0);
    expect(forced.stdout).toBe(
      [
        'Formulas refilled for: Beacon RTC (Tiered service), Cirrus IM (Pay-as-you-go), Delta Talk (Subscription add-on).',
        `Replaced 1 constant(s) typed over formulas: Pricing!${tcoCell}.`,
        'Wrote book.xlsx; Excel recalculates it when it opens.',
        '',
      ].join('\n'),
    );
    const after = await loadWorkbook(join(dir, 'book.xlsx'));
    expect(after.getWorksheet('Pricing')!.getCell(tcoCell).formula).toBeTruthy();
    expect(await runCli(['validate', 'book.xlsx'], dir)).toMatchObject({ code: 0 });
  });

  it('will not drop a chart (ExcelJS cannot keep one): --force does not do it, --allow-loss does', async () => {
    const dir = tempFolder();
    await modelsChanged(dir);
    const path = join(dir, 'book.xlsx');
    writeFileSync(path, withParts(readFileSync(path), [{ name: 'xl/charts/chart1.xml', data: Buffer.from('<c:chartSpace/>') }]));
    const input = readFileSync(path);
    const refusal = {
      code: 1,
      stdout: '',
      stderr: [
        'Error: book.xlsx holds what this tool cannot keep when it rewrites the file:',
        '  charts: xl/charts/chart1.xml',
        'Nothing was written.',
        'To keep everything, open the workbook in Excel and use Fill pricing formulas in the Vendor Compare pane. Or write a new file without it: vendor-compare fill book.xlsx -o book-filled.xlsx --allow-loss',
        '',
      ].join('\n'),
    };
    expect(await runCli(['fill', 'book.xlsx'], dir)).toEqual(refusal);
    // --force is about cells typed over formulas, and no longer about losing parts.
    const forced = await runCli(['fill', 'book.xlsx', '--force'], dir);
    expect(forced).toEqual({ ...refusal, stderr: refusal.stderr.replace('--allow-loss', '--force --allow-loss') });
    expect(readFileSync(path).equals(input)).toBe(true);

    const allowed = await runCli(['fill', 'book.xlsx', '-o', 'book-filled.xlsx', '--allow-loss'], dir);
    expect(allowed).toEqual({
      code: 0,
      stdout: 'Formulas refilled for: Beacon RTC (Tiered service), Cirrus IM (Pay-as-you-go).\nWrote book-filled.xlsx; Excel recalculates it when it opens.\n',
      stderr: 'Left out of book-filled.xlsx (--allow-loss):\n  charts: xl/charts/chart1.xml\n',
    });
    expect(readFileSync(path).equals(input)).toBe(true);
    expect(await runCli(['validate', 'book-filled.xlsx'], dir)).toMatchObject({ code: 0 });
  });

  it('will not drop or mangle a defined name of the user’s (ExcelJS drops constants and mangles formulas)', async () => {
    const dir = tempFolder();
    await modelsChanged(dir);
    const path = join(dir, 'book.xlsx');
    const names = '<definedName name="TaxRate">0.05</definedName><definedName name="Next">OFFSET(Pricing!$A$1,1,1)</definedName>';
    const xml = partText(readFileSync(path), 'xl/workbook.xml').replace('<definedNames>', `<definedNames>${names}`);
    writeFileSync(path, withParts(readFileSync(path), [{ name: 'xl/workbook.xml', data: Buffer.from(xml) }]));
    const input = readFileSync(path);

    const refused = await runCli(['fill', 'book.xlsx'], dir);
    expect(refused.code).toBe(1);
    expect(refused.stderr.split('\n').slice(0, 4)).toEqual([
      'Error: book.xlsx holds what this tool cannot keep when it rewrites the file:',
      '  defined name TaxRate = 0.05: dropped',
      "  defined name Next = OFFSET(Pricing!$A$1,1,1): becomes 'OFFSET(Pricing'!$A$1",
      'Nothing was written.',
    ]);
    expect(readFileSync(path).equals(input)).toBe(true);

    const allowed = await runCli(['fill', 'book.xlsx', '--allow-loss'], dir);
    expect(allowed.code).toBe(0);
    expect(allowed.stderr).toBe(
      "Left out of book.xlsx (--allow-loss):\n  defined name TaxRate = 0.05: dropped\n  defined name Next = OFFSET(Pricing!$A$1,1,1): becomes 'OFFSET(Pricing'!$A$1\n",
    );
    expect(partText(readFileSync(path), 'xl/workbook.xml')).not.toContain('TaxRate');
  });

  it('lists both reasons at once, and says so in Chinese in a Chinese locale', async () => {
    const dir = tempFolder();
    let tcoCell = '';
    await modelsChanged(dir, (workbook, plan) => {
      tcoCell = setCell(workbook, plan, 'vc_TCO', 3, 123456);
    });
    const path = join(dir, 'book.xlsx');
    writeFileSync(path, withParts(readFileSync(path), [{ name: 'xl/media/image1.png', data: Buffer.from('png') }]));
    const result = await runCli(['fill', 'book.xlsx', '-o', 'out.xlsx'], dir, { LANG: 'zh_CN.UTF-8' });
    expect(result).toEqual({
      code: 1,
      stdout: '',
      stderr: [
        '错误：book.xlsx：1 个公式单元格中的公式被常量覆盖：',
        `  Delta Talk  Pricing!${tcoCell}`,
        'book.xlsx 含有本工具重写文件时无法保留的内容：',
        '  图片：xl/media/image1.png',
        '未写入任何内容。',
        '如要把这些常量替换回公式，请加 --force 重新运行。',
        '如要保留全部内容，请在 Excel 中打开工作簿，使用 Vendor Compare 任务窗格中的“填充价格公式”。或者写入一个不含这些内容的新文件：vendor-compare fill book.xlsx -o out.xlsx --allow-loss',
        '',
      ].join('\n'),
    });
    expect(readdirSync(dir)).toEqual(['book.xlsx']);
    expect((await runCli(['fill', 'book.xlsx', '-o', 'out.xlsx', '--force', '--allow-loss'], dir)).code).toBe(0);
  });

  it('--help explains --force and --allow-loss, in both languages', async () => {
    const dir = tempFolder();
    // Commander wraps the option descriptions to the width of the terminal.
    const en = (await runCli(['fill', '--help'], dir)).stdout.replace(/\s+/g, ' ');
    expect(en).toContain('--force replace constants typed over formula cells with the formulas, and overwrite the -o file if it exists');
    expect(en).toContain('--allow-loss write anyway, leaving out what this tool cannot keep (charts, pictures, notes, pivot tables, macros, some defined names…)');
    expect(en).toContain('vendor-compare fill comparison.xlsx -o refilled.xlsx --allow-loss');
    const zh = (await runCli(['fill', '--help'], dir, { LANG: 'zh_CN.UTF-8' })).stdout.replace(/\s+/g, ' ');
    expect(zh).toContain('--allow-loss 照样写入，舍弃本工具无法保留的内容');
    expect(zh).toContain('任务窗格的“填充价格公式”会保留全部内容');
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

  it('finds nothing to fill or report in a file whose formulas Excel re-spelled, and leaves it as it was', async () => {
    const dir = tempFolder();
    const path = join(dir, 'book.xlsx');
    await writeWorkbook(path, answeredOptions(), { complete: true });
    writeFileSync(path, savedByExcel(readFileSync(path)).data);
    const input = readFileSync(path);
    expect(await runCli(['validate', 'book.xlsx'], dir)).toMatchObject({ code: 0 });
    expect(await runCli(['fill', 'book.xlsx'], dir)).toEqual({
      code: 0,
      stdout: 'Every formula is in place: nothing to repair.\nbook.xlsx is unchanged.\n',
      stderr: '',
    });
    expect(readFileSync(path).equals(input)).toBe(true);
  });

  it('takes "=..." text typed over a formula for the constant it is', async () => {
    const dir = tempFolder();
    let tcoCell = '';
    await writeWorkbook(join(dir, 'book.xlsx'), answeredOptions(), {
      complete: true,
      edit: (workbook, plan) => {
        tcoCell = setCell(workbook, plan, 'vc_TCO', 0, '=SUM(D40:D49)');
      },
    });
    const refused = await runCli(['fill', 'book.xlsx'], dir);
    expect(refused.code).toBe(1);
    expect(refused.stderr.split('\n').slice(0, 2)).toEqual(['Error: book.xlsx: 1 formula cell(s) hold a constant typed over the formula:', `  Aurora Cloud  Pricing!${tcoCell}`]);
    const validated = await runCli(['validate', 'book.xlsx', '--json'], dir);
    expect(validated.code).toBe(1);
    expect(validated.stdout).toContain(`"cell": "${tcoCell}"`);
  });

  it('a fresh template needs no fill', async () => {
    const dir = tempFolder();
    await writeWorkbook(join(dir, 'fresh.xlsx'), WORKED_EXAMPLE);
    expect((await runCli(['fill', 'fresh.xlsx'], dir)).stdout).toBe('Every formula is in place: nothing to repair.\nfresh.xlsx is unchanged.\n');
  });
});
