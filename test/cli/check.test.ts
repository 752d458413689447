/**
 * `vendor-compare check`: the decision check on workbooks written by the real planner. Expected
 * figures are worked by hand in the comments (DOMAIN.md sections 2, 3 and 7).
 */
import ExcelJS from 'exceljs';
import { readFileSync, writeFileSync } from 'fs';
import { join } from 'path';
import type { QualityInputs } from '../../src/core/costs/scores';
import { DEFAULT_OPTIONS, type TemplateOptions, type VendorQuote } from '../../src/core/options';
import { runCli, tempFolder } from './runCli';
import { writeWorkbook } from './workbooks';

const SAME: QualityInputs = {
  responseNormal: 2,
  responseUrgent: 1,
  coverage247: true,
  depth: 4,
  proactiveness: 4,
  team: 'inHouse',
  dedicatedManager: true,
  experts: 4,
  scenarioFit: 4,
};
const TOP: QualityInputs = {
  responseNormal: 1,
  responseUrgent: 1,
  coverage247: true,
  depth: 5,
  proactiveness: 5,
  team: 'inHouse',
  dedicatedManager: true,
  experts: 5,
  scenarioFit: 5,
};
const POOR: QualityInputs = {
  responseNormal: 4,
  responseUrgent: 4,
  coverage247: false,
  depth: 2,
  proactiveness: 2,
  team: 'outsourced',
  dedicatedManager: false,
  experts: 2,
  scenarioFit: 2,
};

/**
 * One year, 150 dev + 50 ops hours, no incidents or on-site days; price weight 40% (default),
 * lowest-price rule (default).
 * A all-inclusive: 100,000 + 900 x max(0, 200m - 200). B tiered Enterprise: 60,000 + 20,000 +
 * 600 x max(0, 200m - 100). At x1: A 100,000, B 140,000. At x0.5: A 100,000, B 80,000.
 * x1.5: A 190,000, B 200,000; x2: A 280,000, B 260,000; x3: A 460,000, B 380,000.
 * Break-evens: 20,000 + 120,000m = 100,000 at m = 2/3 (0.67, B -> A); 180,000m - 80,000 =
 * 20,000 + 120,000m at m = 5/3 (1.67, A -> B). C has no prices: left out.
 */
function options(qualityA: QualityInputs, qualityB: QualityInputs, language: TemplateOptions['language'] = 'en'): TemplateOptions {
  const vendors: VendorQuote[] = [
    { name: 'A', model: 'all-inclusive', platformFee: 100_000, includedHours: 200, overageRate: 900, dayRate: 0, ratings: qualityA },
    {
      name: 'B',
      model: 'tiered',
      platformFee: 60_000,
      tier: 'enterprise',
      tiers: { enterprise: { fee: 20_000, hours: 100 } },
      overageRate: 600,
      dayRate: 0,
      ratings: qualityB,
    },
    { name: 'C', ratings: SAME },
  ];
  return { ...DEFAULT_OPTIONS, language, termYears: 1, demand: [{ devHours: 150, opsHours: 50, incidents: 0, onsiteDays: 0 }], vendors };
}

interface JsonFile {
  file: string;
  robust: boolean;
  winner: string | null;
  reasons: string[];
  priceWeights: { priceWeight: number; winner: string | null }[];
  winnerChangesAt: number[];
  rankReversals: { removed: string; pair: [string, string] }[];
  demand: { multiplier: number; tco: Record<string, number>; rank: Record<string, number>; cheapest: string | null }[];
  breakEven: { multiplier: number; from: string; to: string }[];
  abnormallyLow: { vendor: string; tco: number; median: number }[];
  disagreements: unknown[];
  incomplete: string[];
  error?: string;
}

describe('vendor-compare check', () => {
  it('robust: exit 0 and the verdict first', async () => {
    // A top-rated, B poor: A's quality lead outweighs B's lower price at every demand from x0.5
    // (B 80,000 vs A 100,000: price scores 100 vs 80, 40% of which is 8 points) to x2.
    const dir = tempFolder();
    await writeWorkbook(join(dir, 'book.xlsx'), options(TOP, POOR));
    const result = await runCli(['check', 'book.xlsx'], dir);
    expect(result.code).toBe(0);
    const lines = result.stdout.split('\n');
    expect(lines[0]).toBe('book.xlsx');
    expect(lines[1]).toBe('  Robust: A ranks first and holds under every test.');
    expect(result.stdout).toContain('Price weight (chosen 40%; ±10 points: holds): 0%–100% A');
    expect(result.stdout).toContain('Rank reversal: none');
    expect(result.stdout).toContain('Break-even: ×0.67 B → A; ×1.67 A → B');
    expect(result.stdout).toContain('Left out (incomplete): C');
    expect(result.stderr).toBe('');
  });

  it('--write puts the results on the Decision sheet and says so on stderr; stdout stays the report', async () => {
    const dir = tempFolder();
    await writeWorkbook(join(dir, 'book.xlsx'), options(TOP, POOR));
    const result = await runCli(['check', 'book.xlsx', '--write', '--json'], dir);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('Written on the Decision sheet of book.xlsx.\n');
    expect(JSON.parse(result.stdout)).toMatchObject({ files: [{ file: 'book.xlsx', robust: true, winner: 'A', written: true }] });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(join(dir, 'book.xlsx'));
    const named = (name: string) => {
      const [ref] = workbook.definedNames.getRanges(name).ranges;
      const sheet = ref!.slice(0, ref!.lastIndexOf('!')).replace(/^'|'$/g, '');
      return workbook.getWorksheet(sheet)!.getCell(
        ref!
          .slice(ref!.lastIndexOf('!') + 1)
          .replace(/\$/g, '')
          .split(':')[0]!,
      ).value;
    };
    expect(named('vc_DecisionWrittenWinner')).toBe('A');
    // Written as a date-time (ExcelJS reads a date-formatted serial back as a Date): today, UTC.
    expect((named('vc_DecisionWrittenOn') as Date).toISOString().slice(0, 10)).toBe(new Date().toISOString().slice(0, 10));
    expect(typeof named('vc_DecisionWrittenChecksum')).toBe('number');
  });

  it('--write on a workbook without the Decision sheet: the report, a reason on stderr, exit 1, the file unchanged', async () => {
    const dir = tempFolder();
    await writeWorkbook(join(dir, 'book.xlsx'), options(TOP, POOR), {
      // As a workbook made before the Decision sheet: none of its names.
      edit: (workbook) => (workbook.definedNames.model = workbook.definedNames.model.filter((n) => !n.name.startsWith('vc_Decision'))),
    });
    const before = readFileSync(join(dir, 'book.xlsx'));
    const result = await runCli(['check', 'book.xlsx', '--write'], dir);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('Robust: A ranks first');
    expect(result.stderr).toBe('book.xlsx has no Decision sheet (it was made by an earlier version): the results were not written.\n');
    expect(readFileSync(join(dir, 'book.xlsx')).equals(before)).toBe(true);
  });

  it('not robust: exit 1, and --json carries every test', async () => {
    // Equal ratings: the cheaper vendor ranks first. A at x1 (100,000 < 140,000), B at x0.5.
    const dir = tempFolder();
    await writeWorkbook(join(dir, 'book.xlsx'), options(SAME, SAME));
    const result = await runCli(['check', 'book.xlsx', '--json'], dir);
    expect(result.code).toBe(1);
    const { files } = JSON.parse(result.stdout) as { files: JsonFile[] };
    expect(files).toHaveLength(1);
    const f = files[0]!;
    expect(f).toMatchObject({
      file: 'book.xlsx',
      robust: false,
      winner: 'A',
      reasons: ['demand'],
      incomplete: ['C'],
      rankReversals: [],
      disagreements: [],
    });
    // At 0% the two tie on quality; the tie goes to A, first in the workbook.
    expect(f.priceWeights.map((p) => p.winner)).toEqual(Array(11).fill('A'));
    expect(f.winnerChangesAt).toEqual([]);
    expect(f.demand.map((d) => [d.multiplier, d.tco.A, d.tco.B, d.cheapest])).toEqual([
      [0.5, 100_000, 80_000, 'B'],
      [1, 100_000, 140_000, 'A'],
      [1.5, 190_000, 200_000, 'A'],
      [2, 280_000, 260_000, 'B'],
      [3, 460_000, 380_000, 'B'],
    ]);
    expect(f.demand[0]!.rank).toEqual({ A: 2, B: 1 });
    expect(f.breakEven).toEqual([
      { multiplier: 0.67, from: 'B', to: 'A' },
      { multiplier: 1.67, from: 'A', to: 'B' },
    ]);
    // Median of 100,000 and 140,000 is 120,000; 70% of it 84,000: neither is below.
    expect(f.abnormallyLow).toEqual([]);
  });

  it('text names the failing test and the demand where the winner is not cheapest; --lang zh', async () => {
    const dir = tempFolder();
    await writeWorkbook(join(dir, 'book.xlsx'), options(SAME, SAME));
    const en = await runCli(['check', 'book.xlsx'], dir);
    expect(en.code).toBe(1);
    expect(en.stdout).toContain('  Not robust: A ranks first but fails: demand.');
    expect(en.stdout).toContain('Demand ×0.5 to ×2 (fails)');
    expect(en.stdout).toContain('×0.5  B 80,000; A 100,000, TCO rank 2');
    const zh = await runCli(['check', 'book.xlsx', '--lang', 'zh'], dir);
    expect(zh.code).toBe(1);
    expect(zh.stdout).toContain('不稳健：A 排名第一，但未通过：需求量。');
    expect(zh.stdout).toContain('盈亏平衡点：×0.67 B → A；×1.67 A → B');
  });

  it('a Chinese workbook reads in Chinese without --lang', async () => {
    const dir = tempFolder();
    await writeWorkbook(join(dir, 'book.xlsx'), options(TOP, POOR, 'zh'));
    const result = await runCli(['check', 'book.xlsx'], dir);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('稳健：A 排名第一，且在各项检验下保持不变。');
  });

  it('no complete vendor: exit 1 and no winner', async () => {
    const dir = tempFolder();
    const base = options(SAME, SAME);
    await writeWorkbook(join(dir, 'book.xlsx'), { ...base, vendors: [base.vendors[2]!] });
    const text = await runCli(['check', 'book.xlsx'], dir);
    expect(text.code).toBe(1);
    expect(text.stdout).toContain('No verdict: no vendor has complete costs and quality inputs.');
    const json = await runCli(['check', 'book.xlsx', '--json'], dir);
    expect(JSON.parse(json.stdout)).toMatchObject({ files: [{ robust: false, winner: null, reasons: ['noCompleteVendor'], incomplete: ['C'] }] });
  });

  it('exit 2 when a file cannot be read or is no template, the other files still reported', async () => {
    const dir = tempFolder();
    await writeWorkbook(join(dir, 'good.xlsx'), options(TOP, POOR));
    writeFileSync(join(dir, 'junk.xlsx'), 'not a zip');
    const plain = new ExcelJS.Workbook();
    plain.addWorksheet('Sheet1').getCell('A1').value = 'no template here';
    await plain.xlsx.writeFile(join(dir, 'plain.xlsx'));
    const result = await runCli(['check', 'good.xlsx', 'junk.xlsx', 'missing.xlsx', 'plain.xlsx'], dir);
    expect(result.code).toBe(2);
    expect(result.stdout).toContain('Robust: A ranks first');
    expect(result.stdout).toMatch(/junk\.xlsx\n {2}\S/);
    expect(result.stdout).toMatch(/plain\.xlsx\n {2}.*plain\.xlsx.*Vendor Compare/);
    expect(result.stdout).toContain('4 files: 1 robust, 0 not robust, 3 unreadable.');
    const json = await runCli(['check', 'missing.xlsx', '--json'], dir);
    expect(json.code).toBe(2);
    const { files } = JSON.parse(json.stdout) as { files: JsonFile[] };
    expect(files[0]).toMatchObject({ file: 'missing.xlsx', robust: false });
    expect(files[0]!.error).toContain('missing.xlsx');
  });
});
