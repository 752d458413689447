/**
 * Several evaluators through the CLI (issue 11): `template --evaluators`, a quotes file with
 * "evaluators" and "ratingsBy", and the file read back (options, validate, vendors add).
 */
import { readFileSync, writeFileSync } from 'fs';
import { join } from 'path';
import { readSnapshot } from '../../src/adapters/xlsx/readSnapshot';
import { importOptions, optionsFromNames } from '../../src/core/import';
import { optionsOf } from '../../src/core/template/optionsFromSnapshot';
import { planTemplate } from '../../src/core/template/planTemplate';
import { comparePlan, readWorkbook } from '../adapters/xlsx/comparePlan';
import { runCli, tempFolder } from './runCli';
import { loadWorkbook } from './workbooks';

const QUOTES = {
  evaluators: ['Li', 'Wang'],
  vendors: [
    { name: 'Aurora', ratingsBy: { Li: { C3: 5 }, Wang: { C3: 3 } } },
    { name: 'Beacon', ratingsBy: { Li: { C3: 4 } } },
  ],
};

describe('vendor-compare template --evaluators', () => {
  it('writes one block of Scorecard inputs per evaluator, read back as the same evaluators', async () => {
    const dir = tempFolder();
    const result = await runCli(['template', '-o', 'x.xlsx', '--vendor-names', 'A,B', '--evaluators', 'Li, Wang,"Chen, Jr."'], dir);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    const names = optionsFromNames(['A', 'B'], { evaluators: ['Li', 'Wang', 'Chen, Jr.'] });
    if (!names.ok) throw new Error('bad test input');
    expect(comparePlan(planTemplate(names.value), await readWorkbook(readFileSync(join(dir, 'x.xlsx'))))).toEqual([]);
    const snapshot = readSnapshot(await loadWorkbook(join(dir, 'x.xlsx')), 'x.xlsx');
    expect(optionsOf(snapshot, 2).evaluators).toEqual(['Li', 'Wang', 'Chen, Jr.']);
  });

  it('refuses a bad evaluator list, naming the flag', async () => {
    const dir = tempFolder();
    const result = await runCli(['template', '-o', 'x.xlsx', '--vendor-names', 'A', '--evaluators', 'Li,li'], dir);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe('Error: invalid options:\n  --evaluators[1]: evaluator "li" is listed twice\n');
  });

  it('fills the blocks from a quotes file; validate warns of the disagreement; a vendor added keeps the blocks', async () => {
    const dir = tempFolder();
    writeFileSync(join(dir, 'quotes.json'), JSON.stringify(QUOTES));
    expect((await runCli(['template', '-o', 'book.xlsx', '--vendors', 'quotes.json'], dir)).code).toBe(0);
    const plan = importOptions(QUOTES);
    if (!plan.ok) throw new Error('bad test input');
    expect(comparePlan(planTemplate(plan.value), await readWorkbook(readFileSync(join(dir, 'book.xlsx'))))).toEqual([]);
    // Aurora's C3: Li 5/5*100 = 100, Wang 3/5*100 = 60, 40 points apart.
    const validated = await runCli(['validate', 'book.xlsx', '--json'], dir);
    const findings = (JSON.parse(validated.stdout) as { files: { findings: { rule: string; message: string }[] }[] }).files[0]!.findings;
    expect(findings.filter((f) => f.rule === 'disagreement').map((f) => f.message)).toEqual([
      'Aurora: the evaluators disagree on C3 Technical depth (Li 100, Wang 60, 40 points or more apart). Discuss it, and record the agreed value with a reason in the consensus override.',
    ]);
    const added = await runCli(['vendors', 'add', 'book.xlsx', '--name', 'Cirrus'], dir);
    expect(added).toMatchObject({ code: 0, stderr: '' });
    const after = readSnapshot(await loadWorkbook(join(dir, 'book.xlsx')), 'book.xlsx');
    expect(optionsOf(after, 3).evaluators).toEqual(['Li', 'Wang']);
    expect(after.blocks.vc_EvaluatorInputs!.range.cols).toBe(3);
    // check names the same disagreement (Aurora C3: Li 100, Wang 60).
    const checked = await runCli(['check', 'book.xlsx', '--json'], dir);
    const file = (JSON.parse(checked.stdout) as { files: { disagreements: unknown[] }[] }).files[0]!;
    expect(file.disagreements).toEqual([{ vendor: 'Aurora', criterion: 'C3', evaluators: ['Li', 'Wang'], scores: [100, 60] }]);
  });

  it("packs a vendor of a two-evaluator master and merges the pack back, the evaluators' blocks kept", async () => {
    const dir = tempFolder();
    writeFileSync(join(dir, 'quotes.json'), JSON.stringify(QUOTES));
    expect((await runCli(['template', '-o', 'master.xlsx', '--vendors', 'quotes.json'], dir)).code).toBe(0);
    const packed = await runCli(['pack', 'master.xlsx', '-o', 'packs', '--vendors', 'Beacon'], dir);
    expect(packed).toMatchObject({ code: 0, stderr: '' });
    const merged = await runCli(['merge', 'master.xlsx', join('packs', 'Beacon.xlsx')], dir);
    expect(merged).toMatchObject({ code: 0, stderr: '' });
    const after = readSnapshot(await loadWorkbook(join(dir, 'master.xlsx')), 'master.xlsx');
    expect(optionsOf(after, 2).evaluators).toEqual(['Li', 'Wang']);
    // Li's C3 of Aurora (block 0, input 3) is still 5.
    expect(after.blocks.vc_EvaluatorInputs!.values[1 + 3]![0]).toBe(5);
  });
});
