/** The Office.js adapter: what the pane and the browser test import. */
export type { AnalysisService, FillResult, InsertResult, OverwrittenCell, PaneService, WorkbookService } from './contract';
export { ExcelWriteError, SheetNotFoundError, TemplateExistsError, TemplateStructureError } from './errors';
export { fillFormulas } from './fillFormulas';
export { insertTemplate, type InsertSettings } from './insertTemplate';
export { clearMarks, MARK_MARKER, markFindings } from './marks';
export { readSnapshot } from './readSnapshot';
export { MIN_EXCEL_API } from './requirements';
export { selectCell } from './selectCell';
export { validateWorkbook } from './validateWorkbook';
export { hasTemplate } from './workbookInfo';
export { createExcelPaneService, ExcelWorkbookService } from './workbookService';
