/**
 * Hand-computed costs: every expected figure below is a number worked out by hand (the
 * arithmetic is in the comment beside it), never by project code. The reference calculator
 * mirrors the formulas, so a misreading of DOMAIN.md shared by both would pass every other
 * test; these cases would not. Each case is checked in HyperFormula and, in one LibreOffice run,
 * in LibreOffice Calc; the LibreOffice run also recalculates a few random workbooks whose
 * pricing models were switched after writing, compared with the reference calculator.
 */
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writePlanToWorkbook } from '../../src/adapters/xlsx/writePlan';
import { computeCosts } from '../../src/core/costs/costModel';
import { effectiveDemand, type DemandYear, type TemplateOptions, type VendorQuote } from '../../src/core/options';
import type { Plan } from '../../src/core/plan/types';
import { planTemplate } from '../../src/core/template/planTemplate';
import { findSoffice, recalculate } from '../libreoffice/recalculate';
import { switchedOptions, switchEdits, switchedPrices } from '../properties/arbitraries';
import { compareVendor, isNA, relativelyClose, type ReadNamed } from '../support/costChecks';
import { loadPlan } from '../support/hyperformula';
import { applyEditsToExcelJs, applyEditsToHyperFormula, fromExcelJs, fromHyperFormula, namedCell, type CellEdit, type Computed } from '../support/namedCells';

/** Year costs (term 3), TCO, NPV, cost per user and month, support share. */
interface Costs {
  years: [number, number, number];
  tco: number;
  npv: number;
  perUserMonth: number;
  supportShare: number;
}

interface VendorExpectation {
  vendor: number;
  status: string;
  /** 'N/A': every year cost, TCO, NPV, per-user cost and support share must be #N/A. */
  costs: Costs | 'N/A';
}

interface HandCase {
  name: string;
  options: TemplateOptions;
  /** Typed into the sheet after the template is written: no fill, the formulas must follow. */
  edits: CellEdit[];
  expect: VendorExpectation[];
}

// The README's demand: year 1 120 dev + 40 ops = 160 h, 6 incidents, 2 on-site days;
// years 2 and 3 20 + 60 = 80 h, 6 incidents, 1 on-site day. 500 users, 3 years, 8%.
const DEMAND: DemandYear[] = [
  { devHours: 120, opsHours: 40, incidents: 6, onsiteDays: 2 },
  { devHours: 20, opsHours: 60, incidents: 6, onsiteDays: 1 },
  { devHours: 20, opsHours: 60, incidents: 6, onsiteDays: 1 },
];

const BASE: TemplateOptions = {
  language: 'en',
  currency: 'CNY',
  termYears: 3,
  users: 500,
  discountRate: 0.08,
  scenarios: [],
  fx: [],
  demand: DEMAND,
  vendors: [],
};

const AURORA: VendorQuote = {
  name: 'Aurora Cloud',
  model: 'all-inclusive',
  platformFee: 120000,
  setupFee: 10000,
  customizationFee: 8000,
  escalation: 0.05,
  dayRate: 3000,
  includedHours: 100,
  overageRate: 800,
};
const BEACON: VendorQuote = {
  name: 'Beacon RTC',
  model: 'tiered',
  platformFee: 80000,
  setupFee: 6000,
  customizationFee: 4000,
  escalation: 0.03,
  // On-site support included in the tier: 0, not blank.
  dayRate: 0,
  overageRate: 900,
  tier: 'enterprise',
  tiers: { basic: { fee: 10000, hours: 40 }, enterprise: { fee: 30000, hours: 120 }, flagship: { fee: 60000, hours: 300 } },
};
const CIRRUS: VendorQuote = {
  name: 'Cirrus IM',
  model: 'pay-as-you-go',
  platformFee: 50000,
  setupFee: 5000,
  customizationFee: 12000,
  escalation: 0.02,
  dayRate: 2500,
  hourlyRate: 700,
  incidentFee: 2000,
};
const DELTA: VendorQuote = {
  name: 'Delta Talk',
  model: 'subscription',
  platformFee: 90000,
  setupFee: 3000,
  customizationFee: 20000,
  escalation: 0.04,
  dayRate: 2800,
  subscriptionFee: 3000,
  billing: 'monthly',
  includedHours: 60,
  overageRate: 850,
};
/** Quotes in US dollars; 1 USD = 7.1 CNY in the FX table. */
const ECHO: VendorQuote = {
  name: 'Echo Chat',
  model: 'pay-as-you-go',
  currency: 'USD',
  platformFee: 7000,
  setupFee: 500,
  customizationFee: 1000,
  escalation: 0.05,
  dayRate: 400,
  hourlyRate: 100,
  incidentFee: 300,
};

const FOUR_MODELS: TemplateOptions = { ...BASE, vendors: [AURORA, BEACON, CIRRUS, DELTA] };

// NPV terms: discount factors 1.08, 1.08^2 = 1.1664, 1.08^3 = 1.259712.
// Per user and month: TCO / (500 users x 12 months x 3 years) = TCO / 18,000.

const AURORA_COSTS: Costs = {
  years: [
    // support (160 - 100) h x 800 + 2 days x 3,000 = 48,000 + 6,000 = 54,000;
    // 120,000 + 54,000 + setup 10,000 + customisation 8,000 = 192,000
    192000,
    // support: 80 h within the 100 included, 1 day x 3,000 = 3,000 x 1.05 = 3,150; 120,000 x 1.05 = 126,000; 126,000 + 3,150
    129150,
    // support 3,000 x 1.05^2 (1.1025) = 3,307.5; 120,000 x 1.1025 = 132,300; 132,300 + 3,307.5
    135607.5,
  ],
  // 192,000 + 129,150 + 135,607.5
  tco: 456757.5,
  // 192,000/1.08 + 129,150/1.1664 + 135,607.5/1.259712 = 177,777.78 + 110,725.31 + 107,649.61
  npv: 396152.6920438958,
  // 456,757.5 / 18,000
  perUserMonth: 25.3754166666667,
  // (54,000 + 3,150 + 3,307.5) / 456,757.5 = 60,457.5 / 456,757.5
  supportShare: 0.132362358581961,
};

const BEACON_ENTERPRISE_COSTS: Costs = {
  years: [
    // Enterprise tier: fee 30,000, 120 h included. support 30,000 + (160 - 120) x 900 + 2 days x 0 = 66,000;
    // 80,000 + 66,000 + setup 6,000 + customisation 4,000 = 156,000
    156000,
    // support (30,000 + 0 overage (80 <= 120) + 0) x 1.03 = 30,900; 80,000 x 1.03 = 82,400; 82,400 + 30,900
    113300,
    // x 1.03^2 = 1.0609: support 31,827; platform 84,872; 84,872 + 31,827
    116699,
  ],
  // 156,000 + 113,300 + 116,699
  tco: 385999,
  // 156,000/1.08 + 113,300/1.1664 + 116,699/1.259712 = 144,444.44 + 97,136.49 + 92,639.43
  npv: 334220.3614794493,
  // 385,999 / 18,000
  perUserMonth: 21.4443888888889,
  // (66,000 + 30,900 + 31,827) / 385,999 = 128,727 / 385,999
  supportShare: 0.333490501270729,
};

const BEACON_FLAGSHIP_COSTS: Costs = {
  years: [
    // Flagship tier: fee 60,000, 300 h included, so no overage in any year; on-site 0.
    // 80,000 + 60,000 + 6,000 + 4,000 = 150,000
    150000,
    // (80,000 + 60,000) x 1.03 = 144,200
    144200,
    // 140,000 x 1.0609 = 148,526
    148526,
  ],
  // 150,000 + 144,200 + 148,526
  tco: 442726,
  // 150,000/1.08 + 144,200/1.1664 + 148,526/1.259712 = 138,888.89 + 123,628.26 + 117,904.73
  npv: 380421.8742061678,
  // 442,726 / 18,000
  perUserMonth: 24.5958888888889,
  // (60,000 + 61,800 + 63,654) / 442,726 = 185,454 / 442,726
  supportShare: 0.418891142602874,
};

const CIRRUS_COSTS: Costs = {
  years: [
    // support 160 h x 700 + 6 x 2,000 + 2 days x 2,500 = 112,000 + 12,000 + 5,000 = 129,000;
    // 50,000 + 129,000 + 5,000 + 12,000 = 196,000
    196000,
    // support (80 x 700 + 12,000 + 2,500 = 70,500) x 1.02 = 71,910; 50,000 x 1.02 = 51,000; 51,000 + 71,910
    122910,
    // x 1.02^2 = 1.0404: support 73,348.2; platform 52,020; 52,020 + 73,348.2
    125368.2,
  ],
  // 196,000 + 122,910 + 125,368.2
  tco: 444278.2,
  // 196,000/1.08 + 122,910/1.1664 + 125,368.2/1.259712 = 181,481.48 + 105,375.51 + 99,521.32
  npv: 386378.3150434385,
  // 444,278.2 / 18,000
  perUserMonth: 24.6821222222222,
  // (129,000 + 71,910 + 73,348.2) / 444,278.2 = 274,258.2 / 444,278.2
  supportShare: 0.61731185549955,
};

const DELTA_MONTHLY_COSTS: Costs = {
  years: [
    // fixed 3,000 x 12 = 36,000; support 36,000 + (160 - 60) x 850 + 2 x 2,800 = 36,000 + 85,000 + 5,600 = 126,600;
    // 90,000 + 126,600 + 3,000 + 20,000 = 239,600
    239600,
    // support (36,000 + 20 x 850 + 2,800 = 55,800) x 1.04 = 58,032; 90,000 x 1.04 = 93,600; 93,600 + 58,032
    151632,
    // x 1.04^2 = 1.0816: support 60,353.28; platform 97,344; 97,344 + 60,353.28
    157697.28,
  ],
  // 239,600 + 151,632 + 157,697.28
  tco: 548929.28,
  // 239,600/1.08 + 151,632/1.1664 + 157,697.28/1.259712 = 221,851.85 + 130,000 + 125,185.19
  npv: 477037.037037037,
  // 548,929.28 / 18,000
  perUserMonth: 30.4960711111111,
  // (126,600 + 58,032 + 60,353.28) / 548,929.28 = 244,985.28 / 548,929.28
  supportShare: 0.446296615840933,
};

const DELTA_YEARLY_COSTS: Costs = {
  years: [
    // billed yearly: fixed 3,000 x 1; support 3,000 + 85,000 + 5,600 = 93,600; 90,000 + 93,600 + 23,000 = 206,600
    206600,
    // support (3,000 + 17,000 + 2,800 = 22,800) x 1.04 = 23,712; 93,600 + 23,712
    117312,
    // support 22,800 x 1.0816 = 24,660.48; 97,344 + 24,660.48
    122004.48,
  ],
  // 206,600 + 117,312 + 122,004.48
  tco: 445916.48,
  // 206,600/1.08 + 117,312/1.1664 + 122,004.48/1.259712 = 191,296.30 + 100,576.13 + 96,851.09
  npv: 388723.5177564396,
  // 445,916.48 / 18,000
  perUserMonth: 24.7731377777778,
  // (93,600 + 23,712 + 24,660.48) / 445,916.48 = 141,972.48 / 445,916.48
  supportShare: 0.318383568151596,
};

const ECHO_CNY_COSTS: Costs = {
  years: [
    // in USD: support 160 x 100 + 6 x 300 + 2 x 400 = 16,000 + 1,800 + 800 = 18,600;
    // cost 7,000 + 18,600 + 500 + 1,000 = 27,100 USD x 7.1 = 192,410
    192410,
    // support (8,000 + 1,800 + 400 = 10,200) x 1.05 = 10,710; platform 7,350; 18,060 USD x 7.1
    128226,
    // support 10,200 x 1.1025 = 11,245.5; platform 7,717.5; 18,963 USD x 7.1
    134637.3,
  ],
  // (27,100 + 18,060 + 18,963 = 64,123 USD) x 7.1
  tco: 455273.3,
  // 192,410/1.08 + 128,226/1.1664 + 134,637.3/1.259712 = 178,157.41 + 109,933.13 + 106,879.43
  npv: 394969.9645633288,
  // 455,273.3 / 18,000
  perUserMonth: 25.2929611111111,
  // the rate cancels out: (18,600 + 10,710 + 11,245.5) / 64,123 = 40,555.5 / 64,123
  supportShare: 0.632464170422469,
};

/** Cirrus IM of the README switched to all-inclusive in the sheet, then 100 h included and 700/h typed. */
const CIRRUS_ALL_INCLUSIVE_COSTS: Costs = {
  years: [
    // platform 50,000, setup 5,000, day rate 2,500, no escalation; the per-incident fee 2,000 no longer counts.
    // support (160 - 100) x 700 + 2 x 2,500 = 42,000 + 5,000 = 47,000; 50,000 + 47,000 + 5,000 = 102,000
    102000,
    // 80 h within the 100 included; support 1 x 2,500; 50,000 + 2,500
    52500,
    // as year 2
    52500,
  ],
  // 102,000 + 52,500 + 52,500
  tco: 207000,
  // 102,000/1.08 + 52,500/1.1664 + 52,500/1.259712 = 94,444.44 + 45,010.29 + 41,676.19
  npv: 181130.925163847,
  // 207,000 / 18,000
  perUserMonth: 11.5,
  // (47,000 + 2,500 + 2,500) / 207,000 = 52,000 / 207,000
  supportShare: 0.251207729468599,
};

const AURORA_NO_DAYS_COSTS: Costs = {
  years: [
    // no on-site days within the term: support (160 - 100) x 800 = 48,000; 120,000 + 48,000 + 18,000 = 186,000
    186000,
    // no overage, no days: 120,000 x 1.05
    126000,
    // 120,000 x 1.1025
    132300,
  ],
  // 186,000 + 126,000 + 132,300
  tco: 444300,
  // 186,000/1.08 + 126,000/1.1664 + 132,300/1.259712 = 172,222.22 + 108,024.69 + 105,024.01
  npv: 385270.9190672153,
  // 444,300 / 18,000
  perUserMonth: 24.6833333333333,
  // 48,000 / 444,300
  supportShare: 0.108035111411209,
};

const COMPLETE = 'Complete';
const MISSING_USERS = 'Missing: Number of users (Assumptions)';
const everyVendor = (status: string, count = 4): VendorExpectation[] => Array.from({ length: count }, (_, vendor) => ({ vendor, status, costs: 'N/A' }));

const CASES: HandCase[] = [
  {
    name: 'one vendor per model, with escalation, setup and customisation fees',
    options: FOUR_MODELS,
    edits: [],
    expect: [
      { vendor: 0, status: COMPLETE, costs: AURORA_COSTS },
      { vendor: 1, status: COMPLETE, costs: BEACON_ENTERPRISE_COSTS },
      { vendor: 2, status: COMPLETE, costs: CIRRUS_COSTS },
      { vendor: 3, status: COMPLETE, costs: DELTA_MONTHLY_COSTS },
    ],
  },
  {
    name: 'tier changed in the sheet from Enterprise to Flagship',
    options: FOUR_MODELS,
    edits: [{ name: 'vc_Tier', vendor: 1, value: 'Flagship' }],
    expect: [
      { vendor: 0, status: COMPLETE, costs: AURORA_COSTS },
      { vendor: 1, status: COMPLETE, costs: BEACON_FLAGSHIP_COSTS },
    ],
  },
  {
    name: 'subscription billing changed in the sheet from monthly to yearly',
    options: FOUR_MODELS,
    edits: [{ name: 'vc_Billing', vendor: 3, value: 'Yearly' }],
    expect: [{ vendor: 3, status: COMPLETE, costs: DELTA_YEARLY_COSTS }],
  },
  {
    name: 'on-site day rate cleared while the demand has on-site days',
    options: FOUR_MODELS,
    edits: [{ name: 'vc_DayRate', vendor: 0, value: null }],
    expect: [
      { vendor: 0, status: 'Missing: On-site day rate (0 if included)', costs: 'N/A' },
      // The others are untouched; Beacon's day rate 0 (included) is no gap.
      { vendor: 1, status: COMPLETE, costs: BEACON_ENTERPRISE_COSTS },
      { vendor: 2, status: COMPLETE, costs: CIRRUS_COSTS },
      { vendor: 3, status: COMPLETE, costs: DELTA_MONTHLY_COSTS },
    ],
  },
  {
    name: 'blank on-site day rate with on-site days only beyond the term',
    options: {
      ...BASE,
      demand: [...DEMAND.map((d) => ({ ...d, onsiteDays: 0 })), { devHours: 0, opsHours: 0, incidents: 0, onsiteDays: 5 }],
      vendors: [{ ...AURORA, dayRate: undefined }],
    },
    edits: [],
    expect: [{ vendor: 0, status: COMPLETE, costs: AURORA_NO_DAYS_COSTS }],
  },
  {
    name: 'a vendor quoting in USD at 7.1',
    options: { ...BASE, fx: [{ currency: 'USD', rate: 7.1, date: '2026-11-30', source: 'hand-made' }], vendors: [ECHO] },
    edits: [],
    expect: [{ vendor: 0, status: COMPLETE, costs: ECHO_CNY_COSTS }],
  },
  {
    name: 'the USD quote currency typed in lower case',
    options: { ...BASE, fx: [{ currency: 'USD', rate: 7.1 }], vendors: [ECHO] },
    edits: [{ name: 'vc_QuoteCurrency', vendor: 0, value: 'usd' }],
    expect: [{ vendor: 0, status: COMPLETE, costs: ECHO_CNY_COSTS }],
  },
  {
    name: 'the USD rate removed from the FX table',
    options: { ...BASE, fx: [{ currency: 'USD', rate: 7.1 }], vendors: [ECHO] },
    edits: [{ name: 'vc_FxRate', row: 0, value: null }],
    expect: [{ vendor: 0, status: 'Missing: Exchange rate for USD (Assumptions)', costs: 'N/A' }],
  },
  {
    name: 'Cirrus IM switched to all-inclusive in the sheet: the inputs it now needs are named',
    options: { ...BASE, vendors: [AURORA, { ...CIRRUS, customizationFee: undefined, escalation: undefined }] },
    edits: [{ name: 'vc_Model', vendor: 1, value: 'All-inclusive' }],
    expect: [
      { vendor: 0, status: COMPLETE, costs: AURORA_COSTS },
      { vendor: 1, status: 'Missing: Included support hours / year (cap); Overage rate / hour beyond included', costs: 'N/A' },
    ],
  },
  {
    name: 'Cirrus IM switched to all-inclusive, then 100 h included and 700/h typed',
    options: { ...BASE, vendors: [AURORA, { ...CIRRUS, customizationFee: undefined, escalation: undefined }] },
    edits: [
      { name: 'vc_Model', vendor: 1, value: 'All-inclusive' },
      { name: 'vc_IncludedHours', vendor: 1, value: 100 },
      { name: 'vc_OverageRate', vendor: 1, value: 700 },
    ],
    expect: [
      { vendor: 0, status: COMPLETE, costs: AURORA_COSTS },
      { vendor: 1, status: COMPLETE, costs: CIRRUS_ALL_INCLUSIVE_COSTS },
    ],
  },
  {
    name: 'blank number of users',
    options: FOUR_MODELS,
    edits: [{ name: 'vc_Users', value: null }],
    expect: everyVendor(MISSING_USERS),
  },
  {
    name: 'blank discount rate (no silent 0%, which would make the NPV equal the TCO)',
    options: FOUR_MODELS,
    edits: [{ name: 'vc_DiscountRate', value: null }],
    expect: everyVendor('Missing: Discount rate (Assumptions)'),
  },
  {
    name: 'blank contract term and zero users',
    options: FOUR_MODELS,
    edits: [
      { name: 'vc_Term', value: null },
      { name: 'vc_Users', value: 0 },
    ],
    expect: everyVendor('Missing: Contract term (Assumptions); Number of users (Assumptions)'),
  },
  {
    name: 'an impossible contract term (11 years)',
    options: FOUR_MODELS,
    edits: [{ name: 'vc_Term', value: 11 }],
    expect: everyVendor('Missing: Contract term (Assumptions)'),
  },
];

const TOLERANCE = 1e-9;

/** Everything that differs from the hand-computed figures of one case; empty when all agree. */
function mismatches(c: HandCase, read: ReadNamed, npvTolerance: number): string[] {
  const out: string[] = [];
  for (const e of c.expect) {
    const who = c.options.vendors[e.vendor]!.name;
    const status = read('vc_Status', 0, e.vendor);
    if (status !== e.status) out.push(`${who} status: ${JSON.stringify(status)}, want ${JSON.stringify(e.status)}`);
    const figures: [string, Computed, number | undefined, number][] = [
      ...Array.from({ length: 10 }, (_, y): [string, Computed, number | undefined, number] => [
        `year ${y + 1}`,
        read('vc_YearCost', y, e.vendor),
        e.costs === 'N/A' ? undefined : e.costs.years[y],
        TOLERANCE,
      ]),
      ['TCO', read('vc_TCO', 0, e.vendor), e.costs === 'N/A' ? undefined : e.costs.tco, TOLERANCE],
      ['NPV', read('vc_NPV', 0, e.vendor), e.costs === 'N/A' ? undefined : e.costs.npv, npvTolerance],
      ['per user / month', read('vc_PerUserMonth', 0, e.vendor), e.costs === 'N/A' ? undefined : e.costs.perUserMonth, TOLERANCE],
      ['support share', read('vc_SupportShare', 0, e.vendor), e.costs === 'N/A' ? undefined : e.costs.supportShare, TOLERANCE],
    ];
    for (const [what, actual, expected, tolerance] of figures) {
      if (e.costs === 'N/A') {
        if (!isNA(actual)) out.push(`${who} ${what}: ${JSON.stringify(actual)}, want #N/A`);
      } else if (expected === undefined) {
        // Years 4-10 of a 3-year term: blank, so they add nothing.
        if (actual !== '' && actual !== null) out.push(`${who} ${what} (beyond the term): ${JSON.stringify(actual)}, want blank`);
      } else if (!relativelyClose(actual, expected, tolerance)) {
        out.push(`${who} ${what}: ${JSON.stringify(actual)}, want ${expected}`);
      }
    }
  }
  return out;
}

describe('hand-computed costs in HyperFormula', () => {
  it.each(CASES.map((c) => [c.name, c] as const))('%s', (_, c) => {
    const plan = planTemplate(c.options);
    const wb = loadPlan(plan);
    applyEditsToHyperFormula(plan, wb, c.edits);
    const read: ReadNamed = (name, row, vendor) => fromHyperFormula(wb.named(name)[row]?.[vendor]);
    // HyperFormula can round an NPV at about 1e-8 relative, so 1e-7 for it (these cases agree to 1e-9 today).
    expect(mismatches(c, read, 1e-7)).toEqual([]);
  });

  it('a blank discount rate is no silent 0%: the NPV is no number, while a typed 0% makes it the TCO', () => {
    const plan = planTemplate(FOUR_MODELS);
    const wb = loadPlan(plan);
    const aurora = (name: string) => fromHyperFormula(wb.named(name)[0]![0]);
    applyEditsToHyperFormula(plan, wb, [{ name: 'vc_DiscountRate', value: null }]);
    expect([aurora('vc_NPV'), aurora('vc_TCO')]).toEqual([{ error: '#N/A' }, { error: '#N/A' }]);
    applyEditsToHyperFormula(plan, wb, [{ name: 'vc_DiscountRate', value: 0 }]);
    // 0% is a valid rate: nothing is discounted, NPV = TCO = 456,757.5 (Aurora above).
    expect([aurora('vc_Status'), aurora('vc_NPV'), aurora('vc_TCO')]).toEqual([COMPLETE, 456757.5, 456757.5]);
  });

  it('the checks can fail: a figure off by one unit is reported', () => {
    const c = CASES[0]!;
    const wrong: HandCase = { ...c, expect: [{ ...c.expect[0]!, costs: { ...AURORA_COSTS, tco: AURORA_COSTS.tco + 1 } }] };
    const plan = planTemplate(c.options);
    const wb = loadPlan(plan);
    const read: ReadNamed = (name, row, vendor) => fromHyperFormula(wb.named(name)[row]?.[vendor]);
    expect(mismatches(wrong, read, 1e-7)).toEqual(['Aurora Cloud TCO: 456757.5, want 456758.5']);
  });
});

/** A few random workbooks of every model, switched to another model (tier, billing) after writing. */
const RANDOM_SWITCHES = fc.sample(switchedOptions(3), { numRuns: 5, seed: 20261203 });

interface Written {
  plan: Plan;
  path: string;
}

describe('hand-computed costs and switched models in LibreOffice Calc (one soffice run)', () => {
  let dir = '';
  let handFiles: Written[] = [];
  let randomFiles: Written[] = [];

  beforeAll(async () => {
    if (!findSoffice()) throw new Error('LibreOffice (soffice) is not installed: apt-get install libreoffice-calc-nogui');
    dir = mkdtempSync(join(tmpdir(), 'vc-hand-'));
    const write = async (name: string, plan: Plan, edits: readonly CellEdit[]): Promise<Written> => {
      const workbook = writePlanToWorkbook(plan);
      applyEditsToExcelJs(plan, workbook, edits);
      const path = join(dir, `${name}.xlsx`);
      writeFileSync(path, Buffer.from((await workbook.xlsx.writeBuffer()) as ArrayBuffer));
      return { plan, path };
    };
    handFiles = await Promise.all(CASES.map((c, i) => write(`hand-${i}`, planTemplate(c.options), c.edits)));
    randomFiles = await Promise.all(
      RANDOM_SWITCHES.map((r, i) => {
        const plan = planTemplate(r.options);
        return write(`random-${i}`, plan, switchEdits(r));
      }),
    );
    const started = Date.now();
    const out = recalculate([...handFiles, ...randomFiles].map((f) => f.path), join(dir, 'out'));
    console.info(`LibreOffice recalculated ${out.length} workbooks in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    handFiles = handFiles.map((f, i) => ({ ...f, path: out[i]! }));
    randomFiles = randomFiles.map((f, i) => ({ ...f, path: out[handFiles.length + i]! }));
  }, 300_000);

  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  async function reader(file: Written): Promise<ReadNamed> {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file.path);
    return (name, row, vendor) => {
      const { sheet, address } = namedCell(file.plan, name, row, vendor);
      const ws = workbook.getWorksheet(sheet);
      if (!ws) throw new Error(`no sheet ${sheet} in ${file.path}`);
      return fromExcelJs(ws.getCell(address));
    };
  }

  it.each(CASES.map((c, i) => [c.name, i] as const))('%s', async (_, i) => {
    const read = await reader(handFiles[i]!);
    expect(mismatches(CASES[i]!, read, TOLERANCE)).toEqual([]);
  });

  it.each(RANDOM_SWITCHES.map((r, i) => [i, r] as const))('random switched workbook %i agrees with the reference calculator', async (i, r) => {
    const read = await reader(randomFiles[i]!);
    const o = r.options;
    const out = o.vendors.flatMap((v, k) => {
      const prices = switchedPrices(v, r.switches[k]);
      const result = computeCosts(prices, { ...o, demand: effectiveDemand(o) });
      return compareVendor(read, k, result, prices, o.language, o.termYears);
    });
    expect(out).toEqual([]);
  });
});
