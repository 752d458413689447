/**
 * Who a response pack belongs to: the master it was made from, the vendor, the round, the
 * question set and the template layout, the date made. Stored as custom document properties
 * (adapters/xlsx/customProperties; Office.js: workbook.properties.custom), which Excel and
 * LibreOffice keep on save; each value short (Excel's dialog allows 255 characters).
 */
import { displayText } from '../validation/workbookModel';
import type { Snapshot } from '../snapshot/types';

/** The master's own id, made once (by template, or by the first pack) and never changed. */
export const MASTER_ID_PROPERTY = 'VendorCompare.MasterId';

const PACK = {
  master: 'VendorCompare.Pack.Master',
  vendor: 'VendorCompare.Pack.Vendor',
  round: 'VendorCompare.Pack.Round',
  questions: 'VendorCompare.Pack.Questions',
  layout: 'VendorCompare.Pack.Layout',
  made: 'VendorCompare.Pack.Made',
} as const;
const LOCKED = 'VendorCompare.Pack.Locked';

export interface PackIdentity {
  masterId: string;
  vendor: string;
  round: number;
  /** questionSetFingerprint of the master's Questions when the pack was made. */
  questions: string;
  layoutVersion: number;
  /** ISO date (YYYY-MM-DD). */
  made: string;
  /** Sheet name -> fingerprint of its locked content when made (adapters/xlsx/lockedContent);
   * absent in packs made before it was recorded. */
  locked?: Readonly<Record<string, string>>;
}

/** 32-bit FNV-1a, as 8 hex digits: enough to tell two question sets apart, not a secret. */
export function fingerprint(text: string): string {
  let hash = 0x811c9dc5;
  for (const ch of text) {
    hash ^= ch.codePointAt(0)!;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

/** The question ids in order (Q1-Q7 and the scenarios' questions): one added, removed or reordered changes it. */
export function questionSetFingerprint(snapshot: Snapshot): string {
  const ids = snapshot.blocks.vc_QuestionIds;
  if (!ids) return '';
  const texts = ids.values.map((row) => displayText(row[0] ?? null).trim());
  return fingerprint(JSON.stringify(texts));
}

export function identityProperties(identity: PackIdentity): Record<string, string> {
  return {
    [PACK.master]: identity.masterId,
    [PACK.vendor]: identity.vendor,
    [PACK.round]: String(identity.round),
    [PACK.questions]: identity.questions,
    [PACK.layout]: String(identity.layoutVersion),
    [PACK.made]: identity.made,
    ...(identity.locked ? { [LOCKED]: lockedProperty(identity.locked) } : {}),
  };
}

/** `Sheet:hash/Sheet:hash` ('/' and ':' cannot occur in a sheet name). */
function lockedProperty(sheets: Readonly<Record<string, string>>): string {
  return Object.entries(sheets)
    .map(([name, hash]) => `${name}:${hash}`)
    .join('/');
}

function parseLockedProperty(text: string | undefined): Record<string, string> | undefined {
  if (!text) return undefined;
  const entries = text.split('/').map((entry) => [entry.slice(0, entry.lastIndexOf(':')), entry.slice(entry.lastIndexOf(':') + 1)] as const);
  return entries.every(([name, hash]) => name && /^[0-9a-f]{8}$/.test(hash)) ? Object.fromEntries(entries) : undefined;
}

/** The identity a pack carries, or null when the workbook is no pack (or its identity is damaged). */
export function identityOf(properties: Readonly<Record<string, string>>): PackIdentity | null {
  const [master, vendor, round, questions, layout, made] = Object.values(PACK).map((key) => properties[key]);
  if (!master || !vendor || !round || questions === undefined || !layout || !made) return null;
  const roundNumber = Number(round);
  const layoutVersion = Number(layout);
  if (!Number.isInteger(roundNumber) || roundNumber < 1 || !Number.isInteger(layoutVersion)) return null;
  const locked = parseLockedProperty(properties[LOCKED]);
  return { masterId: master, vendor, round: roundNumber, questions, layoutVersion, made, ...(locked ? { locked } : {}) };
}
