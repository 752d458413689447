/**
 * The inputs checksum (issue 11): one number the Decision sheet recomputes live from the inputs the
 * written results (rank reversal, demand) depend on, and that Check writes beside them. When the
 * two differ the sheet says the results are out of date. Excel 2016 has no hash function and no
 * array formula may be used, so it is a weighted sum Excel can compute cell by cell; `liveChecksum`
 * computes the same sum from a Snapshot, in the same order, for the CLI and the pane to write.
 *
 * Covered: per vendor (weight: its column, 1-based) its name, pricing model, quote currency, every
 * pricing input and every Scorecard input; once: term, users, currency, discount rate, price
 * weight, price method, the six quality weights, the exchange-rate table (currency and rate) and
 * the four demand columns. Not covered: coverage, questions, sign-off, placeholders (they change
 * no score and no TCO). A number counts as itself, TRUE as 1; a text as its length plus its first
 * and last characters' code points (so a dropdown's choice counts, but a free text edited in
 * its middle to the same length does not: the texts covered are names and dropdown labels).
 * Two checksums agree when they differ by at most CHECKSUM_TOLERANCE of their size.
 */
import { PRICING_INPUTS } from '../catalogue/pricingInputs';
import { SCORE_INPUTS } from '../catalogue/criteria';
import type { Snapshot, SnapshotValue } from '../snapshot/types';
import { inputName } from '../template/pricingSheet';

export const CHECKSUM_TOLERANCE = 1e-12;

/** A per-vendor input: a name over one row of vendors (row 1) or rows x vendors (row k). */
interface VendorItem {
  name: string;
  row: number;
}

export function vendorChecksumItems(): VendorItem[] {
  return [
    { name: 'vc_VendorNames', row: 1 },
    { name: 'vc_Model', row: 1 },
    { name: 'vc_QuoteCurrency', row: 1 },
    ...PRICING_INPUTS.map((input) => ({ name: inputName(input.key), row: 1 })),
    ...SCORE_INPUTS.map((_, k) => ({ name: 'vc_ScoreInputs', row: k + 1 })),
  ];
}

/** The workbook-wide inputs, each one cell of a name (row, 1-based, in a one-column name). */
export function globalChecksumItems(): VendorItem[] {
  const single = ['vc_Term', 'vc_Users', 'vc_Currency', 'vc_DiscountRate', 'vc_PriceWeight', 'vc_PriceMethod'].map((name) => ({ name, row: 0 }));
  const rows = (name: string, count: number) => Array.from({ length: count }, (_, k) => ({ name, row: k + 1 }));
  return [...single, ...rows('vc_Weights', 6), ...rows('vc_FxCurrency', 8), ...rows('vc_FxRate', 8)];
}

/** Demand columns and their factors: a demand moved from one kind to another changes the sum. */
export const DEMAND_CHECKSUM: readonly { name: string; factor: number }[] = [
  { name: 'vc_DevHours', factor: 101 },
  { name: 'vc_OpsHours', factor: 103 },
  { name: 'vc_Incidents', factor: 107 },
  { name: 'vc_OnsiteDays', factor: 109 },
];

// ---- Excel ----

/** The code of one cell, in Excel: the cell is referenced three times, each a plain reference. */
function codeFormula(ref: string): string {
  return `(N(${ref})+IF(ISTEXT(${ref}),LEN(${ref})+2*UNICODE(${ref}&" ")+3*UNICODE(RIGHT(" "&${ref},1)),0))`;
}

function weightedSum(refs: string[]): string {
  return refs.map((ref, k) => `${k + 1}*${codeFormula(ref)}`).join('+');
}

/** Vendor `index` (0-based)'s part: its column number times the weighted codes of its inputs. */
export function vendorChecksumFormula(index: number): string {
  const refs = vendorChecksumItems().map((item) => `INDEX(${item.name},${item.row},${index + 1})`);
  return `${index + 1}*(${weightedSum(refs)})`;
}

/** The whole checksum: the vendor parts (a range), then the workbook-wide inputs, then demand. */
export function totalChecksumFormula(vendorParts: string | null): string {
  const refs = globalChecksumItems().map((item) => (item.row === 0 ? item.name : `INDEX(${item.name},${item.row},1)`));
  const demand = DEMAND_CHECKSUM.map((d) => `${d.factor}*SUMPRODUCT(${d.name},vc_DemandYears)`).join('+');
  return `${vendorParts ? `SUM(${vendorParts})` : '0'}+${weightedSum(refs)}+${demand}`;
}

// ---- TypeScript, the same sums in the same order ----

function codeOf(value: SnapshotValue | undefined): number {
  if (value === null || value === undefined) return 0;
  if (typeof value === 'number') return value;
  if (typeof value === 'boolean') return value ? 1 : 0;
  if (typeof value === 'string') {
    const first = `${value} `.codePointAt(0)!;
    const last = ` ${value}`.charCodeAt(value.length);
    return 0 + (value.length + 2 * first + 3 * last);
  }
  return Number.NaN;
}

/** Excel's SUMPRODUCT takes a text or blank as 0. */
const numberOf = (value: SnapshotValue | undefined) => (typeof value === 'number' ? value : 0);

function sumCodes(values: (SnapshotValue | undefined)[]): number {
  return values.reduce<number>((sum, value, k) => sum + (k + 1) * codeOf(value), 0);
}

/** The checksum of a workbook's inputs as the Decision sheet computes it; NaN when a block is missing or holds an error. */
export function liveChecksum(snapshot: Snapshot): number {
  const block = (name: string) => snapshot.blocks[name];
  const names = block('vc_VendorNames');
  if (!names) return Number.NaN;
  const vendorCount = names.range.cols;
  const cell = (name: string, row: number, col: number): SnapshotValue | undefined => {
    const b = block(name);
    if (!b) return { error: '#NAME?' };
    return b.values[row]?.[col] ?? null;
  };
  let total = 0;
  for (let i = 0; i < vendorCount; i++) {
    total += (i + 1) * sumCodes(vendorChecksumItems().map((item) => cell(item.name, item.row - 1, i)));
  }
  // Excel adds left to right: each term onto the running total, not their sum at once.
  globalChecksumItems().forEach((item, k) => {
    total += (k + 1) * codeOf(cell(item.name, Math.max(0, item.row - 1), 0));
  });
  const years = block('vc_DemandYears');
  for (const d of DEMAND_CHECKSUM) {
    const b = block(d.name);
    if (!b || !years) return Number.NaN;
    const sum = b.values.reduce<number>((s, row, y) => s + numberOf(row[0]) * numberOf(years.values[y]?.[0]), 0);
    total += d.factor * sum;
  }
  return total;
}
