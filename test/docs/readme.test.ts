/** The README's claims are checked: every defined name is documented, the worked example's
 * numbers are what the reference calculator computes, and the formula sample is current. */
import { readFileSync } from 'node:fs';
import { computeCosts } from '../../src/core/costs/costModel';
import { pricesFromQuote } from '../../src/core/costs/fromQuote';
import { DEFAULT_OPTIONS, effectiveDemand } from '../../src/core/options';
import { cellAddress } from '../../src/core/plan/a1';
import { planTemplate } from '../../src/core/template/planTemplate';
import { WORKED_EXAMPLE } from '../fixtures/workedExample';
import { importOptions } from '../../src/core/import';
import { validate } from '../../src/core/validation/validate';
import { loadPlan } from '../support/hyperformula';
import { snapshotOf } from '../support/snapshot';

const readme = readFileSync('README.md', 'utf8');

it('documents every defined name the template creates', () => {
  const plan = planTemplate({
    ...DEFAULT_OPTIONS,
    vendors: [{ name: 'A' }, { name: 'B' }, { name: 'C' }],
    scenarios: ['S1'],
    evaluators: ['Li', 'Wang'],
  });
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

it('shows a model switched in plain Excel recomputing at once, as HyperFormula computes it', () => {
  const plan = planTemplate(WORKED_EXAMPLE);
  const wb = loadPlan(plan);
  const pricing = plan.sheets.find((s) => s.key === 'pricing')!.name;
  const at = (name: string, v: number) => {
    const range = plan.names.find((n) => n.name === name)!.range;
    return cellAddress(range.row, range.col + v);
  };
  // Cirrus IM is the third vendor (column F), as the README says.
  expect(at('vc_Model', 2)).toBe('F4');
  wb.set(pricing, at('vc_Model', 2), 'All-inclusive');
  expect(wb.named('vc_Status')[0]![2]).toBe('Missing: Included support hours / year (cap); Overage rate / hour beyond included');
  expect(readme).toContain('"Missing: Included support hours / year (cap);\nOverage rate / hour beyond included"');
  expect([at('vc_IncludedHours', 2), at('vc_OverageRate', 2)]).toEqual(['F13', 'F14']);
  wb.set(pricing, 'F13', 100);
  wb.set(pricing, 'F14', 700);
  const money = (n: unknown) => (n as number).toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  const years = wb
    .named('vc_YearCost')
    .slice(0, 3)
    .map((row) => money(row[2]));
  const row = `| | ${[...years, money(wb.named('vc_TCO')[0]![2]), money(wb.named('vc_NPV')[0]![2])].join(' | ')} |`;
  expect(row).toBe('| | 102,000.00 | 52,500.00 | 52,500.00 | 207,000.00 | 181,130.93 |');
  expect(readme).toContain(row);
});

it('gives real answers in the import example: each counts as answered, none is a stand-in such as "..."', () => {
  const section = readme.slice(readme.indexOf('### Import format'));
  const json = /```json\n([\s\S]*?)```/.exec(section)![1]!;
  const imported = importOptions(JSON.parse(json));
  if (!imported.ok) throw new Error('the README example does not import');
  const answered = imported.value.vendors.flatMap((v) =>
    Object.entries(v.answers ?? {}).map(([question, text]) => ({ vendor: v.name, question, text })),
  );
  expect(answered.length).toBeGreaterThan(0);
  for (const a of answered) expect(a.text, `${a.vendor} ${a.question}`).not.toMatch(/^\W*$|\.\.\.|…/);
  const findings = validate(snapshotOf(loadPlan(planTemplate(imported.value)))).findings;
  const flagged = findings.filter(
    (f) => (f.rule === 'unanswered' || f.rule === 'vague-commitment') && answered.some((a) => a.vendor === f.vendor && a.question === f.question),
  );
  expect(flagged).toEqual([]);
});
