/**
 * The narrow slice of the Excel object model the adapter uses, cut from @types/office-js.
 *
 * Every member is picked from the real Excel type (or re-declared with the real name and a
 * narrowed return type), so a misspelt method fails to compile both in the adapter and in the
 * test double (test/excel-double), which implements exactly these types. The assertions at the
 * end check both directions: no member here is missing from Excel, and the real
 * Excel.RequestContext can be passed wherever a RequestContextLike is expected.
 */

export interface RequestContextLike extends Pick<Excel.RequestContext, 'sync'> {
  readonly workbook: WorkbookLike;
}

export interface WorkbookLike {
  readonly worksheets: WorksheetCollectionLike;
  readonly names: NamedItemCollectionLike;
  /** ExcelApi 1.7. */
  readonly properties: DocumentPropertiesLike;
}

export interface DocumentPropertiesLike extends Pick<Excel.DocumentProperties, 'title' | 'subject' | 'keywords' | 'comments'> {
  /** ExcelApi 1.7: the workbook's custom document properties (the master's id, a pack's identity). */
  readonly custom: CustomPropertyCollectionLike;
  load(options: Pick<Excel.Interfaces.DocumentPropertiesLoadOptions, 'title' | 'subject' | 'keywords' | 'comments'>): DocumentPropertiesLike;
}

/** ExcelApi 1.7. Keys are case-insensitive; add() creates or sets (values over 255 characters are
 * trimmed outside Excel on the web). */
export interface CustomPropertyCollectionLike {
  add(key: string, value: string): CustomPropertyLike;
  getItemOrNullObject(key: string): CustomPropertyLike;
}

export interface CustomPropertyLike extends Pick<Excel.CustomProperty, 'key' | 'value' | 'isNullObject'> {
  load(options: Pick<Excel.Interfaces.CustomPropertyLoadOptions, 'key' | 'value'>): CustomPropertyLike;
}

export interface WorksheetCollectionLike {
  readonly items: WorksheetLike[];
  add(name?: string): WorksheetLike;
  getItemOrNullObject(key: string): WorksheetLike;
  load(options: Pick<Excel.Interfaces.WorksheetCollectionLoadOptions, 'name'> & { protection?: WorksheetProtectionLoad }): WorksheetCollectionLike;
}

type WorksheetProtectionLoad = Pick<Excel.Interfaces.WorksheetProtectionLoadOptions, 'protected' | 'options'>;

/** ExcelApi 1.2 (the password arguments 1.7). protect() fails on a sheet already protected. */
export interface WorksheetProtectionLike extends Pick<Excel.WorksheetProtection, 'protected' | 'options'> {
  protect(options?: Excel.WorksheetProtectionOptions, password?: string): void;
  unprotect(password?: string): void;
  load(options: WorksheetProtectionLoad): WorksheetProtectionLike;
}

export interface WorksheetLike extends Pick<Excel.Worksheet, 'name' | 'tabColor' | 'activate' | 'delete' | 'isNullObject'> {
  readonly freezePanes: WorksheetFreezePanesLike;
  readonly pageLayout: PageLayoutLike;
  readonly charts: ChartCollectionLike;
  readonly onChanged: EventHandlersLike<WorksheetChangedEventArgsLike>;
  readonly protection: WorksheetProtectionLike;
  getRange(address?: string): RangeLike;
  getRangeByIndexes(startRow: number, startColumn: number, rowCount: number, columnCount: number): RangeLike;
  /** ExcelApi 1.4: the smallest range holding every cell with a value (`valuesOnly`); a null object on an empty sheet. */
  getUsedRangeOrNullObject(valuesOnly?: boolean): RangeLike;
}

/** ExcelApi 1.9: used only where the host has it (supportsExcelApi). */
export interface PageLayoutLike extends Pick<Excel.PageLayout, 'orientation' | 'zoom'> {
  readonly headersFooters: { readonly defaultForAllPages: HeaderFooterLike };
  setPrintTitleRows(rows: string): void;
  setPrintTitleColumns(columns: string): void;
}

export type HeaderFooterLike = Pick<Excel.HeaderFooter, 'leftFooter' | 'centerFooter' | 'rightFooter'>;

export interface WorksheetFreezePanesLike extends Pick<Excel.WorksheetFreezePanes, 'freezeRows' | 'freezeColumns'> {
  freezeAt(frozenRange: RangeLike | string): void;
}

/** Values and formulas are 2-D arrays shaped like the range; null leaves a cell as it is. */
export interface RangeLike extends Pick<
  Excel.Range,
  'values' | 'formulas' | 'numberFormat' | 'address' | 'valueTypes' | 'select' | 'isNullObject' | 'rowHidden' | 'columnHidden'
> {
  readonly format: RangeFormatLike;
  readonly dataValidation: DataValidationLike;
  readonly conditionalFormats: ConditionalFormatCollectionLike;
  readonly worksheet: WorksheetLike;
  /** ExcelApi 1.1. */
  getEntireRow(): RangeLike;
  /** ExcelApi 1.1. */
  getEntireColumn(): RangeLike;
  /** ExcelApi 1.1; the adapter inserts entire rows ('Down') or entire columns ('Right') only. */
  insert(shift: 'Down' | 'Right'): RangeLike;
  /** ExcelApi 1.1; entire rows ('Up') or entire columns ('Left') only. */
  delete(shift: 'Up' | 'Left'): void;
  /** ExcelApi 1.1: 'All' empties the cells and resets their formats. */
  clear(applyTo: 'All'): void;
  load(options: Pick<Excel.Interfaces.RangeLoadOptions, 'values' | 'formulas' | 'numberFormat' | 'address' | 'valueTypes'>): RangeLike;
  /** ExcelApi 1.9: the cells holding real formulas (a null object when there are none). */
  getSpecialCellsOrNullObject(cellType: 'Formulas'): RangeAreasLike;
}

/** Several rectangles of one sheet; `address` lists them ("Pricing!D40:G45, Pricing!D47"). */
export interface RangeAreasLike extends Pick<Excel.RangeAreas, 'address' | 'isNullObject'> {
  load(options: Pick<Excel.Interfaces.RangeAreasLoadOptions, 'address'>): RangeAreasLike;
}

export interface RangeFormatLike extends Pick<Excel.RangeFormat, 'columnWidth' | 'rowHeight' | 'wrapText'> {
  readonly fill: RangeFillLike;
  readonly font: RangeFontLike;
  /** ExcelApi 1.2: `locked` matters only while the sheet is protected. */
  readonly protection: FormatProtectionLike;
}

export type FormatProtectionLike = Pick<Excel.FormatProtection, 'locked'>;

export type RangeFillLike = Pick<Excel.RangeFill, 'color'>;
export type RangeFontLike = Pick<Excel.RangeFont, 'color' | 'bold' | 'italic' | 'size' | 'underline'>;

export type DataValidationLike = Pick<Excel.DataValidation, 'rule' | 'prompt' | 'errorAlert' | 'clear'>;

export interface ConditionalFormatCollectionLike extends Pick<Excel.ConditionalFormatCollection, 'isNullObject'> {
  readonly items: ConditionalFormatLike[];
  add(type: 'Custom'): ConditionalFormatLike;
  /** ExcelApi 1.6: the range's cells lose every conditional format. */
  clearAll(): void;
  load(options: Pick<Excel.Interfaces.ConditionalFormatCollectionLoadOptions, 'type' | 'customOrNullObject'>): ConditionalFormatCollectionLike;
}

export interface ConditionalFormatLike extends Pick<Excel.ConditionalFormat, 'type' | 'delete'> {
  readonly custom: CustomConditionalFormatLike;
  /** A null object when the format is not a custom one (a data bar, say). */
  readonly customOrNullObject: CustomConditionalFormatLike;
}

export interface CustomConditionalFormatLike extends Pick<Excel.CustomConditionalFormat, 'isNullObject'> {
  readonly rule: Pick<Excel.ConditionalFormatRule, 'formula'>;
  readonly format: ConditionalRangeFormatLike;
}

export interface ConditionalRangeFormatLike {
  readonly fill: Pick<Excel.ConditionalRangeFill, 'color'>;
  readonly font: Pick<Excel.ConditionalRangeFont, 'color'>;
}

export interface NamedItemCollectionLike {
  readonly items: NamedItemLike[];
  add(name: string, reference: RangeLike | string, comment?: string): NamedItemLike;
  getItemOrNullObject(name: string): NamedItemLike;
  load(options: Pick<Excel.Interfaces.NamedItemCollectionLoadOptions, 'name' | 'formula'>): NamedItemCollectionLike;
}

export interface NamedItemLike extends Pick<Excel.NamedItem, 'name' | 'formula' | 'comment' | 'delete' | 'isNullObject'> {
  /** A null object when the name does not refer to a range (e.g. =#REF!). */
  getRangeOrNullObject(): RangeLike;
}

/** Charts take their own signatures: the real ones accept Excel.Range, which the double is not. */
export interface ChartCollectionLike {
  add(type: 'Line' | 'ColumnClustered', sourceData: RangeLike, seriesBy?: 'Columns' | 'Rows'): ChartLike;
  /** ExcelApi 1.4. */
  getItemOrNullObject(name: string): Pick<Excel.Chart, 'delete'>;
}

export interface ChartLike extends Pick<Excel.Chart, 'name'> {
  readonly title: Pick<Excel.ChartTitle, 'text' | 'setFormula'>;
  readonly legend: Pick<Excel.ChartLegend, 'position'>;
  readonly series: ChartSeriesCollectionLike;
  setPosition(startCell: string, endCell?: string): void;
}

export interface ChartSeriesCollectionLike {
  getItemAt(index: number): ChartSeriesLike;
}

export type ChartSeriesLike = Pick<Excel.ChartSeries, 'name'>;

export type WorksheetChangedEventArgsLike = Pick<Excel.WorksheetChangedEventArgs, 'address' | 'changeType' | 'source' | 'type' | 'worksheetId'>;

export interface EventHandlersLike<T> {
  add(handler: (args: T) => Promise<unknown>): EventHandlerResultLike;
}

/** Removing a handler must happen on the request context that added it (`context`). */
export interface EventHandlerResultLike {
  readonly context: Pick<OfficeExtension.ClientRequestContext, 'sync'>;
  remove(): void;
}

// ---- compile-time checks (types only, nothing runs) ----

/** `never` when every key of Narrow exists on Real; otherwise the misspelt keys. */
type ExtraKeys<Narrow, Real> = Exclude<keyof Narrow, keyof Real>;
type MustBeNever<T extends never> = T;

export type NoMisspeltMembers = [
  MustBeNever<ExtraKeys<RequestContextLike, Excel.RequestContext>>,
  MustBeNever<ExtraKeys<WorkbookLike, Excel.Workbook>>,
  MustBeNever<ExtraKeys<DocumentPropertiesLike, Excel.DocumentProperties>>,
  MustBeNever<ExtraKeys<CustomPropertyCollectionLike, Excel.CustomPropertyCollection>>,
  MustBeNever<ExtraKeys<CustomPropertyLike, Excel.CustomProperty>>,
  MustBeNever<ExtraKeys<WorksheetCollectionLike, Excel.WorksheetCollection>>,
  MustBeNever<ExtraKeys<WorksheetLike, Excel.Worksheet>>,
  MustBeNever<ExtraKeys<WorksheetProtectionLike, Excel.WorksheetProtection>>,
  MustBeNever<ExtraKeys<FormatProtectionLike, Excel.FormatProtection>>,
  MustBeNever<ExtraKeys<WorksheetFreezePanesLike, Excel.WorksheetFreezePanes>>,
  MustBeNever<ExtraKeys<PageLayoutLike, Excel.PageLayout>>,
  MustBeNever<ExtraKeys<HeaderFooterLike, Excel.HeaderFooter>>,
  MustBeNever<ExtraKeys<RangeLike, Excel.Range>>,
  MustBeNever<ExtraKeys<RangeAreasLike, Excel.RangeAreas>>,
  MustBeNever<ExtraKeys<RangeFormatLike, Excel.RangeFormat>>,
  MustBeNever<ExtraKeys<ConditionalFormatCollectionLike, Excel.ConditionalFormatCollection>>,
  MustBeNever<ExtraKeys<ConditionalFormatLike, Excel.ConditionalFormat>>,
  MustBeNever<ExtraKeys<CustomConditionalFormatLike, Excel.CustomConditionalFormat>>,
  MustBeNever<ExtraKeys<ConditionalRangeFormatLike, Excel.ConditionalRangeFormat>>,
  MustBeNever<ExtraKeys<NamedItemCollectionLike, Excel.NamedItemCollection>>,
  MustBeNever<ExtraKeys<NamedItemLike, Excel.NamedItem>>,
  MustBeNever<ExtraKeys<ChartCollectionLike, Excel.ChartCollection>>,
  MustBeNever<ExtraKeys<ChartLike, Excel.Chart>>,
  MustBeNever<ExtraKeys<ChartSeriesCollectionLike, Excel.ChartSeriesCollection>>,
  MustBeNever<ExtraKeys<EventHandlersLike<unknown>, OfficeExtension.EventHandlers<Excel.WorksheetChangedEventArgs>>>,
  MustBeNever<ExtraKeys<EventHandlerResultLike, OfficeExtension.EventHandlerResult<Excel.WorksheetChangedEventArgs>>>,
];

type MustExtend<Real extends Narrow, Narrow> = [Real, Narrow];
/** The real Excel context satisfies the narrow one, so production code can hand it over. */
export type RealContextFits = MustExtend<Excel.RequestContext, RequestContextLike>;
