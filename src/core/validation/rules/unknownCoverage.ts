import { SUPPORT_LAYERS } from '../../catalogue/layers';
import { coverageFromLabel } from '../../snapshot/labels';
import { finding, type Rule } from '../ruleContext';
import { cellOf, displayText, vendorOfColumn } from '../workbookModel';

const ITEMS = SUPPORT_LAYERS.flatMap((l) => l.items);

/** Rule 4: coverage still Unknown (or blank, or an error value) is a gap to chase with the vendor. */
export const unknownCoverage: Rule = (ctx) => {
  const grid = ctx.snapshot.blocks.vc_Coverage;
  if (!grid) return [];
  const ids = ctx.snapshot.blocks.vc_CoverageIds;
  return grid.values.flatMap((row, r) =>
    row.flatMap((value, c) => {
      const status = coverageFromLabel(value);
      if (status !== null && status !== 'unknown') return [];
      // Free text is the buyer's note; an error value (#N/A) records no status at all.
      const error = value !== null && typeof value === 'object';
      if (status === null && !error && value !== null && displayText(value).trim() !== '') return [];
      const idRow = ids ? grid.range.row + r - ids.range.row : -1;
      const id = ids && idRow >= 0 ? displayText(ids.values[idRow]?.[0] ?? null) : '';
      const item = ITEMS.find((i) => i.id === id)?.label[ctx.language] ?? (id || `${r + 1}`);
      const vendor = vendorOfColumn(grid, c, ctx.vendors);
      return [finding('warning', 'unknown-coverage', cellOf(grid, r, c), ctx.t.unknownCoverage, { vendor, item }, { vendor })];
    }),
  );
};
