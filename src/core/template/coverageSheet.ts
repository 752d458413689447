import { COVERAGE_STATUSES, PAID_UNITS, SUPPORT_LAYERS, type CoverageStatus } from '../catalogue/layers';
import type { Bilingual } from '../catalogue/text';
import { formulaText } from '../formulas/formulaText';
import { MONEY_FORMAT } from '../options';
import { columnLetters } from '../plan/a1';
import type { SheetPlan } from '../plan/types';
import { addName, perVendor, vendorHeader, type PlanContext } from './context';
import { COVERAGE as C, FIRST_VENDOR_COL } from './layout';
import { SheetBuilder } from './sheetBuilder';

const COL = FIRST_VENDOR_COL.coverage;

/** Where vendor i's Paid-price column sits: right of the statuses, one spacer column apart. */
export function paidPriceCol(vendorCount: number, vendorIndex: number): number {
  return COL + vendorCount + 1 + vendorIndex;
}

/** Where vendor i's unit column sits: right of the prices. */
export function paidUnitCol(vendorCount: number, vendorIndex: number): number {
  return COL + 2 * (vendorCount + 1) + vendorIndex;
}

/**
 * Beside the statuses, per vendor: the price of each item marked Paid and what it is per. Greyed
 * where the status is not Paid; a Paid item with no price (or no unit) is flagged, as a missing
 * price on Pricing is.
 */
function planPaidPrices(ctx: PlanContext, b: SheetBuilder, ids: string[]): void {
  const t = ctx.t.coverage;
  const lang = ctx.language;
  const vendorCount = ctx.vendorNames.length;
  const priceCol = paidPriceCol(vendorCount, 0);
  const unitCol = paidUnitCol(vendorCount, 0);
  for (const col of [priceCol - 1, unitCol - 1]) b.width(col, 2);
  ctx.vendorNames.forEach((_, i) => {
    b.width(priceCol + i, 14);
    b.width(unitCol + i, 14);
  });
  b.putRow(C.titleRow, priceCol, [t.priceNote], 'note');
  b.section(C.noteRow, priceCol, t.paidPrice, vendorCount);
  b.section(C.noteRow, unitCol, t.unit, vendorCount);
  const headers = perVendor(ctx, (i) => vendorHeader(ctx, i));
  b.putRow(C.headerRow, priceCol, headers, 'header');
  b.putRow(C.headerRow, unitCol, headers, 'header');
  const given = (i: number, id: string) => ctx.options.vendors[i]?.paidPrices?.[id];
  const prices = b.put(
    C.firstItemRow,
    priceCol,
    ids.map((id) => perVendor(ctx, (i) => given(i, id)?.price ?? null)),
    'input',
    MONEY_FORMAT,
  );
  addName(ctx, 'vc_CoveragePrice', 'coverage', prices, 'Per Paid support item and vendor: the price, in the vendor quote currency');
  b.validate({ range: prices, kind: 'decimal', min: 0, prompt: t.pricePrompt });
  const units = b.put(
    C.firstItemRow,
    unitCol,
    ids.map((id) =>
      perVendor(ctx, (i) => {
        const unit = given(i, id)?.unit;
        return unit ? PAID_UNITS[unit][lang] : null;
      }),
    ),
    'input',
  );
  addName(ctx, 'vc_CoverageUnit', 'coverage', units, 'Per Paid support item and vendor: what the price is per');
  b.validate({ range: units, kind: 'list', items: Object.values(PAID_UNITS).map((u) => u[lang]) });
  // Relative references from each block's top-left cell to the status of the same item and vendor.
  const row = C.firstItemRow + 1;
  const status = `TRIM(${columnLetters(COL)}${row})`;
  const paid = formulaText(COVERAGE_STATUSES.paid[lang]);
  for (const [range, col] of [
    [prices, priceCol],
    [units, unitCol],
  ] as const) {
    b.highlight({ range, formula: `${status}<>${paid}`, style: 'unused' });
    b.highlight({ range, formula: `AND(${status}=${paid},LEN(TRIM(${columnLetters(col)}${row}))=0)`, style: 'missing' });
  }
}

/** Support layers and items x vendors: Included / Paid / Not offered / Unknown (the default). */
export function planCoverage(ctx: PlanContext): SheetPlan {
  const t = ctx.t.coverage;
  const lang = ctx.language;
  const b = new SheetBuilder();
  [8, 34, 36].forEach((w, col) => b.width(col, w));
  ctx.vendorNames.forEach((_, i) => b.width(COL + i, 16));
  b.putRow(C.titleRow, 0, [ctx.t.titles.coverage], 'title');
  b.putRow(C.noteRow, 0, [t.note], 'note');
  b.putRow(C.headerRow, 0, [t.id, t.layer, t.item], 'header');
  b.putRow(C.headerRow, COL, perVendor(ctx, (i) => vendorHeader(ctx, i)), 'header');

  const items = SUPPORT_LAYERS.flatMap((layer) => layer.items.map((item) => ({ layer, item })));
  const ids = b.put(C.firstItemRow, 0, items.map(({ layer, item }) => [item.id, layer.label[lang], item.label[lang]]), 'label');
  addName(ctx, 'vc_CoverageIds', 'coverage', { ...ids, cols: 1 }, 'Support item ids L1-1 ... L4-3');

  // What the quotes file says of each item, Unknown where it says nothing.
  const status = (i: number, id: string) => COVERAGE_STATUSES[ctx.options.vendors[i]?.coverage?.[id] ?? 'unknown'][lang];
  const grid = b.put(C.firstItemRow, COL, items.map(({ item }) => perVendor(ctx, (i) => status(i, item.id))), 'input');
  addName(ctx, 'vc_Coverage', 'coverage', grid, 'Coverage status per support item and vendor');
  b.validate({ range: grid, kind: 'list', items: Object.values(COVERAGE_STATUSES).map((s) => s[lang]) });
  // One colour per status, following the cell as the buyer changes it.
  const topLeft = `${columnLetters(COL)}${C.firstItemRow + 1}`;
  for (const [status, label] of Object.entries(COVERAGE_STATUSES) as [CoverageStatus, Bilingual][]) {
    b.highlight({ range: grid, formula: `TRIM(${topLeft})=${formulaText(label[lang])}`, style: status });
  }
  const itemIds = items.map(({ item }) => item.id);
  planPaidPrices(ctx, b, itemIds);
  return b.build('coverage', ctx.sheetNames.coverage, '#833C0B', { rows: C.headerRow + 1, cols: COL });
}
