/**
 * A chart following an edit of its source sheet (sheetEdits.ts): its source range and categories
 * move, grow or shrink as a formula's range would; a series whose line was deleted goes, a line
 * inserted inside the source becomes a series: a chart's series are references (its SERIES
 * formulas), which follow inserted and deleted cells as any formula's do.
 */
import { cellAddress } from '../../src/core/plan/a1';
import type { Rect } from '../../src/core/plan/types';
import { type Edit, movedCell, movedIndex, movedRect } from './moves';
import type { ChartState } from './state';

export function followChart(chart: ChartState, edit: Edit): void {
  const old = chart.source.rect;
  const rect = movedRect(old, edit);
  // Excel keeps a chart whose whole source was deleted, its series at #REF!: not modelled, it stays as it was.
  if (!rect) return;
  const categories = chart.categories && movedRect(chart.categories, edit);
  const seriesAxis = chart.seriesBy === 'Columns' ? 'cols' : 'rows';
  if (edit.axis === seriesAxis) {
    const first = (r: Rect) => (seriesAxis === 'cols' ? r.col : r.row);
    const size = (r: Rect) => (seriesAxis === 'cols' ? r.cols : r.rows);
    const oldLabels = chart.categories ? 1 : 0;
    const newLabels = categories ? 1 : 0;
    const byLine = new Map<number, { name: string; cell: string | null }>();
    chart.seriesNames.forEach((name, i) => {
      const line = movedIndex(first(old) + oldLabels + i, edit);
      const cell = chart.seriesNameCells[i] ?? null;
      if (line !== null) byLine.set(line, { name, cell: cell && movedCell(cell, edit) });
    });
    const names: string[] = [];
    const cells: (string | null)[] = [];
    for (let line = first(rect) + newLabels; line < first(rect) + size(rect); line++) {
      const kept = byLine.get(line);
      names.push(kept?.name ?? `Series${names.length + 1}`);
      // A new series in a chart with a header row takes its name from the header cell.
      cells.push(kept ? kept.cell : newLabels ? cellAddress(rect.row, line) : null);
    }
    chart.seriesNames = names;
    chart.seriesNameCells = cells;
  } else {
    chart.seriesNameCells = chart.seriesNameCells.map((cell) => cell && movedCell(cell, edit));
  }
  chart.source = { ...chart.source, rect };
  chart.categories = categories;
}
