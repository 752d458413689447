/**
 * Validating 200 generated workbooks of 5 vendors each, next to ExcelJS's bare load of the same
 * files (issue 12: validate must cost less than that load; it reads the package's XML itself),
 * with where the time goes.
 * Alone: npx vite-node bench/cli.validate.bench.ts [count]; run.ts can call benchValidate().
 */
import ExcelJS from 'exceljs';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { performance } from 'perf_hooks';
import { packageSnapshot, readFileSnapshot } from '../src/adapters/xlsx/packageSnapshot';
import { definedNamesInXml } from '../src/adapters/xlsx/workbookNames';
import { writePlanToWorkbook } from '../src/adapters/xlsx/writePlan';
import { checkZip } from '../src/adapters/xlsx/zipCheck';
import { readPart } from '../src/adapters/xlsx/zipDirectory';
import { run } from '../src/cli/main';
import type { TemplateOptions, VendorQuote } from '../src/core/options';
import { planTemplate } from '../src/core/template/planTemplate';
import { validate } from '../src/core/validation/validate';
import { WORKED_EXAMPLE } from '../test/fixtures/workedExample';
import { printTable } from './table';

/** Five vendors, answers half given, prices varying per workbook so no two files are alike. */
function options(i: number): TemplateOptions {
  const base = WORKED_EXAMPLE.vendors;
  const vendors: VendorQuote[] = Array.from({ length: 5 }, (_, v) => ({
    ...base[v % base.length]!,
    name: `Vendor ${i}-${v + 1}`,
    platformFee: 50_000 + 1000 * ((i * 7 + v) % 50),
    answers: { Q1: v % 2 ? '2 hours' : 'TBD', Q2: 'per hour', Q3: '7x24, 1 hour', Q5: v % 3 ? 'yes, monthly' : '' },
  }));
  return { ...WORKED_EXAMPLE, vendors };
}

async function writeFiles(dir: string, count: number): Promise<string[]> {
  const files: string[] = [];
  for (let i = 0; i < count; i++) {
    const path = join(dir, `book-${String(i).padStart(3, '0')}.xlsx`);
    writeFileSync(path, Buffer.from((await writePlanToWorkbook(planTemplate(options(i))).xlsx.writeBuffer()) as ArrayBuffer));
    files.push(path);
  }
  return files;
}

/** What ExcelJS alone does to open a file: its own readFile. */
const bareLoad = async (path: string) => {
  await new ExcelJS.Workbook().xlsx.readFile(path);
};

const validateOne = async (path: string) => validate(await readFileSnapshot(path));

/** Bare load and validation alternate file by file, so a busy machine slows both alike. */
async function compare(files: string[], rounds: number): Promise<{ bare: number; full: number }> {
  for (const path of files.slice(0, 20)) {
    await bareLoad(path);
    await validateOne(path);
  }
  let bare = 0;
  let full = 0;
  for (let r = 0; r < rounds; r++) {
    for (const path of files) {
      let t = performance.now();
      await bareLoad(path);
      bare += performance.now() - t;
      t = performance.now();
      await validateOne(path);
      full += performance.now() - t;
    }
  }
  return { bare: bare / rounds, full: full / rounds };
}

/** The same files stage by stage: what the checks, the snapshot and the rules each cost. */
async function stages(files: string[]): Promise<{ zip: number; snapshot: number; rules: number }> {
  const spent = { zip: 0, snapshot: 0, rules: 0 };
  for (const path of files) {
    const data = readFileSync(path);
    let t = performance.now();
    const verdict = checkZip(data);
    spent.zip += performance.now() - t;
    if (!verdict.ok) throw new Error(`${path}: not sound`);
    t = performance.now();
    const text = (part: string) => readPart(data, verdict.entries, part)?.toString('utf8') ?? null;
    const pkg = { parts: verdict.entries.map((e) => e.name), text, definedNames: definedNamesInXml(text('xl/workbook.xml') ?? '') };
    const snapshot = packageSnapshot(pkg, path);
    spent.snapshot += performance.now() - t;
    t = performance.now();
    validate(snapshot);
    spent.rules += performance.now() - t;
  }
  return spent;
}

export async function benchValidate(count = 200, rounds = 3): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'vendor-compare-bench-'));
  try {
    const files = await writeFiles(dir, count);
    const size = readFileSync(files[0]!).length;
    const { bare, full } = await compare(files, rounds);
    const spent = await stages(files);
    const cliStart = performance.now();
    await run(['validate', dir, '--json'], { stdout: () => undefined, stderr: () => undefined, cwd: dir, env: {} });
    const cli = performance.now() - cliStart;
    const row = (label: string, ms: number, share = '') => [label, `${ms.toFixed(0)} ms`, `${(ms / count).toFixed(2)} ms`, share];
    const ofBare = (ms: number) => `${((ms / bare) * 100).toFixed(1)}%`;
    printTable(
      `CLI validate: ${count} workbooks of 5 vendors (${(size / 1024).toFixed(1)} KB each), mean of ${rounds} interleaved rounds`,
      ['work', 'total', 'per file', 'of bare load'],
      [
        row('ExcelJS bare load (workbook.xlsx.readFile)', bare, '100%'),
        row('validate (readFileSnapshot + rules), budget < 100%', full, ofBare(full)),
        row('  stage: zip checks (directory, limits, inflate caps)', spent.zip, ofBare(spent.zip)),
        row('  stage: packageSnapshot (inflate and SAX-read the parts)', spent.snapshot, ofBare(spent.snapshot)),
        row('  stage: validate() rules', spent.rules, ofBare(spent.rules)),
        row('vendor-compare validate DIR --json, in-process', cli, ofBare(cli)),
      ],
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
