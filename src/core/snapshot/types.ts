/**
 * A Snapshot is what validation (and "fill") reads from a workbook: every defined name the
 * template owns (its own list, not any vc_ name), with the values and formulas of its range and
 * of the row just above it (the vendor headers sit there). Both adapters produce it: Office.js in two syncs, ExcelJS from
 * a file. Plain data, so rules are pure functions and tests build snapshots by hand.
 */
import type { Rect } from '../plan/types';

/** A cell value as read: Excel errors ("#N/A", "#REF!") arrive as { error }. */
export type SnapshotValue = string | number | boolean | null | { error: string };

export interface NamedBlock {
  name: string;
  sheet: string;
  /** Where the range sits now (after any rows or columns the user inserted). */
  range: Rect;
  values: SnapshotValue[][];
  /** Formula text with its leading "=", or null for a constant or empty cell. */
  formulas: (string | null)[][];
  /** The row above the range, same columns; null when the range starts on row 1. */
  above: SnapshotValue[] | null;
}

export interface BrokenName {
  name: string;
  /** What the name refers to, e.g. "=#REF!" or a reference to a deleted sheet. */
  reference: string;
  /** The name covers far more cells than a template holds, so it was not read. */
  oversized?: true;
}

export interface Snapshot {
  /** Where it came from, for messages: a file path or the workbook's name. */
  source: string;
  sheetNames: string[];
  blocks: Record<string, NamedBlock>;
  broken: BrokenName[];
}

/**
 * Names over formula results only (costs, scores, the ranking, the live counts). No rule reads
 * their values, only where they are and whether each cell still holds a formula, so a reader
 * may leave `values` and `above` empty for them: that keeps validating a file cheap.
 */
export const RESULT_ONLY_NAMES: ReadonlySet<string> = new Set([
  'vc_Ranking',
  'vc_Status',
  'vc_YearCost',
  'vc_YearSupport',
  'vc_TCO',
  'vc_NPV',
  'vc_PerUserMonth',
  'vc_SupportShare',
  'vc_TCOForRanking',
  'vc_CriterionScores',
  'vc_ScoreStatus',
  'vc_ScoreSpread',
  'vc_EvaluatorScores',
  'vc_QualityScore',
  'vc_PriceScore',
  'vc_Overall',
  'vc_Rank',
  'vc_RankingOrder',
  'vc_IncompleteReason',
  'vc_AnswerChecks',
  'vc_Answered',
  'vc_Completeness',
  'vc_TermIncidents',
  'vc_TermOnsiteDays',
]);

/** Parse a defined name's reference ("='Pricing'!$D$3:$F$3") into sheet and A1 range, or null. */
export function parseNameReference(reference: string): { sheet: string; address: string } | null {
  const text = reference.replace(/^=/, '').trim();
  const m = /^(?:'((?:[^']|'')+)'|([^'!]+))!(\$?[A-Za-z]{1,3}\$?\d+(?::\$?[A-Za-z]{1,3}\$?\d+)?)$/.exec(text);
  if (!m) return null;
  const sheet = m[1] !== undefined ? m[1].replace(/''/g, "'") : m[2]!;
  return { sheet, address: m[3]!.replace(/\$/g, '') };
}
