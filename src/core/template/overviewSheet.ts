import { formulaText } from '../formulas/formulaText';
import { MONEY_FORMAT } from '../options';
import { quoteSheet } from '../plan/a1';
import type { SheetKey, SheetPlan } from '../plan/types';
import { addName, vendorNameByIndex, type PlanContext } from './context';
import { planChartData } from './overviewChartData';
import { SheetBuilder } from './sheetBuilder';

const LINKED_SHEETS: readonly Exclude<SheetKey, 'overview'>[] = ['assumptions', 'pricing', 'coverage', 'questions', 'scorecard'];

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
  for (let col = 1; col <= 8; col++) b.width(col, 15);
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

/** The live ranking table: one row per vendor, reading Pricing, Scorecard and Questions. */
function planRanking(ctx: PlanContext, b: SheetBuilder, startRow: number): number {
  const t = ctx.t.ranking;
  const count = ctx.vendorNames.length;
  let row = startRow;
  b.section(row++, 0, t.heading, 9);
  b.putRow(row++, 0, [t.note], 'note');
  // The money columns name the comparison currency live, so changing it leaves nothing stale.
  const moneyColumns = new Set([2, 3]);
  const headers = t.columns.map((label, i) =>
    moneyColumns.has(i) ? { formula: `${formulaText(`${label} (`)}&vc_Currency&")"`, result: `${label} (${ctx.options.currency})` } : label,
  );
  b.putRow(row++, 0, headers, 'header');
  const incomplete = formulaText(t.incomplete);
  // Each row reads its vendor's cell of the named blocks, never a fixed address: the names follow
  // rows inserted on the other sheets, and a row keeps its vendor when the table is sorted.
  const rows = ctx.vendorNames.map((_, i) => {
    const of = (name: string) => `INDEX(${name},1,${i + 1})`;
    const orIncomplete = (name: string) => ({ formula: `IFERROR(${of(name)},${incomplete})` });
    return [
      vendorNameByIndex(ctx, i),
      { formula: `${of('vc_Model')}&""` },
      orIncomplete('vc_TCO'),
      orIncomplete('vc_NPV'),
      orIncomplete('vc_QualityScore'),
      orIncomplete('vc_PriceScore'),
      orIncomplete('vc_Overall'),
      orIncomplete('vc_Rank'),
      { formula: of('vc_Completeness') },
    ];
  });
  const money = MONEY_FORMAT;
  b.put(row, 0, rows, 'computed');
  const column = (col: number, numberFormat: string) => b.format({ row, col, rows: count, cols: 1 }, undefined, numberFormat);
  column(2, money);
  column(3, money);
  [4, 5, 6].forEach((col) => column(col, '0.0'));
  column(7, '0');
  column(8, '0%');
  addName(ctx, 'vc_Ranking', 'overview', { row, col: 0, rows: count, cols: 9 }, 'Ranking table on the overview');
  return row + count;
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
