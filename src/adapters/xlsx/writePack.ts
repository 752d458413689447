/**
 * The bytes of a response pack, and the master's id: what `pack` writes besides the plan.
 */
import { randomUUID } from 'crypto';
import { promises as fs } from 'fs';
import JSZip from 'jszip';
import type { Plan } from '../../core/plan/types';
import { BASE_SHEET, baseChunks, type PackBase } from '../../core/packs/base';
import { identityProperties, MASTER_ID_PROPERTY, type PackIdentity } from '../../core/packs/identity';
import { readCustomProperties, withCustomProperties } from './customProperties';
import { saveFile, type Target } from './saveFile';
import { protectSheet, writePlanToWorkbook } from './writePlan';

/** The pack's workbook, with its identity as custom document properties and the master's values
 * of its vendor when made (the merge's base) on a very hidden, protected sheet. */
export async function packBytes(plan: Plan, identity: PackIdentity, base: PackBase): Promise<Uint8Array> {
  const workbook = writePlanToWorkbook(plan);
  const sheet = workbook.addWorksheet(BASE_SHEET, { state: 'veryHidden' });
  baseChunks(base).forEach((chunk, i) => (sheet.getCell(i + 1, 1).value = chunk));
  protectSheet(sheet);
  const data = new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
  return withCustomProperties(data, identityProperties(identity));
}

/** The custom properties of a package's bytes. */
export async function customPropertiesOf(data: Uint8Array): Promise<Record<string, string>> {
  const zip = await JSZip.loadAsync(data);
  return readCustomProperties((await zip.file('docProps/custom.xml')?.async('string')) ?? null);
}

/**
 * The master's id; a master without one gets a new id, written into the file in place (only
 * docProps/custom.xml and the two parts listing it change), through a temporary file and a
 * rename so the master is never half-written.
 */
export async function masterId(master: Target, customXml: string | null): Promise<{ id: string; added: boolean }> {
  const existing = readCustomProperties(customXml)[MASTER_ID_PROPERTY]?.trim();
  if (existing) return { id: existing, added: false };
  const id = randomUUID();
  const data = await fs.readFile(master.path);
  await saveFile(master, await withCustomProperties(data, { [MASTER_ID_PROPERTY]: id }), true);
  return { id, added: true };
}
