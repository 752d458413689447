import type { RewriteLoss } from '../adapters/xlsx/rewriteLosses';
import { rewriteLosses } from '../adapters/xlsx/rewriteLosses';
import { withCustomPropertiesXml } from '../adapters/xlsx/customProperties';
import type { WorkbookPatch } from '../core/plan/types';
import type { TemplateWorkbook } from './workbookInput';

/**
 * The bytes a command that rewrote a user's workbook in ExcelJS would write, and what they lack
 * of the user's file. ExcelJS drops every chart: the Overview's own is drawn again (also where
 * `patch` adds or reshapes its data block), so only other charts count as lost. Custom document
 * properties are put back as they were.
 */
export async function rewrittenBytes(input: TemplateWorkbook, patch: WorkbookPatch | null): Promise<{ data: Uint8Array; losses: RewriteLoss[] }> {
  const { workbook } = input;
  workbook.calcProperties = { ...workbook.calcProperties, fullCalcOnLoad: true };
  const { ownChartParts, redrawOwnChart } = await import('./xlsxAdapters');
  const own = ownChartParts(input.file);
  const addsChart = patch?.redrawChart === true || patch?.names.some((n) => n.name === 'vc_ChartData') === true;
  const written = new Uint8Array(await workbook.xlsx.writeBuffer());
  const charted = own.length > 0 || addsChart ? await redrawOwnChart(written, workbook) : written;
  // ExcelJS keeps no custom document properties: the user's, and a master's or pack's identity, go back in.
  const custom = input.file.text('docProps/custom.xml');
  const data = custom !== null ? await withCustomPropertiesXml(charted, custom) : charted;
  // Judged on the very bytes that would be written.
  const keptParts = [...own, ...(custom !== null ? ['docProps/custom.xml'] : [])];
  const losses = rewriteLosses(input.file, data, patch ?? undefined).filter((l) => l.kind !== 'part' || !keptParts.includes(l.part.replace(/^\//, '')));
  return { data, losses };
}
