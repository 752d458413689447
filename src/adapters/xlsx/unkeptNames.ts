/**
 * Defined names a rewrite by ExcelJS 4 drops or changes, found by comparing the names of the
 * user's xl/workbook.xml with those of the workbook.xml ExcelJS writes. ExcelJS keeps only names
 * that refer to cell ranges: it drops a constant (TaxRate = 0.05), mangles a formula
 * (OFFSET(S!$A$1,1,1) becomes 'OFFSET(S'!$A$1), makes a sheet-scoped name workbook-wide and
 * forgets a name's comment and hidden flag.
 */
import { isTemplateName } from '../../core/template/planTemplate';
import type { XmlDefinedName } from './workbookNames';

export interface NameLoss {
  kind: 'name';
  name: string;
  /** The sheet the name is scoped to; null: the whole workbook. */
  sheet: string | null;
  reference: string;
  /** What the rewritten workbook has under that name instead; null: nothing. */
  becomes: { sheet: string | null; reference: string } | null;
}

/** A name kept, but without one of its settings ("comment", "hidden"...). */
export interface NameSettingLoss {
  kind: 'nameSetting';
  name: string;
  sheet: string | null;
  setting: string;
}

/** The names of one workbook.xml, with the sheets their localSheetId points to. */
export interface WorkbookNames {
  names: readonly XmlDefinedName[];
  /** Sheet names in workbook order. */
  sheets: readonly string[];
}

/** Settings that are off unless "1" or "true"; any other setting counts when not empty. */
const FLAGS = new Set(['hidden', 'function', 'vbProcedure', 'xlm', 'publishToServer', 'workbookParameter']);

function settingsOn(settings: Record<string, string>): string[] {
  return Object.entries(settings)
    .filter(([key, value]) => (FLAGS.has(key) ? value === '1' || value === 'true' : value !== ''))
    .map(([key]) => key);
}

/** Splits at the commas between areas, not those inside quotes or parentheses. */
function splitAreas(reference: string): string[] {
  const areas: string[] = [];
  let depth = 0;
  let quoted = false;
  let start = 0;
  for (let i = 0; i < reference.length; i++) {
    const ch = reference[i];
    if (ch === "'") quoted = !quoted;
    else if (!quoted && ch === '(') depth++;
    else if (!quoted && ch === ')') depth--;
    else if (!quoted && depth === 0 && ch === ',') {
      areas.push(reference.slice(start, i));
      start = i + 1;
    }
  }
  areas.push(reference.slice(start));
  return areas;
}

const AREA = /^(?:'((?:[^']|'')+)'|([^'!,()"]+))!(\$?[A-Z]{1,3}\$?\d+(?::\$?[A-Z]{1,3}\$?\d+)?|\$?\d+:\$?\d+|\$?[A-Z]{1,3}:\$?[A-Z]{1,3})$/i;

/**
 * A reference in a form that two spellings of the same ranges share: sheet names unquoted and
 * folded, addresses upper-case, "A1:A1" as "A1", areas sorted. Anything else (a constant, a
 * formula) stays as written.
 */
export function canonicalReference(reference: string): string {
  const trimmed = reference.trim();
  const areas = splitAreas(trimmed).map((area) => {
    const match = AREA.exec(area.trim());
    if (!match) return null;
    const sheet = (match[1]?.replace(/''/g, "'") ?? match[2] ?? '').toLowerCase();
    const [from, to] = (match[3] ?? '').toUpperCase().split(':');
    return `${sheet}!${to === undefined || to === from ? from : `${from}:${to}`}`;
  });
  if (areas.some((a) => a === null)) return trimmed;
  return areas.sort().join(',');
}

function scopeOf(name: XmlDefinedName, sheets: readonly string[]): string | null {
  return name.localSheetId === null ? null : (sheets[name.localSheetId] ?? `#${name.localSheetId}`);
}

function keyOf(name: string, sheet: string | null): string {
  return `${name.toLowerCase()}\n${sheet?.toLowerCase() ?? ''}`;
}

/** Every name of `before` that `after` (what ExcelJS wrote) drops or changes, and every setting it
 * forgets. `moved` gives the reference a name must have after rows were inserted on purpose (or
 * it was defined anew). */
export function unkeptNames(
  before: WorkbookNames,
  after: WorkbookNames,
  moved: (reference: string, name: string) => string = (reference) => reference,
): (NameLoss | NameSettingLoss)[] {
  const written = new Map(after.names.map((n) => [keyOf(n.name, scopeOf(n, after.sheets)), n]));
  const original = new Set(before.names.map((n) => keyOf(n.name, scopeOf(n, before.sheets))));
  const losses: (NameLoss | NameSettingLoss)[] = [];
  for (const name of before.names) {
    const sheet = scopeOf(name, before.sheets);
    const kept = written.get(keyOf(name.name, sheet));
    if (!kept) {
      // A template name ExcelJS could not read (one at #REF!): validation reports it as broken.
      if (sheet === null && isTemplateName(name.name)) continue;
      // The same name under another scope, which the original did not have: the scope changed.
      const moved = after.names.find((n) => n.name.toLowerCase() === name.name.toLowerCase() && !original.has(keyOf(n.name, scopeOf(n, after.sheets))));
      const becomes = moved ? { sheet: scopeOf(moved, after.sheets), reference: moved.reference } : null;
      losses.push({ kind: 'name', name: name.name, sheet, reference: name.reference, becomes });
      continue;
    }
    if (canonicalReference(kept.reference) !== canonicalReference(moved(name.reference, name.name))) {
      losses.push({ kind: 'name', name: name.name, sheet, reference: name.reference, becomes: { sheet, reference: kept.reference } });
    }
    const keptSettings = new Set(settingsOn(kept.settings));
    for (const setting of settingsOn(name.settings)) {
      if (!keptSettings.has(setting) || kept.settings[setting] !== name.settings[setting]) {
        losses.push({ kind: 'nameSetting', name: name.name, sheet, setting });
      }
    }
  }
  return losses;
}
