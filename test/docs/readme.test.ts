/** The README's claims are checked: every defined name is documented, the worked example's
 * numbers are what the reference calculator computes, and the formula sample is current. */
import { readFileSync } from 'node:fs';
import { computeCosts } from '../../src/core/costs/costModel';
import { pricesFromQuote } from '../../src/core/costs/fromQuote';
import { DEFAULT_OPTIONS, effectiveDemand } from '../../src/core/options';
import { cellAddress } from '../../src/core/plan/a1';
import { planTemplate } from '../../src/core/template/planTemplate';
import { WORKED_EXAMPLE } from '../fixtures/workedExample';

const readme = readFileSync('README.md', 'utf8');

it('documents every defined name the template creates', () => {
  const plan = planTemplate({ ...DEFAULT_OPTIONS, vendors: [{ name: 'A' }, { name: 'B' }, { name: 'C' }], scenarios: ['S1'] });
  const missing = plan.names.map((n) => n.name).filter((name) => !readme.includes(`\`${name}\``));
  expect(missing).toEqual([]);
});

it("shows the worked example's numbers as the reference calculator computes them", () => {
  const money = (n: number) => n.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  for (const vendor of WORKED_EXAMPLE.vendors) {
    const result = computeCosts(pricesFromQuote(vendor), { ...WORKED_EXAMPLE, demand: effectiveDemand(WORKED_EXAMPLE) });
    if (!result.complete) throw new Error(`${vendor.name} is incomplete`);
    const row = readme.split('\n').find((line) => line.startsWith(`| ${vendor.name} |`));
    expect(row, `README row for ${vendor.name}`).toBeDefined();
    const c = result.costs;
    const expected = [...c.yearCost.map(money), money(c.tco), money(c.npv), money(c.perUserMonth), `${(c.supportShare * 100).toFixed(1)}%`];
    for (const value of expected) expect(row).toContain(`| ${value} |`.replace(/ \|$/, ''));
  }
});

it('quotes the formulas the planner writes today', () => {
  const plan = planTemplate(WORKED_EXAMPLE);
  const pricing = plan.sheets.find((s) => s.key === 'pricing')!;
  let checked = 0;
  for (const block of pricing.blocks) {
    block.cells.forEach((row, r) => {
      const cell = row[0];
      if (block.col !== 3 || cell === null || typeof cell !== 'object') return;
      const quoted = readme.split('\n').find((line) => line.startsWith(`${cellAddress(block.row + r, 3)} `));
      if (!quoted) return;
      expect(quoted).toContain(`=${cell.formula}`);
      checked++;
    });
  }
  expect(checked).toBe(14);
});
