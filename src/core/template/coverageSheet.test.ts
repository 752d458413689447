import { DetailedCellError } from 'hyperformula';
import { loadPlan } from '../../../test/support/hyperformula';
import { moveFormula } from '../../../test/support/formulas/shift';
import { DEFAULT_OPTIONS, MONEY_FORMAT, type VendorQuote } from '../options';
import type { CellContent, Plan, SheetPlan } from '../plan/types';
import { paidPriceCol, paidUnitCol } from './coverageSheet';
import { planTemplate } from './planTemplate';

function plan(vendors: number | VendorQuote[], language: 'en' | 'zh' = 'en'): Plan {
  const list = typeof vendors === 'number' ? Array.from({ length: vendors }, (_, i) => ({ name: `Vendor ${i + 1}` })) : vendors;
  return planTemplate({ ...DEFAULT_OPTIONS, language, vendors: list });
}

const coverageSheet = (p: Plan): SheetPlan => p.sheets.find((s) => s.key === 'coverage')!;

function range(p: Plan, name: string) {
  const found = p.names.find((n) => n.name === name);
  if (!found) throw new Error(`no name ${name}`);
  return found.range;
}

function cell(p: Plan, row: number, col: number): CellContent | undefined {
  for (const b of coverageSheet(p).blocks) {
    const r = row - b.row;
    const c = col - b.col;
    if (r >= 0 && c >= 0 && r < b.cells.length && c < (b.cells[0]?.length ?? 0)) return b.cells[r]![c];
  }
  return undefined;
}

describe('the Paid price and unit blocks on Coverage', () => {
  it('sit right of the statuses, one spacer column apart from each, on the items’ rows, one column per vendor', () => {
    const p = plan(3);
    const grid = range(p, 'vc_Coverage');
    // 13 items (3 + 4 + 3 + 3) from row 4; 3 vendors: statuses D-F, spacer G, prices H-J, spacer K, units L-N.
    expect(grid).toEqual({ row: 3, col: 3, rows: 13, cols: 3 });
    expect(range(p, 'vc_CoveragePrice')).toEqual({ row: 3, col: 7, rows: 13, cols: 3 });
    expect(range(p, 'vc_CoverageUnit')).toEqual({ row: 3, col: 11, rows: 13, cols: 3 });
    expect([paidPriceCol(3, 2), paidUnitCol(3, 0)]).toEqual([9, 11]);
    for (const spacer of [6, 10]) expect(cell(p, 4, spacer)).toBeUndefined();
    const widths = new Map(coverageSheet(p).columnWidths.map((w) => [w.col, w.width]));
    expect([6, 7, 8, 9, 10, 11, 12, 13].map((c) => widths.get(c))).toEqual([2, 14, 14, 14, 2, 14, 14, 14]);
    // One vendor: status D, price F, unit H.
    expect([range(plan(1), 'vc_CoveragePrice').col, range(plan(1), 'vc_CoverageUnit').col]).toEqual([5, 7]);
  });

  it('are headed by the live vendor names under “Paid price” / “Unit”, with the currency note above, in both languages', () => {
    const p = plan(2);
    // Statuses D-E, prices G-H, units J-K.
    expect(cell(p, 2, 6)).toEqual({ formula: `IF(TRIM('Pricing'!D3)="","Vendor 1",'Pricing'!D3)`, result: 'Vendor 1' });
    expect(cell(p, 2, 10)).toEqual({ formula: `IF(TRIM('Pricing'!E3)="","Vendor 2",'Pricing'!E3)`, result: 'Vendor 2' });
    expect([cell(p, 1, 6), cell(p, 1, 9)]).toEqual(['Paid price', 'Unit']);
    expect(cell(p, 0, 6)).toContain('quote currency');
    const zh = plan(2, 'zh');
    expect([cell(zh, 1, 6), cell(zh, 1, 9)]).toEqual(['收费价格', '计价单位']);
    expect(cell(zh, 0, 6)).toContain('报价币种');
  });

  it('are input cells, unlocked for a protected sheet, the prices in the money format', () => {
    const p = plan(2);
    const formats = coverageSheet(p).formats;
    const prices = range(p, 'vc_CoveragePrice');
    const units = range(p, 'vc_CoverageUnit');
    expect(formats).toContainEqual({ range: prices, style: 'input', numberFormat: MONEY_FORMAT, unlocked: true });
    expect(formats).toContainEqual({ range: units, style: 'input', unlocked: true });
  });

  it('take a price of 0 or more and a unit from the list, each with a prompt and an error in the template’s language', () => {
    const en = plan(2);
    const rule = (p: Plan, name: string) => coverageSheet(p).validations.find((v) => JSON.stringify(v.range) === JSON.stringify(range(p, name)))!;
    const prompt =
      'The price of this Paid item per unit, in the vendor’s quote currency (Pricing). Leave it blank if not given: blank is missing, not zero.';
    expect(rule(en, 'vc_CoveragePrice')).toMatchObject({ kind: 'decimal', min: 0, prompt, error: `That is not allowed here. ${prompt}` });
    expect(rule(en, 'vc_CoverageUnit')).toMatchObject({
      kind: 'list',
      items: ['Per hour', 'Per day', 'Per incident', 'Per month', 'Per year', 'One-off'],
      prompt: 'Choose from the list.',
      error: 'Choose one of: Per hour, Per day, Per incident, Per month, Per year, One-off.',
    });
    const zh = plan(2, 'zh');
    expect(rule(zh, 'vc_CoveragePrice').prompt).toBe(
      '此“另行收费”项目的单价，币种为供应商的报价币种（见“报价”表）。未报价请留空：空白表示缺少，而非零。',
    );
    expect(rule(zh, 'vc_CoverageUnit')).toMatchObject({
      items: ['每小时', '每天', '每次故障', '每月', '每年', '一次性'],
      prompt: '请从列表中选择。',
    });
  });

  it('hold what the quotes file gives: the price, and the unit as its label', () => {
    const p = plan([{ name: 'A', coverage: { 'L3-3': 'paid' }, paidPrices: { 'L3-3': { price: 3000, unit: 'day' } } }, { name: 'B' }], 'zh');
    const prices = range(p, 'vc_CoveragePrice');
    const units = range(p, 'vc_CoverageUnit');
    // L3-3 is the 10th item (3 + 4 + 3): row 13, 0-based 12.
    expect(cell(p, 12, prices.col)).toBe(3000);
    expect(cell(p, 12, units.col)).toBe('每天');
    expect(cell(p, 12, prices.col + 1)).toBeNull();
    expect(cell(p, 3, prices.col)).toBeNull();
  });

  it('grey where the status is not Paid and flag a Paid item with no price or unit (HyperFormula, at every cell)', () => {
    const p = plan(2);
    const wb = loadPlan(p);
    const sheet = coverageSheet(p);
    // Vendor 1 (column D): L1-1 Paid with 800 per hour, L1-2 Paid with nothing, L1-3 Included with a stray price.
    wb.set('Coverage', 'D4', 'Paid');
    wb.set('Coverage', 'G4', 800);
    wb.set('Coverage', 'J4', 'Per hour');
    wb.set('Coverage', 'D5', ' paid ');
    wb.set('Coverage', 'D6', 'Included');
    wb.set('Coverage', 'G6', 50);
    wb.hf.addSheet('CF');
    const scratch = wb.hf.getSheetId('CF')!;
    let at = 0;
    const styleAt = (row: number, col: number): string[] =>
      sheet.conditionalFormats
        .filter((cf) => row >= cf.range.row && row < cf.range.row + cf.range.rows && col >= cf.range.col && col < cf.range.col + cf.range.cols)
        .filter((cf) => {
          const target = { sheet: scratch, row: at++, col: 0 };
          wb.hf.setCellContents(target, `=${moveFormula(cf.formula, row - cf.range.row, col - cf.range.col, 'Coverage')}`);
          const value = wb.hf.getCellValue(target);
          if (value instanceof DetailedCellError) throw new Error(`${cf.formula}: ${value.value}`);
          return value === true;
        })
        .map((cf) => cf.style);
    const price = (row: number) => styleAt(row, 6);
    const unit = (row: number) => styleAt(row, 9);
    expect([price(3), unit(3)]).toEqual([[], []]);
    expect([price(4), unit(4)]).toEqual([['missing'], ['missing']]);
    expect([price(5), unit(5)]).toEqual([['unused'], ['unused']]);
    // Vendor 2, as a fresh template has it: every item Unknown, so its price (H) and unit (K) are greyed.
    expect([styleAt(3, 7), styleAt(15, 10)]).toEqual([['unused'], ['unused']]);
  });
});
