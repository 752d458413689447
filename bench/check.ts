/**
 * `vendor-compare check` at tender scale: a 50-vendor workbook (the four pricing models, varied
 * prices and ratings, every vendor complete, a 10-year term), checked by the built CLI (wall time,
 * Node start-up included) and the decision check alone in process (the calculation, no file).
 * Alone: npx vite-node bench/check.bench.ts
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readFileSnapshot } from '../src/adapters/xlsx/packageSnapshot';
import { writePlanToWorkbook } from '../src/adapters/xlsx/writePlan';
import { checkDecision } from '../src/core/decision/check';
import { decisionInputsFromSnapshot } from '../src/core/decision/inputs';
import type { TemplateOptions, VendorQuote } from '../src/core/options';
import { planTemplate } from '../src/core/template/planTemplate';
import { WORKED_EXAMPLE } from '../test/fixtures/workedExample';
import { printTable } from './table';

const VENDORS = 50;

function options(): TemplateOptions {
  const base = WORKED_EXAMPLE.vendors;
  const vendors: VendorQuote[] = Array.from({ length: VENDORS }, (_, v) => {
    const r = (k: number) => 1 + ((v * k) % 5);
    return {
      ...base[v % base.length]!,
      name: `Vendor ${v + 1}`,
      platformFee: 40_000 + 1_500 * ((v * 17) % 60),
      ratings: {
        responseNormal: r(3),
        responseUrgent: 0.5 * r(7),
        coverage247: v % 3 !== 0,
        depth: r(2),
        proactiveness: r(3),
        team: (['inHouse', 'mixed', 'outsourced'] as const)[v % 3],
        dedicatedManager: v % 2 === 0,
        experts: r(4),
        scenarioFit: r(11),
      },
    };
  });
  return { ...WORKED_EXAMPLE, termYears: 10, demand: [], vendors };
}

function wall(args: string[], cwd: string): number {
  const start = performance.now();
  try {
    execFileSync(process.execPath, [join(process.cwd(), 'bin/vendor-compare.js'), ...args], { cwd, stdio: 'pipe' });
  } catch (error) {
    // Exit 1 (not robust; for validate, findings) is an answer, not a failure of the run.
    if ((error as { status?: number }).status !== 1) throw error;
  }
  return performance.now() - start;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

export async function benchCheck(): Promise<void> {
  execFileSync('npm', ['run', 'build:cli'], { stdio: 'pipe' });
  const dir = mkdtempSync(join(tmpdir(), 'vc-bench-check-'));
  const path = join(dir, 'book.xlsx');
  writeFileSync(path, Buffer.from((await writePlanToWorkbook(planTemplate(options())).xlsx.writeBuffer()) as ArrayBuffer));
  const inputs = decisionInputsFromSnapshot(await readFileSnapshot(path));
  const calc = median(
    [0, 1, 2, 3, 4].map(() => {
      const start = performance.now();
      checkDecision(inputs, []);
      return performance.now() - start;
    }),
  );
  const report = checkDecision(inputs, []);
  if (report.incomplete.length > 0) throw new Error(`bench workbook has incomplete vendors: ${report.incomplete.join(', ')}`);
  const text = median([0, 1, 2].map(() => wall(['check', 'book.xlsx'], dir)));
  const json = median([0, 1, 2].map(() => wall(['check', 'book.xlsx', '--json'], dir)));
  // The same file read by validate: what reading and start-up cost without the check.
  const validate = median([0, 1, 2].map(() => wall(['validate', 'book.xlsx'], dir)));
  printTable(
    `Decision check, ${VENDORS} vendors, 10-year term (median of runs)`,
    ['what', 'time', 'budget'],
    [
      ['check (built CLI, wall, incl. Node start-up)', `${text.toFixed(0)} ms`, '2000 ms'],
      ['check --json (built CLI, wall)', `${json.toFixed(0)} ms`, '2000 ms'],
      ['validate, same file (reference: start-up and reading)', `${validate.toFixed(0)} ms`, ''],
      [`calculation alone (${report.rankReversals.length} reversals, ${report.breakEven.length} break-evens)`, `${calc.toFixed(0)} ms`, '500 ms'],
    ],
  );
}
