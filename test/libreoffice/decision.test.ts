/**
 * LibreOffice Calc, a second engine, on the Decision sheet: for a few filled templates (random
 * prices, ratings and price weights, fixed seed) the live sweep's winners equal the reference
 * scoring's at every price weight, and the live inputs checksum (text codes array-evaluated
 * inside SUMPRODUCT) equals liveChecksum() of the recalculated file.
 */
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PRICE_METHODS, type PriceMethod } from '../../src/core/catalogue/criteria';
import { computeCosts } from '../../src/core/costs/costModel';
import { pricesFromQuote } from '../../src/core/costs/fromQuote';
import { computeScores } from '../../src/core/costs/scores';
import { liveChecksum } from '../../src/core/decision/inputsChecksum';
import { messages } from '../../src/core/i18n/messages';
import { DEFAULT_OPTIONS, effectiveDemand, type TemplateOptions } from '../../src/core/options';
import { runCli } from '../cli/runCli';
import { SWEEP_WEIGHTS } from '../../src/core/template/decisionSheet';
import { planTemplate } from '../../src/core/template/planTemplate';
import { readSnapshot } from '../../src/adapters/xlsx/readSnapshot';
import { writePlanToWorkbook } from '../../src/adapters/xlsx/writePlan';
import { templateOptions } from '../properties/arbitraries';
import { ratedColumn } from '../support/quality';
import { recalculate } from './recalculate';

interface Case {
  options: TemplateOptions;
  priceWeight: number;
  priceMethod: PriceMethod;
  /** Depth, proactiveness and scenario fit per vendor (1-5); null leaves the vendor unrated. */
  ratings: ([number, number, number] | null)[];
}

const rating = fc.integer({ min: 1, max: 5 });
const CASES: Case[] = fc.sample(
  fc.record({
    options: templateOptions(5),
    priceWeight: fc.integer({ min: 0, max: 100 }).map((p) => p / 100),
    priceMethod: fc.constantFrom<PriceMethod>('lowest', 'linear'),
    ratings: fc.array(fc.option(fc.tuple(rating, rating, rating), { nil: null, freq: 5 }), { minLength: 5, maxLength: 5 }),
  }),
  { numRuns: 6, seed: 11 },
);

function workbookFor(c: Case): ExcelJS.Workbook {
  const plan = planTemplate(c.options);
  const workbook = writePlanToWorkbook(plan);
  const cell = (name: string, row = 0, col = 0) => {
    const found = plan.names.find((n) => n.name === name)!;
    return workbook.getWorksheet(plan.sheets.find((s) => s.key === found.sheet)!.name)!.getCell(found.range.row + row + 1, found.range.col + col + 1);
  };
  const base = ratedColumn(c.options.language);
  c.options.vendors.forEach((_, v) => {
    const r = c.ratings[v];
    if (!r) return;
    [...base.slice(0, 3), r[0], r[1], ...base.slice(5, 8), r[2]].forEach((value, k) => (cell('vc_ScoreInputs', k, v).value = value));
  });
  cell('vc_PriceWeight').value = c.priceWeight;
  cell('vc_PriceMethod').value = PRICE_METHODS.find((m) => m.id === c.priceMethod)!.label[c.options.language];
  return workbook;
}

function expectedWinners(c: Case): string[] {
  const demand = effectiveDemand(c.options);
  const tcos = c.options.vendors.map((v) => {
    const r = computeCosts(pricesFromQuote(v), { ...c.options, demand });
    return r.complete ? r.costs.tco : undefined;
  });
  const qualities = c.ratings.slice(0, tcos.length).map((r) =>
    r
      ? {
          responseNormal: 2,
          responseUrgent: 1,
          coverage247: true,
          depth: r[0],
          proactiveness: r[1],
          team: 'inHouse' as const,
          dedicatedManager: true,
          experts: 4,
          scenarioFit: r[2],
        }
      : {},
  );
  const names = c.options.vendors.map((v, i) => v.name.trim() || `Vendor ${i + 1}`);
  return SWEEP_WEIGHTS.map((priceWeight) => {
    const scores = computeScores(
      tcos.map((tco, v) => ({ tco, quality: qualities[v]! })),
      { weights: [0.25, 0.1, 0.25, 0.15, 0.15, 0.1], priceWeight, priceMethod: c.priceMethod },
    );
    const first = scores.findIndex((s) => s.rank === 1);
    return first < 0 ? messages(c.options.language).template.decision.noWinner : names[first]!;
  });
}

it('the live sweep and the inputs checksum agree with the reference in LibreOffice', async () => {
  // The sample has cases with a winner and cases where the winner changes along the sweep.
  expect(CASES.some((c) => new Set(expectedWinners(c)).size > 1)).toBe(true);
  const dir = mkdtempSync(join(tmpdir(), 'vc-lo-decision-'));
  try {
    const paths: string[] = [];
    for (const [i, c] of CASES.entries()) {
      const path = join(dir, `case${i}.xlsx`);
      writeFileSync(path, Buffer.from((await workbookFor(c).xlsx.writeBuffer()) as ArrayBuffer));
      paths.push(path);
    }
    const recalculated = recalculate(paths, join(dir, 'out'));
    const mismatches: string[] = [];
    for (const [i, c] of CASES.entries()) {
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.readFile(recalculated[i]!);
      const snapshot = readSnapshot(workbook, recalculated[i]!, [], { resultValues: true });
      const winners = snapshot.blocks.vc_DecisionWinners!.values.map((r) => r[0]);
      if (JSON.stringify(winners) !== JSON.stringify(expectedWinners(c)))
        mismatches.push(`case ${i}: LibreOffice ${JSON.stringify(winners)} vs ${JSON.stringify(expectedWinners(c))}`);
      const live = snapshot.blocks.vc_DecisionChecksum!.values[0]![0];
      const mirror = liveChecksum(snapshot);
      if (typeof live !== 'number' || Math.abs(live - mirror) > 1e-12 * Math.max(1, Math.abs(mirror)))
        mismatches.push(`case ${i}: checksum ${String(live)} vs ${mirror}`);
    }
    expect(mismatches).toEqual([]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}, 240_000);

it('results written by `check --write` read as up to date once LibreOffice computes the sheet (with evaluators too, in Chinese)', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'vc-lo-decision-write-'));
  try {
    const ratings = {
      responseNormal: 2,
      responseUrgent: 1,
      coverage247: true,
      depth: 4,
      proactiveness: 4,
      team: 'inHouse',
      dedicatedManager: true,
      experts: 4,
      scenarioFit: 4,
    } as const;
    const plain: TemplateOptions = {
      ...DEFAULT_OPTIONS,
      vendors: [
        { name: 'A', model: 'all-inclusive', platformFee: 100_000, includedHours: 200, overageRate: 900, dayRate: 2_000, ratings },
        {
          name: 'B',
          model: 'all-inclusive',
          platformFee: 90_000,
          includedHours: 100,
          overageRate: 700,
          dayRate: 2_500,
          ratings: { ...ratings, depth: 3 },
        },
      ],
    };
    // Two evaluators, apart on B's 7x24 (the consensus a mean, 50) and agreed elsewhere.
    const panel: TemplateOptions = {
      ...plain,
      language: 'zh',
      evaluators: ['Li', 'Wang'],
      vendors: plain.vendors.map((v, i) => ({
        ...v,
        ratings: undefined,
        ratingsBy: { Li: v.ratings!, Wang: { ...v.ratings!, coverage247: i === 0 } },
      })),
    };
    for (const [name, options] of [
      ['plain.xlsx', plain],
      ['panel.xlsx', panel],
    ] as const) {
      writeFileSync(join(dir, name), Buffer.from((await writePlanToWorkbook(planTemplate(options)).xlsx.writeBuffer()) as ArrayBuffer));
      const run = await runCli(['check', name, '--write'], dir);
      expect(run.stderr, name).toMatch(/Decision|决策检查/);
    }
    const recalculated = recalculate([join(dir, 'plain.xlsx'), join(dir, 'panel.xlsx')], join(dir, 'out'));
    for (const [i, language] of (['en', 'zh'] as const).entries()) {
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.readFile(recalculated[i]!);
      const snapshot = readSnapshot(workbook, recalculated[i]!, [], { resultValues: true });
      expect(snapshot.blocks.vc_DecisionFreshness!.values[0]![0], language).toBe(messages(language).template.decision.upToDate);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}, 240_000);
