/**
 * The `summary` report from the reference calculator's results: a table for people, JSON and
 * CSV for programs. Costs are only shown for complete vendors; otherwise what is missing.
 */
import { CRITERIA, type CriterionId } from '../core/catalogue/criteria';
import { modelById, type ModelId } from '../core/catalogue/models';
import { pricingInput } from '../core/catalogue/pricingInputs';
import type { Language } from '../core/catalogue/text';
import type { VendorSummary, WorkbookSummary } from '../core/costs/fromSnapshot';
import type { CliMessages } from '../core/i18n/cli.en';
import { format } from '../core/i18n/messages';
import { csvText } from './csv';
import { columnWidths, printable, renderRow } from './text';

interface Row {
  vendor: string;
  model: ModelId | null;
  currency: string | null;
  complete: boolean;
  missing: string[];
  yearCost: number[] | null;
  tco: number | null;
  npv: number | null;
  perUserMonth: number | null;
  supportShare: number | null;
  quality: number | null;
  priceScore: number | null;
  overall: number | null;
  rank: number | null;
  /** Criteria without a score (ids), the reason quality, overall and rank are null. */
  scoreMissing: CriterionId[];
}

function row(v: VendorSummary): Row {
  const costs = v.costs?.complete ? v.costs.costs : null;
  const s = v.scores;
  return {
    vendor: v.vendor,
    model: v.model ?? null,
    currency: v.currency ?? null,
    complete: costs !== null,
    missing: v.costs && !v.costs.complete ? v.costs.missing : [],
    yearCost: costs?.yearCost ?? null,
    tco: costs?.tco ?? null,
    npv: costs?.npv ?? null,
    perUserMonth: costs?.perUserMonth ?? null,
    supportShare: costs?.supportShare ?? null,
    quality: s.quality ?? null,
    priceScore: s.price ?? null,
    overall: s.overall ?? null,
    rank: s.rank ?? null,
    scoreMissing: v.scoreMissing,
  };
}

export function summaryJson(file: string, summary: WorkbookSummary): string {
  const a = summary.assumptions;
  const body = {
    file,
    currency: summary.currency,
    termYears: a?.termYears ?? null,
    users: a?.users ?? null,
    discountRate: a?.discountRate ?? null,
    missingAssumptions: summary.missingAssumptions,
    vendors: summary.vendors.map(row),
  };
  return `${JSON.stringify(body, null, 2)}\n`;
}

const CSV_HEADER = [
  'vendor',
  'model',
  'status',
  'tco',
  'npv',
  'per_user_month',
  'support_share',
  'quality',
  'price_score',
  'overall',
  'rank',
  'missing',
  'score_missing',
];

/** One row per vendor; ids rather than labels, so the columns mean the same in every language. */
export function summaryCsv(summary: WorkbookSummary): string {
  const rows = summary.vendors.map(row).map((r) => [
    r.vendor,
    r.model,
    r.complete ? 'complete' : 'incomplete',
    r.tco,
    r.npv,
    r.perUserMonth,
    r.supportShare,
    r.quality,
    r.priceScore,
    r.overall,
    r.rank,
    r.missing.join(';'),
    r.scoreMissing.join(';'),
  ]);
  return csvText([CSV_HEADER, ...rows]);
}

export function summaryText(file: string, summary: WorkbookSummary, language: Language, t: CliMessages, sheet: string): string {
  const s = t.summary;
  const locale = language === 'zh' ? 'zh-CN' : 'en-US';
  const number = (digits: number) => new Intl.NumberFormat(locale, { minimumFractionDigits: digits, maximumFractionDigits: digits });
  const money = number(0);
  const cents = number(2);
  const score = number(1);
  const percent = new Intl.NumberFormat(locale, { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 });
  const show = (value: number | null, f: Intl.NumberFormat) => (value === null ? s.notScored : f.format(value));
  const missingLabel = (r: Row) => (key: string) => {
    if (key === 'model') return s.noModel;
    if (key === 'fxRate') return format(s.noFxRate, { currency: printable(r.currency ?? '') });
    return pricingInput(key as Parameters<typeof pricingInput>[0]).label[language];
  };
  const criterionLabel = (id: CriterionId) => `${id} ${CRITERIA.find((c) => c.id === id)!.label[language]}`;
  // Why quality, overall and rank show no number: the criteria without a score.
  const scoreWhy = (r: Row) => (r.scoreMissing.length > 0 ? format(s.scoreMissing, { criteria: r.scoreMissing.map(criterionLabel).join(s.listSeparator) }) : null);

  const a = summary.assumptions;
  const lines = [
    format(s.heading, {
      path: printable(file),
      vendors: summary.vendors.length,
      term: a?.termYears ?? '?',
      users: a ? money.format(a.users) : '?',
      currency: printable(summary.currency) || '?',
    }),
  ];
  if (summary.missingAssumptions.length > 0) {
    lines.push(format(s.assumptionsMissing, { sheet: printable(sheet), missing: summary.missingAssumptions.map((k) => s.assumptions[k]).join(s.listSeparator) }));
  }
  const c = s.columns;
  const header = [c.vendor, c.model, c.tco, c.npv, c.perUserMonth, c.supportShare, c.quality, c.price, c.overall, c.rank];
  const rows = summary.vendors.map(row).map((r): { cells: string[]; why: string | null; numbers: boolean } => {
    const model = r.model ? modelById(r.model).label[language] : s.notScored;
    if (!r.complete) {
      const missing = r.missing.length > 0 ? r.missing.map(missingLabel(r)).join(s.listSeparator) : s.assumptionsUnusable;
      const why = [format(s.incomplete, { missing }), scoreWhy(r)].filter((w) => w !== null).join(s.reasonSeparator);
      return { cells: [printable(r.vendor), model], why, numbers: false };
    }
    const costs = [show(r.tco, money), show(r.npv, money), show(r.perUserMonth, cents), show(r.supportShare, percent)];
    const scores = [show(r.quality, score), show(r.priceScore, score), show(r.overall, score), r.rank === null ? s.notScored : String(r.rank)];
    return { cells: [printable(r.vendor), model, ...costs, ...scores], why: scoreWhy(r), numbers: true };
  });
  // An incomplete vendor's row says what is missing where its numbers would be; a vendor without
  // a quality score says why after them.
  const widths = columnWidths([header, ...rows.map((r) => r.cells)]);
  const numbers = new Set([2, 3, 4, 5, 6, 7, 8, 9]);
  const line = (r: (typeof rows)[number]) => {
    const cells = r.why === null ? r.cells : [...r.cells, r.why];
    return renderRow(cells, widths, r.numbers ? numbers : undefined);
  };
  const table = [renderRow(header, widths, numbers), ...rows.map(line)];
  lines.push('', ...table);
  return `${lines.join('\n')}\n`;
}
