import { join } from 'path';
import { readFileSync, writeFileSync } from 'fs';
import { computeCosts } from '../../src/core/costs/costModel';
import { pricesFromQuote } from '../../src/core/costs/fromQuote';
import { computeScores, type QualityInputs } from '../../src/core/costs/scores';
import { effectiveDemand } from '../../src/core/options';
import { WORKED_EXAMPLE } from '../fixtures/workedExample';
import { runCli, tempFolder } from './runCli';
import { EVIL_XML, hasControlCharacter, namedCells, withSharedString, writeWorkbook } from './workbooks';

const { termYears, users, discountRate } = WORKED_EXAMPLE;
const assumptions = { termYears, users, discountRate, demand: effectiveDemand(WORKED_EXAMPLE).slice(0, termYears) };

/** Scorecard rows in sheet order, one column per vendor (as typed on the sheet). */
const QUALITY_ROWS: (string | number)[][] = [
  [2, 4, 8, 3],
  [1, 2, 4, 1],
  ['Yes', 'Yes', 'No', 'Yes'],
  [4, 3, 3, 5],
  [4, 3, 2, 4],
  ['In-house', 'Mixed', 'Outsourced', 'In-house'],
  ['Yes', 'No', 'No', 'Yes'],
  [4, 3, 2, 5],
  [5, 4, 3, 4],
];
const QUALITY: QualityInputs[] = [0, 1, 2, 3].map((c) => {
  const v = (r: number) => QUALITY_ROWS[r]![c]!;
  return {
    responseNormal: v(0) as number,
    responseUrgent: v(1) as number,
    coverage247: v(2) === 'Yes',
    depth: v(3) as number,
    proactiveness: v(4) as number,
    team: ({ 'In-house': 'inHouse', Mixed: 'mixed', Outsourced: 'outsourced' } as const)[v(5) as 'Mixed'],
    dedicatedManager: v(6) === 'Yes',
    experts: v(7) as number,
    scenarioFit: v(8) as number,
  };
});

async function workedExampleFile(dir: string, vendorNames?: string[]) {
  const vendors = WORKED_EXAMPLE.vendors.map((v, i) => ({ ...v, name: vendorNames?.[i] ?? v.name }));
  return writeWorkbook(join(dir, 'book.xlsx'), { ...WORKED_EXAMPLE, vendors }, {
    edit: (workbook, plan) => {
      const grid = namedCells(plan, 'vc_ScoreInputs');
      QUALITY_ROWS.forEach((row, r) => row.forEach((value, c) => (workbook.getWorksheet(grid.sheet)!.getCell(grid.cells[r]![c]!).value = value)));
    },
  });
}

interface JsonVendor {
  vendor: string;
  currency: string | null;
  model: string | null;
  complete: boolean;
  missing: string[];
  yearCost: number[] | null;
  tco: number | null;
  npv: number | null;
  perUserMonth: number | null;
  supportShare: number | null;
  quality: number | null;
  priceScore: number | null;
  overall: number | null;
  rank: number | null;
  scoreMissing: string[];
}

describe('vendor-compare summary', () => {
  it('--json equals the reference calculator on the options the workbook was written from', async () => {
    const dir = tempFolder();
    await workedExampleFile(dir);
    const result = await runCli(['summary', 'book.xlsx', '--json'], dir);
    expect(result.code).toBe(0);
    const body = JSON.parse(result.stdout) as { vendors: JsonVendor[] } & Record<string, unknown>;
    expect(body).toMatchObject({ file: 'book.xlsx', currency: 'CNY', termYears: 3, users: 500, discountRate: 0.08, missingAssumptions: [] });
    const scores = computeScores(
      WORKED_EXAMPLE.vendors.map((v, i) => {
        const costs = computeCosts(pricesFromQuote(v), assumptions);
        return { tco: costs.complete ? costs.costs.tco : undefined, quality: QUALITY[i]! };
      }),
      { weights: [0.25, 0.1, 0.25, 0.15, 0.15, 0.1], priceWeight: 0.4, priceMethod: 'lowest' },
    );
    expect(scores.every((s) => s.rank !== undefined)).toBe(true);
    WORKED_EXAMPLE.vendors.forEach((v, i) => {
      const expected = computeCosts(pricesFromQuote(v), assumptions);
      if (!expected.complete) throw new Error('the worked example is complete');
      const c = expected.costs;
      expect(body.vendors[i]).toEqual({
        vendor: v.name,
        model: v.model,
        currency: null,
        complete: true,
        missing: [],
        yearCost: c.yearCost,
        tco: c.tco,
        npv: c.npv,
        perUserMonth: c.perUserMonth,
        supportShare: c.supportShare,
        quality: scores[i]!.quality,
        priceScore: scores[i]!.price,
        overall: scores[i]!.overall,
        rank: scores[i]!.rank,
        scoreMissing: [],
      });
    });
  });

  it('prints a table, and "incomplete" with the missing inputs instead of numbers', async () => {
    const dir = tempFolder();
    await writeWorkbook(join(dir, 'book.xlsx'), {
      ...WORKED_EXAMPLE,
      vendors: [WORKED_EXAMPLE.vendors[0]!, { ...WORKED_EXAMPLE.vendors[2]!, hourlyRate: undefined, incidentFee: undefined }, { name: 'Echo' }],
    });
    const result = await runCli(['summary', 'book.xlsx'], dir);
    expect(result.code).toBe(0);
    const aurora = computeCosts(pricesFromQuote(WORKED_EXAMPLE.vendors[0]!), assumptions);
    if (!aurora.complete) throw new Error('complete');
    const tco = Math.round(aurora.costs.tco).toLocaleString('en-US');
    const lines = result.stdout.split('\n');
    expect(lines[0]).toBe('book.xlsx: 3 vendors, 3-year term, 500 users, prices in CNY');
    expect(lines[2]).toMatch(/^Vendor +Model +TCO +NPV +Per user\/month +Support share +Quality +Price score +Overall +Rank$/);
    // Nobody is rated yet: the scores are withheld, and each row says why.
    const unrated = 'not scored: C1 Response speed, C2 7x24 coverage, C3 Technical depth, C4 Proactiveness, C5 Team set-up, C6 Scenario fit';
    expect(lines[3]).toMatch(new RegExp(`^Aurora Cloud +All-inclusive +${tco} +[\\d,]+ +[\\d.]+ +[\\d.]+% +- +100\\.0 +- +-  ${unrated}$`));
    expect(lines[4]).toBe(`Cirrus IM     Pay-as-you-go  incomplete: Hourly support rate, Per-incident fee; ${unrated}`);
    expect(lines[5]).toBe(`Echo          -              incomplete: pricing model; ${unrated}`);
    // Columns line up: TCO ends where its header ends.
    expect(lines[3]!.indexOf(tco) + tco.length).toBe(lines[2]!.indexOf('TCO') + 3);
  });

  it('gives the criteria that withhold a vendor’s scores: JSON scoreMissing, CSV score_missing, the table', async () => {
    const dir = tempFolder();
    await writeWorkbook(join(dir, 'book.xlsx'), WORKED_EXAMPLE, {
      edit: (workbook, plan) => {
        const grid = namedCells(plan, 'vc_ScoreInputs');
        // Beacon (column 2) is rated but for technical depth (row 4) and scenario fit (row 9).
        QUALITY_ROWS.forEach((row, r) => row.forEach((value, c) => {
          if (!(c === 1 && (r === 3 || r === 8))) workbook.getWorksheet(grid.sheet)!.getCell(grid.cells[r]![c]!).value = value;
        }));
      },
    });
    const json = JSON.parse((await runCli(['summary', 'book.xlsx', '--json'], dir)).stdout) as { vendors: JsonVendor[] };
    expect(json.vendors.map((v) => v.scoreMissing)).toEqual([[], ['C3', 'C6'], [], []]);
    expect(json.vendors[1]).toMatchObject({ complete: true, quality: null, overall: null, rank: null });
    expect(json.vendors[0]!.rank).toEqual(expect.any(Number));
    const csv = (await runCli(['summary', 'book.xlsx', '--csv'], dir)).stdout.split('\r\n');
    expect(csv[2]).toMatch(/^Beacon RTC,tiered,complete,.*,C3;C6$/);
    expect(csv[1]).toMatch(/,$/);
    const text = (await runCli(['summary', 'book.xlsx'], dir)).stdout.split('\n');
    expect(text[4]).toMatch(/^Beacon RTC +Tiered service +[\d,]+ .* - +- +not scored: C3 Technical depth, C6 Scenario fit$/);
    const zh = (await runCli(['summary', 'book.xlsx'], dir, { LANG: 'zh_CN.UTF-8' })).stdout;
    expect(zh).toContain('未评分：C3 技术深度、C6 场景经验');
  });

  it('names unusable assumptions', async () => {
    const dir = tempFolder();
    await writeWorkbook(join(dir, 'book.xlsx'), WORKED_EXAMPLE, {
      edit: (workbook, plan) => {
        const term = namedCells(plan, 'vc_Term');
        workbook.getWorksheet(term.sheet)!.getCell(term.cells[0]![0]!).value = 'three';
      },
    });
    const result = await runCli(['summary', 'book.xlsx'], dir);
    expect(result.stdout).toContain('No costs can be computed: on Assumptions, the contract term (1-10 years) is not a usable number.');
    expect(result.stdout).toContain('incomplete: see the assumptions above');
  });

  it('a tier typed in English in a Chinese template is no tier: the TCO is withheld, as on the sheet', async () => {
    const dir = tempFolder();
    await writeWorkbook(join(dir, 'book.xlsx'), { ...WORKED_EXAMPLE, language: 'zh' }, {
      edit: (workbook, plan) => {
        const tier = namedCells(plan, 'vc_Tier');
        workbook.getWorksheet(tier.sheet)!.getCell(tier.cells[0]![1]!).value = 'Enterprise';
      },
    });
    const json = JSON.parse((await runCli(['summary', 'book.xlsx', '--json'], dir)).stdout) as { vendors: JsonVendor[] };
    expect(json.vendors[1]).toMatchObject({ vendor: 'Beacon RTC', complete: false, tco: null, missing: ['tier'] });
    expect(json.vendors[0]).toMatchObject({ complete: true });
  });

  it('speaks Chinese in a Chinese locale', async () => {
    const dir = tempFolder();
    await workedExampleFile(dir);
    const result = await runCli(['summary', 'book.xlsx'], dir, { LANG: 'zh_CN.UTF-8' });
    expect(result.stdout.split('\n')[0]).toBe('book.xlsx：4 家供应商，合同 3 年，500 个用户，货币 CNY');
    expect(result.stdout).toContain('全包型');
  });

  it('prints no control character a workbook holds: a vendor named "\\u001b[31mEvil" shows as "Evil"', async () => {
    const dir = tempFolder();
    await workedExampleFile(dir, ['EVIL Co Ltd']);
    writeFileSync(join(dir, 'book.xlsx'), withSharedString(readFileSync(join(dir, 'book.xlsx')), 'EVIL Co Ltd', EVIL_XML));
    const result = await runCli(['summary', 'book.xlsx'], dir);
    expect(result.code).toBe(0);
    expect(hasControlCharacter(result.stdout)).toBe(false);
    expect(result.stdout.split('\n')[3]).toMatch(/^Evil Co Ltd +All-inclusive +[\d,]+ /);
    const json = JSON.parse((await runCli(['summary', 'book.xlsx', '--json'], dir)).stdout) as { vendors: JsonVendor[] };
    expect(json.vendors[0]!.vendor).toBe('\u001b[31mEvil\u0007\u009b2J Co\nLtd');
  });

  it('--csv gives one row per vendor, and a vendor named like a formula stays text', async () => {
    const dir = tempFolder();
    const evil = '=HYPERLINK("http://x","y")';
    await workedExampleFile(dir, [evil, '+Beacon', '-Cirrus, "IM"', '@Delta']);
    const result = await runCli(['summary', 'book.xlsx', '--csv'], dir);
    expect(result.code).toBe(0);
    const lines = result.stdout.split('\r\n');
    expect(lines[0]).toBe('vendor,model,status,tco,npv,per_user_month,support_share,quality,price_score,overall,rank,missing,score_missing');
    expect(lines[1]).toMatch(/^"'=HYPERLINK\(""http:\/\/x"",""y""\)",all-inclusive,complete,[\d.]+,/);
    expect(lines[2]).toMatch(/^"'\+Beacon",tiered,complete,/);
    expect(lines[3]).toMatch(/^"'-Cirrus, ""IM""",pay-as-you-go,complete,/);
    expect(lines[4]).toMatch(/^"'@Delta",subscription,complete,/);
    expect(lines).toHaveLength(6);
    expect(lines[5]).toBe('');
    const json = JSON.parse((await runCli(['summary', 'book.xlsx', '--json'], dir)).stdout) as { vendors: JsonVendor[] };
    expect(/,complete,([^,]+),/.exec(lines[1]!)?.[1]).toBe(String(json.vendors[0]!.tco));
  });

  it('--json and --csv cannot go together; an unreadable file exits 2', async () => {
    const dir = tempFolder();
    await workedExampleFile(dir);
    const both = await runCli(['summary', 'book.xlsx', '--json', '--csv'], dir);
    expect(both.code).toBe(2);
    expect(both.stderr).toContain("option '--json' cannot be used with option '--csv'");
    writeFileSync(join(dir, 'x.xlsx'), '');
    expect(await runCli(['summary', 'x.xlsx'], dir)).toEqual({ code: 2, stdout: '', stderr: 'Error: x.xlsx is empty, not an .xlsx workbook.\n' });
  });
});
