/**
 * Worksheet protection in the double, enforced as Excel does (sources below; none verified on
 * Excel here):
 * - WorksheetProtection (ExcelApi 1.2; passwords 1.7): `protected` and `options` are loadable;
 *   protect() "fails if the worksheet has already been protected"; unprotect() with a missing or
 *   wrong password fails on a sheet protected with one (the docs of pauseProtection, its sibling,
 *   name InvalidArgument for a wrong password, which the double uses).
 *   https://learn.microsoft.com/javascript/api/excel/excel.worksheetprotection
 * - A value or formula written to a locked cell of a protected sheet fails with AccessDenied
 *   (Microsoft Graph's range update, which runs the same engine: microsoftgraph/microsoft-graph-docs
 *   issue 4546); cells start locked (FormatProtection.locked, ExcelApi 1.2), and `locked` itself
 *   cannot change while the sheet is protected.
 * - Formats, conditional formats, data validation and inserting or deleting rows or columns
 *   cannot change while the sheet is protected unless its options allow them
 *   (WorksheetProtectionOptions: allowFormatCells, allowFormatColumns, allowFormatRows,
 *   allowInsertRows, allowInsertColumns, allowDeleteRows, allowDeleteColumns; conditional formats
 *   and validation have no allow option). Deleting a chart needs allowEditObjects ("Edit
 *   objects" in https://support.microsoft.com/office/protect-a-worksheet-3179efdb-1285-4d49-a9c3-f4ca36276de6).
 *   The double fails them with AccessDenied too. Excel is
 *   also reported to refuse deleting lines that hold locked cells even when allowed: not modelled.
 * - office-js issue 6784 (2026): on some builds protect()/unprotect() throw AccessDenied even on a
 *   sheet in the right state. Not modelled; tests inject such failures where they matter.
 */
import type { WorksheetProtectionLike } from '../../src/adapters/excel/excelTypes';
import type { Rect } from '../../src/core/plan/types';
import { DoubleExcelError, invalidArgument } from './errors';
import { ProxyBase, selectedProperties } from './proxy';
import { cellKey, type SheetState } from './state';
import type { WorksheetProxy } from './worksheets';

export interface ProtectionState {
  protected: boolean;
  /** null: protected without a password (Review > Unprotect Sheet needs no password). */
  password: string | null;
  options: Excel.WorksheetProtectionOptions;
}

export const UNPROTECTED: ProtectionState = { protected: false, password: null, options: {} };

/** What Excel reports for a protection option nobody set: everything is forbidden but selecting. */
function fullOptions(options: Excel.WorksheetProtectionOptions = {}): Excel.WorksheetProtectionOptions {
  const keys = [
    'allowAutoFilter',
    'allowDeleteColumns',
    'allowDeleteRows',
    'allowEditObjects',
    'allowEditScenarios',
    'allowFormatCells',
    'allowFormatColumns',
    'allowFormatRows',
    'allowInsertColumns',
    'allowInsertHyperlinks',
    'allowInsertRows',
    'allowPivotTables',
    'allowSort',
  ] as const;
  const full: Excel.WorksheetProtectionOptions = { selectionMode: options.selectionMode ?? 'Normal' };
  for (const key of keys) full[key] = options[key] === true;
  return full;
}

export function protectedState(options?: Excel.WorksheetProtectionOptions, password?: string): ProtectionState {
  return { protected: true, password: password ? password : null, options: fullOptions(options) };
}

function accessDenied(location: string): DoubleExcelError {
  return new DoubleExcelError('AccessDenied', 'The cell or chart you are trying to change is on a protected sheet.', location);
}

export type ProtectedAction =
  'formatCells' | 'formatColumns' | 'formatRows' | 'insertRows' | 'insertColumns' | 'deleteRows' | 'deleteColumns' | 'editObjects' | 'rules';

const ALLOWED_BY: Record<Exclude<ProtectedAction, 'rules'>, keyof Excel.WorksheetProtectionOptions> = {
  formatCells: 'allowFormatCells',
  formatColumns: 'allowFormatColumns',
  formatRows: 'allowFormatRows',
  insertRows: 'allowInsertRows',
  insertColumns: 'allowInsertColumns',
  deleteRows: 'allowDeleteRows',
  deleteColumns: 'allowDeleteColumns',
  editObjects: 'allowEditObjects',
};

/** Throws AccessDenied when `action` is not allowed on the sheet as it is protected now. */
export function assertAllowed(sheet: SheetState, action: ProtectedAction, location: string): void {
  const p = sheet.protection;
  if (!p.protected) return;
  if (action === 'rules' || p.options[ALLOWED_BY[action]] !== true) throw accessDenied(location);
}

/** Throws AccessDenied when a cell of `rect` is locked on a protected sheet. */
export function assertCellsEditable(sheet: SheetState, rect: Rect, location: string): void {
  if (!sheet.protection.protected) return;
  for (let r = rect.row; r < rect.row + rect.rows; r++) {
    for (let c = rect.col; c < rect.col + rect.cols; c++) {
      if (sheet.formats.get(cellKey(r, c))?.locked !== false) throw accessDenied(location);
    }
  }
}

export class WorksheetProtectionProxy extends ProxyBase implements WorksheetProtectionLike {
  constructor(private readonly sheet: WorksheetProxy) {
    super(sheet.ctx, sheet.ctx.newRef('protection'), 'WorksheetProtection');
  }

  get protected(): boolean {
    return this.read<boolean>('protected');
  }

  get options(): Excel.WorksheetProtectionOptions {
    return this.read<Excel.WorksheetProtectionOptions>('options');
  }

  load(options: { protected?: boolean; options?: boolean }): this {
    const props = selectedProperties(options);
    this.queue('protection.load', [props], (run) => {
      const sheet = this.sheet.resolve(run.state);
      if (!sheet) {
        this.resolvedAt(run, true);
        return;
      }
      this.deliverAt(run, deliveredProtection(sheet, props));
    });
    return this;
  }

  protect(options?: Excel.WorksheetProtectionOptions, password?: string): void {
    const sent = options === undefined ? undefined : (JSON.parse(JSON.stringify(options)) as Excel.WorksheetProtectionOptions);
    this.sheet.onSheet(
      'protection.protect',
      [sent ?? null, password === undefined ? null : '***'],
      (sheet) => {
        if (sheet.protection.protected)
          throw new DoubleExcelError('InvalidOperation', 'The worksheet is already protected.', 'WorksheetProtection.protect');
        sheet.protection = protectedState(sent, password);
      },
      password === undefined ? '1.2' : '1.7',
    );
  }

  unprotect(password?: string): void {
    this.sheet.onSheet(
      'protection.unprotect',
      [password === undefined ? null : '***'],
      (sheet) => {
        const p = sheet.protection;
        if (!p.protected) return;
        if (p.password !== null && p.password !== password)
          throw invalidArgument('The password you supplied is not correct.', 'WorksheetProtection.unprotect');
        sheet.protection = { ...UNPROTECTED };
      },
      password === undefined ? '1.2' : '1.7',
    );
  }
}

/** `protected` and a copy of `options`, as far as `props` asks for them. */
export function deliveredProtection(sheet: SheetState, props: readonly string[]): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  if (props.includes('protected')) values.protected = sheet.protection.protected;
  if (props.includes('options')) values.options = { ...fullOptions(sheet.protection.options) };
  return values;
}
