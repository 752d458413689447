import { WORKED_EXAMPLE } from '../../../test/fixtures/workedExample';
import { loadPlan } from '../../../test/support/hyperformula';
import { snapshotOf } from '../../../test/support/snapshot';
import type { TemplateOptions, VendorQuote } from '../options';
import type { Snapshot } from '../snapshot/types';
import { planTemplate } from '../template/planTemplate';
import { baseOf } from './base';
import { questionSetFingerprint, type PackIdentity } from './identity';
import { FIELD_NAMES, planMerge, type ReturnedPack } from './planMerge';

const options = (vendors: VendorQuote[]): TemplateOptions => ({ ...WORKED_EXAMPLE, vendors });
const snapshotFor = (o: TemplateOptions): Snapshot => snapshotOf(loadPlan(planTemplate(o)));
const beacon = WORKED_EXAMPLE.vendors[1]!;
const master = snapshotFor(WORKED_EXAMPLE);
const BASE = baseOf(master, Object.keys(FIELD_NAMES), 1);

function identity(extra: Partial<PackIdentity> = {}): PackIdentity {
  return { masterId: 'M1', vendor: 'Beacon RTC', round: 1, questions: questionSetFingerprint(master), layoutVersion: 2, made: '2026-12-03', ...extra };
}

/** Beacon's pack as returned: a one-vendor workbook holding what the vendor typed. */
function returned(quote: VendorQuote, extra: Partial<PackIdentity> = {}, base = BASE): ReturnedPack {
  return { snapshot: snapshotFor(options([quote])), identity: identity(extra), base };
}

describe('planMerge', () => {
  it('lists what the vendor changed, old -> new, at the master cells of its column', () => {
    // Beacon answered Q1 and lowered its platform fee from 80,000 to 75,000.
    const merge = planMerge(master, 'M1', returned({ ...beacon, platformFee: 75000, answers: { Q1: 'Within 2 hours, 7x24' } }), false);
    expect(merge).toMatchObject({ vendor: 'Beacon RTC', round: 1, status: 'merged', reason: null, conflicts: [] });
    // Pricing: vendors from column D, Beacon is E; the platform fee on row 7 (README's layout).
    // Questions: answers from column C, Beacon is D; Q1 on row 4.
    expect(merge.changes.map(({ sheet, cell, field, old, new: now }) => ({ sheet, cell, field, old, new: now }))).toEqual([
      { sheet: 'Pricing', cell: 'E7', field: 'platform fee / year', old: '80000', new: '75000' },
      { sheet: 'Questions', cell: 'D4', field: 'Q1 answer', old: '', new: 'Within 2 hours, 7x24' },
    ]);
  });

  it('finds nothing new in a pack returned as it was sent', () => {
    expect(planMerge(master, 'M1', returned(beacon), false)).toMatchObject({ status: 'unchanged', changes: [], conflicts: [] });
  });

  it('keeps a value the buyer changed since the pack was made: a conflict when the vendor changed it too', () => {
    // When the pack was made Beacon's fee was 70,000; the buyer has since typed 80,000.
    const base = { ...BASE, vc_PlatformFee: [70000] };
    const same = planMerge(master, 'M1', returned({ ...beacon, platformFee: 70000 }, {}, base), false);
    expect(same).toMatchObject({ status: 'unchanged', changes: [], conflicts: [] });
    const both = planMerge(master, 'M1', returned({ ...beacon, platformFee: 65000 }, {}, base), false);
    expect(both.status).toBe('conflict');
    expect(both.conflicts).toMatchObject([{ cell: 'E7', old: '80000', new: '65000' }]);
    expect(both.changes).toEqual([]);
    expect(planMerge(master, 'M1', returned({ ...beacon, platformFee: 65000 }, {}, base), true)).toMatchObject({ status: 'merged', changes: [{ cell: 'E7' }] });
  });

  it.each([
    ['notPack', (p: ReturnedPack) => ({ ...p, identity: null }), ''],
    ['otherMaster', (p: ReturnedPack) => ({ ...p, identity: identity({ masterId: 'M2' }) }), 'M2'],
    ['vendorGone', (p: ReturnedPack) => ({ ...p, identity: identity({ vendor: 'Zed' }) }), 'Zed'],
    ['questionsChanged', (p: ReturnedPack) => ({ ...p, identity: identity({ questions: '00000000' }) }), ''],
    ['version', (p: ReturnedPack) => ({ ...p, identity: identity({ layoutVersion: 9 }) }), '9'],
  ] as const)('refuses a pack: %s', (kind, edit, detail) => {
    expect(planMerge(master, 'M1', edit(returned(beacon)), false)).toMatchObject({ status: 'refused', reason: { kind, detail }, changes: [] });
  });

  it('refuses a value the master’s dropdown or number rule would refuse, naming the pack cell', () => {
    const pack = returned(beacon);
    const model = pack.snapshot.blocks.vc_Model!;
    const badModel = { ...pack, snapshot: { ...pack.snapshot, blocks: { ...pack.snapshot.blocks, vc_Model: { ...model, values: [['Free lunch']] } } } };
    expect(planMerge(master, 'M1', badModel, false).reason).toMatchObject({ kind: 'badValue', detail: expect.stringMatching(/^'Pricing'!D4 \(model\): Free lunch is not one of All-inclusive/) });
    const negative = returned({ ...beacon, setupFee: -5 });
    expect(planMerge(master, 'M1', negative, false).reason).toMatchObject({ kind: 'badValue', detail: expect.stringContaining('-5 is outside 0..') });
  });

  it('refuses a formula typed over an input in the pack', () => {
    const pack = returned(beacon);
    const fee = pack.snapshot.blocks.vc_PlatformFee!;
    const typed = { ...pack, snapshot: { ...pack.snapshot, blocks: { ...pack.snapshot.blocks, vc_PlatformFee: { ...fee, formulas: [['=1+1']] } } } };
    expect(planMerge(master, 'M1', typed, false).reason).toMatchObject({ kind: 'formula', detail: "'Pricing'!D7 (platform fee / year)" });
  });
});
