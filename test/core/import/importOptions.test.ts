import { messages } from '../../../src/core/i18n/cliMessages';
import { defaultDemand, MAX_VENDORS } from '../../../src/core/options';
import { describeProblem } from '../../../src/core/import/describe';
import { importOptions, optionsFromNames, type ImportResult } from '../../../src/core/import/importOptions';

const en = messages('en').cli.problems;

/** The problems of a failed import, as the English lines a user sees. */
function lines(result: ImportResult): string[] {
  if (result.ok) throw new Error('expected the import to fail');
  return result.error.map((p) => describeProblem(p, en));
}

const fullFile = {
  language: 'zh',
  currency: 'usd',
  termYears: 2,
  users: 800,
  discountRate: 0.1,
  scenarios: ['S2'],
  demand: [
    { devHours: 100, opsHours: 30, incidents: 4, onsiteDays: 1 },
    { devHours: 10, opsHours: 50, incidents: 3, onsiteDays: 0 },
  ],
  vendors: [
    {
      name: ' Aurora Cloud ',
      model: 'all-inclusive',
      platformFee: 100000,
      setupFee: 5000,
      customizationFee: 0,
      escalation: 0.05,
      dayRate: 3000,
      includedHours: 100,
      overageRate: 800,
      answers: { Q1: 'Tickets, 4 hours', 'S2-1': 'Load tests with 10k users' },
    },
    {
      name: 'Beacon',
      model: 'tiered',
      platformFee: 80000,
      tier: 'enterprise',
      tiers: { basic: { fee: 0, hours: 0 }, enterprise: { fee: 20000, hours: 80 }, flagship: { fee: 60000 } },
      overageRate: 600,
    },
    { name: 'Cirrus', model: 'pay-as-you-go', platformFee: 0, hourlyRate: 700, incidentFee: 2000 },
    { name: 'Delta', model: 'subscription', platformFee: 50000, subscriptionFee: 3000, billing: 'monthly', includedHours: 40, overageRate: 900 },
  ],
};

describe('importOptions: good files', () => {
  it('reads every field of the import format', () => {
    const result = importOptions(fullFile);
    expect(result).toEqual({
      ok: true,
      value: {
        language: 'zh',
        currency: 'USD',
        termYears: 2,
        users: 800,
        discountRate: 0.1,
        fx: [],
        scenarios: ['S2'],
        demand: fullFile.demand,
        vendors: [
          { ...fullFile.vendors[0], name: 'Aurora Cloud' },
          fullFile.vendors[1],
          fullFile.vendors[2],
          fullFile.vendors[3],
        ],
      },
    });
  });

  it('falls back to the defaults for everything not given', () => {
    const result = importOptions({ vendors: [{ name: 'Aurora' }] });
    expect(result).toEqual({
      ok: true,
      value: {
        language: 'en',
        currency: 'CNY',
        termYears: 3,
        users: 500,
        discountRate: 0.08,
        fx: [],
        scenarios: [],
        demand: [defaultDemand(1), defaultDemand(2), defaultDemand(3)],
        vendors: [{ name: 'Aurora' }],
      },
    });
  });

  it('treats null as not given and fills a demand entry’s missing fields from the default year', () => {
    const result = importOptions({
      termYears: 1,
      demand: [{ devHours: 5 }],
      vendors: [{ name: 'A', model: null, platformFee: null, answers: { Q2: null } }],
    });
    expect(result).toMatchObject({
      ok: true,
      value: { demand: [{ ...defaultDemand(1), devHours: 5 }], vendors: [{ name: 'A', answers: {} }] },
    });
    if (result.ok) expect(result.value.vendors[0]).not.toHaveProperty('model');
  });

  it('lets overrides (command-line flags) win over the file, and checks the demand against the final term', () => {
    const result = importOptions({ ...fullFile, vendors: [{ name: 'A' }] }, { language: 'en', termYears: 2 });
    expect(result).toMatchObject({ ok: true, value: { language: 'en', termYears: 2 } });
    expect(lines(importOptions(fullFile, { termYears: 3 }))).toEqual([
      'demand has 2 entries but the term is 3 years: give one entry per year',
    ]);
  });

  it('lists scenarios once each, in catalogue order', () => {
    const result = importOptions({ scenarios: ['S3', 'S1', 'S3'], vendors: [{ name: 'A' }] });
    expect(result).toMatchObject({ ok: true, value: { scenarios: ['S1', 'S3'] } });
  });
});

describe('importOptions: bad files name the vendor and the field', () => {
  it('reports a wrong type with the vendor’s index and name', () => {
    const file = { vendors: [{ name: 'Aurora' }, { name: 'Beacon', platformFee: 'abc' }] };
    expect(lines(importOptions(file))).toEqual(['vendors[1] "Beacon": platformFee must be a number >= 0 (got "abc")']);
  });

  it('collects every problem, not just the first', () => {
    const file = {
      language: 'fr',
      termYears: 11,
      users: 0,
      discountRate: 1.5,
      currency: 'Yuan',
      scenarios: ['S9'],
      colour: 'blue',
      vendors: [
        { name: 'Aurora', model: 'freemium', setupFee: -1, escalation: 2, tier: 'gold', billing: 'weekly', platfromFee: 1 },
        { name: 'Beacon', tiers: { gold: {}, basic: { fee: -5, minutes: 3 } }, answers: { Q8: 'x', 'S1-1': 'y', Q1: 5 } },
        { name: ' ' },
        { name: 'aurora' },
        { platformFee: 1 },
        'Cirrus',
      ],
    };
    const q = 'Q1, Q2, Q3, Q4, Q5, Q6, Q7';
    expect(lines(importOptions(file))).toEqual([
      `unknown field colour (allowed: language, currency, termYears, users, discountRate, scenarios, evaluators, demand, fx, weights, vendors)`,
      'language must be one of "en", "zh" (got "fr")',
      'currency must be a three-letter currency code such as CNY or USD (got "Yuan")',
      'termYears must be a whole number from 1 to 10 (got 11)',
      'users must be a whole number from 1 to 10000000 (got 0)',
      'discountRate must be a number from 0 to 1 (got 1.5)',
      'scenarios[0] must be one of "S1", "S2", "S3", "S4", "S5" (got "S9")',
      expect.stringMatching(/^vendors\[0\] "Aurora": unknown field platfromFee \(allowed: name, model, currency, platformFee, /),
      'vendors[0] "Aurora": model must be one of "all-inclusive", "tiered", "pay-as-you-go", "subscription" (got "freemium")',
      'vendors[0] "Aurora": setupFee must be a number >= 0 (got -1)',
      'vendors[0] "Aurora": escalation must be a number from 0 to 1 (got 2)',
      'vendors[0] "Aurora": tier must be one of "basic", "enterprise", "flagship" (got "gold")',
      'vendors[0] "Aurora": billing must be one of "monthly", "yearly" (got "weekly")',
      'vendors[1] "Beacon": unknown field tiers.gold (allowed: basic, enterprise, flagship)',
      'vendors[1] "Beacon": unknown field tiers.basic.minutes (allowed: fee, hours)',
      'vendors[1] "Beacon": tiers.basic.fee must be a number >= 0 (got -5)',
      `vendors[1] "Beacon": answers.Q8 is not a question of this template (allowed: ${q}; a scenario question needs its scenario in "scenarios")`,
      `vendors[1] "Beacon": answers.S1-1 is not a question of this template (allowed: ${q}; a scenario question needs its scenario in "scenarios")`,
      'vendors[1] "Beacon": answers.Q1 must be text of at most 32767 characters (got 5)',
      'vendors[2]: name must not be blank',
      'vendors[3] "aurora": name "aurora" is already used by an earlier vendor',
      'vendors[4]: name is missing',
      'vendors[5]: the entry must be an object { ... } (got "Cirrus")',
    ]);
  });

  it('rejects a demand table of the wrong length and negative demand', () => {
    const file = { termYears: 3, demand: [{ devHours: -1 }, { incidents: 'many' }], vendors: [{ name: 'A' }] };
    expect(lines(importOptions(file))).toEqual([
      'demand has 2 entries but the term is 3 years: give one entry per year',
      'demand[0].devHours must be a number >= 0 (got -1)',
      'demand[1].incidents must be a number >= 0 (got "many")',
    ]);
  });

  it('does not check the demand length against a term that is itself wrong', () => {
    expect(lines(importOptions({ termYears: 'x', demand: [{}], vendors: [{ name: 'A' }] }))).toEqual([
      'termYears must be a whole number from 1 to 10 (got "x")',
    ]);
  });

  it('accepts scenario answers only for chosen scenarios', () => {
    const result = importOptions({ scenarios: ['S1'], vendors: [{ name: 'A', answers: { 'S1-3': 'yes' } }] });
    expect(result).toMatchObject({ ok: true, value: { vendors: [{ answers: { 'S1-3': 'yes' } }] } });
  });

  it.each([
    [null, ['the file must be an object { ... } (got null)']],
    [[1, 2], ['the file must be an object { ... } (got [1,2])']],
    [{}, ['no vendors: list at least one']],
    [{ vendors: [] }, ['no vendors: list at least one']],
    [{ vendors: {} }, ['vendors must be a list [ ... ] (got {})']],
  ])('rejects %j', (file, expected) => {
    expect(lines(importOptions(file))).toEqual(expected);
  });

  it('rejects more vendors than the template holds', () => {
    const vendors = Array.from({ length: MAX_VENDORS + 1 }, (_, i) => ({ name: `V${i}` }));
    expect(lines(importOptions({ vendors }))).toEqual([`too many vendors: ${MAX_VENDORS + 1} (at most ${MAX_VENDORS})`]);
  });

  it('cuts a long offending value short', () => {
    const [line] = lines(importOptions({ vendors: [{ name: 'A', dayRate: 'x'.repeat(500) }] }));
    expect(line).toMatch(/^vendors\[0\] "A": dayRate must be a number >= 0 \(got "x{38}…\)$/);
  });

  it('describes problems in Chinese too', () => {
    const result = importOptions({ vendors: [{ name: 'Beacon', platformFee: 'abc' }] });
    if (result.ok) throw new Error('expected a failure');
    expect(describeProblem(result.error[0]!, messages('zh').cli.problems)).toBe(
      'vendors[0] "Beacon":platformFee 必须是大于等于 0 的数字（实际为 "abc"）',
    );
  });
});

describe('optionsFromNames', () => {
  it('trims names and fills the defaults', () => {
    const result = optionsFromNames([' Aurora', 'Beacon '], { termYears: 2 });
    expect(result).toMatchObject({
      ok: true,
      value: { termYears: 2, demand: [defaultDemand(1), defaultDemand(2)], vendors: [{ name: 'Aurora' }, { name: 'Beacon' }] },
    });
  });

  it('reports every bad name and an empty list', () => {
    expect(lines(optionsFromNames(['A', '', 'a', 'x'.repeat(101)]))).toEqual([
      'vendors[1]: name must not be blank',
      'vendors[2] "a": name "a" is already used by an earlier vendor',
      `vendors[3] "${'x'.repeat(101)}": name must be at most 100 characters`,
    ]);
    expect(lines(optionsFromNames([]))).toEqual(['no vendors: list at least one']);
  });
});

describe('importOptions: quote currencies and exchange rates', () => {
  const vendors = [
    { name: 'Aurora', model: 'all-inclusive', currency: 'usd' },
    { name: 'Beacon', model: 'tiered', currency: 'CNY' },
    { name: 'Cirrus', model: 'pay-as-you-go' },
  ];

  it('reads a vendor currency (upper-cased) and the fx table with date and source', () => {
    const result = importOptions({ currency: 'CNY', vendors, fx: [{ currency: 'USD', rate: 7.1, date: '2026-11-30', source: 'Bank of China' }] });
    expect(result.ok && result.value.vendors.map((v) => v.currency)).toEqual(['USD', 'CNY', undefined]);
    expect(result.ok && result.value.fx).toEqual([{ currency: 'USD', rate: 7.1, date: '2026-11-30', source: 'Bank of China' }]);
  });

  it('names the vendor and the currency when the fx table has no rate for it', () => {
    expect(lines(importOptions({ currency: 'CNY', vendors }))).toEqual([
      'vendors[0] "Aurora": currency is USD but "fx" has no rate for USD: add {"currency": "USD", "rate": <CNY for one USD>}',
    ]);
  });

  it('rejects a rate that is not a positive number, a missing currency and unknown keys', () => {
    const fx = [{ currency: 'USD', rate: 0 }, { rate: 7 }, { currency: 'EUR', rate: 7.8, note: 'x' }];
    expect(lines(importOptions({ vendors: [{ name: 'A' }], fx }))).toEqual([
      'fx[0].rate must be a number > 0 (got 0)',
      'fx[1].currency is missing',
      expect.stringMatching(/^unknown field fx\[2\]\.note/),
    ]);
  });
});
