/** The production WorkbookService: each call is one Excel.run against the open workbook. */
import type { TemplateOptions } from '../../core/options';
import type { InsertResult, WorkbookService } from './contract';
import { insertTemplate } from './insertTemplate';
import { hasTemplate } from './workbookInfo';

/** Wait for the user to leave cell-edit mode instead of failing the batch. */
const RUN_OPTIONS: Excel.RunOptions = { delayForCellEdit: true };

export class ExcelWorkbookService implements WorkbookService {
  hasTemplate(): Promise<boolean> {
    return Excel.run(RUN_OPTIONS, (context) => hasTemplate(context));
  }

  insertTemplate(options: TemplateOptions): Promise<InsertResult> {
    return Excel.run(RUN_OPTIONS, (context) => insertTemplate(context, options));
  }
}
