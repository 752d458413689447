/**
 * What the task pane needs from the Office.js adapter. The pane's hooks depend on this
 * interface only, so components never touch `Excel` and tests can hand in a fake.
 */
import type { TemplateOptions } from '../../core/options';
import type { SheetKey } from '../../core/plan/types';

export interface InsertResult {
  /** The sheets created, with their final (possibly suffixed) names, in workbook order. */
  sheets: { key: SheetKey; name: string }[];
  vendorCount: number;
  /** How many context.sync() round trips the insert took. */
  syncs: number;
}

export interface WorkbookService {
  /** True when the open workbook already holds a Vendor Compare template. */
  hasTemplate(): Promise<boolean>;
  insertTemplate(options: TemplateOptions): Promise<InsertResult>;
}
