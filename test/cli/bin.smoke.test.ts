/**
 * One real run of bin/vendor-compare.js in a child process: the shim, the CommonJS build and
 * the exit code, as a user gets them.
 */
import { spawnSync } from 'child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join, resolve } from 'path';
import { readWorkbook } from '../adapters/xlsx/comparePlan';

const root = resolve(__dirname, '..', '..');
const bin = join(root, 'bin', 'vendor-compare.js');

/**
 * Builds dist-cli/ fresh, as `npm run build:cli` does, so the test never runs a stale build.
 * The extra config only leaves test files out: compiled with the CLI they would be emitted as
 * .js files beside the test helpers they import (outside src/), where vitest would pick them up.
 */
function buildCli(): void {
  const config = join(mkdtempSync(join(tmpdir(), 'vendor-compare-build-')), 'tsconfig.json');
  writeFileSync(
    config,
    JSON.stringify({
      extends: join(root, 'tsconfig.cli.json'),
      // Type roots are looked up from the config's folder: point them back at the project.
      compilerOptions: { typeRoots: [join(root, 'node_modules/@types')] },
      exclude: [join(root, 'src/**/*.test.ts'), join(root, 'src/**/*.test.tsx')],
    }),
  );
  const tsc = spawnSync(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', config], { encoding: 'utf8' });
  if (tsc.status !== 0) throw new Error(`building the CLI failed:\n${tsc.stdout}${tsc.stderr}`);
}

beforeAll(() => {
  buildCli();
  expect(existsSync(join(root, 'dist-cli', 'cli', 'main.js'))).toBe(true);
}, 120_000);

function runBin(args: string[], cwd: string) {
  return spawnSync(process.execPath, [bin, ...args], { cwd, encoding: 'utf8', env: { ...process.env, LANG: 'C', LC_ALL: '' } });
}

describe('bin/vendor-compare.js', () => {
  it('writes the template and exits 0, then refuses to overwrite it and exits 1', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'vendor-compare-bin-'));
    const ok = runBin(['template', '-o', 'comparison.xlsx', '--vendor-names', 'Aurora,Beacon,Cirrus'], dir);
    expect({ status: ok.status, stdout: ok.stdout, stderr: ok.stderr }).toEqual({
      status: 0,
      stdout: 'Wrote comparison.xlsx: 7 sheets (Overview, Assumptions, Pricing, Coverage, Questions, Scorecard, Decision), 3 vendors.\n',
      stderr: '',
    });
    const workbook = await readWorkbook(readFileSync(join(dir, 'comparison.xlsx')));
    expect(workbook.getWorksheet('Pricing')!.getCell('D3').value).toBe('Aurora');

    const again = runBin(['template', '-o', 'comparison.xlsx', '--vendor-names', 'Aurora'], dir);
    expect({ status: again.status, stdout: again.stdout, stderr: again.stderr }).toEqual({
      status: 1,
      stdout: '',
      stderr: 'Error: comparison.xlsx already exists; use --force to overwrite it.\n',
    });
  });

  it('validate sets the process exit code: 1 for a workbook with gaps, 2 for a file that is no workbook', () => {
    const dir = mkdtempSync(join(tmpdir(), 'vendor-compare-bin-'));
    expect(runBin(['template', '-o', 'book.xlsx', '--vendor-names', 'Aurora'], dir).status).toBe(0);
    const gaps = runBin(['validate', 'book.xlsx'], dir);
    expect(gaps.status).toBe(1);
    expect(gaps.stdout).toMatch(/^book\.xlsx\n {2}0 of 1 vendors complete, 7 questions open/);
    writeFileSync(join(dir, 'notes.xlsx'), 'not a workbook');
    const bad = runBin(['validate', 'notes.xlsx', '--json'], dir);
    expect({ status: bad.status, stderr: bad.stderr }).toEqual({ status: 2, stderr: '' });
    expect(JSON.parse(bad.stdout)).toEqual({ files: [{ file: 'notes.xlsx', complete: false, error: 'notes.xlsx is not an .xlsx workbook.' }] });
  });

  it('prints its version from package.json', () => {
    const version = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version as string;
    expect(runBin(['--version'], root).stdout).toBe(`${version}\n`);
  });

  it('--help, --version and validate load no ExcelJS (about 200 ms of start-up a user waits for)', () => {
    // The modules Node loaded, listed as the process exits.
    const probe = `process.on('exit', () => process.stderr.write(String(Object.keys(require.cache).some((k) => k.includes('node_modules/exceljs')))));`;
    for (const args of [['--help'], ['--version'], ['template', '--help']]) {
      const run = spawnSync(process.execPath, ['-e', `${probe} process.argv.splice(1, 0, 'vc'); require(${JSON.stringify(bin)});`, '--', ...args], { cwd: root, encoding: 'utf8' });
      expect(run.stderr, args.join(' ')).toBe('false');
    }
    const loadsExcelJS = (args: string[]) =>
      spawnSync(process.execPath, ['-e', `${probe} process.argv.splice(1, 0, 'vc'); require(${JSON.stringify(bin)});`, '--', ...args], { cwd: root, encoding: 'utf8' }).stderr.endsWith('true');
    // validate reads the package's XML itself (issue 12); summary rewrites nothing but reads through ExcelJS.
    expect(loadsExcelJS(['validate', 'none.xlsx'])).toBe(false);
    expect(loadsExcelJS(['summary', 'none.xlsx'])).toBe(true);
  });
});
