/**
 * The Overview's own chart in a workbook being rewritten (fill): ExcelJS drops every chart, so a
 * rewrite draws ours again from the defined names, and only the parts of other charts (the
 * user's) count as lost. Ours is a chart whose every reference lies in vc_ChartTitle or
 * vc_ChartData, however Excel or LibreOffice spelt them (quotes dropped, another chart style).
 */
import type ExcelJS from 'exceljs';
import { parseRange } from '../../core/plan/a1';
import type { Rect } from '../../core/plan/types';
import { addChart, cellText } from './addChart';
import type { ChartCells } from './chartXml';
import { relationships, relsPartOf, sheetParts, targetPart } from './packageRels';
import type { PackageParts } from './rewriteLosses';
import { allDefinedNamesInXml, unescapeXml, type RawDefinedName } from './workbookNames';
import { readPart, readZipDirectory } from './zipDirectory';

/** "'Over''view'!$A$1:$B$2" or "Overview!A1" as sheet and rectangle; null for anything else. */
export function parseSheetRange(text: string): { sheet: string; rect: Rect } | null {
  const m = /^(?:'((?:[^']|'')+)'|([^'!:]+))!(\$?[A-Z]{1,3}\$?\d+(?::\$?[A-Z]{1,3}\$?\d+)?)$/.exec(text.trim().replace(/^=/, ''));
  if (!m) return null;
  return { sheet: m[1] !== undefined ? m[1].replace(/''/g, "'") : m[2]!, rect: parseRange(m[3]!.replace(/\$/g, '')) };
}

/** The chart's cells as the workbook's names give them now; null when a name is missing or odd. */
export function chartCellsOf(names: readonly RawDefinedName[]): ChartCells | null {
  const find = (name: string) => {
    const found = names.find((n) => n.name === name);
    return found ? parseSheetRange(found.reference) : null;
  };
  const title = find('vc_ChartTitle');
  const data = find('vc_ChartData');
  if (!title || !data || title.sheet !== data.sheet || data.rect.cols < 2 || data.rect.rows < 2) return null;
  return { sheet: data.sheet, title: title.rect, data: data.rect };
}

const inside = (r: Rect, outer: Rect) => r.row >= outer.row && r.col >= outer.col && r.row + r.rows <= outer.row + outer.rows && r.col + r.cols <= outer.col + outer.cols;

function isOwnChart(xml: string, cells: ChartCells): boolean {
  const refs = [...xml.matchAll(/<(?:\w+:)?f>([^<]*)<\/(?:\w+:)?f>/g)].map((m) => parseSheetRange(unescapeXml(m[1] ?? '')));
  return refs.length > 0 && refs.every((r) => r !== null && r.sheet === cells.sheet && (inside(r.rect, cells.data) || inside(r.rect, cells.title)));
}

/**
 * The parts of the original that hold our chart and that redrawing it replaces: the chart, its
 * relationships and what they point to (Excel adds a style and colours part), and the drawing
 * when it holds nothing else. Empty when the workbook has no chart of ours.
 */
export function ownChartParts(original: PackageParts): string[] {
  const workbookXml = original.text('xl/workbook.xml');
  const cells = chartCellsOf(allDefinedNamesInXml(workbookXml ?? ''));
  const sheetPart = cells && sheetParts(workbookXml, original.text('xl/_rels/workbook.xml.rels')).get(cells.sheet);
  if (!cells || !sheetPart) return [];
  const own: string[] = [];
  for (const drawing of relationships(original.text(relsPartOf(sheetPart))).filter((r) => r.type.endsWith('/drawing'))) {
    const drawingPart = targetPart(sheetPart, drawing.target);
    const targets = relationships(original.text(relsPartOf(drawingPart)));
    const charts = targets.filter((r) => r.type.endsWith('/chart')).map((r) => targetPart(drawingPart, r.target));
    const ours = charts.filter((part) => isOwnChart(original.text(part) ?? '', cells));
    for (const chart of ours) {
      own.push(chart, relsPartOf(chart), ...relationships(original.text(relsPartOf(chart))).map((r) => targetPart(chart, r.target)));
    }
    if (ours.length > 0 && ours.length === targets.length) own.push(drawingPart, relsPartOf(drawingPart));
  }
  return own.filter((part) => original.parts.some((p) => p.replace(/^\//, '') === part));
}

/**
 * The bytes ExcelJS wrote with our chart drawn again from the names as they now stand (an
 * upgrade may have moved them). `workbook` gives the title's text for the cache.
 */
export async function redrawOwnChart(written: Uint8Array, workbook: ExcelJS.Workbook): Promise<Uint8Array> {
  const data = Buffer.from(written.buffer, written.byteOffset, written.byteLength);
  const directory = readZipDirectory(data);
  const workbookXml = directory.ok ? readPart(data, directory.entries, 'xl/workbook.xml')?.toString('utf8') : undefined;
  const cells = chartCellsOf(allDefinedNamesInXml(workbookXml ?? ''));
  return cells ? addChart(written, { ...cells, titleText: cellText(workbook, cells.sheet, cells.title) }) : written;
}
