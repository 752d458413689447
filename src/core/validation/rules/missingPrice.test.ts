import { SnapshotBuilder, namedBlock, runRule } from '../../../../test/support/snapshotBuilder';
import { MODEL_IDS, PRICING_MODELS, TIERS, type ModelId } from '../../catalogue/models';
import { PRICING_INPUTS, type PricingInputKey } from '../../catalogue/pricingInputs';
import type { Language } from '../../catalogue/text';
import { cellAddress } from '../../plan/a1';
import type { SnapshotValue } from '../../snapshot/types';
import { ASSUMPTIONS, FIRST_VENDOR_COL, PRICING, pricingInputRows } from '../../template/layout';
import { planTemplate } from '../../template/planTemplate';
import type { FxRate, VendorQuote } from '../../options';
import { loadPlan } from '../../../../test/support/hyperformula';
import { namedCell } from '../../../../test/support/namedCells';
import { snapshotOf } from '../../../../test/support/snapshot';
import { WORKED_EXAMPLE } from '../../../../test/fixtures/workedExample';
import { demandFromSnapshot, missingPrice } from './missingPrice';

/** A valid entry for every input (the chosen tier is Enterprise, billed monthly). */
const VALID: Record<PricingInputKey, SnapshotValue> = {
  platformFee: 0,
  setupFee: 10000,
  customizationFee: 0,
  escalation: 0.05,
  dayRate: 0,
  includedHours: 100,
  overageRate: 800,
  tier: 'Enterprise',
  basicFee: 0,
  basicHours: 0,
  enterpriseFee: 30000,
  enterpriseHours: 120,
  flagshipFee: 60000,
  flagshipHours: 300,
  hourlyRate: 700,
  incidentFee: 2000,
  subscriptionFee: 3000,
  billing: 'Monthly',
};

const label = (model: ModelId, language: Language = 'en') => PRICING_MODELS.find((m) => m.id === model)!.label[language];
const at = (key: PricingInputKey, vendor = 0) => cellAddress(pricingInputRows().rows[key], FIRST_VENDOR_COL.pricing + vendor);

interface Setup {
  model?: SnapshotValue;
  prices?: Partial<Record<PricingInputKey, SnapshotValue>>;
  term?: SnapshotValue;
  incidents?: SnapshotValue[];
  onsiteDays?: SnapshotValue[];
  language?: Language;
}

/** One vendor, Aurora, every input valid unless `prices` says otherwise; demand in every year of a 3-year term. */
function check(s: Setup) {
  const prices = { ...VALID, ...s.prices };
  const b = new SnapshotBuilder()
    .vendors('Aurora')
    .models(s.model === undefined ? label('all-inclusive') : s.model)
    .demand({ term: s.term ?? 3, incidents: s.incidents ?? [6, 6, 6], onsiteDays: s.onsiteDays ?? [2, 1, 1] });
  for (const [key, value] of Object.entries(prices)) b.price(key as PricingInputKey, value);
  return runRule(missingPrice, b.build(), s.language);
}

describe('missingPrice', () => {
  it.each(MODEL_IDS)('a complete %s vendor has no finding', (model) => {
    expect(check({ model: label(model) })).toEqual([]);
  });

  // DOMAIN.md's "inputs each model needs", one row per (model, required input).
  const REQUIRED = MODEL_IDS.flatMap((model) =>
    PRICING_INPUTS.filter((i) => i.required[model] !== undefined).map((i) => ({ model, input: i })),
  );

  it.each(REQUIRED.map(({ model, input }) => [model, input.key, input] as const))('%s: a blank %s is a missing price', (model, _, input) => {
    const tier = input.required[model] === 'chosenTier' ? TIERS.find((t) => input.key.startsWith(t.id))!.label.en : VALID.tier;
    const findings = check({ model: label(model), prices: { tier, [input.key]: null } });
    expect(findings).toEqual([
      {
        severity: 'error',
        rule: 'missing-price',
        sheet: 'Pricing',
        cell: at(input.key),
        vendor: 'Aurora',
        message: `Aurora (${label(model)}): ${input.label.en} is missing. A blank price is not zero: ask the vendor for it.`,
      },
    ]);
  });

  it('the table covers every model and the platform fee of each', () => {
    expect(new Set(REQUIRED.map((r) => r.model))).toEqual(new Set(MODEL_IDS));
    expect(REQUIRED.filter((r) => r.input.key === 'platformFee')).toHaveLength(4);
  });

  it.each(MODEL_IDS)('%s: a blank optional input (setup, customisation, escalation) is no charge, not a gap', (model) => {
    expect(check({ model: label(model), prices: { setupFee: null, customizationFee: '', escalation: '  ' } })).toEqual([]);
  });

  it('a blank input of another model is no gap', () => {
    expect(check({ model: label('all-inclusive'), prices: { hourlyRate: null, tier: null, subscriptionFee: null, billing: null } })).toEqual([]);
  });

  it('wants a per-incident fee only when the term has incidents', () => {
    const payg = { model: label('pay-as-you-go'), prices: { incidentFee: null } };
    expect(check({ ...payg, incidents: [0, 0, 0, 4], term: 3 })).toEqual([]);
    expect(check({ ...payg, incidents: [null, null, null], term: 3 })).toEqual([]);
    expect(check({ ...payg, incidents: [0, 0, 0, 4], term: 4 }).map((f) => f.cell)).toEqual([at('incidentFee')]);
    expect(check({ ...payg, incidents: [0, 0, 1] }).map((f) => f.cell)).toEqual([at('incidentFee')]);
  });

  it.each(MODEL_IDS)('%s: wants an on-site day rate only when the term has on-site days', (model) => {
    const blank = { model: label(model), prices: { dayRate: null } };
    expect(check({ ...blank, onsiteDays: [0, 0, 0, 5], term: 3 })).toEqual([]);
    expect(check({ ...blank, onsiteDays: [0, 0, 0, 5], term: 4 }).map((f) => f.cell)).toEqual([at('dayRate')]);
  });

  it('wants the fee and hours of the chosen tier only', () => {
    const tiered = (tier: string) => check({ model: label('tiered'), prices: { tier, basicFee: null, basicHours: null, flagshipFee: null } });
    expect(tiered('Enterprise')).toEqual([]);
    expect(tiered('Basic').map((f) => f.cell)).toEqual([at('basicFee'), at('basicHours')]);
    expect(tiered('Flagship').map((f) => f.cell)).toEqual([at('flagshipFee')]);
  });

  it('with no tier chosen, asks for the tier and no tier fee', () => {
    const findings = check({ model: label('tiered'), prices: { tier: null, enterpriseFee: null } });
    expect(findings.map((f) => f.cell)).toEqual([at('tier')]);
  });

  it.each([
    ['platformFee', '1,000'],
    ['platformFee', '¥1000'],
    ['platformFee', '￥1,000'],
    ['platformFee', '$1,000.50'],
    ['platformFee', '1000元'],
    ['platformFee', 'RMB 1000'],
    ['platformFee', ' 1 000 '],
    ['platformFee', '１０００'],
    ['overageRate', '800'],
    ['escalation', '5%'],
    ['escalation', '0.05'],
  ] as const)('names a number typed as text: %s %j', (key, text) => {
    const findings = check({ prices: { [key]: text } });
    const input = PRICING_INPUTS.find((i) => i.key === key)!;
    expect(findings).toEqual([
      expect.objectContaining({ cell: at(key), message: `Aurora: ${input.label.en} is typed as text (“${text}”). Enter it as a plain number.` }),
    ]);
  });

  it.each<SnapshotValue>(['ask sales', 'N/A', 'free', true, { error: '#VALUE!' }])('reports %j as not a number', (value) => {
    const [f] = check({ prices: { overageRate: value } });
    expect(f?.message).toMatch(/^Aurora: Overage rate \/ hour beyond included is not a number \(“.+”\)\.$/);
  });

  it('checks an optional input the vendor filled in, too', () => {
    expect(check({ prices: { setupFee: 'ask sales' } }).map((f) => f.cell)).toEqual([at('setupFee')]);
  });

  it('reports a negative price', () => {
    expect(check({ prices: { overageRate: -800 } })).toEqual([
      expect.objectContaining({ cell: at('overageRate'), message: 'Aurora: Overage rate / hour beyond included is negative (-800). Prices cannot be negative.' }),
    ]);
  });

  it.each([
    [1.5, '150%'],
    [-0.02, '-2%'],
    [5, '500%'],
  ])('keeps a percentage within 0-100%%: %s', (value, shown) => {
    expect(check({ prices: { escalation: value } }).map((f) => f.message)).toEqual([
      `Aurora: Annual price escalation must be between 0% and 100% (it is ${shown}).`,
    ]);
  });

  it.each([0, 1, 0.035])('accepts the percentage %s', (value) => {
    expect(check({ prices: { escalation: value } })).toEqual([]);
  });

  it.each<SnapshotValue>([null, '', '   '])('reports no model chosen (%j) at the model cell', (model) => {
    expect(check({ model })).toEqual([
      { severity: 'error', rule: 'missing-price', sheet: 'Pricing', cell: 'D4', vendor: 'Aurora', message: 'Aurora has no pricing model. Choose one in the dropdown.' },
    ]);
  });

  it.each<SnapshotValue>(['Freemium', 'M1', { error: '#N/A' }, 42])('reports the unknown model label %j', (model) => {
    const findings = check({ model });
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ cell: 'D4', message: expect.stringContaining('is not a pricing model') });
  });

  it('reads model labels ignoring case, not surrounding spaces, as the sheet’s "=" does', () => {
    expect(check({ model: 'pay-as-YOU-go' })).toEqual([]);
    expect(check({ model: '  pay-as-YOU-go ' }).map((f) => f.message)).toEqual([expect.stringContaining('is not a pricing model')]);
  });

  it('reads Chinese labels and reports in Chinese', () => {
    const zh = { model: label('tiered', 'zh'), prices: { tier: '旗舰版', billing: '按年', flagshipFee: null }, language: 'zh' as const };
    expect(check(zh).map((f) => f.message)).toEqual(['Aurora（分层服务型）：缺少 旗舰版年费。空白不等于零，请向供应商索取报价。']);
    // English messages for a Chinese template: labels still read, options listed as the sheet shows them.
    expect(check({ ...zh, language: 'en', prices: { tier: 'Gold' } }).map((f) => f.message)).toEqual([
      'Aurora: Chosen tier “Gold” is not one of: 基础版, 企业版, 旗舰版.',
    ]);
  });

  it('reports a choice that is not one of the list', () => {
    expect(check({ model: label('tiered'), prices: { tier: 'Gold' } }).map((f) => f.message)).toEqual([
      'Aurora: Chosen tier “Gold” is not one of: Basic, Enterprise, Flagship.',
    ]);
    expect(check({ model: label('subscription'), prices: { billing: 'weekly' } }).map((f) => f.cell)).toEqual([at('billing')]);
  });

  it('checks each vendor in its own column and names it', () => {
    const snapshot = new SnapshotBuilder()
      .vendors('Aurora', 'Beacon', '')
      .models(label('all-inclusive'), label('pay-as-you-go'), null)
      .demand({ term: 1, incidents: [1], onsiteDays: [0] })
      .prices({ platformFee: [1, 2, 3], includedHours: [10, null, null], overageRate: [5, 'x', null], hourlyRate: [null, null, null], incidentFee: [null, 9, null] })
      .build();
    expect(runRule(missingPrice, snapshot).map((f) => [f.vendor, f.cell])).toEqual([
      ['Beacon', at('hourlyRate', 1)],
      ['Vendor 3', 'F4'],
    ]);
  });

  it('skips an input row that was deleted, and a vendor without a model cell', () => {
    const snapshot = new SnapshotBuilder().vendors('Aurora', 'Beacon').models(label('pay-as-you-go')).price('platformFee', 1, 1).build();
    expect(runRule(missingPrice, snapshot)).toEqual([]);
  });
});

describe('a model label in the other language', () => {
  it('is no model in an English template: the sheet formulas would not recognise it either', () => {
    const snapshot = new SnapshotBuilder()
      .vendors('Aurora')
      .models('全包型')
      .prices({ platformFee: [1], includedHours: [1], overageRate: [1], dayRate: [1] })
      .add(namedBlock('vc_Language', 'Assumptions', 'B10', [['en']]))
      .build();
    const findings = runRule(missingPrice, snapshot);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ cell: 'D4', message: 'Aurora: “全包型” is not a pricing model. Choose one in the dropdown.' });
  });
});

describe('demandFromSnapshot', () => {
  it('reads the term and the demand per year, blanks and text as none', () => {
    const snapshot = new SnapshotBuilder().demand({ term: 2, incidents: [3, null, 'x'], onsiteDays: [1, 2] }).build();
    const { termYears, demand } = demandFromSnapshot(snapshot);
    expect(termYears).toBe(2);
    expect(demand.slice(0, 3).map((d) => [d.incidents, d.onsiteDays])).toEqual([
      [3, 1],
      [0, 2],
      [0, 0],
    ]);
  });
});

describe('a quote currency without an exchange rate', () => {
  const quoteAt = (vendor = 0) => cellAddress(PRICING.quoteCurrencyRow, FIRST_VENDOR_COL.pricing + vendor);

  interface FxSetup {
    /** One quote currency per vendor (vendors Aurora, Beacon, ...). */
    quotes: SnapshotValue[];
    /** FX table rows: [currency, rate]. */
    table?: [SnapshotValue, SnapshotValue][];
    currency?: SnapshotValue;
    model?: SnapshotValue;
    language?: Language;
    assumptionsSheet?: string;
    /** Leave the FX table's names out (a workbook whose table was deleted). */
    noTable?: boolean;
  }

  /** Complete all-inclusive vendors (no other finding), their quote currencies and the FX table. */
  function fx(s: FxSetup) {
    const names = ['Aurora', 'Beacon', 'Cirrus'].slice(0, s.quotes.length);
    const sheet = s.assumptionsSheet ?? 'Assumptions';
    const table = Array.from({ length: ASSUMPTIONS.fxRows }, (_, i) => s.table?.[i] ?? [null, null]);
    const b = new SnapshotBuilder()
      .vendors(...names)
      .models(...names.map(() => (s.model === undefined ? label('all-inclusive') : s.model)))
      .demand({ term: 3, incidents: [6, 6, 6], onsiteDays: [2, 1, 1] })
      .add(namedBlock('vc_QuoteCurrency', 'Pricing', quoteAt(), [s.quotes]))
      .add(namedBlock('vc_Currency', sheet, `B${ASSUMPTIONS.currencyRow + 1}`, [[s.currency === undefined ? 'CNY' : s.currency]]));
    if (!s.noTable) {
      b.add(namedBlock('vc_FxCurrency', sheet, `A${ASSUMPTIONS.fxFirstRow + 1}`, table.map(([code]) => [code])));
      b.add(namedBlock('vc_FxRate', sheet, `B${ASSUMPTIONS.fxFirstRow + 1}`, table.map(([, rate]) => [rate])));
    }
    for (const [key, value] of Object.entries(VALID)) b.price(key as PricingInputKey, ...names.map(() => value));
    return runRule(missingPrice, b.build(), s.language);
  }

  it.each<SnapshotValue>([null, '', '   ', 'CNY', ' cny '])('quote currency %j is the comparison currency: no rate needed', (quote) => {
    expect(fx({ quotes: [quote] })).toEqual([]);
  });

  it.each<[SnapshotValue, [SnapshotValue, SnapshotValue][]]>([
    ['USD', [['USD', 7.1]]],
    ['usd', [['USD', 7.1]]],
    [' USD ', [['usd ', 7.1]]],
    ['EUR', [['USD', 7.1], ['EUR', 7.8]]],
    ['EUR', [[null, null], ['EUR', 7.8]]],
  ])('quote currency %j with the table %j has a rate', (quote, table) => {
    expect(fx({ quotes: [quote], table })).toEqual([]);
  });

  it('reports a currency missing from the table at the quote-currency cell, naming vendor and currency', () => {
    expect(fx({ quotes: ['USD'], table: [['EUR', 7.8]] })).toEqual([
      {
        severity: 'error',
        rule: 'missing-price',
        sheet: 'Pricing',
        cell: 'D5',
        vendor: 'Aurora',
        message:
          'Aurora quotes in USD, which has no positive rate in the exchange-rate table on Assumptions. Add the rate (or clear the quote currency if the vendor quotes in the comparison currency); until then its costs are #N/A.',
      },
    ]);
  });

  it.each<[string, SnapshotValue]>([
    ['a blank rate', null],
    ['a zero rate', 0],
    ['a negative rate', -7.1],
    ['a rate typed as text', '7.1'],
    ['an error value', { error: '#REF!' }],
  ])('reports %s', (_, rate) => {
    expect(fx({ quotes: ['USD'], table: [['USD', rate]] }).map((f) => [f.cell, f.vendor])).toEqual([['D5', 'Aurora']]);
  });

  it('takes a currency listed twice as ambiguous (no rate), as the sheet does; codes compare trimmed', () => {
    expect(fx({ quotes: ['USD'], table: [['USD', 0], ['USD', 7.1]] }).map((f) => f.cell)).toEqual(['D5']);
    expect(fx({ quotes: ['USD'], table: [['USD', 7.1], ['usd', null]] }).map((f) => f.cell)).toEqual(['D5']);
    expect(fx({ quotes: [' usd '], table: [['USD ', 7.1]] })).toEqual([]);
    // A wildcard is no wildcard here: "US?" is not USD.
    expect(fx({ quotes: ['US?'], table: [['USD', 7.1]] }).map((f) => f.cell)).toEqual(['D5']);
  });

  it('checks each vendor in its own column', () => {
    const findings = fx({ quotes: ['USD', null, 'JPY'], table: [['USD', 7.1]] });
    expect(findings.map((f) => [f.vendor, f.cell])).toEqual([['Cirrus', quoteAt(2)]]);
    expect(findings[0]!.message).toMatch(/^Cirrus quotes in JPY, /);
  });

  it("without an FX table, names the template language's Assumptions sheet", () => {
    expect(fx({ quotes: ['USD'], noTable: true }).map((f) => f.message)).toEqual([expect.stringContaining('exchange-rate table on Assumptions.')]);
    expect(fx({ quotes: ['usd'], currency: 'USD', noTable: true })).toEqual([]);
  });

  it('reports it next to a missing model, in sheet order', () => {
    expect(fx({ quotes: ['USD'], model: null }).map((f) => f.cell)).toEqual(['D4', 'D5']);
  });

  it('reports in Chinese, naming the Assumptions sheet of the workbook', () => {
    expect(fx({ quotes: ['USD'], language: 'zh', assumptionsSheet: '假设' }).map((f) => f.message)).toEqual([
      'Aurora 以 USD 报价，但“假设”表的汇率表中没有该币种的正数汇率。请补充汇率（若供应商以比较币种报价，则清空报价币种）；在此之前其成本显示为 #N/A。',
    ]);
  });

  it('agrees with the sheet: reported exactly for the vendors whose status names the exchange rate', () => {
    const fxTable: FxRate[] = [
      { currency: 'USD', rate: 7.1 },
      { currency: 'EUR', rate: 0 },
      { currency: 'JPY', rate: 0.05 },
    ];
    const quotes: (string | undefined)[] = ['USD', 'EUR', 'GBP', undefined, 'cny', 'jpy'];
    const vendors: VendorQuote[] = quotes.map((currency, i) => ({
      ...WORKED_EXAMPLE.vendors[i % WORKED_EXAMPLE.vendors.length]!,
      name: `V${i + 1}`,
      ...(currency === undefined ? {} : { currency }),
    }));
    const plan = planTemplate({ ...WORKED_EXAMPLE, fx: fxTable, vendors });
    const wb = loadPlan(plan);
    const named = vendors.filter((_, i) => String(wb.named('vc_Status')[0]![i]).includes('Exchange rate for')).map((v) => v.name);
    const reported = runRule(missingPrice, snapshotOf(wb)).map((f) => f.vendor);
    expect(named).toEqual(['V2', 'V3']);
    expect(reported).toEqual(named);
    expect(runRule(missingPrice, snapshotOf(wb)).map((f) => f.cell)).toEqual([namedCell(plan, 'vc_QuoteCurrency', 0, 1).address, namedCell(plan, 'vc_QuoteCurrency', 0, 2).address]);
  });
});
