/** Entry point of the task pane bundle: find Office (if any) and render. */
import type { PaneService } from '../adapters/excel/contract';
import { boot, type OfficeHost } from './boot';

// TODO(lead): replace with the production service from src/adapters/excel once it exists, e.g.
//   import { createExcelPaneService } from '../adapters/excel';
//   const createService = (): PaneService => createExcelPaneService();
const createService = (): PaneService => {
  const notWired = (): Promise<never> =>
    Promise.reject(new Error('The Excel adapter is not wired into the task pane yet (src/taskpane/index.tsx).'));
  return {
    hasTemplate: notWired,
    insertTemplate: notWired,
    fillFormulas: notWired,
    validate: notWired,
    selectCell: notWired,
    markFindings: notWired,
    clearMarks: notWired,
    watchModelChanges: notWired,
  };
};

const container = document.getElementById('root');
if (!container) throw new Error('taskpane.html has no #root element');
const office = (globalThis as { Office?: OfficeHost }).Office;
void boot(container, office, createService, navigator.language);
