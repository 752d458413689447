import type { WorkbookLike } from '../../src/adapters/excel/excelTypes';
import type { RequestContextDouble } from './context';
import { DocumentPropertiesProxy } from './documentProperties';
import { NamedItemCollectionProxy } from './names';
import { WorksheetCollectionProxy } from './worksheets';

/** context.workbook: the entry point to worksheets and names. */
export class WorkbookProxy implements WorkbookLike {
  readonly worksheets: WorksheetCollectionProxy;
  readonly names: NamedItemCollectionProxy;
  readonly properties: DocumentPropertiesProxy;

  constructor(ctx: RequestContextDouble) {
    this.worksheets = new WorksheetCollectionProxy(ctx);
    this.names = new NamedItemCollectionProxy(ctx);
    this.properties = new DocumentPropertiesProxy(ctx);
  }
}
