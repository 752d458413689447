/**
 * A vendor quoting in USD, end to end: the quotes file's currency and fx table reach the
 * workbook, its formulas convert every year's cost, and summary, validate and the sheet agree.
 * Expected figures by hand: Cirrus-like pay-as-you-go, 7,000 USD platform, 100 USD/h, 300 USD
 * per incident, 400 USD per on-site day, README demand (160/80/80 h, 6 incidents a year,
 * 2/1/1 days), 3 years, 7.1 CNY per USD:
 *   year 1: 7,000 + 160 x 100 + 6 x 300 + 2 x 400 = 25,600 USD x 7.1 = 181,760 CNY
 *   years 2, 3: 7,000 + 80 x 100 + 6 x 300 + 1 x 400 = 17,200 USD x 7.1 = 122,120 CNY
 *   TCO 181,760 + 2 x 122,120 = 426,000 CNY
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readSnapshot } from '../../src/adapters/xlsx/readSnapshot';
import { WORKED_EXAMPLE } from '../fixtures/workedExample';
import { workbookToHyperFormula } from '../support/xlsxWorkbook';
import { runCli, tempFolder } from './runCli';
import { loadWorkbook } from './workbooks';

const quotes = (fx: unknown[]) => ({
  currency: 'CNY',
  termYears: 3,
  users: 500,
  discountRate: 0.08,
  demand: WORKED_EXAMPLE.demand,
  vendors: [{ name: 'Zephyr', model: 'pay-as-you-go', currency: 'USD', platformFee: 7000, hourlyRate: 100, incidentFee: 300, dayRate: 400 }],
  fx,
});

describe('a vendor quoting in another currency', () => {
  it('is converted by the sheet and by summary alike', async () => {
    const dir = tempFolder();
    writeFileSync(join(dir, 'quotes.json'), JSON.stringify(quotes([{ currency: 'USD', rate: 7.1, date: '2026-11-30', source: 'test' }])));
    expect((await runCli(['template', '-o', 'book.xlsx', '--vendors', 'quotes.json'], dir)).code).toBe(0);
    const summary = JSON.parse((await runCli(['summary', 'book.xlsx', '--json'], dir)).stdout) as { vendors: { tco: number; yearCost: number[]; currency: string }[] };
    expect(summary.vendors[0]!.currency).toBe('USD');
    expect(summary.vendors[0]!.yearCost.map((c) => Math.round(c * 100) / 100)).toEqual([181760, 122120, 122120]);
    const workbook = await loadWorkbook(join(dir, 'book.xlsx'));
    const hf = workbookToHyperFormula(workbook);
    expect(hf.named('vc_TCO')[0]![0]).toBeCloseTo(426000, 6);
    expect(hf.named('vc_Status')[0]).toEqual(['Complete']);

    // Without its rate the vendor is incomplete, in the sheet and in validate, naming USD.
    const snapshot = readSnapshot(workbook, 'book.xlsx');
    const rate = snapshot.blocks.vc_FxRate!;
    hf.set(rate.sheet, `B${rate.range.row + 1}`, null);
    expect(hf.named('vc_TCO')[0]![0]).toMatchObject({ type: 'NA' });
    expect(hf.named('vc_Status')[0]).toEqual(['Missing: Exchange rate for USD (Assumptions)']);
  });

  it('without an fx entry the quotes file is refused, naming the vendor and the currency', async () => {
    const dir = tempFolder();
    writeFileSync(join(dir, 'quotes.json'), JSON.stringify(quotes([])));
    const result = await runCli(['template', '-o', 'book.xlsx', '--vendors', 'quotes.json'], dir);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('vendors[0] "Zephyr": currency is USD but "fx" has no rate for USD');
  });
});
