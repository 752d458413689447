import { resolve } from 'path';
import type { TemplateOptions } from '../../core/options';
import type { SheetKey } from '../../core/plan/types';
import { overviewChartOf } from '../../core/template/overviewChartData';
import { planTemplate } from '../../core/template/planTemplate';
import { addChart, cellText } from './addChart';
import { checkOutputPath, saveFile } from './saveFile';
import { writePlanToWorkbook } from './writePlan';

export interface TemplateFileResult {
  path: string;
  sheets: { key: SheetKey; name: string }[];
  vendorCount: number;
  bytes: number;
}

/**
 * Plans the template for the options and writes it as an .xlsx file. A relative `path` is taken
 * from `cwd`; errors (OutputFileError: the file exists without `force`, or cannot be written)
 * name `path` as given, so the user sees the path they typed.
 */
export async function writeTemplateFile(
  options: TemplateOptions,
  path: string,
  { force = false, cwd = process.cwd() }: { force?: boolean; cwd?: string } = {},
): Promise<TemplateFileResult> {
  const target = { path: resolve(cwd, path), shown: path };
  await checkOutputPath(target, force);
  const plan = planTemplate(options);
  const workbook = writePlanToWorkbook(plan);
  const chart = overviewChartOf(plan);
  const written = new Uint8Array(await workbook.xlsx.writeBuffer());
  // ExcelJS writes no chart: the Overview's is added to the package it wrote.
  const data = chart ? await addChart(written, { ...chart, titleText: cellText(workbook, chart.sheet, chart.title) }) : written;
  await saveFile(target, data, force);
  return {
    path,
    sheets: plan.sheets.map((s) => ({ key: s.key, name: s.name })),
    vendorCount: options.vendors.length,
    bytes: data.byteLength,
  };
}
