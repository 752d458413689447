/**
 * `vendor-compare evaluators add|remove`: the plain Scorecard's inputs move into the first
 * evaluator's block (checked cell by cell against what the input rows held), the input rows
 * become the consensus (as computed by HyperFormula), a removal that would take ratings lists
 * them and writes nothing without --force, bad requests say why (exit 2), and it speaks Chinese.
 */
import { copyFileSync, readFileSync } from 'fs';
import { join } from 'path';
import { readSnapshot } from '../../src/adapters/xlsx/readSnapshot';
import type { TemplateOptions } from '../../src/core/options';
import type { Snapshot } from '../../src/core/snapshot/types';
import { evaluatorRows } from '../../src/core/template/layout';
import { snapshotOf as computedSnapshot } from '../support/snapshot';
import { workbookToHyperFormula } from '../support/xlsxWorkbook';
import { runCli, tempFolder } from './runCli';
import { answeredOptions, loadWorkbook, writeWorkbook } from './workbooks';

/** Every vendor rated on C3 depth and C4 proactiveness, differently (depth 2, 3, 4, 5). */
function ratedOptions(): TemplateOptions {
  const base = answeredOptions();
  return { ...base, vendors: base.vendors.map((v, i) => ({ ...v, ratings: { depth: 2 + i, proactiveness: 5 - i } })) };
}

async function snapshotAt(path: string): Promise<Snapshot> {
  return readSnapshot(await loadWorkbook(path), path);
}

describe('vendor-compare evaluators', () => {
  it('adds a second evaluator to the one-evaluator Scorecard, then refuses and forces the removal of the rated one', async () => {
    const dir = tempFolder();
    const { path } = await writeWorkbook(join(dir, 'book.xlsx'), ratedOptions());
    const plainInputs = (await snapshotAt(path)).blocks.vc_ScoreInputs!.values;

    const add = await runCli(['evaluators', 'add', 'book.xlsx', '--name', 'Wang', '--first', 'Li'], dir);
    expect(add.stderr).toBe('');
    expect(add.stdout).toMatch(/^Added Wang as evaluator 2 of 2/);
    expect(add.stdout).toContain('The Scorecard’s inputs are now Li’s block');
    expect(add.code).toBe(0);
    const added = await snapshotAt(path);
    expect(added.blocks.vc_EvaluatorNames!.values).toEqual([['Li'], ['Wang']]);
    // Li's block (after its header row) holds what the input rows held; Wang's is empty.
    const blocks = added.blocks.vc_EvaluatorInputs!.values;
    const rows = evaluatorRows(2);
    expect(blocks.slice(1, 1 + plainInputs.length)).toEqual(plainInputs);
    expect(
      blocks
        .slice(rows.blockRows + 1)
        .flat()
        .filter((v) => v !== null),
    ).toEqual([]);
    // The input rows are the consensus: Li's depth for each vendor (2, 3, 4, 5), Wang gave none.
    const computed = computedSnapshot(workbookToHyperFormula(await loadWorkbook(path)));
    expect(computed.blocks.vc_ScoreInputs!.values[3]).toEqual([2, 3, 4, 5]);

    // Li's block holds 8 ratings (depth and proactiveness for 4 vendors): listed, nothing written.
    const bytes = readFileSync(path);
    const refused = await runCli(['evaluators', 'remove', 'book.xlsx', '--name', 'li'], dir);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/Li’s block holds 8 rating\(s\):/);
    expect(refused.stderr).toContain(`'Scorecard'!D${rows.inputRow(0, 3) + 1}`);
    expect(refused.stderr).toContain('Nothing was written. Run again with --force');
    expect(readFileSync(path).equals(bytes)).toBe(true);

    const removed = await runCli(['evaluators', 'remove', 'book.xlsx', '--name', 'Li', '--force', '-o', 'out.xlsx'], dir);
    expect(removed.stderr).toBe('');
    expect(removed.stdout).toMatch(/^Removed Li; 1 evaluator\(s\) remain/);
    expect(removed.code).toBe(0);
    expect((await snapshotAt(join(dir, 'out.xlsx'))).blocks.vc_EvaluatorNames!.values).toEqual([['Wang']]);
    const check = await runCli(['validate', 'out.xlsx', '--json'], dir);
    const findings = (JSON.parse(check.stdout) as { files: { findings: { rule: string }[] }[] }).files[0]!.findings;
    expect(findings.filter((f) => f.rule === 'broken-formula' || f.rule === 'structure')).toEqual([]);
  });

  it.each([
    [['evaluators', 'remove', 'book.xlsx', '--name', 'Nobody'], /has no evaluator named Nobody; its evaluators are: Li, Wang/],
    [['evaluators', 'add', 'book.xlsx', '--name', 'wang'], /already has an evaluator named wang/],
    [['evaluators', 'add', 'book.xlsx', '--name', '  '], /The evaluator name is blank/],
    [['evaluators', 'add', 'book.xlsx', '--name', 'x'.repeat(51)], /an evaluator name has at most 50 characters/],
    [['evaluators', 'add', 'book.xlsx', '--name', 'X', '--before', 'Nobody'], /has no evaluator named Nobody/],
  ])('refuses %j with a reason and exit 2, leaving the file alone', async (argv, message) => {
    const dir = tempFolder();
    const { path } = await writeWorkbook(join(dir, 'book.xlsx'), { ...answeredOptions(), evaluators: ['Li', 'Wang'] });
    const bytes = readFileSync(path);
    const result = await runCli(argv, dir);
    expect(result.stderr).toMatch(message);
    expect(result.code).toBe(2);
    expect(readFileSync(path).equals(bytes)).toBe(true);
  });

  it('speaks Chinese where the terminal does, and refuses removing the last evaluator', async () => {
    const dir = tempFolder();
    await writeWorkbook(join(dir, 'book.xlsx'), { ...answeredOptions(), evaluators: ['李'] });
    const result = await runCli(['evaluators', 'add', 'book.xlsx', '--name', '王'], dir, { LANG: 'zh_CN.UTF-8' });
    expect(result.stdout).toMatch(/^已添加 王，为第 2 位评估人（共 2 位）/);
    expect(result.code).toBe(0);
    await runCli(['evaluators', 'remove', 'book.xlsx', '--name', '王'], dir);
    const last = await runCli(['evaluators', 'remove', 'book.xlsx', '--name', '李'], dir, { LANG: 'zh_CN.UTF-8' });
    expect(last.stderr).toMatch(/李 是唯一的评估人/);
    expect(last.code).toBe(2);
  });

  it('changes a workbook without the Decision sheet (upgraded from layout 1) as it is', async () => {
    const dir = tempFolder();
    copyFileSync(join(__dirname, '../fixtures/v1/worked-example.en.xlsx'), join(dir, 'book.xlsx'));
    expect((await runCli(['fill', 'book.xlsx'], dir)).code).toBe(0);
    const add = await runCli(['evaluators', 'add', 'book.xlsx', '--name', 'Wang'], dir);
    expect(add.code, add.stderr).toBe(0);
    const snapshot = await snapshotAt(join(dir, 'book.xlsx'));
    expect(snapshot.blocks.vc_EvaluatorNames!.values).toEqual([['Evaluator 1'], ['Wang']]);
    expect(snapshot.blocks.vc_DecisionVerdict).toBeUndefined();
    const check = await runCli(['validate', 'book.xlsx', '--json', '--lang', 'en'], dir);
    const findings = (JSON.parse(check.stdout) as { files: { findings: { rule: string }[] }[] }).files[0]!.findings;
    expect(findings.filter((f) => f.rule === 'broken-formula' || f.rule === 'structure')).toEqual([]);
  });
});
