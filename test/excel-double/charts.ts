/** Charts of the double: added from a source range, found by name, titled, named, placed, deleted; stored for tests. */
import type { ChartCollectionLike, ChartLike, ChartSeriesCollectionLike, ChartSeriesLike } from '../../src/adapters/excel/excelTypes';
import { cellAddress, parseCell } from '../../src/core/plan/a1';
import type { Rect } from '../../src/core/plan/types';
import { DoubleExcelError, invalidArgument, propertyNotLoaded } from './errors';
import { assertAllowed } from './protection';
import { ProxyBase } from './proxy';
import type { RangeProxy } from './range';
import type { Cell } from './cellInput';
import type { ChartState, SheetState } from './state';
import { cellKey } from './state';
import type { WorksheetProxy } from './worksheets';

const CHART_TYPES = ['Line', 'ColumnClustered', 'BarClustered', 'Pie', 'Area', 'XYScatter'];
const LEGEND_POSITIONS = ['Top', 'Bottom', 'Left', 'Right', 'Corner', 'Custom', 'Invalid'];

export class ChartCollectionProxy implements ChartCollectionLike {
  constructor(private readonly sheet: WorksheetProxy) {}

  add(type: 'Line' | 'ColumnClustered', sourceData: RangeProxy, seriesBy: 'Columns' | 'Rows' = 'Columns'): ChartProxy {
    const chart = new ChartProxy(this.sheet);
    this.sheet.onSheet('charts.add', [type, sourceData.ref, seriesBy], (sheet, state) => {
      if (!CHART_TYPES.includes(type)) throw invalidArgument(`'${String(type)}' is not a chart type.`, 'ChartCollection.add');
      if (seriesBy !== 'Columns' && seriesBy !== 'Rows') throw invalidArgument('seriesBy must be Columns or Rows.', 'ChartCollection.add');
      const source = sourceData.target(state);
      if (!source) throw invalidArgument('The source data range does not exist.', 'ChartCollection.add');
      const labels = seriesBy === 'Columns' && hasLabels(source.sheet, source.rect);
      const count = (seriesBy === 'Columns' ? source.rect.cols : source.rect.rows) - (labels ? 1 : 0);
      const { row, col } = source.rect;
      const id = state.nextId++;
      sheet.charts.push({
        id,
        name: `Chart ${sheet.charts.length + 1}`,
        type,
        seriesBy,
        source: { sheetId: source.sheet.id, rect: source.rect },
        seriesNames: Array.from({ length: count }, (_, i) => `Series${i + 1}`),
        seriesNameCells: Array.from({ length: count }, (_, i) => (labels ? cellAddress(row, col + 1 + i) : null)),
        categories: labels ? { row: row + 1, col, rows: source.rect.rows - 1, cols: 1 } : null,
        title: '',
        titleFormula: null,
        legendPosition: 'Right',
        position: null,
      });
      chart.id = id;
    });
    return chart;
  }

  /** ChartCollection.getItemOrNullObject (ExcelApi 1.4): "If there are multiple charts with the
   * same name, the first one will be returned"; a null object when there is none.
   * https://learn.microsoft.com/javascript/api/excel/excel.chartcollection#excel-excel-chartcollection-getitemornullobject-member(1) */
  getItemOrNullObject(name: string): ChartProxy {
    const chart = new ChartProxy(this.sheet, true);
    chart.lookUp(name);
    return chart;
  }
}

export class ChartProxy extends ProxyBase implements ChartLike {
  id: number | undefined;
  readonly title: { text: string; setFormula(formula: string): void };
  readonly legend: Pick<Excel.ChartLegend, 'position'>;
  readonly series: ChartSeriesCollectionLike;

  /** `nullable`: reached through getItemOrNullObject, so operations on a missing chart are ignored, as in Excel. */
  constructor(
    private readonly sheet: WorksheetProxy,
    private readonly nullable = false,
  ) {
    super(sheet.ctx, sheet.ctx.newRef('chart'), 'Chart');
    const change = this.change.bind(this);
    this.title = {
      get text(): string {
        throw propertyNotLoaded('ChartTitle', 'text');
      },
      set text(value: string) {
        change('title.text', value, (c) => {
          c.title = String(value);
          c.titleFormula = null;
        });
      },
      setFormula(formula: string) {
        change('title.setFormula', formula, (c) => {
          // Office.js takes the formula in A1 notation, "=" first (ExcelApi 1.7).
          if (!/^=.+!\$?[A-Z]+\$?\d+$/.test(formula)) throw invalidArgument(`'${formula}' is not a reference to a cell.`, 'ChartTitle.setFormula');
          c.titleFormula = formula;
        });
      },
    };
    this.legend = {
      get position(): Excel.ChartLegend['position'] {
        throw propertyNotLoaded('ChartLegend', 'position');
      },
      set position(value: Excel.ChartLegend['position']) {
        change('legend.position', value, (c) => {
          if (!LEGEND_POSITIONS.includes(String(value))) throw invalidArgument(`'${String(value)}' is not a legend position.`);
          c.legendPosition = String(value);
        });
      },
    };
    this.series = { getItemAt: (index: number) => this.seriesAt(index) };
  }

  get name(): string {
    throw propertyNotLoaded('Chart', 'name');
  }

  set name(value: string) {
    this.change('name', value, (c) => {
      c.name = value;
    });
  }

  /** Which chart this proxy stands for, by name, when the batch runs (its name may change later in the batch). */
  lookUp(name: string): void {
    this.queue('charts.getItemOrNullObject', [name], (run) => {
      run.requireApi('1.4', 'ChartCollection.getItemOrNullObject');
      // Chart names are matched exactly here: Excel's case rule for them is not documented.
      const found = this.sheet.resolve(run.state)?.charts.find((c) => c.name === name);
      this.id = found?.id;
      this.resolvedAt(run, !found);
    });
  }

  /**
   * Chart.delete (ExcelApi 1.1). A protected sheet's charts change only when its options allow
   * editing objects ("Edit objects" in https://support.microsoft.com/office/protect-a-worksheet-3179efdb-1285-4d49-a9c3-f4ca36276de6).
   */
  delete(): void {
    this.sheet.onSheet('chart.delete', [], (sheet) => {
      const chart = this.find(sheet);
      if (!chart) return;
      assertAllowed(sheet, 'editObjects', 'Chart.delete');
      sheet.charts = sheet.charts.filter((c) => c !== chart);
    });
  }

  setPosition(startCell: string, endCell?: string): void {
    this.change('setPosition', [startCell, endCell ?? null], (c) => {
      for (const cell of [startCell, endCell ?? startCell]) {
        try {
          parseCell(cell);
        } catch {
          throw invalidArgument(`'${cell}' is not a cell address.`, 'Chart.setPosition');
        }
      }
      c.position = { start: startCell, end: endCell ?? startCell };
    });
  }

  private seriesAt(index: number): ChartSeriesLike {
    const change = this.change.bind(this);
    return {
      get name(): string {
        throw propertyNotLoaded('ChartSeries', 'name');
      },
      set name(value: string) {
        change(`series[${index}].name`, value, (c) => {
          if (!Number.isInteger(index) || index < 0 || index >= c.seriesNames.length) {
            throw invalidArgument(`The chart has no series at index ${index}.`, 'ChartSeriesCollection.getItemAt');
          }
          if (String(value).length > 255) throw invalidArgument('A series name is at most 255 characters.', 'ChartSeries.name');
          c.seriesNames[index] = String(value);
          c.seriesNameCells[index] = null;
        });
      },
    };
  }

  private change(op: string, value: unknown, apply: (chart: ChartState) => void): void {
    this.sheet.onSheet(`chart.${op}`, [value], (sheet) => {
      const chart = this.find(sheet);
      if (chart) apply(chart);
    });
  }

  /** The chart, or undefined for a null object; a chart gone from the sheet is ItemNotFound. */
  private find(sheet: SheetState): ChartState | undefined {
    const chart = sheet.charts.find((c) => c.id === this.id);
    if (!chart && !(this.nullable && this.id === undefined)) throw new DoubleExcelError('ItemNotFound', 'The chart does not exist.');
    return chart;
  }
}

/**
 * Whether Excel takes the source's first row as series names and its first column as
 * categories, as Insert > Chart and ChartCollection.add do for a block with a header row and a
 * label column (Microsoft's "chart-data-source" sample; learn.microsoft.com/office/dev/add-ins/
 * excel/excel-add-ins-charts). Modelled narrowly: every header cell past the corner holds text
 * or a formula, every label below the corner holds text. Excel's own guess looks at more than
 * this; a block that does not match is charted as plain series here, to fail the test rather
 * than pass it by luck.
 */
function hasLabels(sheet: SheetState, rect: Rect): boolean {
  if (rect.rows < 2 || rect.cols < 2) return false;
  const at = (r: number, c: number): Cell | undefined => sheet.cells.get(cellKey(r, c));
  const isText = (cell: Cell | undefined) => cell?.kind === 'value' && typeof cell.value === 'string';
  for (let c = rect.col + 1; c < rect.col + rect.cols; c++) {
    const cell = at(rect.row, c);
    if (!isText(cell) && cell?.kind !== 'formula') return false;
  }
  for (let r = rect.row + 1; r < rect.row + rect.rows; r++) if (!isText(at(r, rect.col))) return false;
  return true;
}
