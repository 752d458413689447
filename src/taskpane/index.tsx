/** Entry point of the task pane bundle: find Office (if any) and render. */
import { createExcelPaneService } from '../adapters/excel/workbookService';
import { boot, type OfficeHost } from './boot';

const container = document.getElementById('root');
if (!container) throw new Error('taskpane.html has no #root element');
const office = (globalThis as { Office?: OfficeHost }).Office;
void boot(container, office, createExcelPaneService, navigator.language);
