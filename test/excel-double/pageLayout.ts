/**
 * Worksheet.pageLayout (ExcelApi 1.9): orientation, zoom (fit to pages), print titles and the
 * footers, written at sync; a 1.8 host has no such object (officeGlobals refuses 1.9 calls there).
 * https://learn.microsoft.com/javascript/api/excel/excel.pagelayout
 */
import type { HeaderFooterLike, PageLayoutLike } from '../../src/adapters/excel/excelTypes';
import { invalidArgument, propertyNotLoaded } from './errors';
import type { SheetState } from './state';
import type { WorksheetProxy } from './worksheets';

export interface PageLayoutState {
  orientation?: string;
  zoom?: Excel.PageLayoutZoomOptions;
  titleRows?: string;
  titleColumns?: string;
  footer: { left?: string; center?: string; right?: string };
}

type OnSheet = (op: string, args: unknown[], change: (sheet: SheetState) => void) => void;

class FooterProxy implements HeaderFooterLike {
  constructor(private readonly on: OnSheet) {}
  private set(part: 'left' | 'center' | 'right', value: string): void {
    this.on(`pageLayout.headersFooters.defaultForAllPages.${part}Footer`, [value], (s) => {
      if (typeof value !== 'string') throw invalidArgument('A footer must be text.', 'HeaderFooter');
      s.pageLayout.footer[part] = value;
    });
  }
  get leftFooter(): string {
    throw propertyNotLoaded('HeaderFooter', 'leftFooter');
  }
  set leftFooter(v: string) {
    this.set('left', v);
  }
  get centerFooter(): string {
    throw propertyNotLoaded('HeaderFooter', 'centerFooter');
  }
  set centerFooter(v: string) {
    this.set('center', v);
  }
  get rightFooter(): string {
    throw propertyNotLoaded('HeaderFooter', 'rightFooter');
  }
  set rightFooter(v: string) {
    this.set('right', v);
  }
}

export class PageLayoutProxy implements PageLayoutLike {
  readonly headersFooters: { readonly defaultForAllPages: FooterProxy };
  private readonly on: OnSheet;

  constructor(sheet: WorksheetProxy) {
    this.on = (op, args, change) => sheet.onSheet(op, args, (s) => change(s), '1.9');
    this.headersFooters = { defaultForAllPages: new FooterProxy(this.on) };
  }

  get orientation(): Excel.PageOrientation | 'Portrait' | 'Landscape' {
    throw propertyNotLoaded('PageLayout', 'orientation');
  }
  set orientation(value: Excel.PageOrientation | 'Portrait' | 'Landscape') {
    this.on('pageLayout.orientation', [value], (s) => {
      if (value !== 'Portrait' && value !== 'Landscape') throw invalidArgument(`'${String(value)}' is not an orientation.`, 'PageLayout.orientation');
      s.pageLayout.orientation = value;
    });
  }

  get zoom(): Excel.PageLayoutZoomOptions {
    throw propertyNotLoaded('PageLayout', 'zoom');
  }
  set zoom(value: Excel.PageLayoutZoomOptions) {
    this.on('pageLayout.zoom', [value], (s) => {
      if (value.scale !== undefined && (value.horizontalFitToPages !== undefined || value.verticalFitToPages !== undefined)) {
        throw invalidArgument('A zoom is a scale or a fit to pages, not both.', 'PageLayout.zoom');
      }
      s.pageLayout.zoom = { ...value };
    });
  }

  setPrintTitleRows(rows: string): void {
    this.on('pageLayout.setPrintTitleRows', [rows], (s) => {
      if (!/^\$?\d+:\$?\d+$/.test(rows)) throw invalidArgument(`'${rows}' is not a row range.`, 'PageLayout.setPrintTitleRows');
      s.pageLayout.titleRows = rows;
    });
  }

  setPrintTitleColumns(columns: string): void {
    this.on('pageLayout.setPrintTitleColumns', [columns], (s) => {
      if (!/^\$?[A-Z]{1,3}:\$?[A-Z]{1,3}$/.test(columns)) throw invalidArgument(`'${columns}' is not a column range.`, 'PageLayout.setPrintTitleColumns');
      s.pageLayout.titleColumns = columns;
    });
  }
}
