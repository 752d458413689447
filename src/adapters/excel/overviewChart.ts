/**
 * The Overview's chart of yearly cost per vendor (issue 9), made from the whole chart-data
 * block (core/template/overviewChartData): header row of live vendor names, a text column of
 * years, one column of costs per vendor. Charts are ExcelApi 1.1; the title formula 1.7.
 *
 * Why the whole block as the source: the API cannot set a series name to a reference
 * (ChartSeries.name is a string), but a chart made by ChartCollection.add from a range whose
 * first row and column are labels takes its series names from the header cells and its
 * categories from the first column, as references, as Insert > Chart does (Microsoft's sample
 * "chart-data-source", learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-charts, makes
 * its line chart that way from a table with a header row and a label column). So a renamed
 * vendor, a changed term (#N/A is not plotted) and the currency in the title all follow live.
 * Not verified on real Excel here: the test double models that binding.
 */
import { cellAddress, sheetRef } from '../../core/plan/a1';
import type { Plan, Rect, WorkbookPatch } from '../../core/plan/types';
import { chartAnchor, overviewChartOf, type OverviewChart } from '../../core/template/overviewChartData';

export interface ChartSpec {
  sheet: string;
  /** The chart-data block on `sheet`: header row + years, label column + vendors. */
  source: Rect;
  /** ChartTitle.setFormula's argument (ExcelApi 1.7): the title cell, naming the currency. */
  titleFormula: string;
  topLeft: string;
  bottomRight: string;
}

/** The name the template gives its chart, so a later change of vendors finds it to draw it again. */
export const OWN_CHART_NAME = 'VendorCompareYearlyCost';

/** Null when the plan has no vendor. */
export function overviewChartSpec(plan: Plan): ChartSpec | null {
  const chart = overviewChartOf(plan);
  return chart ? chartSpecOf(chart) : null;
}

/** The chart over a patch's chart-data block (a vendor added or removed), on the sheet it names. */
export function patchChartSpec(patch: WorkbookPatch): ChartSpec | null {
  const title = patch.names.find((n) => n.name === 'vc_ChartTitle');
  const data = patch.names.find((n) => n.name === 'vc_ChartData');
  return title && data && data.range.cols >= 2 ? chartSpecOf({ sheet: data.sheet, title: title.range, data: data.range }) : null;
}

function chartSpecOf(chart: OverviewChart): ChartSpec {
  const { from, to } = chartAnchor(chart.data);
  return {
    sheet: chart.sheet,
    source: chart.data,
    titleFormula: `=${sheetRef(chart.sheet, chart.title)}`,
    topLeft: cellAddress(from.row, from.col),
    bottomRight: cellAddress(to.row, to.col),
  };
}
