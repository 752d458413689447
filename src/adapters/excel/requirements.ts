/**
 * The lowest ExcelApi requirement set the adapter needs, for the manifest's <Requirements>.
 *
 * 1.8 because of Range.dataValidation (DataValidation.rule / prompt: ExcelApi 1.8), the newest
 * API used. Everything else is older:
 *   1.7  Worksheet.tabColor, Worksheet.getRangeByIndexes, WorksheetFreezePanes.freezeAt /
 *        freezeRows / freezeColumns, NamedItem.formula (read to name the sheet of a template),
 *        Worksheet.onChanged with WorksheetChangedEventArgs.address / changeType (model watch),
 *        ChartTitle.setFormula (the chart's title follows its cell)
 *   1.6  Range.conditionalFormats, ConditionalFormatCollection.add / load (items), custom rule
 *        and format, ConditionalFormat.type / customOrNullObject / delete (finding marks)
 *   1.4  NamedItemCollection.add (with comment), *.getItemOrNullObject, NamedItem.delete,
 *        NamedItem.getRangeOrNullObject (fill reads its blocks through their names)
 *   1.2  RangeFormat.columnWidth
 *   1.1  Worksheets add/delete/activate, Range.values / formulas / numberFormat / valueTypes /
 *        select / worksheet, fill, font, wrapText, Workbook.names, ChartCollection.add,
 *        Chart.title / legend / setPosition
 * Excel.run({ delayForCellEdit: true }, ...) belongs to no ExcelApi set: Office.js applies the
 * option where the host supports it and ignores it elsewhere (see onBeforeExcelRun in
 * @microsoft/office-js's excel-web-16.00.debug.js). Sources: the [Api set] notes of
 * @types/office-js and learn.microsoft.com/javascript/api/excel.
 * Also used: 1.8 DataValidation.errorAlert and clear(), Excel.createWorkbook (a pack opened in
 * a new window; a download where it fails); 1.7 Workbook.properties and properties.custom (the
 * master's id); 1.4 Worksheet.getUsedRangeOrNullObject (where the Change log ends); 1.2
 * Range.rowHidden / columnHidden and RangeFormat.rowHeight; 1.1 Range.insert / getEntireRow.
 * Newer APIs are used where the host has them, behind supportsExcelApi:
 *   1.9  Range.getSpecialCellsOrNullObject("Formulas"), RangeAreas.address: which cells hold
 *        real formulas (formulaCells.ts); a 1.8 host compares formulas with shown values.
 *   1.9  Worksheet.pageLayout (orientation, zoom, print titles, footers): a 1.8 host inserts the
 *        template without print set-up.
 */
export const MIN_EXCEL_API = '1.8';

export const PAGE_LAYOUT_API = '1.9';

/** Whether the host has ExcelApi `version`. False outside Office (no Office global: unit tests
 * on the double without installOfficeGlobals), which takes the 1.8 path. */
export function supportsExcelApi(version: string): boolean {
  return typeof Office !== 'undefined' && Office.context.requirements.isSetSupported('ExcelApi', version);
}
