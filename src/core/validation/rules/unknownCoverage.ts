import { COVERAGE_STATUSES, SUPPORT_LAYERS, type SupportLayer } from '../../catalogue/layers';
import { format } from '../../i18n/messages';
import { coverageFromLabel } from '../../snapshot/labels';
import { itemList } from '../itemList';
import { finding, type Rule, type RuleContext } from '../ruleContext';
import type { Finding } from '../types';
import { cellOf, coverageItemId, displayText, vendorOfColumn, type CellRef } from '../workbookModel';

/**
 * Unknown (or blank, or an error value) asks the vendor; a status typed in the other language asks
 * the buyer to pick again from the dropdown. Different actions, so each kind is grouped on its own.
 */
type GapKind = 'unknown' | 'foreign';

interface Gap {
  column: number;
  /** Null for a row whose item id the catalogue does not know. */
  layer: SupportLayer | null;
  kind: GapKind;
  item: string;
  value: string;
  cell: CellRef;
}

function gapKind(ctx: RuleContext, value: CellRef['value']): GapKind | null {
  const status = coverageFromLabel(value, ctx.templateLanguage);
  if (status !== null && status !== 'unknown') return null;
  if (status === null && coverageFromLabel(value, ctx.templateLanguage === 'en' ? 'zh' : 'en') !== null) return 'foreign';
  // Free text is the buyer's note; an error value (#N/A) records no status at all.
  const error = value !== null && typeof value === 'object';
  if (status === null && !error && value !== null && displayText(value).trim() !== '') return null;
  return 'unknown';
}

/** The coverage cells still to settle, in sheet order (row by row). */
function gaps(ctx: RuleContext): Gap[] {
  const grid = ctx.snapshot.blocks.vc_Coverage;
  if (!grid) return [];
  return grid.values.flatMap((row, r) =>
    row.flatMap((value, column) => {
      const kind = gapKind(ctx, value);
      if (!kind) return [];
      const id = coverageItemId(ctx.snapshot, r);
      const layer = SUPPORT_LAYERS.find((l) => l.items.some((i) => i.id === id)) ?? null;
      const item = layer?.items.find((i) => i.id === id)?.label[ctx.language] ?? (id || `${r + 1}`);
      return [{ column, layer, kind, item, value: displayText(value).trim(), cell: cellOf(grid, r, column) }];
    }),
  );
}

function groupFinding(ctx: RuleContext, group: Gap[], options: string): Finding {
  const first = group[0]!;
  const grid = ctx.snapshot.blocks.vc_Coverage!;
  const vendor = vendorOfColumn(grid, first.column, ctx.vendors, ctx.templateLanguage);
  const foreign = first.kind === 'foreign';
  const quoted = group.map((g) => format(foreign ? ctx.t.quotedItemValue : ctx.t.quotedItem, { item: g.item, value: g.value }));
  const values = { vendor, items: itemList(quoted, ctx.t), layer: first.layer?.label[ctx.language] ?? ctx.t.coverageOtherRows, options };
  const message = foreign ? ctx.t.coverageOtherLanguage : ctx.t.unknownCoverage;
  return { ...finding('warning', 'unknown-coverage', first.cell, message, values, { vendor }), cells: group.map((g) => g.cell.address) };
}

/**
 * Rule 4: coverage still Unknown (or blank, or an error value) is a gap to chase with the vendor.
 * A status typed in the template's other language is no status there (the sheet's highlight and
 * dropdown know only the template's labels), so it is reported rather than read as a note.
 * One finding per vendor column, support layer and kind, at its first cell, listing every cell:
 * a fresh template would otherwise give one line per item and vendor.
 */
export const unknownCoverage: Rule = (ctx) => {
  const options = Object.values(COVERAGE_STATUSES)
    .map((s) => s[ctx.templateLanguage])
    .join(ctx.t.listSeparator);
  const groups = new Map<string, Gap[]>();
  for (const gap of gaps(ctx)) {
    const key = `${gap.column}|${gap.layer?.id ?? ''}|${gap.kind}`;
    groups.set(key, [...(groups.get(key) ?? []), gap]);
  }
  return [...groups.values()].map((group) => groupFinding(ctx, group, options));
};
