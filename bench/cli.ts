/** The CLI as a user runs it: cold start of --help and a 50-vendor template. */
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { printTable } from './table';

function run(args: string[]): number {
  const start = performance.now();
  execFileSync(process.execPath, ['bin/vendor-compare.js', ...args], { stdio: 'pipe' });
  return performance.now() - start;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

export function benchCli(): void {
  execFileSync('npm', ['run', 'build:cli'], { stdio: 'pipe' });
  const dir = mkdtempSync(join(tmpdir(), 'vc-bench-cli-'));
  const names = Array.from({ length: 50 }, (_, i) => `Vendor ${i + 1}`).join(',');
  const help = median([0, 1, 2, 3, 4].map(() => run(['--help'])));
  const template = median([0, 1, 2].map((i) => run(['template', '-o', join(dir, `t${i}.xlsx`), '--vendor-names', names, '--scenarios', 'S1,S2,S3,S4,S5', '--term', '10'])));
  const npxStart = performance.now();
  execFileSync('npx', ['vendor-compare', '--help'], { stdio: 'pipe' });
  const npx = performance.now() - npxStart;
  printTable('CLI (median of runs, wall time including Node start-up)', ['command', 'time'], [
    ['vendor-compare --help (node bin)', `${help.toFixed(0)} ms`],
    ['npx vendor-compare --help', `${npx.toFixed(0)} ms`],
    ['template, 50 vendors, 5 scenarios, 10 years', `${template.toFixed(0)} ms`],
  ]);
}
