/**
 * The master's id, which `pack` adds to a master that has none (Node: it rewrites the file).
 */
import { randomUUID } from 'crypto';
import { promises as fs } from 'fs';
import { MASTER_ID_PROPERTY } from '../../core/packs/identity';
import { readCustomProperties, withCustomProperties } from './customProperties';
import { saveFile, type Target } from './saveFile';

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
