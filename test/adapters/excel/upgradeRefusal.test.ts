/**
 * When a layout-1 workbook cannot be upgraded in place, planUpgrade says why: 'columns' when
 * columns were inserted before the vendors (the new labels would land in the wrong column),
 * 'layout' when the template's names no longer sit where layout 1 put them.
 */
import { readSnapshot } from '../../../src/adapters/excel/readSnapshot';
import { planUpgrade } from '../../../src/core/fill/upgrade';
import type { NamedBlock, Snapshot } from '../../../src/core/snapshot/types';
import { layoutOneWorkbook } from './layoutOne';

async function layoutOneSnapshot(): Promise<Snapshot> {
  return readSnapshot((await layoutOneWorkbook()).newContext());
}

/** The snapshot with some of its blocks changed, as the user's edits would leave them. */
function edited(snapshot: Snapshot, change: Record<string, (block: NamedBlock) => NamedBlock>): Snapshot {
  const blocks = { ...snapshot.blocks };
  for (const [name, f] of Object.entries(change)) blocks[name] = f(blocks[name]!);
  return { ...snapshot, blocks };
}

const oneColumnRight = (block: NamedBlock): NamedBlock => ({ ...block, range: { ...block.range, col: block.range.col + 1 } });

describe('planUpgrade refuses what it cannot place', () => {
  it('plans the upgrade of the workbook as layout 1 wrote it', async () => {
    const upgrade = planUpgrade(await layoutOneSnapshot());
    expect('refused' in upgrade).toBe(false);
  });

  it("says 'columns' when a column was inserted before the vendors on Pricing", async () => {
    const snapshot = edited(await layoutOneSnapshot(), { vc_Model: oneColumnRight, vc_Computed: oneColumnRight });
    expect(planUpgrade(snapshot)).toEqual({ refused: 'columns' });
  });

  it("says 'columns' when a column was inserted before the values on Assumptions", async () => {
    const snapshot = edited(await layoutOneSnapshot(), { vc_Term: oneColumnRight });
    expect(planUpgrade(snapshot)).toEqual({ refused: 'columns' });
  });

  it("says 'layout' when the language cell was moved to another sheet", async () => {
    const snapshot = edited(await layoutOneSnapshot(), { vc_Language: (block) => ({ ...block, sheet: 'Notes' }) });
    expect(planUpgrade(snapshot)).toEqual({ refused: 'layout' });
  });
});
