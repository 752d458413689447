/**
 * Everything of a user's workbook that rewriting it with ExcelJS would lose: whole parts it does
 * not keep, features inside the parts it keeps, and defined names it drops or changes. A command
 * that rewrites a user's workbook refuses, or warns, when the list is not empty.
 */
import { shiftFormula, shiftFormulaRows } from '../../core/formulas/shiftRefs';
import { sheetRef } from '../../core/plan/a1';
import type { WorkbookPatch } from '../../core/plan/types';
import { unkeptFeatures, type FeatureLoss } from './unkeptFeatures';
import { unkeptNames, type NameLoss, type NameSettingLoss, type WorkbookNames } from './unkeptNames';
import { partKind, unkeptParts, type PartKind } from './unkeptParts';
import { allDefinedNamesInXml } from './workbookNames';
import { xmlOutline } from './xmlOutline';
import { readPart, readZipDirectory } from './zipDirectory';

export type RewriteLoss = PartLoss | FeatureLoss | NameLoss | NameSettingLoss;
export type { FeatureLoss, NameLoss, NameSettingLoss };

export interface PartLoss {
  kind: 'part';
  part: string;
  what: PartKind | null;
}

/** The package as read (readWorkbookFile's `parts` and `text`). */
export interface PackageParts {
  parts: readonly string[];
  text(part: string): string | null;
}

interface SheetEntry {
  name: string;
  /** The worksheet's part, e.g. "xl/worksheets/sheet1.xml"; null when the relationship is missing. */
  part: string | null;
}

/** The sheets of xl/workbook.xml in order, each with the part its relationship points to. */
function sheetEntries(pkg: PackageParts): SheetEntry[] {
  const workbook = xmlOutline(pkg.text('xl/workbook.xml') ?? '');
  const rels = xmlOutline(pkg.text('xl/_rels/workbook.xml.rels') ?? '');
  const targets = new Map((rels?.children ?? []).map((r) => [r.attributes.Id ?? '', r.attributes.Target ?? '']));
  const sheets = workbook?.children.find((e) => e.name === 'sheets')?.children ?? [];
  return sheets.map((sheet) => {
    const target = targets.get(sheet.attributes.id ?? '');
    // Targets are relative to xl/, or absolute from the package root.
    const part = target === undefined ? null : target.startsWith('/') ? target.slice(1) : `xl/${target.replace(/^\.\//, '')}`;
    return { name: sheet.attributes.name ?? '', part };
  });
}

function workbookNames(pkg: PackageParts): WorkbookNames {
  return { names: allDefinedNamesInXml(pkg.text('xl/workbook.xml') ?? ''), sheets: sheetEntries(pkg).map((s) => s.name) };
}

/** Reads parts of the bytes ExcelJS wrote. */
function writtenPackage(written: Uint8Array): PackageParts {
  const data = Buffer.from(written.buffer, written.byteOffset, written.byteLength);
  const directory = readZipDirectory(data);
  if (!directory.ok) throw new Error(`ExcelJS wrote an archive that cannot be read (${directory.reason})`);
  return {
    parts: directory.entries.map((e) => e.name),
    text: (part) => readPart(data, directory.entries, part)?.toString('utf8') ?? null,
  };
}

/** What is lost when `original` is replaced by `written`, the bytes ExcelJS wrote for it. Rows
 * or columns inserted or deleted on purpose (an upgrade, a vendor added or removed) move the
 * names that follow them, and the names it defines anew get their new range: that is no loss. */
export function rewriteLosses(original: PackageParts, written: Uint8Array, upgrade?: Pick<WorkbookPatch, 'insertRows' | 'names' | 'edits'>): RewriteLoss[] {
  const insertions = upgrade?.insertRows ?? [];
  const edits = upgrade?.edits ?? [];
  const redefined = new Map((upgrade?.names ?? []).filter((n) => n.replace).map((n) => [n.name.toLowerCase(), sheetRef(n.sheet, n.range)]));
  const parts = unkeptParts(original.parts, (part) => original.text(part)).map((part): PartLoss => ({ kind: 'part', part, what: partKind(part) }));
  const sheets = sheetEntries(original).map((s) => ({ name: s.name, xml: s.part === null ? null : original.text(s.part) }));
  const features = unkeptFeatures(original.text('xl/workbook.xml') ?? '', sheets);
  const moved = (reference: string, name: string) =>
    redefined.get(name.toLowerCase()) ??
    insertions.reduce((text, ins) => shiftFormulaRows(text, ins, ''), edits.reduce((text, edit) => shiftFormula(text, edit, ''), reference));
  const names = unkeptNames(workbookNames(original), workbookNames(writtenPackage(written)), moved);
  return [...parts, ...features, ...names];
}
