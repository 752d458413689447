/**
 * An in-memory, typed test double of the part of the Excel object model the adapter uses
 * (src/adapters/excel/excelTypes.ts). It enforces load/sync semantics, queues writes until
 * sync, parses cell input as Excel does, counts syncs and measures each request. It also keeps
 * the selection, charts and worksheet onChanged handlers, and fires change events as a user's
 * edit would (WorkbookDouble.userEdit / fireChanged). Formulas read back as Excel spells them
 * (formulaSpelling.ts); quote-prefixed "=..." text reads back like a formula, and only
 * getSpecialCells("Formulas") (ExcelApi 1.9, rangeAreas.ts) tells the two apart.
 */
export type { Cell, CellValue } from './cellInput';
export type { SyncStats, WireOp } from './context';
export { RequestContextDouble } from './context';
export { DoubleExcelError } from './errors';
export { type KnownNames, respellFormula } from './formulaSpelling';
export { cellAt, definedNames, formatAt, readSheetGrid, type SheetGrid, snapshot } from './inspect';
export { installOfficeGlobals, type InstalledOfficeGlobals, type OfficeGlobalsOptions } from './officeGlobals';
export type { CellFormat, ChartState, ConditionalFormatState, SheetState, ValidationState } from './state';
export {
  createWorkbook,
  type FailureSpec,
  type SeedConditionalFormat,
  type SeedName,
  type SeedSheet,
  type WorkbookDouble,
  type WorkbookSeed,
} from './workbook';
