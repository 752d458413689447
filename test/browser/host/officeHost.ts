/**
 * Page-side stand-in for office.js in the browser tests: served in place of Microsoft's CDN
 * script, it backs `Excel.run` with the typed Excel test double, makes `Office.onReady` report
 * Excel with the display language from the page's query string, and exposes the double on
 * window.__vcDouble (hostApi.ts). Bundled for the browser by esbuild (support/hostBundle.ts).
 */
import { rectAddress } from '../../../src/core/plan/a1';
import type { Rect } from '../../../src/core/plan/types';
import { type CellValue, createWorkbook, definedNames, installOfficeGlobals, readSheetGrid, snapshot } from '../../excel-double';
import { interpretInput } from '../../excel-double/cellInput';
import { cellKey } from '../../excel-double/state';
import { DISPLAY_LANGUAGE_PARAM, OFFICE_THEME_PARAM, WORKBOOK_PARAM, type HostFailure, type VcHostApi } from './hostApi';

// A user's workbook with something of their own in it, so "left as it was" means something.
// With ?workbook=withTemplate it also holds a template's marker name, as a workbook made earlier.
const withTemplate = new URLSearchParams(window.location.search).get(WORKBOOK_PARAM) === 'withTemplate';
const wb = createWorkbook({
  sheets: [{ name: 'Sheet1', cells: { A1: 'My notes', B2: 42 } }],
  names: withTemplate ? [{ name: 'vc_Term', sheet: 'Sheet1', address: 'B2' }] : [],
  activeSheet: 'Sheet1',
});
installOfficeGlobals(wb);
const displayLanguage = new URLSearchParams(window.location.search).get(DISPLAY_LANGUAGE_PARAM) ?? 'en-US';

// What the pane reads of Office (src/taskpane/boot.tsx): onReady and context.displayLanguage.
const office = (globalThis as unknown as { Office: { context: Record<string, unknown> } & Record<string, unknown> }).Office;
const info = { host: 'Excel', platform: 'OfficeOnline' };
office.onReady = (callback?: (i: typeof info) => void) => {
  callback?.(info);
  return Promise.resolve(info);
};
office.context.displayLanguage = displayLanguage;
// Office's colours as Excel's dark and light (colourful) themes report them.
office.context.officeTheme =
  new URLSearchParams(window.location.search).get(OFFICE_THEME_PARAM) === 'dark'
    ? { isDarkTheme: true, bodyBackgroundColor: '#262626', bodyForegroundColor: '#ffffff' }
    : { isDarkTheme: false, bodyBackgroundColor: '#ffffff', bodyForegroundColor: '#000000' };

function nameTarget(name: string): { sheet: string; rect: Rect } {
  const n = wb.state.names.find((x) => x.name.toLowerCase() === name.toLowerCase());
  const sheet = n && wb.state.sheets.find((s) => s.id === n.sheetId);
  if (!n || !sheet) throw new Error(`The workbook has no usable name ${name}`);
  return { sheet: sheet.name, rect: n.rect };
}

const api: VcHostApi = {
  displayLanguage,
  sheetNames: () => wb.sheetNames,
  activeSheet: () => wb.activeSheetName ?? null,
  selection: () => wb.selection,
  definedNames: () => definedNames(wb).map(({ name, formula }) => ({ name, formula })),
  nameCells(name) {
    const { sheet, rect } = nameTarget(name);
    return readSheetGrid(wb, sheet, rect).formulas;
  },
  snapshot: () => snapshot(wb),
  changeHandlerCount: () => wb.changeHandlerCount,
  injectFailure({ op, arg, ...rest }: HostFailure) {
    wb.injectFailure(op ? { ...rest, when: (w) => w.op === op && (arg === undefined || w.args[0] === arg) } : rest);
  },
  typeIntoName(name, values: CellValue[][]) {
    const { sheet, rect } = nameTarget(name);
    const cells = wb.sheet(sheet).cells;
    values.forEach((row, r) =>
      row.forEach((raw, c) => {
        const input = interpretInput(raw);
        const key = cellKey(rect.row + r, rect.col + c);
        if (input === 'clear') cells.delete(key);
        else if (typeof input === 'object') cells.set(key, input);
      }),
    );
  },
  userEditName(name, values) {
    const { sheet, rect } = nameTarget(name);
    return wb.userEdit(sheet, rectAddress({ ...rect, rows: values.length, cols: values[0]?.length ?? 0 }), values);
  },
};
window.__vcDouble = api;
