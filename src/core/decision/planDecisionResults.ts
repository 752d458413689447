/**
 * What Check writes on the Decision sheet (issue 11): its report's rank reversals, demand table
 * and break-even multipliers, with the date and the inputs checksum, as values for the sheet's
 * fixed blocks (found by their defined names). Every block is given whole, so results of an
 * earlier check never linger. Pure: the CLI (`check --write`) and the pane write the blocks.
 */
import type { Language } from '../catalogue/text';
import { format, messages } from '../i18n/messages';
import { BREAK_EVEN_ROWS, DEMAND_MULTIPLIERS } from '../template/decisionSheet';
import type { DecisionReport } from './types';

export type WrittenValue = string | number | null;

/** The values of one named block of the Decision sheet, rows x columns of the block. */
export interface DecisionBlockValues {
  name: string;
  values: WrittenValue[][];
}

export interface DecisionResultsInput {
  report: DecisionReport;
  /** When the check ran; written as an Excel date-time in UTC. */
  date: Date;
  /** liveChecksum() of the snapshot the report was computed from. */
  checksum: number;
  /** The workbook's vendors in column order, named as the report names them. */
  vendors: readonly string[];
  language: Language;
}

/** Days since 1899-12-30, Excel's date serial (1900 system). */
export function excelSerial(date: Date): number {
  return date.getTime() / 86_400_000 + 25_569;
}

export function planDecisionResults(input: DecisionResultsInput): DecisionBlockValues[] {
  const { report, vendors } = input;
  const t = messages(input.language).template.decision;
  const ranked = !report.reasons.includes('noCompleteVendor');
  const passes = (reason: 'rankReversal' | 'demand'): WrittenValue => (ranked ? (report.reasons.includes(reason) ? 0 : 1) : null);
  const reversals = vendors.map((vendor) => {
    const flips = report.rankReversals.filter((r) => r.removed === vendor);
    return flips.length === 0 ? t.none : flips.map((r) => format(t.reversal, { before: r.pair[0], after: r.pair[1] })).join(t.separator);
  });
  const demandAt = (m: number) => report.demand.find((d) => Math.abs(d.multiplier - m) < 1e-9);
  const perVendor = (pick: (vendor: string, m: number) => number | undefined) =>
    DEMAND_MULTIPLIERS.map((m) => vendors.map((vendor) => pick(vendor, m) ?? null));
  const breakEven = Array.from({ length: BREAK_EVEN_ROWS }, (_, k): WrittenValue[] => {
    const b = report.breakEven[k];
    return b ? [b.multiplier, b.from, b.to] : [null, null, null];
  });
  const more = report.breakEven.length - BREAK_EVEN_ROWS;
  return [
    { name: 'vc_DecisionWrittenOn', values: [[excelSerial(input.date)]] },
    { name: 'vc_DecisionWrittenChecksum', values: [[input.checksum]] },
    { name: 'vc_DecisionWrittenWinner', values: [[report.winner ?? t.noWinner]] },
    { name: 'vc_DecisionWrittenTests', values: [[passes('rankReversal')], [passes('demand')]] },
    { name: 'vc_DecisionReversals', values: [reversals] },
    { name: 'vc_DecisionDemandCheapest', values: DEMAND_MULTIPLIERS.map((m) => [demandAt(m) ? (demandAt(m)!.cheapest ?? t.noWinner) : null]) },
    { name: 'vc_DecisionDemandTco', values: perVendor((vendor, m) => demandAt(m)?.tco[vendor]) },
    { name: 'vc_DecisionDemandRank', values: perVendor((vendor, m) => demandAt(m)?.rank[vendor]) },
    { name: 'vc_DecisionBreakEven', values: breakEven },
    { name: 'vc_DecisionBreakEvenMore', values: [[more > 0 ? format(t.moreBreakEvens, { n: more }) : null]] },
  ];
}
