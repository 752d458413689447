/**
 * Every named block a user types in, listed by hand (not derived from the plan's flags, which is
 * what the tests check): each must be unlocked on a protected sheet, every formula cell locked.
 */
import { PRICING_INPUTS } from '../../src/core/catalogue/pricingInputs';
import { rectAddress } from '../../src/core/plan/a1';
import type { Plan, Rect } from '../../src/core/plan/types';
import { inputName } from '../../src/core/template/pricingSheet';

export const INPUT_BLOCKS: readonly string[] = [
  // Overview: sign-off.
  'vc_PreparedBy',
  'vc_PreparedOn',
  'vc_DocumentVersion',
  'vc_DecisionStatus',
  // Assumptions.
  'vc_Term',
  'vc_Users',
  'vc_Currency',
  'vc_DiscountRate',
  'vc_PriceWeight',
  'vc_PriceMethod',
  'vc_DevHours',
  'vc_OpsHours',
  'vc_Incidents',
  'vc_OnsiteDays',
  'vc_Weights',
  'vc_Placeholders',
  'vc_FxCurrency',
  'vc_FxRate',
  // Pricing: vendor names, models, quote currencies, prices.
  'vc_VendorNames',
  'vc_Model',
  'vc_QuoteCurrency',
  ...PRICING_INPUTS.map((i) => inputName(i.key)),
  'vc_Coverage',
  'vc_Answers',
  'vc_ScoreInputs',
];

/** Every cell of the input blocks, as "Sheet!A1". */
export function inputCells(plan: Plan): string[] {
  return INPUT_BLOCKS.flatMap((name) => {
    const n = plan.names.find((x) => x.name === name);
    if (!n) throw new Error(`the plan has no name ${name}`);
    const sheet = plan.sheets.find((s) => s.key === n.sheet)!.name;
    return eachCell(n.range).map((a) => `${sheet}!${a}`);
  });
}

/** Every formula cell of the plan, as "Sheet!A1". */
export function formulaCells(plan: Plan): string[] {
  return plan.sheets.flatMap((s) =>
    s.blocks.flatMap((b) =>
      b.cells.flatMap((row, r) =>
        row.flatMap((c, k) => (c !== null && typeof c === 'object' ? [`${s.name}!${rectAddress({ row: b.row + r, col: b.col + k, rows: 1, cols: 1 })}`] : [])),
      ),
    ),
  );
}

function eachCell(rect: Rect): string[] {
  const out: string[] = [];
  for (let r = rect.row; r < rect.row + rect.rows; r++) {
    for (let c = rect.col; c < rect.col + rect.cols; c++) out.push(rectAddress({ row: r, col: c, rows: 1, cols: 1 }));
  }
  return out;
}
