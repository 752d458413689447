/**
 * The response-pack round trip at tender scale: a 50-vendor master, 50 packs (one answer and
 * one price changed in each, as a vendor would), merged in one run of the built CLI. Wall time
 * (100 changes) and the merge process's peak memory (its own maxRSS, printed as it exits).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { withCustomPropertiesXml } from '../src/adapters/xlsx/customProperties';
import { printTable } from './table';

const VENDORS = 50;
const ENTRY = join(process.cwd(), 'dist-cli', 'cli', 'main.js');

function cli(args: string[], cwd: string): { ms: number; maxRssMb: number; stdout: string } {
  // argv[1] stands in for the script path -e has none of. The process reports its peak resident
  // memory (KB on Linux) on stderr as it exits.
  const script = `process.on('exit',()=>process.stderr.write('\\nmaxRSS='+process.resourceUsage().maxRSS));require(${JSON.stringify(ENTRY)}).main('bench')`;
  const start = performance.now();
  const run = spawnSync(process.execPath, ['-e', script, '--', 'vendor-compare', ...args], { cwd, encoding: 'utf8' });
  const ms = performance.now() - start;
  if (run.status !== 0) throw new Error(`vendor-compare ${args[0]} failed (${run.status}): ${run.stderr}`);
  return { ms, maxRssMb: Number(/maxRSS=(\d+)/.exec(run.stderr)?.[1]) / 1024, stdout: run.stdout };
}

/** As the vendor's Excel saves it: the edits, and the pack's document properties kept. */
async function editPack(path: string, i: number): Promise<void> {
  const custom = await (await JSZip.loadAsync(readFileSync(path))).file('docProps/custom.xml')!.async('string');
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  const cellOf = (name: string) => {
    const range = workbook.definedNames.getRanges(name).ranges[0]!;
    const bang = range.lastIndexOf('!');
    return workbook.getWorksheet(range.slice(0, bang).replace(/^'|'$/g, ''))!.getCell(
      range
        .slice(bang + 1)
        .split(':')[0]!
        .replace(/\$/g, ''),
    );
  };
  cellOf('vc_Answers').value = `Within ${i + 1} hours, 7x24`;
  cellOf('vc_PlatformFee').value = 100000 + i;
  writeFileSync(path, await withCustomPropertiesXml(new Uint8Array(await workbook.xlsx.writeBuffer()), custom));
}

export async function benchMerge(): Promise<void> {
  execFileSync('npm', ['run', 'build:cli'], { stdio: 'pipe' });
  const dir = mkdtempSync(join(tmpdir(), 'vc-bench-merge-'));
  const names = Array.from({ length: VENDORS }, (_, i) => `Vendor ${i + 1}`).join(',');
  execFileSync(process.execPath, [
    'bin/vendor-compare.js',
    'template',
    '-o',
    join(dir, 'master.xlsx'),
    '--vendor-names',
    names,
    '--scenarios',
    'S1,S2,S3,S4,S5',
    '--term',
    '10',
  ]);
  const pack = cli(['pack', 'master.xlsx', '-o', 'packs'], dir);
  const files = readdirSync(join(dir, 'packs')).map((f) => join('packs', f));
  for (const [i, file] of files.entries()) await editPack(join(dir, file), i);
  const dry = cli(['merge', 'master.xlsx', ...files, '--dry-run'], dir);
  const merge = cli(['merge', 'master.xlsx', ...files], dir);
  const merged = (merge.stdout.match(/: 2 change\(s\) merged/g) ?? []).length;
  if (merged !== files.length) throw new Error(`merge took ${merged} of ${files.length} packs:\n${merge.stdout}`);
  printTable(
    `Response packs, ${VENDORS}-vendor master (built CLI, one process each)`,
    ['command', 'time', 'peak memory'],
    [
      [`pack: ${files.length} packs`, `${pack.ms.toFixed(0)} ms`, `${pack.maxRssMb.toFixed(0)} MB`],
      [`merge --dry-run: ${files.length} packs`, `${dry.ms.toFixed(0)} ms`, `${dry.maxRssMb.toFixed(0)} MB`],
      [`merge: ${files.length} packs, master written`, `${merge.ms.toFixed(0)} ms`, `${merge.maxRssMb.toFixed(0)} MB`],
    ],
  );
}
