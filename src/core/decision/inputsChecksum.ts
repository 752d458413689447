/**
 * The inputs checksum (issue 11): one number the Decision sheet recomputes live from the inputs the
 * written results (rank reversal, demand) depend on, and that Check writes beside them. When the
 * two differ the sheet says the results are out of date. Excel 2016 has no hash function and no
 * array formula may be used, so it is a weighted sum Excel computes with SUMPRODUCT, with
 * functions every engine has (UNICODE would need the _xlfn. prefix, CODE differs by code page);
 * `liveChecksum` computes the same sum from a Snapshot, in the same order, for the CLI and the
 * pane to write.
 *
 * Covered: per vendor (weight: its position 1..n, a row on the Decision sheet) its name, pricing
 * model, quote currency, every pricing input and every Scorecard input, one SUMPRODUCT per input
 * row (the formula does not grow with the vendors); once: term, users, currency, discount rate,
 * price weight, price method, the six quality weights, the exchange-rate table (currency and
 * rate) and the four demand columns. Not covered: coverage, questions, sign-off, placeholders
 * (they change no score and no TCO). A number counts as itself; a text as its length plus 1000 x
 * its place in its dropdown's list (compared ignoring case, as Excel compares), so any other
 * choice counts; a free text (a vendor's name) by its length only: a rename to a name as long is
 * not seen. Two checksums agree when they differ by at most 1e-12 of their size.
 */
import { PRICE_METHODS, SCORE_INPUTS, TEAM_OPTIONS, YES_NO } from '../catalogue/criteria';
import { BILLING_PERIODS, PRICING_MODELS, TIERS } from '../catalogue/models';
import { PRICING_INPUTS } from '../catalogue/pricingInputs';
import type { Language } from '../catalogue/text';
import { formulaText } from '../formulas/formulaText';
import { CURRENCIES } from '../options';
import type { Snapshot, SnapshotValue } from '../snapshot/types';
import { inputName } from '../template/pricingSheet';
import { templateLanguage } from '../validation/workbookModel';
import { evaluatorInputs } from '../costs/evaluatorsFromSnapshot';
import { qualityFromSnapshot } from '../costs/fromSnapshot';
import type { NamedBlock } from '../snapshot/types';

export const CHECKSUM_TOLERANCE = 1e-12;

/** A text's place in its list counts this much more than its length. */
const LABEL_FACTOR = 1000;

/** An input: a cell of a name (row, 1-based; 0 for a one-cell name). `text`: it may hold a text,
 * counted by its length and its place in `labels` (the dropdown's items); else a number only. */
interface Item {
  name: string;
  row: number;
  text: boolean;
  labels: readonly string[];
}

const YES_NO_LABELS = (lang: Language) => [YES_NO.yes[lang], YES_NO.no[lang]];

/** Per vendor: one row of vendors (row 1 of a one-row name, row k of vc_ScoreInputs). */
export function vendorChecksumItems(lang: Language): Item[] {
  const number = (name: string, row = 1): Item => ({ name, row, text: false, labels: [] });
  const text = (name: string, labels: readonly string[], row = 1): Item => ({ name, row, text: true, labels });
  return [
    text('vc_VendorNames', []),
    text(
      'vc_Model',
      PRICING_MODELS.map((m) => m.label[lang]),
    ),
    text('vc_QuoteCurrency', CURRENCIES),
    ...PRICING_INPUTS.map((input) =>
      input.kind === 'tier'
        ? text(
            inputName(input.key),
            TIERS.map((t) => t.label[lang]),
          )
        : input.kind === 'billing'
          ? text(
              inputName(input.key),
              BILLING_PERIODS.map((p) => p.label[lang]),
            )
          : number(inputName(input.key)),
    ),
    ...SCORE_INPUTS.map((input, k) =>
      input.kind === 'yesNo'
        ? text('vc_ScoreInputs', YES_NO_LABELS(lang), k + 1)
        : input.kind === 'team'
          ? text(
              'vc_ScoreInputs',
              TEAM_OPTIONS.map((o) => o.label[lang]),
              k + 1,
            )
          : number('vc_ScoreInputs', k + 1),
    ),
  ];
}

/** The workbook-wide inputs. */
export function globalChecksumItems(lang: Language): Item[] {
  const single = (name: string, labels: readonly string[] | null = null): Item => ({ name, row: 0, text: labels !== null, labels: labels ?? [] });
  const rows = (name: string, count: number, labels: readonly string[] | null = null): Item[] =>
    Array.from({ length: count }, (_, k) => ({ name, row: k + 1, text: labels !== null, labels: labels ?? [] }));
  return [
    single('vc_Term'),
    single('vc_Users'),
    single('vc_Currency', CURRENCIES),
    single('vc_DiscountRate'),
    single('vc_PriceWeight'),
    single(
      'vc_PriceMethod',
      PRICE_METHODS.map((m) => m.label[lang]),
    ),
    ...rows('vc_Weights', 6),
    ...rows('vc_FxCurrency', 8, CURRENCIES),
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

/** The code of one cell. */
function codeFormula(ref: string, item: Item): string {
  if (!item.text) return `N(${ref})`;
  const labels = item.labels.map((label, j) => `+${LABEL_FACTOR * (j + 1)}*(${ref}=${formulaText(label)})`).join('');
  return `(N(${ref})+IF(ISTEXT(${ref}),LEN(${ref}),0)${labels})`;
}

/** One vendor row: SUMPRODUCT takes a text as 0 and evaluates ISTEXT, LEN and = over the row. */
function rowFormula(row: string, weights: string, item: Item): string {
  const numbers = `SUMPRODUCT(${row},${weights})`;
  if (!item.text) return numbers;
  const labels = item.labels.map((label, j) => `+${LABEL_FACTOR * (j + 1)}*SUMPRODUCT(--(${row}=${formulaText(label)}),${weights})`).join('');
  return `(${numbers}+SUMPRODUCT(ISTEXT(${row})*LEN(${row}),${weights})${labels})`;
}

/**
 * The whole checksum: each vendor input row, then the workbook-wide inputs, then demand.
 * `rowOf` gives the absolute reference of an input row (a one-row name or a row of a block);
 * `weights` the row of vendor positions 1..n; null when there is no vendor.
 */
export function checksumFormula(lang: Language, rowOf: (name: string, row: number) => string, weights: string | null): string {
  const vendors = weights ? vendorChecksumItems(lang).map((item, k) => `${k + 1}*${rowFormula(rowOf(item.name, item.row), weights, item)}`) : ['0'];
  const globals = globalChecksumItems(lang).map(
    (item, k) => `${k + 1}*${codeFormula(item.row === 0 ? item.name : `INDEX(${item.name},${item.row},1)`, item)}`,
  );
  const demand = DEMAND_CHECKSUM.map((d) => `${d.factor}*SUMPRODUCT(${d.name},vc_DemandYears)`);
  return [...vendors, ...globals, ...demand].join('+');
}

// ---- TypeScript, the same sums in the same order ----

const isError = (v: SnapshotValue | undefined) => typeof v === 'object' && v !== null;
const equalText = (v: SnapshotValue | undefined, label: string) => typeof v === 'string' && v.toLowerCase() === label.toLowerCase();

/** Excel's N(): a number itself, TRUE 1, a text or blank 0; an error stays one (NaN). */
function numericCode(value: SnapshotValue | undefined): number {
  if (isError(value)) return Number.NaN;
  if (typeof value === 'number') return value;
  return value === true ? 1 : 0;
}

function codeOf(value: SnapshotValue | undefined, item: Item): number {
  let code = numericCode(value) + (item.text && typeof value === 'string' ? value.length : 0);
  item.labels.forEach((label, j) => (code += LABEL_FACTOR * (j + 1) * (equalText(value, label) ? 1 : 0)));
  return code;
}

/** SUMPRODUCT(values x positions 1..n) of a per-cell number. */
function weighted(values: (SnapshotValue | undefined)[], of: (v: SnapshotValue | undefined) => number): number {
  return values.reduce<number>((sum, v, i) => sum + of(v) * (i + 1), 0);
}

function rowCode(values: (SnapshotValue | undefined)[], item: Item): number {
  // SUMPRODUCT takes a text or TRUE as 0, an error spoils the sum.
  let code = weighted(values, (v) => (isError(v) ? Number.NaN : typeof v === 'number' ? v : 0));
  if (!item.text) return code;
  code += weighted(values, (v) => (typeof v === 'string' ? v.length : 0));
  item.labels.forEach((label, j) => (code += LABEL_FACTOR * (j + 1) * weighted(values, (v) => (equalText(v, label) ? 1 : 0))));
  return code;
}

/**
 * vc_ScoreInputs as the sheet shows it. With evaluators its cells are the consensus formulas, of
 * which a file written by the CLI holds no result: the consensus as the sheet computes it, shown
 * as the cell shows it (an agreed choice as its label, a mean as a number, nothing as blank).
 */
function scoreInputsShown(snapshot: Snapshot, lang: Language): NamedBlock | undefined {
  const block = snapshot.blocks.vc_ScoreInputs;
  if (!block || !evaluatorInputs(snapshot)) return block;
  const columns = Array.from({ length: block.range.cols }, (_, i) => qualityFromSnapshot(snapshot, i));
  const shown = (value: QualityValue): SnapshotValue => {
    if (value === undefined) return null;
    if (typeof value === 'boolean') return value ? YES_NO.yes[lang] : YES_NO.no[lang];
    if (typeof value === 'string') return TEAM_OPTIONS.find((o) => o.id === value)?.label[lang] ?? value;
    return value;
  };
  return { ...block, values: SCORE_INPUTS.map((input) => columns.map((q) => shown(q[input.key]))) };
}

type QualityValue = ReturnType<typeof qualityFromSnapshot>[(typeof SCORE_INPUTS)[number]['key']];

/** The checksum of a workbook's inputs as the Decision sheet computes it; NaN when a block is missing or holds an error. */
export function liveChecksum(snapshot: Snapshot): number {
  const lang = templateLanguage(snapshot);
  const scores = scoreInputsShown(snapshot, lang);
  const block = (name: string) => (name === 'vc_ScoreInputs' ? scores : snapshot.blocks[name]);
  const names = block('vc_VendorNames');
  const years = block('vc_DemandYears');
  if (!names || !years) return Number.NaN;
  const vendorCount = names.range.cols;
  let total = 0;
  vendorChecksumItems(lang).forEach((item, k) => {
    const b = block(item.name);
    if (!b) total = Number.NaN;
    else if (vendorCount > 0)
      total +=
        (k + 1) *
        rowCode(
          Array.from({ length: vendorCount }, (_, i) => b.values[item.row - 1]?.[i] ?? null),
          item,
        );
  });
  globalChecksumItems(lang).forEach((item, k) => {
    const b = block(item.name);
    total += (k + 1) * (b ? codeOf(b.values[Math.max(0, item.row - 1)]?.[0] ?? null, item) : Number.NaN);
  });
  for (const d of DEMAND_CHECKSUM) {
    const b = block(d.name);
    if (!b) return Number.NaN;
    const number = (v: SnapshotValue | undefined) => (typeof v === 'number' ? v : 0);
    total += d.factor * b.values.reduce<number>((s, row, y) => s + number(row[0]) * number(years.values[y]?.[0]), 0);
  }
  return total;
}
