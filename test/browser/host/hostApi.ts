/**
 * What the page-side Office host (officeHost.ts) exposes on window.__vcDouble, so a browser test
 * can look at the double's workbook and steer it through page.evaluate. Everything returned is
 * plain data: it crosses from the page to Node as JSON.
 */
import type { CellValue } from '../../excel-double';

/** A failure as WorkbookDouble.injectFailure takes it, minus the `when` callback (page side only). */
export interface HostFailure {
  atSync?: number;
  afterOps?: number;
  /** Fails the first queued operation with this name (e.g. 'add', 'activate')... */
  op?: string;
  /** ...and, if given, this first argument (e.g. the name 'vc_Answers' for 'add'). */
  arg?: string;
  code?: string;
  message?: string;
}

export interface VcHostApi {
  /** The display language Office reports to the pane (Office.context.displayLanguage). */
  displayLanguage: string;
  sheetNames(): string[];
  activeSheet(): string | null;
  selection(): { sheet: string; address: string } | null;
  /** Workbook-scoped names with their reference formula ("=Pricing!$C$4:$E$4"). */
  definedNames(): { name: string; formula: string }[];
  /** The cells a defined name covers, formulas as "=...", empty cells as null. */
  nameCells(name: string): (CellValue | null)[][];
  /** The whole workbook as plain data, for before/after comparisons. */
  snapshot(): unknown;
  /** How many worksheet onChanged handlers are registered (the pane's model watch). */
  changeHandlerCount(): number;
  injectFailure(failure: HostFailure): void;
  /** Types values into the cells of a defined name, row by row, without firing onChanged (as
   * if the edit happened while no handler listened). */
  typeIntoName(name: string, values: CellValue[][]): void;
  /** Types values into the cells of a defined name as a user would: onChanged handlers run. */
  userEditName(name: string, values: CellValue[][]): Promise<void>;
}

declare global {
  interface Window {
    __vcDouble?: VcHostApi;
  }
}

/** Query parameter of taskpane.html that sets the display language the host reports. */
export const DISPLAY_LANGUAGE_PARAM = 'displayLanguage';
/** Query parameter: `dark` makes Office report a dark theme (Office.context.officeTheme). */
export const OFFICE_THEME_PARAM = 'officeTheme';
/** Query parameter: `withTemplate` opens a workbook that already holds a template's marker name. */
export const WORKBOOK_PARAM = 'workbook';
