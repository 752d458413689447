/** Pure helpers that shape a validation result for the pane: filter, group by vendor, count. */
import { findingCells } from '../../core/validation/findingCells';
import type { Finding, Severity } from '../../core/validation/types';

export type FindingFilter = 'all' | Severity;
export const FINDING_FILTERS: readonly FindingFilter[] = ['all', 'error', 'warning'];

export interface FindingGroup {
  /** Stable key for React and the accordion; never equal to a vendor's name, so no collision. */
  key: string;
  /** The vendor's name as in the header, or null for findings about the whole workbook. */
  vendor: string | null;
  /** The findings the filter shows. */
  findings: Finding[];
  /** The group's counts in the whole result, whatever the filter shows. */
  errors: number;
  warnings: number;
}

export function filterFindings(findings: readonly Finding[], filter: FindingFilter): Finding[] {
  return filter === 'all' ? [...findings] : findings.filter((f) => f.severity === filter);
}

/** Findings the pane can take the user to (structural ones concern no cell). */
export function hasLocation(finding: Finding): boolean {
  return finding.sheet !== '' && finding.cell !== '';
}

export function locationOf(finding: Pick<Finding, 'sheet' | 'cell'>): string {
  return `${finding.sheet}!${finding.cell}`;
}

/** The distinct cells that marking `findings` highlights: every cell of a grouped finding, each once. */
export function markedCellCount(findings: readonly Finding[]): number {
  return new Set(findings.filter(hasLocation).flatMap((f) => findingCells(f).map((cell) => locationOf({ sheet: f.sheet, cell })))).size;
}

/**
 * Groups in display order: workbook-wide findings first (they block everything else), then
 * vendors in the order they first appear, which follows the rules' vendor-column order.
 */
export function groupFindings(findings: readonly Finding[], filter: FindingFilter = 'all'): FindingGroup[] {
  const groups = new Map<string, FindingGroup>();
  const workbookKey = 'workbook';
  groups.set(workbookKey, { key: workbookKey, vendor: null, findings: [], errors: 0, warnings: 0 });
  for (const finding of findings) {
    const key = finding.vendor === undefined ? workbookKey : `vendor:${finding.vendor}`;
    let group = groups.get(key);
    if (!group) {
      group = { key, vendor: finding.vendor ?? null, findings: [], errors: 0, warnings: 0 };
      groups.set(key, group);
    }
    if (filter === 'all' || finding.severity === filter) group.findings.push(finding);
    if (finding.severity === 'error') group.errors++;
    else group.warnings++;
  }
  return [...groups.values()].filter((g) => g.findings.length > 0);
}

export function countBySeverity(findings: readonly Finding[]): Record<FindingFilter, number> {
  const errors = findings.filter((f) => f.severity === 'error').length;
  return { all: findings.length, error: errors, warning: findings.length - errors };
}

/**
 * The message without the vendor's name when it starts with it: the group's heading already
 * says whose finding it is ("Aurora: Fixed fee is missing" reads "Fixed fee is missing").
 */
export function withoutVendor(message: string, vendor: string | null): string {
  if (!vendor || !message.startsWith(vendor)) return message;
  const rest = message.slice(vendor.length);
  // Only a whole name: "Auroras …" does not start with the vendor Aurora.
  const separator = /^(?:\s*[:：]|’s\b|'s\b|的|\s)/u.exec(rest);
  if (!separator) return message;
  const tail = rest.slice(separator[0].length).trimStart();
  if (!tail) return message;
  return tail.charAt(0).toLocaleUpperCase() + tail.slice(1);
}
