import { formulaText } from '../formulas/formulaText';
import { MONEY_FORMAT } from '../options';
import { format } from '../i18n/messages';
import { columnLetters, quoteSheet } from '../plan/a1';
import type { CellContent, SheetKey, SheetPlan } from '../plan/types';
import { addName, type PlanContext } from './context';
import { planChartData } from './overviewChartData';
import { SheetBuilder } from './sheetBuilder';

const LINKED_SHEETS: readonly Exclude<SheetKey, 'overview'>[] = ['assumptions', 'pricing', 'coverage', 'questions', 'scorecard', 'decision'];

/** A HYPERLINK to another sheet's A1: works in Excel, LibreOffice and without the add-in. */
function sheetLink(name: string): { formula: string; result: string } {
  const target = `#${quoteSheet(name)}!A1`.replace(/"/g, '""');
  return { formula: `HYPERLINK("${target}","${name.replace(/"/g, '""')}")`, result: name };
}

/** What the workbook is, how to use it, why prices differ, and links to every sheet. */
export function planOverview(ctx: PlanContext): SheetPlan {
  const t = ctx.t.overview;
  const b = new SheetBuilder();
  b.width(0, 28);
  const columns = ctx.t.ranking.columns.length;
  for (let col = 1; col < columns - 1; col++) b.width(col, 14);
  // Why a vendor is incomplete: room for a shortened list of what is missing.
  b.width(columns - 1, 44);
  let row = 0;
  b.putRow(row, 0, [ctx.t.titles.overview], 'title');
  row += 2;
  for (const line of t.intro) b.putRow(row++, 0, [line]);
  row++;
  row = planRanking(ctx, b, row) + 1;
  row = planSignOff(ctx, b, row) + 1;
  row = planChartData(ctx, b, row) + 1;
  b.section(row++, 0, t.howToUse, 2);
  for (const step of t.steps) b.putRow(row++, 0, [step]);
  row++;
  b.section(row++, 0, t.sheetsHeading, 2);
  for (const key of LINKED_SHEETS) {
    b.putRow(row, 0, [sheetLink(ctx.sheetNames[key])], 'link');
    b.putRow(row++, 1, [t.sheetPurpose[key]]);
  }
  row++;
  b.section(row++, 0, t.whyPricesDiffer, 2);
  for (const reason of t.reasons) b.putRow(row++, 0, [reason]);
  b.putRow(row++, 0, [t.hiddenCosts]);
  row++;
  b.putRow(row, 0, [t.generatedBy], 'note');
  // The page a manager reads: on one sheet of paper up to ten vendors.
  if (ctx.vendorNames.length <= 10) b.fitPagesTall(1);
  return b.build('overview', ctx.sheetNames.overview, '#1F4E79', { rows: 1, cols: 0 });
}


/**
 * The live ranking table, sorted by rank: line k shows the vendor whose vc_RankingOrder is k
 * (vendors scoring higher first, incomplete vendors last), reading Pricing, Scorecard and
 * Questions through the named blocks, so it follows rows inserted on the other sheets.
 */
function planRanking(ctx: PlanContext, b: SheetBuilder, startRow: number): number {
  const t = ctx.t.ranking;
  const count = ctx.vendorNames.length;
  let row = startRow;
  const columns = t.columns.length;
  b.section(row, 0, t.heading, columns);
  // The Decision sheet's verdict next to the ranking: robust, or which test fails.
  b.putRow(row++, 2, [{ formula: `${formulaText(ctx.t.decision.overviewLabel)}&vc_DecisionVerdict` }]);
  b.putRow(row++, 0, [t.note], 'note');
  // The money columns name the comparison currency live, so changing it leaves nothing stale.
  const moneyColumns = new Set([2, 3, 4, 6]);
  const headers = t.columns.map((label, i) =>
    moneyColumns.has(i) ? { formula: `${formulaText(`${label} (`)}&vc_Currency&")"`, result: `${label} (${ctx.options.currency})` } : label,
  );
  b.putRow(row++, 0, headers, 'header');
  const rows = ctx.vendorNames.map((_, k) => rankingLine(ctx, k + 1));
  b.put(row, 0, rows, 'computed');
  const column = (col: number, numberFormat: string) => b.format({ row, col, rows: count, cols: 1 }, undefined, numberFormat);
  [2, 3, 4, 6].forEach((col) => column(col, MONEY_FORMAT));
  [5, 11].forEach((col) => column(col, '0%'));
  [7, 8, 9].forEach((col) => column(col, '0.0'));
  column(10, '0');
  const table = { row, col: 0, rows: count, cols: columns };
  const rank = `$${columnLetters(10)}${row + 1}`;
  // The winner (rank 1) stands out; an incomplete vendor is greyed (its rank is text).
  b.highlight({ range: table, formula: `${rank}=1`, style: 'winner' });
  b.highlight({ range: table, formula: `NOT(ISNUMBER(${rank}))`, style: 'unused' });
  addName(ctx, 'vc_Ranking', 'overview', table, 'Ranking table on the overview, sorted by rank (incomplete vendors last)');
  return row + count;
}

/** Line `k` of the ranking: the vendor at that place, whatever its column on the other sheets. */
function rankingLine(ctx: PlanContext, k: number): CellContent[] {
  const t = ctx.t.ranking;
  const incomplete = formulaText(t.incomplete);
  const column = `MATCH(${k},vc_RankingOrder,0)`;
  const of = (name: string) => `INDEX(${name},1,${column})`;
  const orIncomplete = (value: string): CellContent => ({ formula: `IFERROR(${value},${incomplete})` });
  const [before, after] = ctx.t.vendorFallback.split('{n}');
  const name = of('vc_VendorNames');
  return [
    { formula: `IF(TRIM(${name})="",${formulaText(before ?? '')}&${column}&${formulaText(after ?? '')},${name})`, result: ctx.vendorNames[k - 1] || format(ctx.t.vendorFallback, { n: k }) },
    { formula: `${of('vc_Model')}&""` },
    orIncomplete(of('vc_TCO')),
    orIncomplete(of('vc_NPV')),
    orIncomplete(`${of('vc_SupportShare')}*${of('vc_TCO')}`),
    orIncomplete(of('vc_SupportShare')),
    orIncomplete(of('vc_PerUserMonth')),
    orIncomplete(of('vc_QualityScore')),
    orIncomplete(of('vc_PriceScore')),
    orIncomplete(of('vc_Overall')),
    orIncomplete(of('vc_Rank')),
    { formula: of('vc_Completeness') },
    orIncomplete(of('vc_IncompleteReason')),
  ];
}

/** Who prepared the comparison, when, which version, and where the decision stands: inputs. */
function planSignOff(ctx: PlanContext, b: SheetBuilder, startRow: number): number {
  const t = ctx.t.overview.signOff;
  let row = startRow;
  b.section(row++, 0, t.heading, 2);
  const input = (label: string, name: string, comment: string, numberFormat?: string) => {
    b.putRow(row, 0, [label], 'label');
    const cell = b.putRow(row++, 1, [null], 'input', numberFormat);
    addName(ctx, name, 'overview', cell, comment);
    return cell;
  };
  input(t.preparedBy, 'vc_PreparedBy', 'Who prepared the comparison');
  const date = input(t.date, 'vc_PreparedOn', 'Date of this version of the comparison', 'yyyy-mm-dd');
  b.validate({ range: date, kind: 'decimal', min: 0 });
  input(t.version, 'vc_DocumentVersion', 'Version of the comparison');
  const status = input(t.status, 'vc_DecisionStatus', 'Decision status: Draft, For approval or Approved');
  b.validate({ range: status, kind: 'list', items: [...t.statuses] });
  return row;
}
