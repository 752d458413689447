/** Workbooks for the analysis tests: a template inserted into the double, and ways to edit it. */
import { insertTemplate } from '../../../src/adapters/excel/insertTemplate';
import { PRICING_MODELS, type ModelId } from '../../../src/core/catalogue/models';
import { DEFAULT_OPTIONS, type TemplateOptions, type VendorQuote } from '../../../src/core/options';
import { rectAddress } from '../../../src/core/plan/a1';
import { createWorkbook, installOfficeGlobals, type InstalledOfficeGlobals, type WorkbookDouble } from '../../excel-double';

export function templateOptions(vendors: VendorQuote[], extra: Partial<TemplateOptions> = {}): TemplateOptions {
  return { ...DEFAULT_OPTIONS, vendors, ...extra };
}

export const named = (...names: string[]): VendorQuote[] => names.map((name) => ({ name }));

/** A fresh double with the template inserted (the insert's syncs are not counted by callers,
 * who use a new context). */
export async function workbookWithTemplate(options: TemplateOptions): Promise<WorkbookDouble> {
  const wb = createWorkbook();
  await insertTemplate(wb.newContext(), options);
  return wb;
}

/** Where a defined name points now, as sheet and rectangle. */
export function nameAt(wb: WorkbookDouble, name: string): { sheet: string; rect: { row: number; col: number; rows: number; cols: number } } {
  const n = wb.state.names.find((x) => x.name === name);
  const sheet = n && wb.state.sheets.find((s) => s.id === n.sheetId);
  if (!n || !sheet) throw new Error(`no usable name ${name}`);
  return { sheet: sheet.name, rect: n.rect };
}

/** The A1 address of the cell `r`, `c` inside a named block. */
export function cellOfName(wb: WorkbookDouble, name: string, r = 0, c = 0): { sheet: string; address: string } {
  const { sheet, rect } = nameAt(wb, name);
  return { sheet, address: rectAddress({ row: rect.row + r, col: rect.col + c, rows: 1, cols: 1 }) };
}

export function modelLabel(id: ModelId, language: 'en' | 'zh' = 'en'): string {
  return PRICING_MODELS.find((m) => m.id === id)!.label[language];
}

/** The user picks a model in the sheet (no event: the tests of fill call it themselves). */
export async function setModels(wb: WorkbookDouble, models: (ModelId | null)[]): Promise<void> {
  const { sheet, rect } = nameAt(wb, 'vc_Model');
  const row = models.map((m) => (m ? modelLabel(m) : ''));
  const address = rectAddress({ ...rect, cols: row.length });
  // No handler is registered in these tests, so this is just typing into the cells.
  await wb.userEdit(sheet, address, [row]);
}

/**
 * The two ways the adapter tells real formulas from text that reads like one: the formula cells
 * of ExcelApi 1.9 (getSpecialCells), and the shown values on a 1.8 host. Call in a describe
 * block; the returned function makes a workbook (and Office's isSetSupported) answer like a host
 * of `excelApi` until the test ends.
 */
export function onExcelHost(excelApi: string): (wb: WorkbookDouble) => WorkbookDouble {
  let installed: InstalledOfficeGlobals[] = [];
  afterEach(() => {
    for (const globals of installed.reverse()) globals.uninstall();
    installed = [];
  });
  return (wb) => {
    installed.push(installOfficeGlobals(wb, { requirementSets: { ExcelApi: excelApi } }));
    return wb;
  };
}

export const EXCEL_HOSTS = ['1.8', '1.9'] as const;
