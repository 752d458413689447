/**
 * The Overview chart of a CLI file in LibreOffice, and through fill: LibreOffice opens the file
 * with the chart bound to the chart-data block and draws the costs the reference calculator gives
 * within the term (nothing beyond it); fill keeps the chart, and still reports a chart of the
 * user's as lost.
 */
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { addChart } from '../../src/adapters/xlsx/addChart';
import { writeTemplateFile } from '../../src/adapters/xlsx/writeTemplateFile';
import { computeCosts } from '../../src/core/costs/costModel';
import { pricesFromQuote } from '../../src/core/costs/fromQuote';
import { effectiveDemand } from '../../src/core/options';
import { runCli } from '../cli/runCli';
import { chartsOnSheet, unquoted } from '../support/chartParts';
import { WORKED_EXAMPLE } from '../fixtures/workedExample';
import { recalculate } from './recalculate';

/** The README's worked example has four vendors: its Overview is README's table of names for
 * three with one more ranking row and one more vendor column: the title A20, the header row 22
 * (B-E the vendors), years 23-32. */
const EXPECTED = ['B', 'C', 'D', 'E'].map((col) => ({
  name: `Overview!$${col}$22`,
  categories: 'Overview!$A$23:$A$32',
  values: `Overview!$${col}$23:$${col}$32`,
}));
const refs = (file: string) =>
  chartsOnSheet(file, 'Overview').map((c) => ({
    title: c.title && unquoted(c.title),
    series: c.series.map((s) => ({ name: unquoted(s.name), categories: unquoted(s.categories), values: unquoted(s.values) })),
  }));

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'vc-lo-chart-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

it('LibreOffice keeps the chart bound to the block and draws the yearly costs within the term; fill keeps it through', async () => {
  const template = join(dir, 'template.xlsx');
  await writeTemplateFile(WORKED_EXAMPLE, template);
  const filled = await runCli(['fill', 'template.xlsx', '-o', 'filled.xlsx'], dir);
  expect(filled).toMatchObject({ code: 0, stderr: '' });
  const [fromTemplate, fromFilled] = recalculate([template, join(dir, 'filled.xlsx')], join(dir, 'lo'));

  // Ours carry the title's reference; LibreOffice 7.4 keeps the title as text (from the cache).
  for (const file of [template, join(dir, 'filled.xlsx')]) expect(refs(file), file).toEqual([{ title: 'Overview!$A$20', series: EXPECTED }]);
  for (const file of [fromTemplate!, fromFilled!]) expect(refs(file), file).toEqual([{ title: null, series: EXPECTED }]);
  // What LibreOffice plotted: the reference calculator's three yearly costs per vendor, no point
  // for years 4-10 (#N/A is not plotted).
  const plotted = chartsOnSheet(fromTemplate!, 'Overview')[0]!.series.map((s) => s.cached);
  const expected = WORKED_EXAMPLE.vendors.map((v) => {
    const result = computeCosts(pricesFromQuote(v), { ...WORKED_EXAMPLE, demand: effectiveDemand(WORKED_EXAMPLE) });
    if (!result.complete) throw new Error(`${v.name} is incomplete`);
    return result.costs.yearCost;
  });
  expect(plotted.map((values) => values.length)).toEqual([3, 3, 3, 3]);
  plotted.forEach((values, v) => values.forEach((value, y) => expect(value).toBeCloseTo(expected[v]![y]!, 6)));

  // A file saved by LibreOffice (its own spelling of the chart) is filled without a loss too.
  copyFileSync(fromTemplate!, join(dir, 'saved-by-lo.xlsx'));
  const refilled = await runCli(['fill', 'saved-by-lo.xlsx', '-o', 'refilled.xlsx'], dir);
  expect(refilled).toMatchObject({ code: 0, stderr: '' });
  expect(refs(join(dir, 'refilled.xlsx'))[0]!.series).toEqual(EXPECTED);
}, 120_000);

it('fill still reports a chart of the user’s as lost, and with --allow-loss keeps only ours', async () => {
  const template = join(dir, 'user.xlsx');
  await writeTemplateFile(WORKED_EXAMPLE, template);
  // The user's own chart on Pricing, over the Pricing cells (not the chart-data block).
  const withUserChart = await addChart(readFileSync(template), {
    sheet: 'Pricing',
    title: { row: 0, col: 0, rows: 1, cols: 1 },
    data: { row: 2, col: 2, rows: 11, cols: 3 },
  });
  writeFileSync(template, withUserChart);
  const refused = await runCli(['fill', 'user.xlsx', '-o', 'user-filled.xlsx'], dir);
  expect(refused.code).toBe(1);
  expect(refused.stderr).toContain('charts: xl/charts/chart2.xml');
  expect(refused.stderr).not.toContain('chart1.xml');
  const allowed = await runCli(['fill', 'user.xlsx', '-o', 'user-filled.xlsx', '--allow-loss'], dir);
  expect(allowed.code).toBe(0);
  expect(refs(join(dir, 'user-filled.xlsx'))[0]!.series).toEqual(EXPECTED);
  expect(chartsOnSheet(join(dir, 'user-filled.xlsx'), 'Pricing')).toEqual([]);
});

it('after vendors remove and add, LibreOffice computes the others’ yearly costs as before and the chart covers the new vendors', async () => {
  const template = join(dir, 'vendors.xlsx');
  await writeTemplateFile(WORKED_EXAMPLE, template);
  const removed = await runCli(['vendors', 'remove', 'vendors.xlsx', '--name', 'Beacon RTC', '--force', '-o', 'removed.xlsx'], dir);
  expect(removed).toMatchObject({ code: 0, stderr: '' });
  const added = await runCli(['vendors', 'add', 'removed.xlsx', '--name', 'Echo', '-o', 'added.xlsx'], dir);
  expect(added).toMatchObject({ code: 0, stderr: '' });
  // One ranking line fewer, then one more: the block is back on rows 22-32, four vendor columns,
  // Echo (no prices yet) last.
  const [recalculated] = recalculate([join(dir, 'added.xlsx')], join(dir, 'lo-vendors'));
  expect(refs(recalculated!)).toEqual([{ title: null, series: EXPECTED }]);
  const plotted = chartsOnSheet(recalculated!, 'Overview')[0]!.series.map((s) => s.cached);
  const others = WORKED_EXAMPLE.vendors.filter((v) => v.name !== 'Beacon RTC');
  others.forEach((v, i) => {
    const result = computeCosts(pricesFromQuote(v), { ...WORKED_EXAMPLE, demand: effectiveDemand(WORKED_EXAMPLE) });
    if (!result.complete) throw new Error(`${v.name} is incomplete`);
    expect(plotted[i]!.length, v.name).toBe(3);
    plotted[i]!.forEach((value, y) => expect(value).toBeCloseTo(result.costs.yearCost[y]!, 6));
  });
  // Echo has no prices: #N/A every year, nothing plotted.
  expect(plotted[3]).toEqual([]);
}, 120_000);
