import type { Finding } from './types';

/** Every cell a finding concerns on its sheet, `cell` first; none for a finding about the whole workbook. */
export function findingCells(finding: Pick<Finding, 'cell' | 'cells'>): string[] {
  if (finding.cells && finding.cells.length > 0) return [...finding.cells];
  return finding.cell ? [finding.cell] : [];
}
