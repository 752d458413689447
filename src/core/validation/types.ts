export type Severity = 'error' | 'warning';

export type RuleId =
  | 'structure'
  | 'unanswered'
  | 'vague-commitment'
  | 'contract-pending'
  | 'missing-price'
  | 'missing-quality'
  | 'unknown-coverage'
  | 'coverage-mismatch'
  | 'paid-price'
  | 'broken-formula'
  | 'weights'
  | 'override-reason'
  | 'disagreement'
  | 'assumptions';

/** One gap the buyer must close, located to the cell. */
export interface Finding {
  severity: Severity;
  rule: RuleId;
  sheet: string;
  /** A1 address on `sheet`, e.g. "D7" (empty when the whole workbook is concerned). */
  cell: string;
  /**
   * Every cell the finding concerns, `cell` first, when a rule groups several (e.g. a vendor's
   * Unknown coverage in one layer). Absent: the finding concerns `cell` alone (findingCells).
   */
  cells?: string[];
  vendor?: string;
  question?: string;
  message: string;
}
