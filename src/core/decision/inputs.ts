/**
 * What the decision check reads from a workbook: each vendor's prices and quality inputs, the
 * contract assumptions (demand included), the scoring settings and the abnormally-low threshold,
 * all through the reference calculator's readers (src/core/costs/fromSnapshot), so the check
 * ranks exactly the vendors the Overview ranks.
 */
import type { CostAssumptions, VendorPrices } from '../costs/costModel';
import { assumptionsFromSnapshot, pricesFromSnapshot, qualityFromSnapshot, scoreSettingsFromSnapshot } from '../costs/fromSnapshot';
import type { QualityInputs, ScoreSettings } from '../costs/scores';
import type { Snapshot } from '../snapshot/types';
import { vendorColumns } from '../validation/workbookModel';

export interface DecisionVendor {
  name: string;
  prices: VendorPrices;
  quality: QualityInputs;
}

export interface DecisionInputs {
  /** Every vendor column in workbook order, complete or not. */
  vendors: DecisionVendor[];
  /** Null when the term, users, discount rate or demand are unusable: then no vendor has costs. */
  assumptions: CostAssumptions | null;
  settings: ScoreSettings;
  /** Abnormally low: TCO below this fraction of the median TCO of the complete vendors. */
  abnormalThreshold: number;
}

/** DOMAIN.md section 7: "below 70% of the median". */
export const DEFAULT_ABNORMAL_THRESHOLD = 0.7;
export const ABNORMAL_THRESHOLD_NAME = 'vc_AbnormalThreshold';

/**
 * The threshold cell on Assumptions when the workbook has it and it holds a number >= 0; blank,
 * text or a negative number (which validation reports) fall back to the default, so the check
 * still runs.
 */
export function abnormalThresholdFromSnapshot(snapshot: Snapshot): number {
  const value = snapshot.blocks[ABNORMAL_THRESHOLD_NAME]?.values[0]?.[0];
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 ? value : DEFAULT_ABNORMAL_THRESHOLD;
}

export function decisionInputsFromSnapshot(snapshot: Snapshot): DecisionInputs {
  return {
    vendors: vendorColumns(snapshot).map(({ name, index }) => ({
      name,
      prices: pricesFromSnapshot(snapshot, index),
      quality: qualityFromSnapshot(snapshot, index),
    })),
    assumptions: assumptionsFromSnapshot(snapshot).assumptions,
    settings: scoreSettingsFromSnapshot(snapshot),
    abnormalThreshold: abnormalThresholdFromSnapshot(snapshot),
  };
}
