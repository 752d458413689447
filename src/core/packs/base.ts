/**
 * The master's values of a vendor's input cells when its pack was made (the merge's base: what
 * tells a buyer's later edit from the vendor's), kept in the pack on a very hidden sheet as JSON
 * in column A, cut into cells Excel can hold (32,767 characters each). They are that vendor's
 * own values only.
 */
import type { Snapshot, SnapshotValue } from '../snapshot/types';

export const BASE_SHEET = 'vc_PackBase';
const CHUNK = 30_000;

export type PackBase = Record<string, SnapshotValue[]>;

/** Column `index` of every block named in `names` that the master holds. */
export function baseOf(master: Snapshot, names: readonly string[], index: number): PackBase {
  return Object.fromEntries(
    names.flatMap((name) => {
      const block = master.blocks[name];
      return block ? [[name, block.values.map((row) => row[index] ?? null)]] : [];
    }),
  );
}

export function baseChunks(base: PackBase): string[] {
  const json = JSON.stringify(base);
  return Array.from({ length: Math.ceil(json.length / CHUNK) }, (_, i) => json.slice(i * CHUNK, (i + 1) * CHUNK));
}

/** The base read back, or null when it is missing or damaged (then no conflict can be told). */
export function parseBase(chunks: readonly string[]): PackBase | null {
  try {
    const parsed: unknown = JSON.parse(chunks.join(''));
    if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) return null;
    const ok = Object.values(parsed).every((v) => Array.isArray(v));
    return ok ? (parsed as PackBase) : null;
  } catch {
    return null;
  }
}
