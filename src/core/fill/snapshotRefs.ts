/**
 * The formula builders' references, recovered from a workbook through its defined names, so
 * "fill" and the broken-formula rule work after rows or columns were inserted.
 */
import { PRICING_INPUTS, type PricingInputKey } from '../catalogue/pricingInputs';
import type { PricingRefs } from '../formulas/pricingFormulas';
import { columnLetters, quoteSheet } from '../plan/a1';
import type { NamedBlock, Snapshot } from '../snapshot/types';
import { DEMAND_COLUMNS, computedRowNumbers, pricingComputedRows } from '../template/layout';
import { inputName } from '../template/pricingSheet';
import { templateLanguage } from '../validation/workbookModel';


export interface PricingColumns {
  refs: PricingRefs;
  computed: NamedBlock;
  /** Column letters of each vendor on Pricing, by position in vc_VendorNames. */
  columns: string[];
}

/** Named computed rows and the layout row each must sit on. */
function namedComputedRows(layout: ReturnType<typeof pricingComputedRows>): Record<string, number> {
  return {
    vc_Status: layout.statusRow,
    vc_YearSupport: layout.supportFirstRow,
    vc_YearCost: layout.costFirstRow,
    vc_TCO: layout.tcoRow,
    vc_NPV: layout.npvRow,
    vc_PerUserMonth: layout.perUserMonthRow,
    vc_SupportShare: layout.supportShareRow,
    vc_TCOForRanking: layout.tcoForRankingRow,
  };
}

/**
 * Were rows inserted or deleted inside the computed rows? Their positions are the layout's, so
 * a cut block would be filled one row off: better refuse than write formulas into the wrong rows.
 */
export function computedRowsIntact(snapshot: Snapshot): boolean {
  const computed = snapshot.blocks.vc_Computed;
  if (!computed) return false;
  const layout = pricingComputedRows();
  if (computed.range.rows !== layout.lastRow - layout.missingRow + 1) return false;
  return Object.entries(namedComputedRows(layout)).every(([name, row]) => {
    const block = snapshot.blocks[name];
    return !block || block.sheet !== computed.sheet || block.range.row - computed.range.row === row - layout.missingRow;
  });
}

/** Null when a block the formulas need is missing or not where the others are. */
export function pricingColumnsFromSnapshot(snapshot: Snapshot): PricingColumns | null {
  const b = snapshot.blocks;
  const model = b.vc_Model;
  const quoteCurrency = b.vc_QuoteCurrency;
  const computed = b.vc_Computed;
  if (!model || !quoteCurrency || !computed || computed.sheet !== model.sheet || computed.range.col !== model.range.col) return null;
  const inputRows = {} as Record<PricingInputKey, number>;
  for (const input of PRICING_INPUTS) {
    const block = b[inputName(input.key)];
    if (!block || block.sheet !== model.sheet) return null;
    inputRows[input.key] = block.range.row + 1;
  }
  const demandBlocks = Object.values(DEMAND_COLUMNS).map((d) => b[d.name]);
  if (demandBlocks.some((d) => !d)) return null;
  const offset = computed.range.row - pricingComputedRows().missingRow;
  const refs: PricingRefs = {
    language: templateLanguage(snapshot),
    modelRow: model.range.row + 1,
    quoteCurrencyRow: quoteCurrency.range.row + 1,
    inputRows,
    rows: computedRowNumbers(offset),
    demand: (kind, year) => {
      const block = b[DEMAND_COLUMNS[kind].name]!;
      return `${quoteSheet(block.sheet)}!$${columnLetters(block.range.col)}$${block.range.row + year}`;
    },
  };
  const columns = Array.from({ length: computed.range.cols }, (_, i) => columnLetters(computed.range.col + i));
  return { refs, computed, columns };
}
