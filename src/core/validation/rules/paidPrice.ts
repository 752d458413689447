import { PAID_UNITS, SUPPORT_LAYERS, type SupportLayer } from '../../catalogue/layers';
import { format } from '../../i18n/messages';
import { coverageFromLabel } from '../../snapshot/labels';
import type { NamedBlock } from '../../snapshot/types';
import { itemList } from '../itemList';
import { finding, type Rule, type RuleContext } from '../ruleContext';
import type { Finding } from '../types';
import { cellOf, coverageItemId, displayText, vendorOfColumn, type CellRef } from '../workbookModel';

/** A Paid item with no price; a price on an item not marked Paid; a Paid price with no unit. */
type Kind = 'noPrice' | 'notPaid' | 'noUnit';

interface Gap {
  column: number;
  layer: SupportLayer | null;
  kind: Kind;
  item: string;
  /** The status as typed, for a price on an item not marked Paid. */
  status: string;
  cell: CellRef;
}

const isBlank = (cell: CellRef) => displayText(cell.value).trim() === '';
/** A block beside the statuses: same rows, one column per vendor. */
const linesUp = (grid: NamedBlock, block: NamedBlock | undefined): block is NamedBlock =>
  block !== undefined && block.range.row === grid.range.row && block.range.rows === grid.range.rows && block.range.cols === grid.range.cols;

function gaps(ctx: RuleContext, grid: NamedBlock, prices: NamedBlock, units: NamedBlock | undefined): Gap[] {
  return grid.values.flatMap((row, r) =>
    row.flatMap((value, column) => {
      const paid = coverageFromLabel(value, ctx.templateLanguage) === 'paid';
      const price = cellOf(prices, r, column);
      const unit = units ? cellOf(units, r, column) : null;
      const kind: Kind | null =
        paid && isBlank(price) ? 'noPrice' : !paid && !isBlank(price) ? 'notPaid' : paid && unit && isBlank(unit) ? 'noUnit' : null;
      if (!kind) return [];
      const id = coverageItemId(ctx.snapshot, r).trim();
      const layer = SUPPORT_LAYERS.find((l) => l.items.some((i) => i.id === id)) ?? null;
      const item = layer?.items.find((i) => i.id === id)?.label[ctx.language] ?? (id || `${r + 1}`);
      return [{ column, layer, kind, item, status: displayText(value).trim(), cell: kind === 'noUnit' ? unit! : price }];
    }),
  );
}

function groupFinding(ctx: RuleContext, grid: NamedBlock, group: Gap[]): Finding {
  const first = group[0]!;
  const vendor = vendorOfColumn(grid, first.column, ctx.vendors, ctx.templateLanguage);
  const quoted = group.map((g) =>
    format(g.kind === 'notPaid' && g.status ? ctx.t.quotedItemValue : ctx.t.quotedItem, { item: g.item, value: g.status }),
  );
  const units = Object.values(PAID_UNITS)
    .map((u) => u[ctx.templateLanguage])
    .join(ctx.t.listSeparator);
  const values = { vendor, items: itemList(quoted, ctx.t), layer: first.layer?.label[ctx.language] ?? ctx.t.coverageOtherRows, units };
  const message = { noPrice: ctx.t.paidNoPrice, notPaid: ctx.t.paidPriceNotPaid, noUnit: ctx.t.paidNoUnit }[first.kind];
  return { ...finding('warning', 'paid-price', first.cell, message, values, { vendor }), cells: group.map((g) => g.cell.address) };
}

/**
 * Every item marked Paid has its price (and unit) on Coverage, and only those: a warning, like
 * coverage-mismatch's Paid on-site support with no day rate, since the buyer asks the vendor.
 * One finding per vendor column, support layer and kind, at its first cell, listing every cell.
 * Only where the price block lines up with the statuses (same rows, one column per vendor).
 */
export const paidPrice: Rule = (ctx) => {
  const grid = ctx.snapshot.blocks.vc_Coverage;
  const prices = ctx.snapshot.blocks.vc_CoveragePrice;
  if (!grid || !linesUp(grid, prices)) return [];
  const units = ctx.snapshot.blocks.vc_CoverageUnit;
  const groups = new Map<string, Gap[]>();
  for (const gap of gaps(ctx, grid, prices, linesUp(grid, units) ? units : undefined)) {
    const key = `${gap.column}|${gap.layer?.id ?? ''}|${gap.kind}`;
    groups.set(key, [...(groups.get(key) ?? []), gap]);
  }
  return [...groups.values()].map((group) => groupFinding(ctx, grid, group));
};
