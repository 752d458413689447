/**
 * What merging a returned response pack into the master would change, cell by cell, before
 * anything is written: the pack's identity checked against the master, each value checked
 * against the master's own dropdowns and number rules, and a cell the buyer changed in the
 * master since the pack was made (its value then, the pack's `base`, differs from the master's
 * now) a conflict rather than an overwrite. Pure: the adapters read, this decides.
 */
import { PRICING_INPUTS } from '../catalogue/pricingInputs';
import { cellAddress, quoteSheet } from '../plan/a1';
import type { Plan, Rect, ValidationSpec } from '../plan/types';
import type { Snapshot, SnapshotValue } from '../snapshot/types';
import { LAYOUT_VERSION } from '../template/layout';
import { optionsOf, scenariosOf } from '../template/optionsFromSnapshot';
import { planTemplate } from '../template/planTemplate';
import { inputName } from '../template/pricingSheet';
import { displayText, vendorColumns } from '../validation/workbookModel';
import { templateSheetNames } from '../vendors/planVendorChange';
import { questionSetFingerprint, type PackIdentity } from './identity';

export type MergeRefusal =
  | 'notPack'
  | 'otherMaster'
  | 'vendorGone'
  | 'questionsChanged'
  | 'version'
  | 'sheetRenamed'
  | 'lockedEdited'
  | 'packQuestions'
  | 'structure'
  | 'formula'
  | 'badValue';

export interface FieldChange {
  /** The master's sheet and cell, e.g. Questions / E7. */
  sheet: string;
  cell: string;
  /** What the cell is, e.g. "Q3 answer", "platform fee", "L3-3 paid price". */
  field: string;
  old: string;
  new: string;
  /** The value to write (the pack's, as typed). */
  value: SnapshotValue;
}

export interface PackMerge {
  vendor: string | null;
  round: number | null;
  status: 'merged' | 'refused' | 'conflict' | 'unchanged';
  /** Why refused: the kind, and the detail to show (a vendor, a cell, a version). */
  reason: { kind: MergeRefusal; detail: string } | null;
  /** What the merge writes (every change, conflicts excluded unless forced). */
  changes: FieldChange[];
  /** Cells the buyer changed since the pack was made, where the vendor changed them too. */
  conflicts: FieldChange[];
}

export interface ReturnedPack {
  snapshot: Snapshot;
  identity: PackIdentity | null;
  /** The master's values of the vendor's input cells when the pack was made, by block name. */
  base: Readonly<Record<string, readonly SnapshotValue[]>> | null;
  /** Sheet name -> fingerprint of the returned pack's locked content (adapters/xlsx/lockedContent). */
  locked: Readonly<Record<string, string>>;
}

/** Short names of the vendor's input blocks (what a pack carries), for the change list and the log. */
export const FIELD_NAMES: Record<string, string> = {
  vc_Model: 'model',
  vc_QuoteCurrency: 'quote currency',
  ...Object.fromEntries(PRICING_INPUTS.map((i) => [inputName(i.key), i.label.en.toLowerCase()])),
  vc_Coverage: 'coverage',
  vc_CoveragePrice: 'paid price',
  vc_CoverageUnit: 'unit',
  vc_Answers: 'answer',
  vc_InContract: 'in contract',
  vc_Evidence: 'note',
};

/** The row ids a block's rows are named by (questions, support items), when it has them. */
const ROW_IDS: Record<string, string> = {
  vc_Answers: 'vc_QuestionIds',
  vc_InContract: 'vc_QuestionIds',
  vc_Evidence: 'vc_QuestionIds',
  vc_Coverage: 'vc_CoverageIds',
  vc_CoveragePrice: 'vc_CoverageIds',
  vc_CoverageUnit: 'vc_CoverageIds',
};

const refused = (identity: PackIdentity | null, kind: MergeRefusal, detail = ''): PackMerge => ({
  vendor: identity?.vendor ?? null,
  round: identity?.round ?? null,
  status: 'refused',
  reason: { kind, detail },
  changes: [],
  conflicts: [],
});

/** A value as the change list shows and compares it (an error as its code, text trimmed). */
export const fieldText = (value: SnapshotValue | undefined): string => {
  if (value === undefined || value === null) return '';
  if (typeof value === 'object') return value.error;
  return displayText(value).trim();
};
const text = fieldText;

const ids = (snapshot: Snapshot, name: string) => (snapshot.blocks[name]?.values ?? []).map((row) => text(row[0]));

/** A value the master's rule for the cell would refuse, or null when it is fine (blank is fine). */
function ruleBreak(rule: ValidationSpec | undefined, value: SnapshotValue): string | null {
  if (!rule || value === null || value === '') return null;
  if (rule.kind === 'list') return rule.items.includes(text(value)) ? null : `not one of ${rule.items.join(', ')}`;
  if (typeof value !== 'number') return 'not a number';
  if (rule.kind === 'whole' && !Number.isInteger(value)) return 'not a whole number';
  if (value < rule.min || (rule.max !== undefined && value > rule.max)) return `outside ${rule.min}..${rule.max ?? '∞'}`;
  return null;
}

/** A dropdown label of the other language as the master's label at the same place in the list. */
function inMasterLanguage(value: SnapshotValue, rule: ValidationSpec | undefined, otherRule: ValidationSpec | undefined): SnapshotValue {
  if (rule?.kind !== 'list' || otherRule?.kind !== 'list' || typeof value !== 'string' || rule.items.includes(text(value))) return value;
  const index = otherRule.items.indexOf(text(value));
  return index < 0 ? value : (rule.items[index] ?? value);
}

const inside = (r: Rect, row: number, col: number) => row >= r.row && row < r.row + r.rows && col >= r.col && col < r.col + r.cols;

/** The master's template as planned now, in its language and the other; planned once per master
 * (a merge of 50 packs into a 50-vendor master would plan it 100 times). */
const PLANS = new WeakMap<Snapshot, { plan: Plan; otherPlan: Plan } | null>();

function masterPlans(master: Snapshot): { plan: Plan; otherPlan: Plan } | null {
  if (!PLANS.has(master)) {
    const sheetNames = templateSheetNames(master);
    const options = { ...optionsOf(master, vendorColumns(master).length), scenarios: scenariosOf(master) };
    PLANS.set(
      master,
      sheetNames && {
        plan: planTemplate(options, [], sheetNames),
        // A pack made in the other language holds that language's dropdown labels: the same plan
        // in it pairs them, item by item, with the master's.
        otherPlan: planTemplate({ ...options, language: options.language === 'en' ? 'zh' : 'en' }, [], sheetNames),
      },
    );
  }
  return PLANS.get(master)!;
}

export function planMerge(master: Snapshot, masterId: string | null, pack: ReturnedPack, force: boolean): PackMerge {
  const { identity } = pack;
  if (!identity) return refused(null, 'notPack');
  if (!masterId || identity.masterId !== masterId) return refused(identity, 'otherMaster', identity.masterId);
  if (identity.layoutVersion !== LAYOUT_VERSION) return refused(identity, 'version', String(identity.layoutVersion));
  const vendors = vendorColumns(master).map((v) => v.name);
  const index = vendors.findIndex((v) => v.toLocaleLowerCase() === identity.vendor.trim().toLocaleLowerCase());
  if (index < 0) return refused(identity, 'vendorGone', identity.vendor);
  if (identity.questions !== questionSetFingerprint(master)) return refused(identity, 'questionsChanged');
  const renamed = Object.keys(identity.locked ?? {}).find((sheet) => pack.locked[sheet] === undefined);
  if (renamed !== undefined) return refused(identity, 'sheetRenamed', renamed);
  // The pack's own questions must still be the master's, in the same order.
  if (JSON.stringify(ids(pack.snapshot, 'vc_QuestionIds')) !== JSON.stringify(ids(master, 'vc_QuestionIds')))
    return refused(identity, 'packQuestions');
  // A label, question or instruction edited (the sheet's protection removed first).
  const edited = Object.entries(identity.locked ?? {}).find(([sheet, hash]) => pack.locked[sheet] !== hash);
  if (edited) return refused(identity, 'lockedEdited', edited[0]);
  const plans = masterPlans(master);
  if (!plans) return refused(identity, 'structure', 'master');
  const { plan, otherPlan } = plans;

  const changes: FieldChange[] = [];
  const conflicts: FieldChange[] = [];
  for (const name of Object.keys(FIELD_NAMES)) {
    const mine = master.blocks[name];
    const theirs = pack.snapshot.blocks[name];
    if (!mine) continue;
    if (!theirs || theirs.range.cols !== 1 || theirs.range.rows !== mine.range.rows) return refused(identity, 'structure', name);
    const planned = plan.names.find((n) => n.name === name);
    const sheetPlan = planned && plan.sheets.find((s) => s.key === planned.sheet);
    const otherSheet = planned && otherPlan.sheets.find((s) => s.key === planned.sheet);
    const rowIds = ROW_IDS[name] ? ids(master, ROW_IDS[name]) : [];
    for (let r = 0; r < mine.range.rows; r++) {
      const row = mine.range.row + r;
      const col = mine.range.col + index;
      const field = [rowIds[r], FIELD_NAMES[name]].filter(Boolean).join(' ');
      const where = `${quoteSheet(theirs.sheet)}!${cellAddress(theirs.range.row + r, theirs.range.col)}`;
      if (theirs.formulas[r]?.[0]) return refused(identity, 'formula', `${where} (${field})`);
      const rule = sheetPlan?.validations.find((v) => inside(v.range, row, col));
      const otherRule = otherSheet?.validations.find((v) => inside(v.range, row, col));
      const value = inMasterLanguage(theirs.values[r]?.[0] ?? null, rule, otherRule);
      const broken = ruleBreak(rule, value);
      if (broken) return refused(identity, 'badValue', `${where} (${field}): ${text(value)} is ${broken}`);
      const now = text(mine.values[r]?.[index]);
      if (text(value) === now) continue;
      const change: FieldChange = { sheet: mine.sheet, cell: cellAddress(row, col), field, old: now, new: text(value), value };
      const base = pack.base?.[name]?.[r];
      // The buyer changed the cell since the pack was made: the vendor's unchanged value does not
      // undo it, a changed one is a conflict.
      const buyerChanged = base !== undefined && text(base) !== now;
      if (buyerChanged && text(value) === text(base)) continue;
      if (buyerChanged) conflicts.push(change);
      else changes.push(change);
    }
  }
  const applied = force ? [...changes, ...conflicts] : changes;
  const status = conflicts.length > 0 && !force ? 'conflict' : applied.length > 0 ? 'merged' : 'unchanged';
  return { vendor: vendors[index]!, round: identity.round, status, reason: null, changes: applied, conflicts };
}
