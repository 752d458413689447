/**
 * Changing the comparison currency (vc_Currency) leaves no stale "CNY" or "¥" anywhere: labels
 * read it live, and number formats carry no currency symbol.
 */
import { loadPlan } from '../../../test/support/hyperformula';
import { WORKED_EXAMPLE } from '../../../test/fixtures/workedExample';
import { cellAddress } from '../plan/a1';
import { planTemplate } from './planTemplate';

const STALE = /CNY|¥|RMB/;

describe.each(['en', 'zh'] as const)('the comparison currency changed from CNY to USD (%s)', (language) => {
  const plan = planTemplate({ ...WORKED_EXAMPLE, language, currency: 'CNY' });

  it('no number format names a currency', () => {
    const formats = plan.sheets.flatMap((s) => s.formats.map((f) => f.numberFormat ?? ''));
    expect(formats.filter((f) => /[¥$€£]|CNY|USD/.test(f))).toEqual([]);
  });

  it('no cell shows CNY once vc_Currency reads USD, and the labels name USD', () => {
    const wb = loadPlan(plan);
    const currency = plan.names.find((n) => n.name === 'vc_Currency')!.range;
    const assumptions = plan.sheets.find((s) => s.key === 'assumptions')!.name;
    expect(String(wb.value(assumptions, cellAddress(currency.row, currency.col)))).toBe('CNY');
    wb.set(assumptions, cellAddress(currency.row, currency.col), 'USD');
    const stale: string[] = [];
    let usd = 0;
    for (const sheet of plan.sheets) {
      for (const block of sheet.blocks) {
        block.cells.forEach((row, r) =>
          row.forEach((_, c) => {
            const shown = String(wb.value(sheet.name, cellAddress(block.row + r, block.col + c)) ?? '');
            if (STALE.test(shown)) stale.push(`${sheet.name}!${cellAddress(block.row + r, block.col + c)}: ${shown}`);
            if (shown.includes('USD')) usd++;
          }),
        );
      }
    }
    expect(stale).toEqual([]);
    // The currency cell, the Pricing unit column's money rows, the FX rate header, the Overview's TCO and NPV headers.
    expect(usd).toBeGreaterThanOrEqual(25);
  });
});
