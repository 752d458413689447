import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'fs';
import { join } from 'path';
import { importOptions, optionsFromNames } from '../../src/core/import';
import { planTemplate } from '../../src/core/template/planTemplate';
import { comparePlan, readWorkbook } from '../adapters/xlsx/comparePlan';
import { runCli, tempFolder } from './runCli';

const quotes = {
  language: 'en',
  currency: 'USD',
  termYears: 2,
  users: 300,
  scenarios: ['S2'],
  demand: [
    { devHours: 100, opsHours: 30, incidents: 4, onsiteDays: 1 },
    { devHours: 10, opsHours: 50, incidents: 3, onsiteDays: 0 },
  ],
  vendors: [
    { name: 'Aurora Cloud', model: 'all-inclusive', platformFee: 100000, includedHours: 100, overageRate: 800, answers: { Q1: '4 hours', 'S2-1': 'yes' } },
    { name: 'Beacon', model: 'pay-as-you-go', platformFee: 0, hourlyRate: 700 },
  ],
};

/** The plan the CLI should have written, from the same inputs the user gave. */
function expectedPlan(result: ReturnType<typeof importOptions>) {
  if (!result.ok) throw new Error('bad test input');
  return planTemplate(result.value);
}

/** Every expected failure: a message, no stack trace, nothing on stdout. */
function expectCleanFailure(result: { code: number; stdout: string; stderr: string }, code: number): void {
  expect(result.code).toBe(code);
  expect(result.stdout).toBe('');
  expect(result.stderr).toMatch(/^Error: /);
  expect(result.stderr).not.toMatch(/\n\s+at /);
}

describe('vendor-compare template: happy paths', () => {
  it('writes the template for vendor names and says what it wrote', async () => {
    const dir = tempFolder();
    const result = await runCli(['template', '-o', 'comparison.xlsx', '--vendor-names', 'Aurora,Beacon,Cirrus'], dir);
    expect(result).toEqual({
      code: 0,
      stdout: 'Wrote comparison.xlsx: 7 sheets (Overview, Assumptions, Pricing, Coverage, Questions, Scorecard, Decision), 3 vendors.\n',
      stderr: '',
    });
    const workbook = await readWorkbook(readFileSync(join(dir, 'comparison.xlsx')));
    expect(comparePlan(expectedPlan(optionsFromNames(['Aurora', 'Beacon', 'Cirrus'])), workbook)).toEqual([]);
  });

  it('--vendor-names takes CSV quoting: a name may hold a comma; --help says so and that --vendors takes any name', async () => {
    const dir = tempFolder();
    const result = await runCli(['template', '-o', 'comparison.xlsx', '--vendor-names', '"Acme, Inc.",Beacon, "Say ""Hi"" Ltd" '], dir);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(', 3 vendors.');
    const workbook = await readWorkbook(readFileSync(join(dir, 'comparison.xlsx')));
    expect(comparePlan(expectedPlan(optionsFromNames(['Acme, Inc.', 'Beacon', 'Say "Hi" Ltd'])), workbook)).toEqual([]);
    const help = (await runCli(['template', '--help'], tempFolder())).stdout.replace(/\s+/g, ' ');
    expect(help).toContain(`'"Acme, Inc.",Beacon'`);
    expect(help).toContain('it takes any name, commas and quotes included');
    const zhHelp = (await runCli(['template', '--help'], tempFolder(), { LANG: 'zh_CN.UTF-8' })).stdout.replace(/\s+/g, ' ');
    expect(zhHelp).toContain('名称不受限制');
  });

  it('applies --lang, --currency, --term, --users and --scenarios', async () => {
    const dir = tempFolder();
    const argv = ['template', '-o', 'x.xlsx', '--vendor-names', 'A, B', '--lang', 'zh', '--currency', 'eur', '--term', '5', '--users', '1200', '--scenarios', 's1,S3'];
    const result = await runCli(argv, dir);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe('Wrote x.xlsx: 7 sheets (概览, 假设, 报价, 支持范围, 合同问题, 评分卡, 决策检查), 2 vendors.\n');
    const settings = { language: 'zh', currency: 'EUR', termYears: 5, users: 1200, scenarios: ['S1', 'S3'] } as const;
    const plan = expectedPlan(optionsFromNames(['A', 'B'], { ...settings, scenarios: [...settings.scenarios] }));
    expect(comparePlan(plan, await readWorkbook(readFileSync(join(dir, 'x.xlsx'))))).toEqual([]);
  });

  it('fills the template from a quotes file', async () => {
    const dir = tempFolder();
    writeFileSync(join(dir, 'quotes.json'), JSON.stringify(quotes, null, 2));
    const result = await runCli(['template', '-o', 'out.xlsx', '--vendors', 'quotes.json'], dir);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(result.stdout).toMatch(/^Wrote out\.xlsx: 7 sheets .*, 2 vendors\.\n$/);
    const workbook = await readWorkbook(readFileSync(join(dir, 'out.xlsx')));
    expect(comparePlan(expectedPlan(importOptions(quotes)), workbook)).toEqual([]);
    const [fee] = workbook.definedNames.getRanges('vc_PlatformFee').ranges;
    const cell = workbook.getWorksheet('Pricing')!.getCell(fee!.split('!')[1]!.split(':')[0]!.replace(/\$/g, ''));
    expect(cell.value).toBe(100000);
  });

  it('lets command-line settings win over the quotes file', async () => {
    const dir = tempFolder();
    writeFileSync(join(dir, 'quotes.json'), JSON.stringify(quotes));
    const result = await runCli(['template', '-o', 'out.xlsx', '--vendors', 'quotes.json', '--lang', 'zh', '--currency', 'CNY'], dir);
    expect(result.code).toBe(0);
    const plan = expectedPlan(importOptions(quotes, { language: 'zh', currency: 'CNY' }));
    expect(comparePlan(plan, await readWorkbook(readFileSync(join(dir, 'out.xlsx'))))).toEqual([]);
  });

  it('speaks Chinese when the locale is Chinese', async () => {
    const result = await runCli(['template', '-o', 'a.xlsx', '--vendor-names', 'A,B'], tempFolder(), { LANG: 'zh_CN.UTF-8' });
    expect(result.stdout).toBe('已写入 a.xlsx：7 个工作表（Overview, Assumptions, Pricing, Coverage, Questions, Scorecard, Decision），2 家供应商。\n');
  });

  it('shows useful help and exits 0', async () => {
    const top = await runCli(['--help'], tempFolder());
    expect(top.code).toBe(0);
    expect(top.stdout).toContain('template [options]');
    const help = await runCli(['template', '--help'], tempFolder());
    expect(help.code).toBe(0);
    for (const flag of ['-o, --output <file>', '--vendor-names <names>', '--vendors <file>', '--lang', '--currency', '--term', '--users', '--scenarios', '--force', 'Examples:']) {
      expect(help.stdout).toContain(flag);
    }
    expect(await runCli(['--version'], tempFolder())).toEqual({ code: 0, stdout: '9.9.9\n', stderr: '' });
  });
});

describe('vendor-compare template: bad input files', () => {
  it('names the file and the position of a JSON syntax error', async () => {
    const dir = tempFolder();
    writeFileSync(join(dir, 'quotes.json'), '{\n  "vendors": [\n    { "name": "A", }\n  ]\n}\n');
    const result = await runCli(['template', '-o', 'out.xlsx', '--vendors', 'quotes.json'], dir);
    expectCleanFailure(result, 1);
    expect(result.stderr).toBe('Error: quotes.json is not valid JSON: unexpected "}" at line 3, column 20.\n');
    expect(existsSync(join(dir, 'out.xlsx'))).toBe(false);
  });

  it('names the vendor and the field of an unknown model, and lists every problem', async () => {
    const dir = tempFolder();
    const bad = { vendors: [{ name: 'Aurora', model: 'freemium' }, { name: 'Beacon', platformFee: 'abc' }] };
    writeFileSync(join(dir, 'quotes.json'), JSON.stringify(bad));
    const result = await runCli(['template', '-o', 'out.xlsx', '--vendors', 'quotes.json'], dir);
    expectCleanFailure(result, 1);
    expect(result.stderr).toBe(
      [
        'Error: quotes.json has 2 problem(s):',
        '  vendors[0] "Aurora": model must be one of "all-inclusive", "tiered", "pay-as-you-go", "subscription" (got "freemium")',
        '  vendors[1] "Beacon": platformFee must be a number >= 0 (got "abc")',
        '',
      ].join('\n'),
    );
  });

  it('names a quotes file that does not exist', async () => {
    const result = await runCli(['template', '-o', 'out.xlsx', '--vendors', 'nope.json'], tempFolder());
    expectCleanFailure(result, 1);
    expect(result.stderr).toBe('Error: cannot read nope.json: no such file or folder.\n');
  });
});

describe('vendor-compare template: the output file', () => {
  it('refuses to overwrite an existing file without --force and leaves it untouched', async () => {
    const dir = tempFolder();
    const path = join(dir, 'comparison.xlsx');
    writeFileSync(path, 'my precious work');
    const result = await runCli(['template', '-o', 'comparison.xlsx', '--vendor-names', 'A'], dir);
    expectCleanFailure(result, 1);
    expect(result.stderr).toBe('Error: comparison.xlsx already exists; use --force to overwrite it.\n');
    expect(readFileSync(path, 'utf8')).toBe('my precious work');
  });

  it('overwrites it with --force, leaving no temporary file behind', async () => {
    const dir = tempFolder();
    const path = join(dir, 'comparison.xlsx');
    writeFileSync(path, 'old');
    const result = await runCli(['template', '-o', 'comparison.xlsx', '--vendor-names', 'A', '--force'], dir);
    expect(result.code).toBe(0);
    expect(statSync(path).size).toBeGreaterThan(5000);
    expect((await readWorkbook(readFileSync(path))).worksheets).toHaveLength(7);
    expect(readdirSync(dir)).toEqual(['comparison.xlsx']);
  });

  it.each([
    ['missing/out.xlsx', 'Error: cannot write missing/out.xlsx: no such file or folder.\n'],
    ['/proc/x.xlsx', 'Error: cannot write /proc/x.xlsx: no such file or folder.\n'],
  ])('reports an unwritable path %s', async (output, message) => {
    const result = await runCli(['template', '-o', output, '--vendor-names', 'A'], tempFolder());
    expectCleanFailure(result, 1);
    expect(result.stderr).toBe(message);
  });

  it('reports a folder in the way, even with --force', async () => {
    const dir = tempFolder();
    mkdirSync(join(dir, 'out.xlsx'));
    const result = await runCli(['template', '-o', 'out.xlsx', '--vendor-names', 'A', '--force'], dir);
    expectCleanFailure(result, 1);
    expect(result.stderr).toBe('Error: out.xlsx is a folder, not a file.\n');
  });

  it('reports a file in the way of a folder', async () => {
    const dir = tempFolder();
    writeFileSync(join(dir, 'file'), '');
    const result = await runCli(['template', '-o', 'file/out.xlsx', '--vendor-names', 'A'], dir);
    expectCleanFailure(result, 1);
    expect(result.stderr).toBe('Error: cannot write file/out.xlsx: a part of the path is not a folder.\n');
  });
});

describe('vendor-compare template: usage errors exit with 2', () => {
  it.each([
    [['template', '-o', 'a.xlsx'], 'Error: no vendors given: use --vendor-names "A,B,C" or --vendors quotes.json.\n'],
    [['template', '-o', 'a.xlsx', '--vendor-names', 'A', '--vendors', 'q.json'], 'Error: use either --vendors or --vendor-names, not both.\n'],
    [['template', '-o', 'a.xls', '--vendor-names', 'A'], 'Error: the output file must end in .xlsx (got a.xls).\n'],
    [
      ['template', '-o', 'a.xlsx', '--vendor-names', '"Acme, Inc.,Beacon'],
      'Error: --vendor-names has a double quote that is never closed: "Acme, Inc.,Beacon. Close it (\'"Acme, Inc.",Beacon\') or use --vendors quotes.json.\n',
    ],
    [
      ['template', '-o', 'a.xlsx', '--vendor-names', 'A,,a'],
      'Error: invalid options:\n  vendors[1]: name must not be blank\n  vendors[2] "a": name "a" is already used by an earlier vendor\n',
    ],
    [
      ['template', '-o', 'a.xlsx', '--vendor-names', 'A', '--term', '11', '--users', 'many', '--lang', 'fr', '--scenarios', 'S1,S9'],
      [
        'Error: invalid options:',
        '  --scenarios must be one of "S1", "S2", "S3", "S4", "S5" (got "S9")',
        '  --lang must be one of "en", "zh" (got "fr")',
        '  --term must be a whole number from 1 to 10 (got 11)',
        '  --users must be a whole number from 1 to 10000000 (got "many")',
        '',
      ].join('\n'),
    ],
  ])('%j', async (argv, message) => {
    const dir = tempFolder();
    const result = await runCli(argv, dir);
    expectCleanFailure(result, 2);
    expect(result.stderr).toBe(message);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('lets commander report a missing -o or an unknown option, with a hint', async () => {
    const missing = await runCli(['template', '--vendor-names', 'A'], tempFolder());
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("required option '-o, --output <file>' not specified");
    expect(missing.stderr).toContain('(run with --help for usage)');
    const unknown = await runCli(['template', '-o', 'a.xlsx', '--vendor-name', 'A'], tempFolder());
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain("unknown option '--vendor-name'");
    expect(unknown.stderr).toContain('--vendor-names');
    expect((await runCli(['frobnicate'], tempFolder())).code).toBe(2);
  });
});
