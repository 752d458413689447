/**
 * The pane reads a returned pack from its bytes. A pack saved by LibreOffice spells its
 * protection flags as words (locked="false"); read as they are, ExcelJS would take every input
 * cell for locked and the pack's locked content for edited.
 */
import JSZip from 'jszip';
import { packBytes } from '../../../src/adapters/xlsx/packBytes';
import { readPackBytes } from '../../../src/adapters/xlsx/returnedPack';
import { baseOf } from '../../../src/core/packs/base';
import { FIELD_NAMES } from '../../../src/core/packs/planMerge';
import { planPack } from '../../../src/core/packs/planPack';
import { planTemplate } from '../../../src/core/template/planTemplate';
import { WORKED_EXAMPLE } from '../../fixtures/workedExample';
import { loadPlan } from '../../support/hyperformula';
import { snapshotOf } from '../../support/snapshot';

const master = snapshotOf(loadPlan(planTemplate(WORKED_EXAMPLE)));
const identity = { masterId: 'M1', vendor: 'Beacon RTC', round: 1, questions: 'q', layoutVersion: 2, made: '2026-12-04' };

async function pack(): Promise<Uint8Array> {
  const plan = planPack(master, { vendorIndex: 1, round: 1, language: 'en' });
  return packBytes(plan, identity, baseOf(master, Object.keys(FIELD_NAMES), 1));
}

/** The bytes with every protection flag spelt as a word, as LibreOffice writes them. */
async function withWordFlags(data: Uint8Array): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(data);
  const styles = await zip.file('xl/styles.xml')!.async('string');
  const worded = styles.replace(/(<protection\b[^>]*\slocked=")0"/g, '$1false"');
  expect(worded).not.toBe(styles);
  zip.file('xl/styles.xml', worded);
  return zip.generateAsync({ type: 'uint8array' });
}

describe('readPackBytes', () => {
  it('reads the identity, the base and the locked content the pack was made with', async () => {
    const read = await readPackBytes(await pack(), 'Beacon RTC.xlsx');
    expect(read.identity).toMatchObject(identity);
    expect(read.locked).toEqual(read.identity!.locked);
    expect(read.base?.vc_PlatformFee).toEqual([master.blocks.vc_PlatformFee!.values[0]![1]]);
  });

  it('reads the same locked content from a pack whose flags LibreOffice spelt as words', async () => {
    const read = await readPackBytes(await withWordFlags(await pack()), 'Beacon RTC.xlsx');
    expect(read.locked).toEqual(read.identity!.locked);
  });

  it('names the file it cannot read', async () => {
    await expect(readPackBytes(new Uint8Array([1, 2, 3]), 'junk.xlsx')).rejects.toMatchObject({ name: 'PackFileUnreadableError', file: 'junk.xlsx' });
  });
});
