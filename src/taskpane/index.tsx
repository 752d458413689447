/** Entry point of the task pane bundle: find Office (if any) and render. */
import { boot, type OfficeHost } from './boot';
import { lazyPaneService } from './lazyService';

const container = document.getElementById('root');
if (!container) throw new Error('taskpane.html has no #root element');
const office = (globalThis as { Office?: OfficeHost }).Office;
// The Excel adapter is its own chunk: the form draws without it (see lazyService.ts).
const createService = () =>
  lazyPaneService(() =>
    import(/* webpackChunkName: "excel" */ '../adapters/excel/workbookService').then((m) => m.createExcelPaneService()),
  );
void boot(container, office, createService, navigator.language);
