/**
 * A returned response pack as a merge needs it, from its loaded workbook: its names and values,
 * the identity it carries, the master's values when it was made (the base) and the fingerprint of
 * its locked content now. Browser-safe: the CLI and the pane read packs alike.
 */
import type ExcelJS from 'exceljs';
import { BASE_SHEET, parseBase } from '../../core/packs/base';
import { identityOf } from '../../core/packs/identity';
import type { ReturnedPack } from '../../core/packs/planMerge';
import { readCustomProperties } from './customProperties';
import { lockedContent } from './lockedContent';
import { readSnapshot } from './readSnapshot';
import type { RawDefinedName } from './workbookNames';

export function returnedPack(
  workbook: ExcelJS.Workbook,
  source: string,
  customXml: string | null,
  names: readonly RawDefinedName[] = [],
): ReturnedPack {
  const baseSheet = workbook.getWorksheet(BASE_SHEET);
  const chunks: string[] = [];
  baseSheet?.getColumn(1).eachCell((cell) => chunks.push(String(cell.value ?? '')));
  return {
    snapshot: readSnapshot(workbook, source, names),
    identity: identityOf(readCustomProperties(customXml)),
    base: baseSheet ? parseBase(chunks) : null,
    locked: lockedContent(workbook),
  };
}
