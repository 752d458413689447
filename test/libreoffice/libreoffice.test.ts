/**
 * The second engine: LibreOffice Calc recalculates workbooks written by the ExcelJS writer and
 * must agree with the reference calculator (costs and scores), including the README's worked
 * example and a vendor with a missing price.
 */
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CRITERIA, SCORE_INPUTS, TEAM_OPTIONS, YES_NO } from '../../src/core/catalogue/criteria';
import { isRealAnswer } from '../../src/core/answers';
import { computeCosts } from '../../src/core/costs/costModel';
import { pricesFromQuote } from '../../src/core/costs/fromQuote';
import { computeScores, type QualityInputs } from '../../src/core/costs/scores';
import { effectiveDemand, type TemplateOptions } from '../../src/core/options';
import type { SnapshotValue } from '../../src/core/snapshot/types';
import { planTemplate } from '../../src/core/template/planTemplate';
import { writePlanToWorkbook } from '../../src/adapters/xlsx/writePlan';
import { readSnapshot } from '../../src/adapters/xlsx/readSnapshot';
import { WORKED_EXAMPLE } from '../fixtures/workedExample';
import { findSoffice, recalculate } from './recalculate';
import { runCli } from '../cli/runCli';
import { expectReadersAgree } from '../support/snapshotAgreement';

const QUALITY: QualityInputs[] = [
  { responseNormal: 2, responseUrgent: 1, coverage247: true, depth: 4, proactiveness: 3, team: 'inHouse', dedicatedManager: true, experts: 4, scenarioFit: 5 },
  { responseNormal: 4, responseUrgent: 0.5, coverage247: true, depth: 5, proactiveness: 4, team: 'mixed', dedicatedManager: true, experts: 5, scenarioFit: 3 },
  { responseNormal: 8, responseUrgent: 4, coverage247: false, depth: 3, proactiveness: 2, team: 'outsourced', dedicatedManager: false, experts: 2, scenarioFit: 2 },
  { responseNormal: 3, responseUrgent: 2, coverage247: true, depth: 4, proactiveness: 5, team: 'inHouse', dedicatedManager: false, experts: 3, scenarioFit: 4 },
];

interface Case {
  name: string;
  options: TemplateOptions;
  quality: QualityInputs[];
}

/** The case's template with the scorecard inputs typed in, as a buyer would. */
function workbookFor(c: Case): ExcelJS.Workbook {
  const plan = planTemplate(c.options);
  const workbook = writePlanToWorkbook(plan);
  const scorecard = workbook.getWorksheet(plan.sheets.find((s) => s.key === 'scorecard')!.name)!;
  const grid = plan.names.find((n) => n.name === 'vc_ScoreInputs')!.range;
  const lang = c.options.language;
  const shown = (key: (typeof SCORE_INPUTS)[number]['key'], raw: QualityInputs[keyof QualityInputs]): ExcelJS.CellValue => {
    if (raw === undefined) return null;
    if (typeof raw === 'boolean') return raw ? YES_NO.yes[lang] : YES_NO.no[lang];
    if (key === 'team') return TEAM_OPTIONS.find((t) => t.id === raw)!.label[lang];
    return raw;
  };
  c.quality.forEach((q, v) =>
    SCORE_INPUTS.forEach((input, k) => {
      scorecard.getCell(grid.row + k + 1, grid.col + v + 1).value = shown(input.key, q[input.key]);
    }),
  );
  return workbook;
}

function close(actual: SnapshotValue | undefined, expected: number | undefined): boolean {
  if (expected === undefined) return typeof actual === 'object' && actual !== null && 'error' in actual;
  return typeof actual === 'number' && Math.abs(actual - expected) <= 1e-9 * Math.max(1, Math.abs(expected));
}

const randomCases = fc.sample(
  fc.record({
    termYears: fc.integer({ min: 1, max: 10 }),
    escalation: fc.integer({ min: 0, max: 1500 }).map((bp) => bp / 10000),
    fee: fc.integer({ min: 0, max: 1e8 }).map((c) => c / 100),
    devHours: fc.integer({ min: 0, max: 5000 }),
  }),
  { numRuns: 3, seed: 20261128 },
);

/** Answers that trip up MATCH/COUNTIF: wildcards, a long text, case and spaces. */
const TRICKY_ANSWERS = ['?', ' tbd ', '*', 'x'.repeat(300), '<2 hours', '待定', '', 'Within 1 hour, 7x24'];

const CASES: Case[] = [
  {
    name: 'worked-example',
    options: {
      ...WORKED_EXAMPLE,
      vendors: WORKED_EXAMPLE.vendors.map((v, i) => ({
        ...v,
        answers: Object.fromEntries(['Q1', 'Q2', 'Q3', 'Q4', 'Q5', 'Q6', 'Q7'].map((q, k) => [q, TRICKY_ANSWERS[(i + k) % TRICKY_ANSWERS.length]!])),
      })),
    },
    quality: QUALITY,
  },
  {
    name: 'missing-price',
    options: { ...WORKED_EXAMPLE, vendors: WORKED_EXAMPLE.vendors.map((v, i) => (i === 2 ? { ...v, hourlyRate: undefined } : v)) },
    quality: QUALITY,
  },
  ...randomCases.map((r, i) => ({
    name: `random-${i}`,
    options: {
      ...WORKED_EXAMPLE,
      language: i % 2 ? ('zh' as const) : ('en' as const),
      termYears: r.termYears,
      demand: effectiveDemand({ demand: [] }).map((d, y) => (y === 0 ? { ...d, devHours: r.devHours } : d)),
      vendors: WORKED_EXAMPLE.vendors.map((v) => ({ ...v, platformFee: r.fee, escalation: r.escalation })),
    },
    quality: QUALITY,
  })),
];

describe('LibreOffice Calc recalculates the same numbers as the reference calculator', () => {
  it('LibreOffice is installed (CI installs libreoffice-calc-nogui)', () => {
    expect(findSoffice()).not.toBeNull();
  });

  it('costs, NPV and scores agree for the worked example, a missing price and random inputs', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'vc-lo-cases-'));
    try {
      const paths: string[] = [];
      for (const c of CASES) {
        const path = join(dir, `${c.name}.xlsx`);
        writeFileSync(path, Buffer.from((await workbookFor(c).xlsx.writeBuffer()) as ArrayBuffer));
        paths.push(path);
      }
      const recalculated = recalculate(paths, join(dir, 'out'));
      for (const [i, c] of CASES.entries()) {
        const workbook = new ExcelJS.Workbook();
        await workbook.xlsx.readFile(recalculated[i]!);
        const { blocks } = readSnapshot(workbook, recalculated[i]!, [], { resultValues: true });
        // LibreOffice writes its own XML: the package reader `validate` uses reads it as ExcelJS does.
        await expectReadersAgree(readFileSync(recalculated[i]!), { resultValues: true });
        const demand = effectiveDemand(c.options);
        const results = c.options.vendors.map((v) => computeCosts(pricesFromQuote(v), { ...c.options, demand }));
        const scores = computeScores(
          results.map((r, v) => ({ tco: r.complete ? r.costs.tco : undefined, quality: c.quality[v]! })),
          { weights: CRITERIA.map((cr) => cr.defaultWeight), priceWeight: 0.4, priceMethod: 'lowest' },
        );
        const mismatches: string[] = [];
        const expectAt = (name: string, r: number, v: number, expected: number | undefined) => {
          const actual = blocks[name]?.values[r]?.[v];
          if (!close(actual, expected)) mismatches.push(`${c.name} ${name}[${r}][${v}]: LibreOffice ${JSON.stringify(actual)} vs reference ${expected}`);
        };
        results.forEach((r, v) => {
          const costs = r.complete ? r.costs : undefined;
          for (let y = 0; y < 10; y++) {
            // An incomplete vendor shows #N/A in every year; a complete one is blank ("") beyond the term.
            if (costs && y >= c.options.termYears) {
              const actual = blocks.vc_YearCost?.values[y]?.[v];
              if (actual !== null && actual !== '') mismatches.push(`${c.name} vc_YearCost[${y}][${v}]: LibreOffice ${JSON.stringify(actual)}, want blank beyond the term`);
            } else expectAt('vc_YearCost', y, v, costs?.yearCost[y]);
          }
          expectAt('vc_TCO', 0, v, costs?.tco);
          expectAt('vc_NPV', 0, v, costs?.npv);
          expectAt('vc_PerUserMonth', 0, v, costs?.perUserMonth);
          expectAt('vc_SupportShare', 0, v, costs?.supportShare);
          expectAt('vc_QualityScore', 0, v, scores[v]!.quality);
          expectAt('vc_PriceScore', 0, v, scores[v]!.price);
          expectAt('vc_Overall', 0, v, scores[v]!.overall);
          expectAt('vc_Rank', 0, v, scores[v]!.rank);
        });
        // The Overview's lines in the reference calculator's order: best rank first, a tie in
        // input order, vendors without a rank last in input order.
        const key = (i: number) => scores[i]!.rank ?? Number.POSITIVE_INFINITY;
        const order = c.options.vendors.map((_, i) => i).sort((a, b) => key(a) - key(b) || a - b);
        const lines = blocks.vc_Ranking?.values.map((line) => [line[0], line[10]]);
        const want = order.map((i) => [c.options.vendors[i]!.name, scores[i]!.rank ?? 'incomplete']);
        if (JSON.stringify(lines) !== JSON.stringify(want)) mismatches.push(`${c.name} vc_Ranking: LibreOffice ${JSON.stringify(lines)} vs ${JSON.stringify(want)}`);
        c.options.vendors.forEach((v, i) => {
          const real = Object.values(v.answers ?? {}).filter((a) => isRealAnswer(a)).length;
          if (blocks.vc_Answered?.values[0]?.[i] !== real) mismatches.push(`${c.name} vc_Answered[${i}]: LibreOffice ${JSON.stringify(blocks.vc_Answered?.values[0]?.[i])} vs ${real}`);
        });
        expect(mismatches).toEqual([]);
        if (c.name === 'missing-price') expect(String(blocks.vc_Status!.values[0]![2])).toContain('Hourly support rate');
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 240_000);
});

describe('LibreOffice on a workbook upgraded from layout 1', () => {
  it('recomputes the worked example after vendor-compare fill upgraded the previous version’s file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'vc-lo-upgrade-'));
    try {
      copyFileSync(join(__dirname, '../fixtures/v1/worked-example.zh.xlsx'), join(dir, 'book.xlsx'));
      expect((await runCli(['fill', 'book.xlsx'], dir)).code).toBe(0);
      const [recalculated] = recalculate([join(dir, 'book.xlsx')]);
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.readFile(recalculated!);
      const { blocks } = readSnapshot(workbook, recalculated!, [], { resultValues: true });
      // README worked example, worked out by hand there: TCO of Aurora, Beacon, Cirrus, Delta.
      const tco = blocks.vc_TCO!.values[0]!;
      [448757.5, 375999, 425000, 545929.28].forEach((expected, v) => expect(close(tco[v], expected)).toBe(true));
      expect(blocks.vc_Status!.values[0]).toEqual(['完整', '完整', '完整', '完整']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);
});
