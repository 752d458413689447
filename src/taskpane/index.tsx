/** Entry point of the task pane bundle: find Office (if any) and render. */
import type { WorkbookService } from '../adapters/excel/contract';
import { boot, type OfficeHost } from './boot';

// TODO(lead): replace with the production service from src/adapters/excel once it exists, e.g.
//   import { createExcelWorkbookService } from '../adapters/excel';
//   const createService = (): WorkbookService => createExcelWorkbookService();
const createService = (): WorkbookService => {
  const notWired = (): Promise<never> =>
    Promise.reject(new Error('The Excel adapter is not wired into the task pane yet (src/taskpane/index.tsx).'));
  return { hasTemplate: notWired, insertTemplate: notWired };
};

const container = document.getElementById('root');
if (!container) throw new Error('taskpane.html has no #root element');
const office = (globalThis as { Office?: OfficeHost }).Office;
void boot(container, office, createService, navigator.language);
