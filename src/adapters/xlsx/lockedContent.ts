/**
 * A fingerprint per sheet of a pack's locked content: every cell the vendor cannot type into
 * (labels, question texts, instructions, formulas). A pack records it when made; a merge
 * recomputes it from the returned file, so a pack whose protection was removed and a label or
 * question edited is told apart from one filled in its input cells only. Formulas count by their
 * presence, not their text: LibreOffice and Excel may respell a formula on save, and a value typed
 * over one is what matters. Browser-safe (the pane reads returned packs too).
 */
import type ExcelJS from 'exceljs';
import { BASE_SHEET } from '../../core/packs/base';
import { fingerprint } from '../../core/packs/identity';

/** The cell's content as the fingerprint sees it ('' for an empty cell). */
function contentOf(cell: ExcelJS.Cell): string {
  const value = cell.value;
  if (value === null || value === undefined) return '';
  if (typeof value === 'object' && ('formula' in value || 'sharedFormula' in value)) return '=';
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'object' && 'richText' in value)
    return value.richText
      .map((run) => run.text)
      .join('')
      .trim();
  if (typeof value === 'object' && 'error' in value) return value.error;
  if (typeof value === 'object' && 'text' in value) return String(value.text).trim();
  return String(value).trim();
}

/** Sheet name -> fingerprint of its locked, non-empty cells (address and content), the pack's base sheet excluded. */
export function lockedContent(workbook: ExcelJS.Workbook): Record<string, string> {
  const sheets: Record<string, string> = {};
  for (const sheet of workbook.worksheets) {
    if (sheet.name === BASE_SHEET) continue;
    const cells: string[] = [];
    sheet.eachRow((row) =>
      row.eachCell((cell) => {
        if (cell.protection?.locked === false || (cell.isMerged && cell.master !== cell)) return;
        const content = contentOf(cell);
        if (content !== '') cells.push(`${cell.address}\u0000${content}`);
      }),
    );
    sheets[sheet.name] = fingerprint(cells.join('\u0001'));
  }
  return sheets;
}
