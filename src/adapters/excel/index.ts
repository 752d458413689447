/** The Office.js adapter: what the pane and the browser test import. */
export type { InsertResult, WorkbookService } from './contract';
export { ExcelWriteError, TemplateExistsError } from './errors';
export { insertTemplate, type InsertSettings } from './insertTemplate';
export { MIN_EXCEL_API } from './requirements';
export { hasTemplate } from './workbookInfo';
export { ExcelWorkbookService } from './workbookService';
