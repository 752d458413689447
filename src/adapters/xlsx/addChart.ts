/**
 * Puts the Overview's chart into a package ExcelJS wrote (ExcelJS writes no charts): the chart
 * part, a drawing part holding it, their relationships, the sheet's <drawing r:id> element and
 * the content types. Numbers continue what the package has: chartN and drawingN after the
 * highest, the relationship id after the sheet's own.
 */
import type ExcelJS from 'exceljs';
import JSZip from 'jszip';
import type { Rect } from '../../core/plan/types';
import { chartXml, drawingXml, type ChartCells } from './chartXml';
import { relationships, relsPartOf, sheetParts } from './packageRels';

const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PACKAGE_RELS = 'http://schemas.openxmlformats.org/package/2006/relationships';
const CHART_TYPE = 'application/vnd.openxmlformats-officedocument.drawingml.chart+xml';
const DRAWING_TYPE = 'application/vnd.openxmlformats-officedocument.drawing+xml';

/** CT_Worksheet elements that come after <drawing>: it goes before the first of them. */
const AFTER_DRAWING = new Set(['legacyDrawing', 'legacyDrawingHF', 'drawingHF', 'picture', 'oleObjects', 'controls', 'webPublishItems', 'tableParts', 'extLst']);
const TAG = /<(\/?)([A-Za-z_][\w.:-]*)((?:[^<>"']|"[^"]*"|'[^']*')*?)(\/?)>/g;

/** Where <drawing> goes among the root's children, by the schema's element order. */
function drawingPosition(sheetXml: string): number {
  let depth = 0;
  for (const m of sheetXml.matchAll(TAG)) {
    const [, close, name = '', , selfClosing] = m;
    const local = name.slice(name.indexOf(':') + 1);
    if (close) {
      depth--;
      if (depth === 0) return m.index;
      continue;
    }
    if (depth === 1 && AFTER_DRAWING.has(local)) return m.index;
    if (!selfClosing) depth++;
  }
  throw new Error('the worksheet part has no root element');
}

function nextNumber(zip: JSZip, pattern: RegExp): number {
  const numbers = Object.keys(zip.files).map((name) => Number(pattern.exec(name)?.[1] ?? 0));
  return Math.max(0, ...numbers) + 1;
}

function withRelationship(relsXml: string | null, id: string, type: string, target: string): string {
  const rel = `<Relationship Id="${id}" Type="${REL}/${type}" Target="${target}"/>`;
  if (!relsXml) return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${PACKAGE_RELS}">${rel}</Relationships>`;
  return relsXml.replace(/<\/Relationships>\s*$/, `${rel}</Relationships>`);
}

export async function addChart(bytes: Uint8Array, chart: ChartCells): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  const text = async (part: string) => (await zip.file(part)?.async('string')) ?? null;
  const sheetPart = sheetParts(await text('xl/workbook.xml'), await text('xl/_rels/workbook.xml.rels')).get(chart.sheet);
  const sheetXml = sheetPart ? await text(sheetPart) : null;
  if (!sheetPart || sheetXml === null) throw new Error(`the package has no sheet ${chart.sheet}`);
  if (/<(\w+:)?drawing\b/.test(sheetXml)) throw new Error(`sheet ${chart.sheet} already has a drawing`);
  if (!/xmlns:r="/.test(sheetXml.slice(0, sheetXml.indexOf('>', sheetXml.indexOf('<worksheet'))))) {
    throw new Error('the worksheet part does not declare the relationships namespace');
  }

  const chartNo = nextNumber(zip, /^xl\/charts\/chart(\d+)\.xml$/);
  const drawingNo = nextNumber(zip, /^xl\/drawings\/drawing(\d+)\.xml$/);
  const sheetRelsPart = relsPartOf(sheetPart);
  const sheetRels = await text(sheetRelsPart);
  const ids = relationships(sheetRels).map((r) => Number(/^rId(\d+)$/.exec(r.id)?.[1] ?? 0));
  const drawingRelId = `rId${Math.max(0, ...ids) + 1}`;

  zip.file(`xl/charts/chart${chartNo}.xml`, chartXml(chart));
  zip.file(`xl/drawings/drawing${drawingNo}.xml`, drawingXml(chart.data, 'rId1'));
  zip.file(`xl/drawings/_rels/drawing${drawingNo}.xml.rels`, withRelationship(null, 'rId1', 'chart', `../charts/chart${chartNo}.xml`));
  zip.file(sheetRelsPart, withRelationship(sheetRels, drawingRelId, 'drawing', `../drawings/drawing${drawingNo}.xml`));
  const at = drawingPosition(sheetXml);
  zip.file(sheetPart, `${sheetXml.slice(0, at)}<drawing r:id="${drawingRelId}"/>${sheetXml.slice(at)}`);
  const types = (await text('[Content_Types].xml')) ?? '';
  const overrides = `<Override PartName="/xl/charts/chart${chartNo}.xml" ContentType="${CHART_TYPE}"/><Override PartName="/xl/drawings/drawing${drawingNo}.xml" ContentType="${DRAWING_TYPE}"/>`;
  zip.file('[Content_Types].xml', types.replace(/<\/Types>\s*$/, `${overrides}</Types>`));
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

/** What a cell of the ExcelJS workbook shows (a formula's cached result), for the chart's title cache. */
export function cellText(workbook: ExcelJS.Workbook, sheet: string, at: Rect): string | undefined {
  const cell = workbook.getWorksheet(sheet)?.getCell(at.row + 1, at.col + 1);
  const shown: unknown = cell?.formula ? cell.result : cell?.value;
  return typeof shown === 'string' || typeof shown === 'number' ? String(shown) : undefined;
}
