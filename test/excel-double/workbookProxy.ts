import type { WorkbookLike } from '../../src/adapters/excel/excelTypes';
import type { RequestContextDouble } from './context';
import { NamedItemCollectionProxy } from './names';
import { WorksheetCollectionProxy } from './worksheets';

/** context.workbook: the entry point to worksheets and names. */
export class WorkbookProxy implements WorkbookLike {
  readonly worksheets: WorksheetCollectionProxy;
  readonly names: NamedItemCollectionProxy;

  constructor(ctx: RequestContextDouble) {
    this.worksheets = new WorksheetCollectionProxy(ctx);
    this.names = new NamedItemCollectionProxy(ctx);
  }
}
