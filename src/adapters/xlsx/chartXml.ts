/**
 * The DrawingML of the Overview's yearly-cost chart, for files written with ExcelJS (which has no
 * chart support): a line chart whose title, series names, categories and values are references
 * to the chart-data block (core/template/overviewChartData), so Excel and LibreOffice draw what
 * the cells hold now. No cached values but the title's: Excel recalculates the file on load
 * (fullCalcOnLoad) and redraws from the cells; LibreOffice reads the cells too. Element order follows the ECMA-376
 * schema (CT_Chart, CT_LineSer, CT_CatAx, CT_ValAx): Excel refuses a chart out of order.
 */
import { sheetRef } from '../../core/plan/a1';
import type { Rect } from '../../core/plan/types';
import { chartAnchor } from '../../core/template/overviewChartData';

export interface ChartCells {
  sheet: string;
  title: Rect;
  /** Header row + years; label column + one column per vendor. */
  data: Rect;
  /** The title cell's text now, cached in the chart: LibreOffice 7.4 shows a chart title as
   * static text (the cache) and does not follow its cell; Excel does. */
  titleText?: string;
}

const NS_C = 'http://schemas.openxmlformats.org/drawingml/2006/chart';
const NS_A = 'http://schemas.openxmlformats.org/drawingml/2006/main';
const NS_R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const NS_XDR = 'http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing';
const CAT_AXIS = 500_000_001;
const VAL_AXIS = 500_000_002;

export function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** A reference as a chart formula holds it: the sheet always quoted ('概览'!$B$21). */
function ref(sheet: string, rect: Rect): string {
  return escapeXml(sheetRef(sheet, rect, true));
}

export function chartXml({ sheet, title, data, titleText }: ChartCells): string {
  const years = { row: data.row + 1, col: data.col, rows: data.rows - 1, cols: 1 };
  const series = Array.from({ length: data.cols - 1 }, (_, i) => {
    const col = data.col + 1 + i;
    return (
      `<c:ser><c:idx val="${i}"/><c:order val="${i}"/>` +
      `<c:tx><c:strRef><c:f>${ref(sheet, { row: data.row, col, rows: 1, cols: 1 })}</c:f></c:strRef></c:tx>` +
      `<c:marker><c:symbol val="circle"/><c:size val="5"/></c:marker>` +
      `<c:cat><c:strRef><c:f>${ref(sheet, years)}</c:f></c:strRef></c:cat>` +
      `<c:val><c:numRef><c:f>${ref(sheet, { ...years, col })}</c:f></c:numRef></c:val>` +
      `<c:smooth val="0"/></c:ser>`
    );
  }).join('');
  const titleCache = titleText === undefined ? '' : `<c:strCache><c:ptCount val="1"/><c:pt idx="0"><c:v>${escapeXml(titleText)}</c:v></c:pt></c:strCache>`;
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<c:chartSpace xmlns:c="${NS_C}" xmlns:a="${NS_A}" xmlns:r="${NS_R}"><c:roundedCorners val="0"/><c:chart>` +
    `<c:title><c:tx><c:strRef><c:f>${ref(sheet, title)}</c:f>${titleCache}</c:strRef></c:tx><c:overlay val="0"/></c:title>` +
    `<c:autoTitleDeleted val="0"/><c:plotArea><c:layout/>` +
    `<c:lineChart><c:grouping val="standard"/><c:varyColors val="0"/>${series}<c:marker val="1"/>` +
    `<c:axId val="${CAT_AXIS}"/><c:axId val="${VAL_AXIS}"/></c:lineChart>` +
    `<c:catAx><c:axId val="${CAT_AXIS}"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="b"/>` +
    `<c:numFmt formatCode="General" sourceLinked="1"/><c:tickLblPos val="nextTo"/><c:crossAx val="${VAL_AXIS}"/><c:crosses val="autoZero"/>` +
    `<c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/></c:catAx>` +
    `<c:valAx><c:axId val="${VAL_AXIS}"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="l"/>` +
    `<c:majorGridlines/><c:numFmt formatCode="#,##0" sourceLinked="0"/><c:tickLblPos val="nextTo"/><c:crossAx val="${CAT_AXIS}"/>` +
    `<c:crosses val="autoZero"/><c:crossBetween val="between"/></c:valAx></c:plotArea>` +
    // #N/A beyond the term is not plotted; an empty cell leaves a gap.
    `<c:legend><c:legendPos val="b"/><c:overlay val="0"/></c:legend><c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/>` +
    `</c:chart></c:chartSpace>`
  );
}

/** The drawing holding the chart (relationship `chartRelId`), on the cells under the data block. */
export function drawingXml(data: Rect, chartRelId: string): string {
  const { from, to } = chartAnchor(data);
  const marker = (tag: string, row: number, col: number) =>
    `<xdr:${tag}><xdr:col>${col}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${row}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:${tag}>`;
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<xdr:wsDr xmlns:xdr="${NS_XDR}" xmlns:a="${NS_A}"><xdr:twoCellAnchor>` +
    // From the top-left of the first cell to the bottom-right of the last, as Chart.setPosition places it.
    `${marker('from', from.row, from.col)}${marker('to', to.row + 1, to.col + 1)}` +
    `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="2" name="Chart 1"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>` +
    `<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>` +
    `<a:graphic><a:graphicData uri="${NS_C}"><c:chart xmlns:c="${NS_C}" xmlns:r="${NS_R}" r:id="${chartRelId}"/></a:graphicData></a:graphic>` +
    `</xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor></xdr:wsDr>`
  );
}
