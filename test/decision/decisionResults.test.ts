/**
 * What Check writes on the Decision sheet, and the inputs checksum that tells when it is stale:
 * the blocks planned from a hand-made report, then written into a filled template in
 * HyperFormula (Excel 2016 evaluation), where the live checksum must equal liveChecksum() of
 * the workbook's snapshot, the verdict must read the written tests, and any covered input
 * changed afterwards must mark the results out of date.
 */
import fc from 'fast-check';
import { YES_NO } from '../../src/core/catalogue/criteria';
import { PRICING_MODELS } from '../../src/core/catalogue/models';
import { liveChecksum } from '../../src/core/decision/inputsChecksum';
import { readSnapshot as readXlsxSnapshot } from '../../src/adapters/xlsx/readSnapshot';
import { writePlanToWorkbook } from '../../src/adapters/xlsx/writePlan';
import { excelSerial, planDecisionResults, type DecisionBlockValues } from '../../src/core/decision/planDecisionResults';
import type { DecisionReport } from '../../src/core/decision/types';
import { messages } from '../../src/core/i18n/messages';
import { DEFAULT_OPTIONS, type TemplateOptions } from '../../src/core/options';
import { cellAddress } from '../../src/core/plan/a1';
import type { Plan } from '../../src/core/plan/types';
import { planTemplate } from '../../src/core/template/planTemplate';
import { loadPlan, type LoadedWorkbook } from '../support/hyperformula';
import { ratedColumn } from '../support/quality';
import { snapshotOf } from '../support/snapshot';
import { templateOptions } from '../properties/arbitraries';

const t = messages('en').template.decision;

const REPORT: DecisionReport = {
  robust: false,
  winner: 'A',
  reasons: ['rankReversal'],
  priceWeight: 0.4,
  priceWeights: [],
  winnerChangesAt: [],
  rankReversals: [
    { removed: 'C', pair: ['A', 'B'] },
    { removed: 'C', pair: ['B', 'D'] },
  ],
  demand: [
    { multiplier: 0.5, tco: { A: 100, B: 150, C: 90 }, rank: { A: 2, B: 3, C: 1 }, cheapest: 'C' },
    { multiplier: 1, tco: { A: 200, B: 210, C: 220 }, rank: { A: 1, B: 2, C: 3 }, cheapest: 'A' },
  ],
  breakEven: Array.from({ length: 12 }, (_, k) => ({ multiplier: 0.5 + k / 100, from: 'C', to: 'A' })),
  abnormallyLow: [],
  disagreements: [],
  incomplete: [],
};

const block = (blocks: DecisionBlockValues[], name: string) => blocks.find((b) => b.name === name)!.values;

describe('planDecisionResults', () => {
  const date = new Date(Date.UTC(2026, 11, 4, 12, 0, 0));
  const blocks = planDecisionResults({ report: REPORT, date, checksum: 1234.5, vendors: ['A', 'B', 'C'], language: 'en' });

  it('writes the date as an Excel serial, the checksum, the winner and the two tests', () => {
    // 2026-12-04 is day 46360 of Excel's 1900 system (2026-01-01 is 46023, + 337 days); noon adds 0.5.
    expect(block(blocks, 'vc_DecisionWrittenOn')).toEqual([[46360.5]]);
    expect(excelSerial(new Date(Date.UTC(1900, 0, 1)))).toBe(2);
    expect(block(blocks, 'vc_DecisionWrittenChecksum')).toEqual([[1234.5]]);
    expect(block(blocks, 'vc_DecisionWrittenWinner')).toEqual([['A']]);
    // Rank reversal fails (0), demand passes (1).
    expect(block(blocks, 'vc_DecisionWrittenTests')).toEqual([[0], [1]]);
  });

  it('puts each reversal under the vendor removed, the demand table by multiplier and vendor, ten break-evens and a count of the rest', () => {
    expect(block(blocks, 'vc_DecisionReversals')).toEqual([[t.none, t.none, 'B overtakes A, D overtakes B']]);
    expect(block(blocks, 'vc_DecisionDemandCheapest')).toEqual([['C'], ['A'], [null], [null], [null]]);
    expect(block(blocks, 'vc_DecisionDemandTco')).toEqual([
      [100, 150, 90],
      [200, 210, 220],
      [null, null, null],
      [null, null, null],
      [null, null, null],
    ]);
    expect(block(blocks, 'vc_DecisionDemandRank')[0]).toEqual([2, 3, 1]);
    const breakEven = block(blocks, 'vc_DecisionBreakEven');
    expect(breakEven).toHaveLength(10);
    expect(breakEven[9]).toEqual([0.59, 'C', 'A']);
    expect(block(blocks, 'vc_DecisionBreakEvenMore')).toEqual([['and 2 more']]);
  });

  it('leaves the tests blank when no vendor is complete', () => {
    const none = planDecisionResults({
      report: { ...REPORT, reasons: ['noCompleteVendor'], winner: null },
      date,
      checksum: 1,
      vendors: ['A'],
      language: 'zh',
    });
    expect(block(none, 'vc_DecisionWrittenTests')).toEqual([[null], [null]]);
    expect(block(none, 'vc_DecisionWrittenWinner')).toEqual([[messages('zh').template.decision.noWinner]]);
  });
});

// ---- written into a workbook ----

function cellOf(plan: Plan, name: string, row = 0, col = 0): [string, string] {
  const found = plan.names.find((n) => n.name === name);
  if (!found) throw new Error(`no name ${name}`);
  return [plan.sheets.find((s) => s.key === found.sheet)!.name, cellAddress(found.range.row + row, found.range.col + col)];
}

function setCell(wb: LoadedWorkbook, plan: Plan, name: string, row: number, col: number, value: number | string | null): void {
  const [sheet, address] = cellOf(plan, name, row, col);
  wb.set(sheet, address, value);
}

function write(wb: LoadedWorkbook, plan: Plan, blocks: DecisionBlockValues[]): void {
  for (const b of blocks) b.values.forEach((row, r) => row.forEach((value, c) => setCell(wb, plan, b.name, r, c, value)));
}

/** A filled template: the options' prices, every vendor rated, loaded as Excel 2016 computes. */
function filled(options: TemplateOptions): { plan: Plan; wb: LoadedWorkbook } {
  const plan = planTemplate(options);
  const wb = loadPlan(plan, { arrayArithmetic: false });
  options.vendors.forEach((_, v) => ratedColumn(options.language).forEach((value, k) => setCell(wb, plan, 'vc_ScoreInputs', k, v, value)));
  return { plan, wb };
}

const sheetChecksum = (wb: LoadedWorkbook) => wb.named('vc_DecisionChecksum')[0]![0] as number;
// HyperFormula shows results rounded to 10 significant digits (its precisionRounding), so it can
// confirm the two sums to 1e-9; Excel and LibreOffice compute in full doubles (the sheet allows 1e-12).
const agree = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b));

const QUOTES: TemplateOptions = {
  ...DEFAULT_OPTIONS,
  fx: [{ currency: 'USD', rate: 7.1, date: '2026-12-01', source: 'bank' }],
  vendors: [
    { name: 'Aurora', model: 'all-inclusive', platformFee: 120000, setupFee: 10000, dayRate: 3000, includedHours: 100, overageRate: 800 },
    { name: 'Beacon 信标', model: 'pay-as-you-go', platformFee: 0, hourlyRate: 650.5, incidentFee: 1200, dayRate: 2500, currency: 'USD' },
    {
      name: 'Cirrus',
      model: 'tiered',
      platformFee: 90000,
      tier: 'enterprise',
      tiers: { enterprise: { fee: 30000, hours: 120 } },
      overageRate: 700,
      dayRate: 0,
    },
  ],
};

describe('the inputs checksum, live and in TypeScript', () => {
  it('agrees on a filled template, and the written results are up to date until an input changes', () => {
    const { plan, wb } = filled(QUOTES);
    const checksum = liveChecksum(snapshotOf(wb));
    expect(Number.isFinite(checksum)).toBe(true);
    expect(agree(sheetChecksum(wb), checksum)).toBe(true);
    expect(wb.named('vc_DecisionFreshness')[0]![0]).toBe(t.notChecked);

    const vendors = QUOTES.vendors.map((v) => v.name);
    const robust: DecisionReport = { ...REPORT, reasons: [], rankReversals: [], winner: String(wb.named('vc_DecisionWinner')[0]![0]) };
    write(wb, plan, planDecisionResults({ report: robust, date: new Date(), checksum, vendors, language: 'en' }));
    expect(wb.named('vc_DecisionFreshness')[0]![0]).toBe(t.upToDate);
    expect(wb.named('vc_DecisionPriceWeightTest')[0]![0]).toBe(1);
    expect(wb.named('vc_DecisionVerdict')[0]![0]).toBe(t.robust);

    // A written failing test shows in the verdict while up to date.
    write(wb, plan, planDecisionResults({ report: REPORT, date: new Date(), checksum, vendors, language: 'en' }));
    expect(wb.named('vc_DecisionVerdict')[0]![0]).toBe(`${t.notRobust}${t.tests.rankReversal}`);

    // Each covered input, changed: out of date, and the two checksums still agree. (The 7x24
    // answer Yes -> No is a dropdown choice of the same length: its place in the list counts.)
    const edits: [string, number, number, number | string][] = [
      ['vc_PlatformFee', 0, 0, 120001],
      ['vc_Model', 0, 2, PRICING_MODELS[0]!.label.en],
      ['vc_VendorNames', 0, 1, 'Beacon 信标 RTC'],
      ['vc_ScoreInputs', 2, 1, YES_NO.no.en],
      ['vc_ScoreInputs', 3, 0, 5],
      ['vc_DevHours', 2, 0, 999],
      ['vc_FxRate', 0, 0, 7.2],
      ['vc_PriceWeight', 0, 0, 0.41],
    ];
    for (const [name, row, col, value] of edits) {
      const before = sheetChecksum(wb);
      setCell(wb, plan, name, row, col, value);
      expect(sheetChecksum(wb), name).not.toBe(before);
      expect(wb.named('vc_DecisionFreshness')[0]![0], name).toBe(t.outOfDate);
      expect(agree(sheetChecksum(wb), liveChecksum(snapshotOf(wb))), name).toBe(true);
    }
    expect(String(wb.named('vc_DecisionVerdict')[0]![0])).not.toBe(t.robust);
  });

  it('agrees with the sheet for a workbook with evaluators, read from a file that holds no formula results', () => {
    // Two evaluators apart on Aurora's 7x24 (Yes / No: the consensus shows 50) and agreed on
    // Beacon's (Yes): the consensus rows are formulas, which ExcelJS writes without results.
    const options: TemplateOptions = {
      ...DEFAULT_OPTIONS,
      evaluators: ['Li', 'Wang'],
      vendors: [
        { name: 'Aurora', ratingsBy: { Li: { coverage247: true, depth: 5 }, Wang: { coverage247: false, depth: 3 } } },
        { name: 'Beacon', ratingsBy: { Li: { coverage247: true, team: 'inHouse' }, Wang: { coverage247: true, team: 'inHouse' } } },
      ],
    };
    const plan = planTemplate(options);
    const sheet = sheetChecksum(loadPlan(plan, { arrayArithmetic: false }));
    const unread = readXlsxSnapshot(writePlanToWorkbook(plan), 'book.xlsx');
    expect(unread.blocks.vc_ScoreInputs!.values.flat().every((v) => v === null)).toBe(true);
    expect(agree(sheet, liveChecksum(unread)), `${sheet} vs ${liveChecksum(unread)}`).toBe(true);
  });

  it('agrees with the sheet for random templates', () => {
    fc.assert(
      fc.property(templateOptions(4), (options) => {
        const { wb } = filled(options);
        const live = sheetChecksum(wb);
        const mirror = liveChecksum(snapshotOf(wb));
        expect(typeof live).toBe('number');
        expect(agree(live, mirror), `${live} vs ${mirror}`).toBe(true);
      }),
      { numRuns: 20 },
    );
  });
});
