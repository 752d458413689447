/**
 * The bytes of a response pack: the plan rendered, its identity as custom document properties,
 * and the master's values of its vendor when made (the merge's base) on a very hidden, protected
 * sheet, and the fingerprint of its locked content. No Node API: the CLI and the pane (which opens the bytes with Excel.createWorkbook) share it.
 */
import JSZip from 'jszip';
import type { Plan } from '../../core/plan/types';
import { BASE_SHEET, baseChunks, type PackBase } from '../../core/packs/base';
import { identityProperties, type PackIdentity } from '../../core/packs/identity';
import { readCustomProperties, withCustomProperties } from './customProperties';
import { lockedContent } from './lockedContent';
import { protectSheet, writePlanToWorkbook } from './writePlan';

export async function packBytes(plan: Plan, identity: PackIdentity, base: PackBase): Promise<Uint8Array> {
  const workbook = writePlanToWorkbook(plan);
  const sheet = workbook.addWorksheet(BASE_SHEET, { state: 'veryHidden' });
  baseChunks(base).forEach((chunk, i) => (sheet.getCell(i + 1, 1).value = chunk));
  protectSheet(sheet);
  const locked = lockedContent(workbook);
  const data = new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
  return withCustomProperties(data, identityProperties({ ...identity, locked }));
}

/** The custom properties of a package's bytes. */
export async function customPropertiesOf(data: Uint8Array): Promise<Record<string, string>> {
  const zip = await JSZip.loadAsync(data);
  return readCustomProperties((await zip.file('docProps/custom.xml')?.async('string')) ?? null);
}
