import { COVERAGE_STATUSES, SUPPORT_LAYERS } from '../../catalogue/layers';
import { coverageFromLabel } from '../../snapshot/labels';
import { finding, type Rule } from '../ruleContext';
import { cellOf, displayText, vendorOfColumn } from '../workbookModel';

const ITEMS = SUPPORT_LAYERS.flatMap((l) => l.items);

/**
 * Rule 4: coverage still Unknown (or blank, or an error value) is a gap to chase with the vendor.
 * A status typed in the template's other language is no status there (the sheet's highlight and
 * dropdown know only the template's labels), so it is reported rather than read as a note.
 */
export const unknownCoverage: Rule = (ctx) => {
  const grid = ctx.snapshot.blocks.vc_Coverage;
  if (!grid) return [];
  const ids = ctx.snapshot.blocks.vc_CoverageIds;
  const other = ctx.templateLanguage === 'en' ? 'zh' : 'en';
  const options = Object.values(COVERAGE_STATUSES)
    .map((s) => s[ctx.templateLanguage])
    .join(ctx.t.listSeparator);
  return grid.values.flatMap((row, r) =>
    row.flatMap((value, c) => {
      const status = coverageFromLabel(value, ctx.templateLanguage);
      if (status !== null && status !== 'unknown') return [];
      const foreign = status === null && coverageFromLabel(value, other) !== null;
      // Free text is the buyer's note; an error value (#N/A) records no status at all.
      const error = value !== null && typeof value === 'object';
      if (status === null && !foreign && !error && value !== null && displayText(value).trim() !== '') return [];
      const idRow = ids ? grid.range.row + r - ids.range.row : -1;
      const id = ids && idRow >= 0 ? displayText(ids.values[idRow]?.[0] ?? null) : '';
      const item = ITEMS.find((i) => i.id === id)?.label[ctx.language] ?? (id || `${r + 1}`);
      const vendor = vendorOfColumn(grid, c, ctx.vendors, ctx.templateLanguage);
      const message = foreign ? ctx.t.coverageOtherLanguage : ctx.t.unknownCoverage;
      const values = { vendor, item, value: displayText(value).trim(), options };
      return [finding('warning', 'unknown-coverage', cellOf(grid, r, c), message, values, { vendor })];
    }),
  );
};
