import { COVERAGE_STATUSES, SUPPORT_LAYERS, type CoverageStatus } from '../catalogue/layers';
import type { Bilingual } from '../catalogue/text';
import { formulaText } from '../formulas/formulaText';
import { columnLetters } from '../plan/a1';
import type { SheetPlan } from '../plan/types';
import { addName, perVendor, vendorHeader, type PlanContext } from './context';
import { COVERAGE as C, FIRST_VENDOR_COL } from './layout';
import { SheetBuilder } from './sheetBuilder';

const COL = FIRST_VENDOR_COL.coverage;

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
  return b.build('coverage', ctx.sheetNames.coverage, '#833C0B', { rows: C.headerRow + 1, cols: COL });
}
