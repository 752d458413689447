import ExcelJS from 'exceljs';
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'fs';
import { join } from 'path';
import { WORKED_EXAMPLE } from '../fixtures/workedExample';
import { buildZip, compoundFile, partNames, partText, withParts, xlsxLikeParts } from '../adapters/xlsx/zipFixtures';
import { runCli, tempFolder } from './runCli';
import { answeredOptions, EVIL_XML, hasControlCharacter, namedCells, withSharedString, writeWorkbook } from './workbooks';

const MB = 1024 * 1024;

/** complete.xlsx (no finding), incomplete.xlsx (the worked example: questions open) in a new folder. */
async function folderWithWorkbooks(): Promise<string> {
  const dir = tempFolder();
  await writeWorkbook(join(dir, 'complete.xlsx'), answeredOptions(), { complete: true });
  await writeWorkbook(join(dir, 'incomplete.xlsx'), WORKED_EXAMPLE);
  return dir;
}

interface JsonFile {
  file: string;
  complete: boolean;
  summary?: Record<string, number>;
  findings?: Record<string, unknown>[];
  error?: string;
}

function parseJson(stdout: string): JsonFile[] {
  const parsed = JSON.parse(stdout) as { files: JsonFile[] };
  expect(Object.keys(parsed)).toEqual(['files']);
  return parsed.files;
}

describe('vendor-compare validate: results', () => {
  it('exits 0 for a complete workbook and says so', async () => {
    const dir = await folderWithWorkbooks();
    const result = await runCli(['validate', 'complete.xlsx'], dir);
    expect(result).toEqual({ code: 0, stdout: 'complete.xlsx\n  4 of 4 vendors complete, 0 questions open (0 errors, 0 warnings)\n', stderr: '' });
  });

  it('exits 1 when a file has errors, listing each finding on one aligned line', async () => {
    const dir = await folderWithWorkbooks();
    const result = await runCli(['validate', 'complete.xlsx', 'incomplete.xlsx'], dir);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe('');
    const lines = result.stdout.split('\n');
    expect(lines.slice(0, 4)).toEqual(['complete.xlsx', '  4 of 4 vendors complete, 0 questions open (0 errors, 0 warnings)', '', 'incomplete.xlsx']);
    expect(lines[4]).toMatch(/^ {2}0 of 4 vendors complete, 40 questions open \(\d+ errors, \d+ warnings\)$/);
    expect(lines[5]).toBe('  error    Questions!C4   Aurora Cloud  Q1    Aurora Cloud has not answered Q1. Get a real answer before signing.');
    const findingLines = lines.filter((l) => /^ {2}(error|warning) /.test(l));
    // Every column starts at the same place on every line.
    const first = lines[5]!;
    const columns = [11, first.indexOf('Aurora Cloud'), first.indexOf('Q1 '), first.indexOf('Aurora Cloud has')];
    for (const line of findingLines) {
      for (const c of columns) expect(line[c - 1] === ' ' && line[c] !== ' ', `${line} @${c}`).toBe(true);
    }
    expect(findingLines.some((l) => l.startsWith('  warning  Coverage!D4    Aurora Cloud  -     '))).toBe(true);
    expect(lines.at(-2)).toBe('2 files: 1 complete, 1 with errors, 0 unreadable.');
  });

  it('--json gives the documented schema with every finding field', async () => {
    const dir = await folderWithWorkbooks();
    const result = await runCli(['validate', 'incomplete.xlsx', 'complete.xlsx', '--json'], dir);
    expect(result.code).toBe(1);
    const [incomplete, complete] = parseJson(result.stdout);
    expect(Object.keys(complete!)).toEqual(['file', 'complete', 'summary', 'findings']);
    expect(complete).toEqual({
      file: 'complete.xlsx',
      complete: true,
      summary: { vendors: 4, completeVendors: 4, openQuestions: 0, errors: 0, warnings: 0, unchecked: [] },
      findings: [],
    });
    expect(incomplete).toMatchObject({ file: 'incomplete.xlsx', complete: false, summary: { vendors: 4, completeVendors: 0, openQuestions: 40 } });
    for (const finding of incomplete!.findings!) {
      expect(Object.keys(finding)).toEqual(['severity', 'rule', 'sheet', 'cell', 'cells', 'vendor', 'question', 'message']);
      expect((finding.cells as string[])[0]).toBe(finding.cell);
      expect(['error', 'warning']).toContain(finding.severity);
    }
    expect(incomplete!.findings![0]).toEqual({
      severity: 'error',
      rule: 'unanswered',
      sheet: 'Questions',
      cell: 'C4',
      cells: ['C4'],
      vendor: 'Aurora Cloud',
      question: 'Q1',
      message: 'Aurora Cloud has not answered Q1. Get a real answer before signing.',
    });
    // Coverage is grouped per vendor and layer: the JSON keeps every cell of the group.
    expect(incomplete!.findings!.find((f) => f.rule === 'unknown-coverage')).toMatchObject({
      severity: 'warning',
      cell: 'D4',
      cells: ['D4', 'D5', 'D6'],
      vendor: 'Aurora Cloud',
      question: null,
    });
    expect(incomplete!.summary!.errors).toBe(incomplete!.findings!.filter((f) => f.severity === 'error').length);
  });

  it('warnings alone keep the exit code at 0', async () => {
    const dir = tempFolder();
    const options = answeredOptions();
    options.vendors[0] = { ...options.vendors[0]!, answers: { ...options.vendors[0]!.answers, Q1: 'We respond quickly' } };
    await writeWorkbook(join(dir, 'vague.xlsx'), options, { complete: true });
    const result = await runCli(['validate', 'vague.xlsx', '--json'], dir);
    expect(result.code).toBe(0);
    const [file] = parseJson(result.stdout);
    expect(file!.findings).toEqual([expect.objectContaining({ severity: 'warning', rule: 'vague-commitment', vendor: 'Aurora Cloud', question: 'Q1' })]);
  });

  it('--json reports Coverage disagreeing with Pricing as a warning with its cells', async () => {
    const dir = tempFolder();
    const options = answeredOptions();
    options.vendors[1] = { ...options.vendors[1]!, tier: 'flagship' };
    await writeWorkbook(join(dir, 'mismatch.xlsx'), options, {
      complete: true,
      edit: (workbook, plan) => {
        const coverage = namedCells(plan, 'vc_Coverage');
        const sheet = workbook.getWorksheet(coverage.sheet)!;
        // Rows 7 and 9 of the grid: architecture advice (L3-1) and on-site support (L3-3).
        sheet.getCell(coverage.cells[9]![0]!).value = 'Included';
        sheet.getCell(coverage.cells[7]![1]!).value = 'Not offered';
        sheet.getCell(coverage.cells[9]![1]!).value = 'Not offered';
      },
    });
    const result = await runCli(['validate', 'mismatch.xlsx', '--json'], dir);
    expect(result.code).toBe(0);
    const [file] = parseJson(result.stdout);
    expect(file!.findings!.map((f) => [f.rule, f.severity, f.vendor, f.sheet, f.cell, f.cells])).toEqual([
      ['coverage-mismatch', 'warning', 'Aurora Cloud', 'Coverage', 'D13', ['D13']],
      ['coverage-mismatch', 'warning', 'Beacon RTC', 'Coverage', 'E11', ['E11', 'E13']],
      // Aurora's on-site day rate, entered beside it as its Paid price (I = its price column), now prices an Included item.
      ['paid-price', 'warning', 'Aurora Cloud', 'Coverage', 'I13', ['I13']],
    ]);
    expect(file!.findings![0]!.message).toContain('Pricing!D');
  });

  it('--lang zh gives the findings and the summary in Chinese', async () => {
    const dir = await folderWithWorkbooks();
    const result = await runCli(['validate', 'incomplete.xlsx', '--lang', 'zh'], dir);
    expect(result.code).toBe(1);
    // The severity in Chinese too, and the columns still line up (each Chinese character is two columns wide).
    expect(result.stdout).toContain('  错误  Questions!C4   Aurora Cloud  Q1    Aurora Cloud 尚未答复 Q1。');
    expect(result.stdout).toMatch(/\n {2}警告 {2}Coverage!D4 {4}Aurora Cloud/);
    expect(result.stdout).not.toMatch(/\b(error|warning)\b/);
    expect(result.stdout).toMatch(/^incomplete\.xlsx\n {2}4 家供应商中 0 家完整/);
    // JSON keeps the severity as an identifier.
    const json = parseJson((await runCli(['validate', 'incomplete.xlsx', '--lang', 'zh', '--json'], dir)).stdout);
    expect(new Set(json[0]!.findings!.map((f) => f.severity))).toEqual(new Set(['error', 'warning']));
    const bad = await runCli(['validate', 'incomplete.xlsx', '--lang', 'fr'], dir);
    expect(bad).toEqual({ code: 2, stdout: '', stderr: 'Error: invalid options:\n  --lang must be one of "en", "zh" (got "fr")\n' });
  });
});

describe('vendor-compare validate: the workbook’s language by default', () => {
  it('a Chinese template gets Chinese findings under an English locale, an English one English under a Chinese locale; --lang overrides', async () => {
    const dir = await folderWithWorkbooks();
    await writeWorkbook(join(dir, 'zh.xlsx'), { ...WORKED_EXAMPLE, language: 'zh' });
    const en = await runCli(['validate', 'zh.xlsx', 'incomplete.xlsx', 'missing.xlsx'], dir, { LANG: 'en_US.UTF-8' });
    expect(en.code).toBe(2);
    const [zhPart, enPart, missingPart, total] = en.stdout.split('\n\n');
    expect(zhPart).toMatch(/^zh\.xlsx\n {2}4 家供应商中 0 家完整，\d+ 个问题未答复（\d+ 个错误，\d+ 个警告）\n/);
    expect(zhPart).toContain('  错误  ');
    expect(zhPart).not.toMatch(/\b(error|warning)\b/);
    expect(enPart).toMatch(/^incomplete\.xlsx\n {2}0 of 4 vendors complete/);
    // What is said about a file that is no workbook, and the total, follow the locale.
    expect(missingPart).toBe('missing.xlsx\n  missing.xlsx: no such file.');
    expect(total).toBe('3 files: 0 complete, 2 with errors, 1 unreadable.\n');
    const zhLocale = await runCli(['validate', 'incomplete.xlsx'], dir, { LANG: 'zh_CN.UTF-8' });
    expect(zhLocale.stdout).toMatch(/^incomplete\.xlsx\n {2}0 of 4 vendors complete/);
    const json = parseJson((await runCli(['validate', 'zh.xlsx', '--json'], dir, { LANG: 'C' })).stdout);
    expect(json[0]!.findings![0]!.message).toMatch(/尚未答复/);
    const overridden = await runCli(['validate', 'zh.xlsx', '--lang', 'en'], dir, { LANG: 'zh_CN.UTF-8' });
    expect(overridden.stdout).toMatch(/^zh\.xlsx\n {2}0 of 4 vendors complete/);
    expect(overridden.stdout).toContain('  error  ');
  });
});

describe('vendor-compare validate: files that cannot be used exit 2 and are named', () => {
  it.each([
    ['missing.xlsx', null, 'missing.xlsx: no such file.'],
    ['empty.xlsx', '', 'empty.xlsx is empty, not an .xlsx workbook.'],
    ['notes.xlsx', 'Aurora,1000\n', 'notes.xlsx is not an .xlsx workbook.'],
    ['old.xls', compoundFile(['Workbook']), 'old.xls is an Excel 97-2003 workbook (.xls): open it in Excel and save it as .xlsx.'],
    [
      'secret.xlsx',
      compoundFile(['EncryptionInfo', 'EncryptedPackage']),
      'secret.xlsx is password-protected: open it in Excel, remove the password (File > Info > Protect Workbook), save it and try again.',
    ],
    [
      'bomb.xlsx',
      buildZip(xlsxLikeParts([{ name: 'xl/worksheets/sheet1.xml', data: Buffer.from('<x/>'), declaredSize: 4000 * MB }])),
      'bomb.xlsx would expand to 3.9 GB, over the 64 MB limit: refused as a possible zip bomb.',
    ],
  ])('%s', async (name, content, message) => {
    const dir = tempFolder();
    if (content !== null) writeFileSync(join(dir, name), content);
    const result = await runCli(['validate', name], dir);
    expect(result).toEqual({ code: 2, stdout: `${name}\n  ${message}\n`, stderr: '' });
    const json = await runCli(['validate', name, '--json'], dir);
    expect(json.code).toBe(2);
    expect(parseJson(json.stdout)).toEqual([{ file: name, complete: false, error: message }]);
  });

  it('a truncated workbook and one that is no Vendor Compare workbook', async () => {
    const dir = await folderWithWorkbooks();
    const data = readFileSync(join(dir, 'complete.xlsx'));
    writeFileSync(join(dir, 'cut.xlsx'), data.subarray(0, data.length - 100));
    const plain = new ExcelJS.Workbook();
    plain.addWorksheet('Sheet1').getCell('A1').value = 'hello';
    await plain.xlsx.writeFile(join(dir, 'plain.xlsx'));
    const result = await runCli(['validate', 'cut.xlsx', 'plain.xlsx', 'complete.xlsx', '--json'], dir);
    expect(result.code).toBe(2);
    expect(parseJson(result.stdout)).toEqual([
      { file: 'cut.xlsx', complete: false, error: 'cut.xlsx is damaged: the file is cut short (an incomplete download or copy?).' },
      { file: 'plain.xlsx', complete: false, error: 'plain.xlsx is not a Vendor Compare workbook: it has none of the template’s defined names (vc_…).' },
      expect.objectContaining({ file: 'complete.xlsx', complete: true }),
    ]);
  });

  it('unreadable wins over incomplete: a mix gives 2', async () => {
    const dir = await folderWithWorkbooks();
    expect((await runCli(['validate', 'incomplete.xlsx', 'nope.xlsx'], dir)).code).toBe(2);
  });
});

describe('vendor-compare validate: folders', () => {
  it('checks the .xlsx files directly inside, sorted, skipping lock files, other files and subfolders', async () => {
    const dir = await folderWithWorkbooks();
    const folder = join(dir, 'quotes');
    mkdirSync(join(folder, 'sub'), { recursive: true });
    copyFileSync(join(dir, 'complete.xlsx'), join(folder, 'b.XLSX'));
    copyFileSync(join(dir, 'incomplete.xlsx'), join(folder, 'a.xlsx'));
    copyFileSync(join(dir, 'incomplete.xlsx'), join(folder, 'sub', 'c.xlsx'));
    writeFileSync(join(folder, '~$a.xlsx'), 'lock');
    writeFileSync(join(folder, 'notes.txt'), 'notes');
    const result = await runCli(['validate', 'quotes', 'quotes/a.xlsx', '--json'], dir);
    expect(result.code).toBe(1);
    expect(parseJson(result.stdout).map((f) => [f.file, f.complete])).toEqual([
      [join('quotes', 'a.xlsx'), false],
      [join('quotes', 'b.XLSX'), true],
    ]);
  });

  it('a folder without any .xlsx is reported, not silently skipped', async () => {
    const dir = tempFolder();
    mkdirSync(join(dir, 'empty'));
    const result = await runCli(['validate', 'empty', '--json'], dir);
    expect(result.code).toBe(2);
    expect(parseJson(result.stdout)).toEqual([{ file: 'empty', complete: false, error: 'empty is a folder without any .xlsx file.' }]);
  });

  it('is listed in the help with fill and summary', async () => {
    const help = await runCli(['--help'], tempFolder());
    for (const command of ['validate [options] <files...>', 'fill [options] <file>', 'summary [options] <file>']) expect(help.stdout).toContain(command);
    const own = await runCli(['validate', '--help'], tempFolder());
    for (const text of ['--json', '--lang <language>', 'Exit code: 0 when every file is complete']) expect(own.stdout).toContain(text);
  });

  it('needs at least one path', async () => {
    const result = await runCli(['validate'], tempFolder());
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("missing required argument 'files'");
  });
});

describe('vendor-compare validate: on a terminal', () => {
  async function elevenFiles(): Promise<string> {
    const dir = await folderWithWorkbooks();
    mkdirSync(join(dir, 'many'));
    for (let i = 0; i < 11; i++) copyFileSync(join(dir, 'complete.xlsx'), join(dir, 'many', `v${String(i).padStart(2, '0')}.xlsx`));
    return dir;
  }
  const terminal = { isTTY: { stdout: true, stderr: true }, columns: 100 };

  it('draws a progress bar on stderr for more than 10 files', async () => {
    const dir = await elevenFiles();
    const result = await runCli(['validate', 'many'], dir, { LANG: 'C' }, terminal);
    expect(result.code).toBe(0);
    expect(result.stderr).toContain('Validating');
    expect(result.stderr).toContain('11/11');
    expect(result.stdout).toContain('11 files: 11 complete, 0 with errors, 0 unreadable.');
  });

  it('stays silent under --json, when stderr is no terminal, and for 10 files or fewer', async () => {
    const dir = await elevenFiles();
    const json = await runCli(['validate', 'many', '--json'], dir, { LANG: 'C' }, terminal);
    expect(json.stderr).toBe('');
    expect(parseJson(json.stdout)).toHaveLength(11);
    const piped = await runCli(['validate', 'many'], dir, { LANG: 'C' }, { isTTY: { stdout: true, stderr: false } });
    expect(piped.stderr).toBe('');
    const few = await runCli(['validate', 'complete.xlsx', 'incomplete.xlsx'], dir, { LANG: 'C' }, terminal);
    expect(few.stderr).toBe('');
  });

  it('colours the Chinese severity words the same way', async () => {
    const dir = await folderWithWorkbooks();
    const coloured = await runCli(['validate', 'incomplete.xlsx', '--lang', 'zh'], dir, { LANG: 'C' }, terminal);
    expect(coloured.stdout).toContain('  \x1b[31m错误\x1b[0m  Questions!C4');
    expect(coloured.stdout).toContain('\x1b[33m警告\x1b[0m');
  });

  it('prints no control character a workbook holds: a vendor named "\\u001b[31mEvil" shows as "Evil"', async () => {
    const dir = tempFolder();
    await writeWorkbook(join(dir, 'evil.xlsx'), { ...WORKED_EXAMPLE, vendors: [{ name: 'EVIL Co Ltd' }, ...WORKED_EXAMPLE.vendors.slice(1)] });
    writeFileSync(join(dir, 'evil.xlsx'), withSharedString(readFileSync(join(dir, 'evil.xlsx')), 'EVIL Co Ltd', EVIL_XML));
    const plain = await runCli(['validate', 'evil.xlsx'], dir, { LANG: 'C' });
    expect(hasControlCharacter(plain.stdout)).toBe(false);
    expect(plain.stdout).toContain('Evil Co Ltd has not answered Q1.');
    expect(plain.stdout).toMatch(/Questions!C4 +Evil Co Ltd +Q1 /);
    // On a terminal: the report's own colour codes, and nothing else.
    const coloured = await runCli(['validate', 'evil.xlsx'], dir, { LANG: 'C' }, terminal);
    const ownCodes = ['\x1b[31m', '\x1b[33m', '\x1b[1m', '\x1b[0m'];
    expect(ownCodes.reduce((text, code) => text.replaceAll(code, ''), coloured.stdout)).toBe(plain.stdout);
    // JSON carries the text as it is, escaped by JSON itself.
    const json = await runCli(['validate', 'evil.xlsx', '--json'], dir);
    expect(json.stdout).toContain('"vendor": "\\u001b[31mEvil\\u0007\u009b2J Co\\nLtd"');
  });

  it('colours severities on a terminal, never in a pipe or with NO_COLOR', async () => {
    const dir = await folderWithWorkbooks();
    const coloured = await runCli(['validate', 'incomplete.xlsx'], dir, { LANG: 'C' }, terminal);
    expect(coloured.stdout).toContain('\x1b[31merror\x1b[0m');
    expect(coloured.stdout).toContain('\x1b[33mwarning\x1b[0m');
    const noColour = await runCli(['validate', 'incomplete.xlsx'], dir, { LANG: 'C', NO_COLOR: '1' }, terminal);
    expect(noColour.stdout).not.toContain('\x1b[');
    expect((await runCli(['validate', 'incomplete.xlsx'], dir)).stdout).not.toContain('\x1b[');
  });
});

describe('vendor-compare validate: finds what a user breaks', () => {
  it('names a template name left pointing at #REF! (ExcelJS alone would drop it without a word)', async () => {
    const dir = await folderWithWorkbooks();
    const path = join(dir, 'complete.xlsx');
    const data = readFileSync(path);
    const xml = partText(data, 'xl/workbook.xml').replace(/(<definedName name="vc_Answers"[^>]*>)[^<]*/, '$1#REF!');
    writeFileSync(join(dir, 'ref.xlsx'), withParts(data, [{ name: 'xl/workbook.xml', data: Buffer.from(xml) }]));
    const result = await runCli(['validate', 'ref.xlsx', '--json'], dir);
    expect(result.code).toBe(1);
    const [file] = parseJson(result.stdout);
    expect(file!.findings).toEqual([
      {
        severity: 'error',
        rule: 'structure',
        sheet: '',
        cell: '',
        cells: [],
        vendor: null,
        question: null,
        message: 'The defined name vc_Answers points at #REF!: the cells it marked were deleted. Restore them or re-insert the template.',
      },
    ]);
  });

  it('a block on a deleted sheet or a missing sheet part: the headline and the JSON say what could not be checked', async () => {
    const dir = await folderWithWorkbooks();
    const data = readFileSync(join(dir, 'complete.xlsx'));
    const xml = partText(data, 'xl/workbook.xml').replace(/(<definedName name="vc_Answers"[^>]*>)[^<]*/, "$1'Old answers'!$$C$$4:$$F$$13");
    writeFileSync(join(dir, 'deleted.xlsx'), withParts(data, [{ name: 'xl/workbook.xml', data: Buffer.from(xml) }]));
    const text = await runCli(['validate', 'deleted.xlsx'], dir);
    expect(text.code).toBe(1);
    expect(text.stdout.split('\n')[1]).toBe('  4 vendors, not fully checked: vc_Answers could not be read, so no vendor counts as complete (1 errors, 0 warnings)');
    const [file] = parseJson((await runCli(['validate', 'deleted.xlsx', '--json'], dir)).stdout);
    expect(file).toMatchObject({ complete: false, summary: { vendors: 4, completeVendors: 0, unchecked: ['vc_Answers'] } });
    // The Questions sheet's part itself missing from the archive: never complete either.
    const rels = partText(data, 'xl/_rels/workbook.xml.rels');
    const sheetId = /<sheet [^>]*name="Questions"[^>]*r:id="(rId\d+)"/.exec(partText(data, 'xl/workbook.xml'))![1];
    const target = new RegExp(`Id="${sheetId}"[^>]*Target="/?(?:xl/)?([^"]+)"`).exec(rels)?.[1] ?? new RegExp(`Target="/?(?:xl/)?([^"]+)"[^>]*Id="${sheetId}"`).exec(rels)![1];
    const withoutPart = buildZip(partNames(data).filter((n) => n !== `xl/${target}`).map((name) => ({ name, data: Buffer.from(partText(data, name)) })));
    writeFileSync(join(dir, 'nopart.xlsx'), withoutPart);
    const missing = await runCli(['validate', 'nopart.xlsx', '--json'], dir);
    expect(missing.code).toBe(1);
    const [gone] = parseJson(missing.stdout);
    expect(gone).toMatchObject({
      complete: false,
      summary: { completeVendors: 0, unchecked: ['vc_QuestionIds', 'vc_Answers', 'vc_InContract', 'vc_Evidence', 'vc_AnswerChecks', 'vc_Answered', 'vc_Completeness'] },
    });
  });

  it('names a price typed as text and an overwritten formula', async () => {
    const dir = tempFolder();
    await writeWorkbook(join(dir, 'edited.xlsx'), answeredOptions(), {
      complete: true,
      edit: (workbook, plan) => {
        const fee = namedCells(plan, 'vc_PlatformFee');
        workbook.getWorksheet(fee.sheet)!.getCell(fee.cells[0]![1]!).value = '80,000';
        const tco = namedCells(plan, 'vc_TCO');
        workbook.getWorksheet(tco.sheet)!.getCell(tco.cells[0]![2]!).value = 1;
      },
    });
    const result = await runCli(['validate', 'edited.xlsx', '--json'], dir);
    expect(result.code).toBe(1);
    const [file] = parseJson(result.stdout);
    expect(file!.findings!.map((f) => [f.rule, f.vendor, f.cell])).toEqual([
      ['missing-price', 'Beacon RTC', 'E7'],
      ['broken-formula', 'Cirrus IM', expect.stringMatching(/^F\d+$/)],
    ]);
  });
});
