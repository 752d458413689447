/**
 * Response packs in the pane (issue 10), on the open master, with the CLI's core: make each
 * vendor's pack (core/packs/planPack + adapters/xlsx/packBytes), preview returned packs against
 * the master (core/packs/planMerge), and apply the chosen changes with a Change log row each.
 * ExcelJS and JSZip load on first use, in their own chunk: the pane does not start with them.
 *
 * Syncs: making packs reads the master in 2 (its id in the first) and adds an id in a third when
 * it has none; a preview reads in 2; an apply, for all its packs together, reads the cells it
 * writes, the sheets' protection and the log's place in 1 and writes in 1.
 */
import type { Language } from '../../core/catalogue/text';
import { parseRange, rectAddress } from '../../core/plan/a1';
import { baseOf } from '../../core/packs/base';
import { CHANGE_LOG_NAME, CHANGE_LOG_STRINGS, CHANGE_LOG_WIDTHS, logRowValues, logTime, type LogRow } from '../../core/packs/changeLog';
import { MASTER_ID_PROPERTY, questionSetFingerprint } from '../../core/packs/identity';
import { packFileNames } from '../../core/packs/packFileName';
import { FIELD_NAMES, fieldText, planMerge } from '../../core/packs/planMerge';
import { planPack, unpackableRows } from '../../core/packs/planPack';
import { chooseVendors } from '../../core/packs/chooseVendors';
import { parseNameReference, type Snapshot, type SnapshotValue } from '../../core/snapshot/types';
import { LAYOUT_VERSION } from '../../core/template/layout';
import { layoutVersion } from '../../core/fill/upgrade';
import { uniqueSheetName } from '../../core/template/sheetNames';
import { templateLanguage, vendorColumns } from '../../core/validation/workbookModel';
import type { ApplyResult, ImportPreview, MadePacks, PackApply, PackFile, PackPreview, PackSettings } from './contract';
import { PackRefusedError, PacksStaleError } from './errors';
import type { RequestContextLike, WorksheetLike } from './excelTypes';
import { literalText } from './excelText';
import { protectedSheets, queueProtectionLoad, syncUnprotected, touchedProtected } from './protection';
import { readSnapshot, snapshotValue } from './readSnapshot';
import { columnWidthPoints } from './styles';

/** Office.js reads an empty cell as "", ExcelJS as null: packs get null, as the CLI's do. */
function emptyAsNull(snapshot: Snapshot): Snapshot {
  const blocks = Object.fromEntries(
    Object.entries(snapshot.blocks).map(([name, b]) => [name, { ...b, values: b.values.map((row) => row.map((v) => (v === '' ? null : v))) }]),
  );
  return { ...snapshot, blocks };
}

/** The master's id, queued for the next sync (null object when it has none). */
function queueMasterId(context: RequestContextLike) {
  return context.workbook.properties.custom.getItemOrNullObject(MASTER_ID_PROPERTY).load({ value: true });
}

function idOf(item: { isNullObject: boolean; value: unknown }): string | null {
  if (item.isNullObject) return null;
  const id = String(item.value ?? '').trim();
  return id === '' ? null : id;
}

export async function makePacks(
  context: RequestContextLike,
  settings: PackSettings,
  newId: () => string = () => crypto.randomUUID(),
): Promise<MadePacks> {
  if (!Number.isSafeInteger(settings.round) || settings.round < 1) throw new PackRefusedError('badRound', [String(settings.round)]);
  const idItem = queueMasterId(context);
  const snapshot = emptyAsNull(await readSnapshot(context));
  let syncs = 2;
  // A master of an earlier layout: its packs could not be merged back.
  if (layoutVersion(snapshot) !== LAYOUT_VERSION) throw new PackRefusedError('layout');
  const changed = unpackableRows(snapshot);
  if (changed.length > 0) throw new PackRefusedError('rowsChanged', changed);
  // No vendor ticked: every vendor, as the CLI without --vendors.
  const { chosen, unknown } = chooseVendors(vendorColumns(snapshot), settings.vendors.length === 0 ? undefined : settings.vendors);
  if (unknown.length > 0) throw new PackRefusedError('unknownVendor', unknown);
  if (chosen.length === 0) throw new PackRefusedError('noVendors');

  let masterId = idOf(idItem);
  const idAdded = masterId === null;
  if (masterId === null) {
    masterId = newId();
    context.workbook.properties.custom.add(MASTER_ID_PROPERTY, masterId);
    await context.sync();
    syncs += 1;
  }
  const { packBytes } = await import(/* webpackChunkName: "packs" */ '../xlsx/packBytes');
  const identity = {
    masterId,
    round: settings.round,
    questions: questionSetFingerprint(snapshot),
    layoutVersion: LAYOUT_VERSION,
    made: new Date().toISOString().slice(0, 10),
  };
  const fileNames = packFileNames(chosen.map((v) => v.name));
  const packs = [];
  for (const [i, vendor] of chosen.entries()) {
    const plan = planPack(snapshot, {
      vendorIndex: vendor.index,
      round: settings.round,
      language: settings.language ?? templateLanguage(snapshot),
      deadline: settings.deadline,
      returnTo: settings.returnTo,
    });
    const data = await packBytes(plan, { ...identity, vendor: vendor.name }, baseOf(snapshot, Object.keys(FIELD_NAMES), vendor.index));
    packs.push({ vendor: vendor.name, fileName: fileNames[i]!, data });
  }
  return { masterId, idAdded, packs, syncs };
}

export async function previewImport(context: RequestContextLike, files: readonly PackFile[]): Promise<ImportPreview> {
  const idItem = queueMasterId(context);
  const master = await readSnapshot(context);
  const masterId = idOf(idItem);
  const { readPackBytes, PackFileUnreadableError } = await import(/* webpackChunkName: "packs" */ '../xlsx/returnedPack');
  const packs: PackPreview[] = [];
  for (const file of files) {
    try {
      packs.push({ file: file.name, merge: planMerge(master, masterId, await readPackBytes(file.data, file.name), false) });
    } catch (error) {
      // One unreadable file is reported; the others are still previewed.
      if (!(error instanceof PackFileUnreadableError)) throw error;
      packs.push({ file: file.name, unreadable: true });
    }
  }
  return { packs, language: templateLanguage(master), syncs: 2 };
}

/** A pack's value as written to Range.values: text stays text, blank (or an error) clears. */
function excelValue(value: SnapshotValue): string | number | boolean {
  if (value === null || typeof value === 'object') return '';
  return typeof value === 'string' ? literalText(value) : value;
}

export async function applyImport(
  context: RequestContextLike,
  packs: readonly PackApply[],
  language: Language,
  now = new Date(),
): Promise<ApplyResult> {
  const writes = packs.flatMap((pack) => pack.changes.map((change) => ({ change, pack })));
  if (writes.length === 0) return { written: 0, logSheet: null, syncs: 0 };

  // 1: what each cell holds now, the sheets and their protection, and where the log is.
  const sheets = new Map<string, WorksheetLike>();
  const sheet = (name: string) => {
    if (!sheets.has(name.toLowerCase())) sheets.set(name.toLowerCase(), context.workbook.worksheets.getItemOrNullObject(name));
    return sheets.get(name.toLowerCase())!;
  };
  const cells = writes.map(({ change }) => sheet(change.sheet).getRange(change.cell).load({ values: true, valueTypes: true }));
  const loaded = queueProtectionLoad(context);
  const header = context.workbook.names.getItemOrNullObject(CHANGE_LOG_NAME).getRangeOrNullObject().load({ address: true });
  const used = header.worksheet.getUsedRangeOrNullObject(true).load({ address: true });
  await context.sync();

  const stale = writes
    .filter(({ change }, i) => {
      const cell = cells[i]!;
      return cell.isNullObject || fieldText(snapshotValue(cell.values[0]?.[0], cell.valueTypes[0]?.[0])) !== change.old;
    })
    .map(({ change }) => `${change.sheet}!${change.cell}`);
  if (stale.length > 0) throw new PacksStaleError(stale);

  const existing = header.isNullObject ? null : parseNameReference(header.address);
  const t = CHANGE_LOG_STRINGS[language];
  const logSheet =
    existing?.sheet ??
    uniqueSheetName(
      t.sheet,
      loaded.items.map((s) => s.name),
    );
  const usedAt = !existing || used.isNullObject ? null : parseNameReference(used.address);
  const usedRect = usedAt ? parseRange(usedAt.address) : null;
  const firstRow = usedRect ? usedRect.row + usedRect.rows : 1;
  const time = logTime(now);
  const rows = writes.map(({ change, pack }): LogRow => ({ ...change, round: pack.round, vendor: pack.vendor, file: pack.file }));
  const touched = [...new Set(writes.map((w) => w.change.sheet)), logSheet];

  await syncUnprotected(context, touchedProtected(protectedSheets(loaded), touched), () => {
    writes.forEach(({ change }) => (sheet(change.sheet).getRange(change.cell).values = [[excelValue(change.value)]]));
    const log = existing ? sheet(logSheet) : context.workbook.worksheets.add(logSheet);
    if (!existing) {
      const headerRange = log.getRange('A1:I1');
      headerRange.values = [t.headers.map(literalText)];
      headerRange.format.font.bold = true;
      CHANGE_LOG_WIDTHS.forEach((width, i) => (log.getRangeByIndexes(0, i, 1, 1).format.columnWidth = columnWidthPoints(width)));
      log.freezePanes.freezeRows(1);
      context.workbook.names.add(CHANGE_LOG_NAME, headerRange);
    }
    log.getRange(rectAddress({ row: firstRow, col: 0, rows: rows.length, cols: 9 })).values = rows.map((r) =>
      logRowValues(time, r).map((v) => (typeof v === 'string' ? literalText(v) : v)),
    );
  });
  return { written: writes.length, logSheet, syncs: 2 };
}
