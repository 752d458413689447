import { SUPPORT_LAYERS, type CoverageStatus } from '../../catalogue/layers';
import { TIERS } from '../../catalogue/models';
import { ONSITE_ITEM, tierItems } from '../../catalogue/tierCoverage';
import { format } from '../../i18n/messages';
import { coverageFromLabel, modelFromLabel, tierFromLabel } from '../../snapshot/labels';
import { itemList } from '../itemList';
import { finding, type Rule, type RuleContext } from '../ruleContext';
import type { Finding } from '../types';
import { cellOf, coverageItemId, displayText, pricingInput, vendorOfColumn, type CellRef } from '../workbookModel';

interface CoverageCell {
  id: string;
  status: CoverageStatus | null;
  cell: CellRef;
}

const itemLabel = (ctx: RuleContext, id: string) => SUPPORT_LAYERS.flatMap((l) => l.items).find((i) => i.id === id)?.label[ctx.language] ?? id;
const address = (cell: CellRef) => `${cell.sheet}!${cell.address}`;
const isBlank = (cell: CellRef) => cell.value === null || (typeof cell.value === 'string' && cell.value.trim() === '');

/** (a) on-site Included yet a day rate above 0; (b) on-site Paid with no day rate at all. A rate of 0 is how Pricing says "included". */
function onsiteMismatch(ctx: RuleContext, vendor: string, onsite: CoverageCell | undefined, index: number): Finding[] {
  const rate = pricingInput(ctx.snapshot, 'dayRate', index);
  if (!onsite || !rate) return [];
  const values = { vendor, item: itemLabel(ctx, onsite.id), pricing: address(rate), rate: displayText(rate.value) };
  if (onsite.status === 'included' && typeof rate.value === 'number' && rate.value > 0) {
    return [finding('warning', 'coverage-mismatch', onsite.cell, ctx.t.coverageIncludedRate, values, { vendor })];
  }
  if (onsite.status === 'paid' && isBlank(rate))
    return [finding('warning', 'coverage-mismatch', onsite.cell, ctx.t.coveragePaidNoRate, values, { vendor })];
  return [];
}

/** (c) a tiered vendor's chosen tier includes an item Coverage marks Not offered: one finding per layer, at its first cell. */
function tierMismatch(ctx: RuleContext, vendor: string, column: CoverageCell[], index: number): Finding[] {
  const model = pricingInput(ctx.snapshot, 'model', index);
  const tierCell = pricingInput(ctx.snapshot, 'tier', index);
  if (!model || !tierCell || modelFromLabel(model.value, ctx.templateLanguage)?.id !== 'tiered') return [];
  const tier = tierFromLabel(tierCell.value, ctx.templateLanguage);
  if (!tier) return [];
  const included = tierItems(tier);
  const tierLabel = TIERS.find((t) => t.id === tier)!.label[ctx.language];
  return SUPPORT_LAYERS.flatMap((layer) => {
    const ids = layer.items.map((i) => i.id);
    const offending = column.filter((c) => ids.includes(c.id) && included.includes(c.id) && c.status === 'notOffered');
    if (offending.length === 0) return [];
    const items = itemList(
      offending.map((c) => format(ctx.t.quotedItem, { item: itemLabel(ctx, c.id) })),
      ctx.t,
    );
    const values = { vendor, tier: tierLabel, pricing: address(tierCell), items, layer: layer.label[ctx.language] };
    const f = finding('warning', 'coverage-mismatch', offending[0]!.cell, ctx.t.coverageTierNotOffered, values, { vendor });
    return [{ ...f, cells: offending.map((c) => c.cell.address) }];
  });
}

/**
 * Coverage and Pricing must tell the same story: on-site support Included has a day rate of 0,
 * Paid has a rate, and a tier includes what DOMAIN.md says it does. A disagreement is a warning:
 * the buyer checks with the vendor which one is right. Each finding sits on the Coverage cell and
 * names the Pricing cell.
 */
export const coverageMismatch: Rule = (ctx) => {
  const grid = ctx.snapshot.blocks.vc_Coverage;
  if (!grid) return [];
  const ids = grid.values.map((_, r) => coverageItemId(ctx.snapshot, r).trim());
  return Array.from({ length: grid.range.cols }, (_, c) => {
    const vendor = vendorOfColumn(grid, c, ctx.vendors, ctx.templateLanguage);
    // The vendor's Pricing column: by its name, else by position (a header that names no vendor).
    const index = ctx.vendors.find((v) => v.name === vendor)?.index ?? c;
    const column = ids.map((id, r) => {
      const cell = cellOf(grid, r, c);
      return { id, status: coverageFromLabel(cell.value, ctx.templateLanguage), cell };
    });
    const onsite = column.find((cell) => cell.id === ONSITE_ITEM);
    return [...onsiteMismatch(ctx, vendor, onsite, index), ...tierMismatch(ctx, vendor, column, index)];
  }).flat();
};
