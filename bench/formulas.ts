/**
 * The live pricing formulas: how much formula text one vendor column carries (layout 1, from the
 * previous version's plan in test/fixtures/v1, against this layout), and how long LibreOffice
 * takes to recalculate a whole template from scratch.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writePlanToWorkbook } from '../src/adapters/xlsx/writePlan';
import { PRICING_MODELS } from '../src/core/catalogue/models';
import type { Plan } from '../src/core/plan/types';
import { planTemplate } from '../src/core/template/planTemplate';
import { FIRST_VENDOR_COL } from '../src/core/template/layout';
import { findSoffice, recalculate } from '../test/libreoffice/recalculate';
import { WORKED_EXAMPLE } from '../test/fixtures/workedExample';
import { measureInsert } from '../test/excel-double/measureInsert';
import { printTable } from './table';

/** Formula cells and characters of vendor column `v` on Pricing. */
function columnFormulas(plan: Plan, v: number): { cells: number; chars: number; longest: number } {
  const pricing = plan.sheets.find((s) => s.key === 'pricing')!;
  const col = FIRST_VENDOR_COL.pricing + v;
  const formulas = pricing.blocks.flatMap((b) =>
    b.cells.flatMap((row) => {
      const cell = row[col - b.col];
      return cell !== undefined && cell !== null && typeof cell === 'object' ? [cell.formula] : [];
    }),
  );
  return { cells: formulas.length, chars: formulas.reduce((n, f) => n + f.length + 1, 0), longest: Math.max(...formulas.map((f) => f.length + 1)) };
}

export async function benchFormulas(): Promise<void> {
  const before = JSON.parse(readFileSync(join(__dirname, '../test/fixtures/v1/worked-example.plan.json'), 'utf8')) as Plan;
  const after = planTemplate(WORKED_EXAMPLE);
  const rows = WORKED_EXAMPLE.vendors.map((vendor, v) => {
    const b = columnFormulas(before, v);
    const a = columnFormulas(after, v);
    return [PRICING_MODELS.find((m) => m.id === vendor.model)!.label.en, `${b.cells} / ${b.chars} / ${b.longest}`, `${a.cells} / ${a.chars} / ${a.longest}`];
  });
  printTable(
    'Formula text of one vendor column on Pricing (worked example; cells / characters / longest formula)',
    ['model', 'layout 1 (model-specific)', 'layout 2 (live, one shape)'],
    rows,
  );

  const insert = await measureInsert(50);
  printTable('Insert with the live formulas', ['operation', 'syncs'], [['insert template, 50 vendors', insert.syncs]]);

  if (!findSoffice()) {
    console.log('\nLibreOffice not installed: recalculation time not measured (apt-get install libreoffice-calc-nogui).');
    return;
  }
  const dir = mkdtempSync(join(tmpdir(), 'vc-bench-lo-'));
  try {
    const timings: (string | number)[][] = [];
    for (const count of [3, 50]) {
      const options = { ...WORKED_EXAMPLE, vendors: Array.from({ length: count }, (_, i) => ({ ...WORKED_EXAMPLE.vendors[i % 4]!, name: `Vendor ${i + 1}` })) };
      const file = join(dir, `vendors-${count}.xlsx`);
      await writePlanToWorkbook(planTemplate(options)).xlsx.writeFile(file);
      const start = performance.now();
      recalculate([file]);
      timings.push([`${count} vendors`, `${((performance.now() - start) / 1000).toFixed(1)} s`]);
    }
    printTable('LibreOffice: open, recalculate every formula, save (one soffice start each, fresh profile)', ['template', 'time'], timings);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
