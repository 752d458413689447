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
const LOCKED = { Instructions: '11111111', Pricing: '22222222' };
const BASE = baseOf(master, Object.keys(FIELD_NAMES), 1);

function identity(extra: Partial<PackIdentity> = {}): PackIdentity {
  return {
    masterId: 'M1',
    vendor: 'Beacon RTC',
    round: 1,
    questions: questionSetFingerprint(master),
    layoutVersion: 2,
    made: '2026-12-03',
    locked: LOCKED,
    ...extra,
  };
}

/** Beacon's pack as returned: a one-vendor workbook holding what the vendor typed. */
function returned(quote: VendorQuote, extra: Partial<PackIdentity> = {}, base = BASE): ReturnedPack {
  return { snapshot: snapshotFor(options([quote])), identity: identity(extra), base, locked: LOCKED };
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
    expect(planMerge(master, 'M1', returned({ ...beacon, platformFee: 65000 }, {}, base), true)).toMatchObject({
      status: 'merged',
      changes: [{ cell: 'E7' }],
    });
  });

  it.each([
    ['notPack', (p: ReturnedPack) => ({ ...p, identity: null }), ''],
    ['otherMaster', (p: ReturnedPack) => ({ ...p, identity: identity({ masterId: 'M2' }) }), 'M2'],
    ['vendorGone', (p: ReturnedPack) => ({ ...p, identity: identity({ vendor: 'Zed' }) }), 'Zed'],
    ['questionsChanged', (p: ReturnedPack) => ({ ...p, identity: identity({ questions: '00000000' }) }), ''],
    ['version', (p: ReturnedPack) => ({ ...p, identity: identity({ layoutVersion: 9 }) }), '9'],
    ['sheetRenamed', (p: ReturnedPack) => ({ ...p, locked: { Instructions: '11111111', 'My prices': '22222222' } }), 'Pricing'],
    ['lockedEdited', (p: ReturnedPack) => ({ ...p, locked: { ...LOCKED, Pricing: '33333333' } }), 'Pricing'],
  ] as const)('refuses a pack: %s', (kind, edit, detail) => {
    expect(planMerge(master, 'M1', edit(returned(beacon)), false)).toMatchObject({ status: 'refused', reason: { kind, detail }, changes: [] });
  });

  it('checks no locked content of a pack made before it was recorded', () => {
    const { locked: _, ...old } = identity({ locked: LOCKED });
    expect(planMerge(master, 'M1', { ...returned(beacon), identity: old, locked: {} }, false).status).toBe('unchanged');
  });

  it('takes a pack’s dropdown labels in the other language as the master’s (a Chinese pack into an English master)', () => {
    const pack = returned(beacon);
    const model = pack.snapshot.blocks.vc_Model!;
    const relabel = (label: string) => ({
      ...pack,
      snapshot: { ...pack.snapshot, blocks: { ...pack.snapshot.blocks, vc_Model: { ...model, values: [[label]] } } },
    });
    // Beacon's model in the master is Tiered service (分层服务型): the same label in Chinese is no change.
    expect(master.blocks.vc_Model!.values[0]![1]).toBe('Tiered service');
    expect(planMerge(master, 'M1', relabel('分层服务型'), false)).toMatchObject({ status: 'unchanged', changes: [] });
    // 按需付费型 is Pay-as-you-go: written in the master's language.
    expect(planMerge(master, 'M1', relabel('按需付费型'), false).changes).toMatchObject([
      { field: 'model', old: 'Tiered service', new: 'Pay-as-you-go', value: 'Pay-as-you-go' },
    ]);
  });

  it('refuses a value the master’s dropdown or number rule would refuse, naming the pack cell', () => {
    const pack = returned(beacon);
    const model = pack.snapshot.blocks.vc_Model!;
    const badModel = {
      ...pack,
      snapshot: { ...pack.snapshot, blocks: { ...pack.snapshot.blocks, vc_Model: { ...model, values: [['Free lunch']] } } },
    };
    expect(planMerge(master, 'M1', badModel, false).reason).toMatchObject({
      kind: 'badValue',
      detail: expect.stringMatching(/^'Pricing'!D4 \(model\): Free lunch is not one of All-inclusive/),
    });
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
