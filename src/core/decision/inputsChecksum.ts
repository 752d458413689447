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

/** An input: a cell of a name (row, 1-based; 0 for a one-cell name); `text` where it holds a
 * label or a name (counted by its text code), else a number (a text there counts 0, as N() does). */
interface Item {
  name: string;
  row: number;
  text: boolean;
}

/** Per vendor, in its column of each name. */
export function vendorChecksumItems(): Item[] {
  return [
    { name: 'vc_VendorNames', row: 1, text: true },
    { name: 'vc_Model', row: 1, text: true },
    { name: 'vc_QuoteCurrency', row: 1, text: true },
    ...PRICING_INPUTS.map((input) => ({ name: inputName(input.key), row: 1, text: input.kind === 'tier' || input.kind === 'billing' })),
    ...SCORE_INPUTS.map((input, k) => ({ name: 'vc_ScoreInputs', row: k + 1, text: input.kind === 'yesNo' || input.kind === 'team' })),
  ];
}

/** The workbook-wide inputs. */
export function globalChecksumItems(): Item[] {
  const single = (name: string, text = false) => ({ name, row: 0, text });
  const rows = (name: string, count: number, text = false) => Array.from({ length: count }, (_, k) => ({ name, row: k + 1, text }));
  return [
    single('vc_Term'),
    single('vc_Users'),
    single('vc_Currency', true),
    single('vc_DiscountRate'),
    single('vc_PriceWeight'),
    single('vc_PriceMethod', true),
    ...rows('vc_Weights', 6),
    ...rows('vc_FxCurrency', 8, true),
    ...rows('vc_FxRate', 8),
  ];
}

/** Demand columns and their factors: a demand moved from one kind to another changes the sum. */
export const DEMAND_CHECKSUM: readonly { name: string; factor: number }[] = [
  { name: 'vc_DevHours', factor: 101 },
  { name: 'vc_OpsHours', factor: 103 },
  { name: 'vc_Incidents', factor: 107 },
  { name: 'vc_OnsiteDays', factor: 109 },
];

// ---- Excel ----

/** The code of one cell, in Excel. */
function codeFormula(ref: string, text: boolean): string {
  return text ? `(N(${ref})+IF(ISTEXT(${ref}),LEN(${ref})+2*UNICODE(${ref}&" ")+3*UNICODE(RIGHT(" "&${ref},1)),0))` : `N(${ref})`;
}

function weightedSum(items: Item[], ref: (item: Item) => string): string {
  return items.map((item, k) => `${k + 1}*${codeFormula(ref(item), item.text)}`).join('+');
}

/** Vendor `index` (0-based)'s part: its column number times the weighted codes of its inputs. */
export function vendorChecksumFormula(index: number): string {
  return `${index + 1}*(${weightedSum(vendorChecksumItems(), (item) => `INDEX(${item.name},${item.row},${index + 1})`)})`;
}

/** The whole checksum: the vendor parts (a range), then the workbook-wide inputs, then demand. */
export function totalChecksumFormula(vendorParts: string | null): string {
  const refs = weightedSum(globalChecksumItems(), (item) => (item.row === 0 ? item.name : `INDEX(${item.name},${item.row},1)`));
  const demand = DEMAND_CHECKSUM.map((d) => `${d.factor}*SUMPRODUCT(${d.name},vc_DemandYears)`).join('+');
  return `${vendorParts ? `SUM(${vendorParts})` : '0'}+${refs}+${demand}`;
}

// ---- TypeScript, the same sums in the same order ----

/** Excel's N(): a number itself, TRUE 1, a text or blank 0, an error stays one (NaN here). */
function numericCode(value: SnapshotValue | undefined): number {
  if (value === null || value === undefined || typeof value === 'string') return 0;
  if (typeof value === 'number') return value;
  if (typeof value === 'boolean') return value ? 1 : 0;
  return Number.NaN;
}

function codeOf(value: SnapshotValue | undefined, text: boolean): number {
  if (!text || typeof value !== 'string') return numericCode(value);
  // N(text) is 0, then LEN + 2 x UNICODE(first) + 3 x UNICODE(last), added as Excel adds them.
  const first = `${value} `.codePointAt(0)!;
  const last = ` ${value}`.charCodeAt(value.length);
  return 0 + (value.length + 2 * first + 3 * last);
}

/** Excel's SUMPRODUCT takes a text or blank as 0. */
const numberOf = (value: SnapshotValue | undefined) => (typeof value === 'number' ? value : 0);

function sumCodes(items: Item[], value: (item: Item) => SnapshotValue | undefined): number {
  return items.reduce<number>((sum, item, k) => sum + (k + 1) * codeOf(value(item), item.text), 0);
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
    total += (i + 1) * sumCodes(vendorChecksumItems(), (item) => cell(item.name, item.row - 1, i));
  }
  // Excel adds left to right: each term onto the running total, not their sum at once.
  globalChecksumItems().forEach((item, k) => {
    total += (k + 1) * codeOf(cell(item.name, Math.max(0, item.row - 1), 0), item.text);
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
