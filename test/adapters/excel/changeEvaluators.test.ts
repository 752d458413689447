/**
 * Adding and removing an evaluator through Office.js (the double): two syncs, and the workbook
 * then holds what a fresh insert of the new evaluator list holds - the same names over the same
 * cells, the same formulas, the same inputs per evaluator, the same validations, conditional
 * formats and hidden rows - with every sheet protected again.
 */
import { changeEvaluators, listEvaluators } from '../../../src/adapters/excel/changeEvaluators';
import { EvaluatorChangeRefusedError } from '../../../src/adapters/excel/errors';
import { readSnapshot } from '../../../src/adapters/excel/readSnapshot';
import type { TemplateOptions, VendorQuote } from '../../../src/core/options';
import { evaluatorRows } from '../../../src/core/template/layout';
import { cellAt } from '../../excel-double';
import { WORKED_EXAMPLE } from '../../fixtures/workedExample';
import { workbookWithTemplate } from './analysisFixtures';
import { expectSameAsFresh, sheetRules } from './sameAsFresh';

type Ratings = NonNullable<VendorQuote['ratings']>;
const LI = (i: number): Ratings => ({ depth: 2 + i, coverage247: i === 0, responseNormal: 4 });
const WANG = (i: number): Ratings => ({ depth: 4, team: i === 1 ? 'outsourced' : 'mixed' });
const CHEN = (i: number): Ratings => ({ experts: 1 + i });
const BY: Record<string, (i: number) => Ratings> = { Li: LI, Wang: WANG, Chen: CHEN };

/** Three vendors, evaluators `names`, rated by those of them in `raters`. */
function options(names: string[], raters = names): TemplateOptions {
  const vendors = WORKED_EXAMPLE.vendors.slice(0, 3).map((v, i): VendorQuote => ({
    ...v,
    answers: { Q1: `${v.name}: within ${i + 1} hours` },
    ratingsBy: Object.fromEntries(raters.map((n) => [n, BY[n]!(i)])),
  }));
  return { ...WORKED_EXAMPLE, vendors, evaluators: names };
}
/** The one-evaluator Scorecard, rated as Li rates. */
const plain = (): TemplateOptions => ({
  ...WORKED_EXAMPLE,
  vendors: WORKED_EXAMPLE.vendors.slice(0, 3).map((v, i) => ({ ...v, answers: { Q1: `${v.name}: within ${i + 1} hours` }, ratings: LI(i) })),
});

describe('changeEvaluators (Office.js)', () => {
  it('gives the one-evaluator Scorecard a second evaluator in two syncs: as a fresh insert with both', async () => {
    const wb = await workbookWithTemplate(plain());
    expect(await listEvaluators(wb.newContext())).toEqual([]);
    const ctx = wb.newContext();
    const result = await changeEvaluators(ctx, { kind: 'add', name: 'Wang', first: 'Li' }, false);
    expect(result).toMatchObject({ applied: true, evaluators: ['Li', 'Wang'], syncs: 2, held: [] });
    expect(ctx.stats.syncs).toBe(2);
    const fresh = await workbookWithTemplate(options(['Li', 'Wang'], ['Li']));
    const after = await readSnapshot(wb.newContext());
    expect(Object.keys(after.blocks)).toEqual(expect.arrayContaining(['vc_Ranking', 'vc_DecisionChecksum']));
    expectSameAsFresh(after, await readSnapshot(fresh.newContext()));
    expect(sheetRules(wb)).toEqual(sheetRules(fresh));
    expect(await listEvaluators(wb.newContext())).toEqual(['Li', 'Wang']);
  });

  it('moves a formula typed in a plain input into the first block as a copy would', async () => {
    const wb = await workbookWithTemplate(plain());
    // Beacon's C3 depth (E7) typed as a formula reading the cell above it (E6, C2 proactiveness... any cell).
    await wb.userEdit('Scorecard', 'E7', [['=E6+1']]);
    await changeEvaluators(wb.newContext(), { kind: 'add', name: 'Wang' }, false);
    const row = evaluatorRows(2).inputRow(0, 3) + 1;
    expect(cellAt(wb, 'Scorecard', `E${row}`)).toEqual({ kind: 'formula', formula: `=E${row - 1}+1` });
  });

  it('removes the middle evaluator in two syncs, after asking: as a fresh insert of the others', async () => {
    const wb = await workbookWithTemplate(options(['Li', 'Wang', 'Chen']));
    const asked = wb.newContext();
    const refused = await changeEvaluators(asked, { kind: 'remove', name: 'wang' }, false);
    expect(refused).toMatchObject({ applied: false, evaluator: 'Wang', evaluators: ['Li', 'Wang', 'Chen'], syncs: 1 });
    // Wang rated depth 4 and a team for each of three vendors: six ratings.
    expect(refused.held.map((h) => h.value).sort()).toEqual(['4', '4', '4', 'Mixed', 'Mixed', 'Outsourced']);
    expect(asked.stats.syncs).toBe(1);

    const ctx = wb.newContext();
    const result = await changeEvaluators(ctx, { kind: 'remove', name: 'Wang' }, true);
    expect(result).toMatchObject({ applied: true, evaluators: ['Li', 'Chen'], syncs: 2 });
    expect(ctx.stats.syncs).toBe(2);
    const fresh = await workbookWithTemplate(options(['Li', 'Chen']));
    expectSameAsFresh(await readSnapshot(wb.newContext()), await readSnapshot(fresh.newContext()));
    expect(sheetRules(wb)).toEqual(sheetRules(fresh));
  });

  it('adds an evaluator first, before the others: as a fresh insert with an empty block for them', async () => {
    const wb = await workbookWithTemplate(options(['Li', 'Wang']));
    await changeEvaluators(wb.newContext(), { kind: 'add', name: 'Chen', before: 'Li' }, false);
    const fresh = await workbookWithTemplate(options(['Chen', 'Li', 'Wang'], ['Li', 'Wang']));
    expectSameAsFresh(await readSnapshot(wb.newContext()), await readSnapshot(fresh.newContext()));
    expect(sheetRules(wb)).toEqual(sheetRules(fresh));
  });

  it('refuses removing the last evaluator with the reason, writing nothing', async () => {
    const wb = await workbookWithTemplate(options(['Li']));
    const ctx = wb.newContext();
    await expect(changeEvaluators(ctx, { kind: 'remove', name: 'Li' }, true)).rejects.toEqual(
      new EvaluatorChangeRefusedError({ reason: 'lastEvaluator' }),
    );
    expect(ctx.stats.syncs).toBe(1);
  });
});
