import { quoteSheet } from '../plan/a1';
import type { SheetKey, SheetPlan } from '../plan/types';
import type { PlanContext } from './context';
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
  b.width(0, 26);
  b.width(1, 100);
  let row = 0;
  b.putRow(row, 0, [ctx.t.titles.overview], 'title');
  row += 2;
  for (const line of t.intro) b.putRow(row++, 0, [line]);
  row++;
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
  return b.build('overview', ctx.sheetNames.overview, '#1F4E79', { rows: 1, cols: 0 });
}
