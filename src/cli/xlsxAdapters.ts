/**
 * The adapters that load ExcelJS, for the commands to import on first use: loading ExcelJS takes
 * about 200 ms, which `--help`, `--version` and a usage error need not pay.
 */
export { applyPatch, occupiedCells } from '../adapters/xlsx/applyPatch';
export { ownChartParts, redrawOwnChart } from '../adapters/xlsx/ownChart';
export { readSnapshot } from '../adapters/xlsx/readSnapshot';
export { readWorkbookFile } from '../adapters/xlsx/readWorkbookFile';
export { returnedPack } from '../adapters/xlsx/returnedPack';
export { writeTemplateFile } from '../adapters/xlsx/writeTemplateFile';
