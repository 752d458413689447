/**
 * Features inside the workbook and worksheet parts that ExcelJS 4 drops when it rewrites a file,
 * although it keeps the part itself: an element it does not read (workbook protection, custom
 * views...), an extension it does not know (extLst: sparklines, slicers, Excel 2010 data
 * validation...) or a setting it writes back its own way (iterative calculation, filter criteria).
 */
import { xmlOutline, type OutlineElement } from './xmlOutline';

export interface FeatureLoss {
  kind: 'feature';
  /** The sheet whose part holds the feature; null for the workbook part. */
  sheet: string | null;
  /**
   * An element's name ("workbookProtection"), "ext:" and the extension's element for an extLst
   * entry ("ext:sparklineGroups"), or one of "iterativeCalculation", "manualCalculation",
   * "filterCriteria".
   */
  feature: string;
}

/** Read and written back by ExcelJS; or (last ones) without effect on the workbook's content. */
const WORKBOOK_KEPT = new Set(['fileVersion', 'workbookPr', 'bookViews', 'sheets', 'definedNames', 'calcPr', 'extLst', 'fileRecoveryPr', 'AlternateContent', 'revisionPtr']);
/** Extensions that only record which Excel features the file was saved with. */
const WORKBOOK_EXTENSIONS_KEPT = new Set(['workbookPr', 'calcFeatures', 'extCalcPr']);
/**
 * Elements a rewrite keeps. drawing, legacyDrawing, picture and tableParts point to parts of
 * their own, which the part check judges; phoneticPr only sets how phonetic guides show.
 */
const SHEET_KEPT = new Set([
  'sheetPr', 'dimension', 'sheetViews', 'sheetFormatPr', 'cols', 'sheetData', 'sheetProtection', 'autoFilter', 'mergeCells',
  'phoneticPr', 'conditionalFormatting', 'dataValidations', 'hyperlinks', 'printOptions', 'pageMargins', 'pageSetup',
  'headerFooter', 'rowBreaks', 'drawing', 'legacyDrawing', 'picture', 'tableParts', 'extLst',
]);
const SHEET_EXTENSIONS_KEPT = new Set(['conditionalFormattings']);

function isOn(value: string | undefined): boolean {
  return value === '1' || value === 'true';
}

/** An element with neither attributes nor children says nothing (LibreOffice writes <workbookProtection/>). */
function isEmpty(element: OutlineElement): boolean {
  return element.children.length === 0 && Object.keys(element.attributes).length === 0;
}

function extensionLosses(extLst: OutlineElement, kept: ReadonlySet<string>): string[] {
  return extLst.children.flatMap((ext) => ext.children.filter((child) => !kept.has(child.name)).map((child) => `ext:${child.name}`));
}

/** What a rewrite of xl/workbook.xml loses. */
export function workbookFeatureLosses(xml: string): FeatureLoss[] {
  const features: string[] = [];
  for (const element of xmlOutline(xml)?.children ?? []) {
    if (!WORKBOOK_KEPT.has(element.name)) {
      if (!isEmpty(element)) features.push(element.name);
    } else if (element.name === 'extLst') {
      features.push(...extensionLosses(element, WORKBOOK_EXTENSIONS_KEPT));
    } else if (element.name === 'calcPr') {
      // ExcelJS writes a calcPr of its own: automatic, without iteration.
      if (isOn(element.attributes.iterate)) features.push('iterativeCalculation');
      if (element.attributes.calcMode === 'manual') features.push('manualCalculation');
    }
  }
  return [...new Set(features)].map((feature) => ({ kind: 'feature', sheet: null, feature }));
}

/** What a rewrite of one worksheet part loses; `sheet` names it in the result. */
export function sheetFeatureLosses(xml: string, sheet: string): FeatureLoss[] {
  const features: string[] = [];
  for (const element of xmlOutline(xml)?.children ?? []) {
    if (!SHEET_KEPT.has(element.name)) {
      if (!isEmpty(element)) features.push(element.name);
    } else if (element.name === 'extLst') {
      features.push(...extensionLosses(element, SHEET_EXTENSIONS_KEPT));
    } else if (element.name === 'autoFilter' && element.children.length > 0) {
      // ExcelJS keeps the filter's range only, not what it filters on or sorts by.
      features.push('filterCriteria');
    }
  }
  return [...new Set(features)].map((feature) => ({ kind: 'feature', sheet, feature }));
}

/** The workbook part's losses, then each sheet's (a sheet without a part is left to the part check). */
export function unkeptFeatures(workbookXml: string, sheets: readonly { name: string; xml: string | null }[]): FeatureLoss[] {
  return [...workbookFeatureLosses(workbookXml), ...sheets.flatMap((s) => (s.xml === null ? [] : sheetFeatureLosses(s.xml, s.name)))];
}
