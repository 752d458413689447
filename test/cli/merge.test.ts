/**
 * `vendor-compare merge` end to end on files: a master (with its id) and packs made the way a
 * pack is (a one-vendor workbook of the template, its identity as custom properties, the base
 * on a very hidden sheet), returned with the vendor's edits.
 */
import { readFileSync, writeFileSync } from 'fs';
import { join } from 'path';
import { readCustomProperties, withCustomProperties } from '../../src/adapters/xlsx/customProperties';
import { readSnapshot } from '../../src/adapters/xlsx/readSnapshot';
import { writePlanToWorkbook } from '../../src/adapters/xlsx/writePlan';
import { BASE_SHEET, baseChunks, baseOf } from '../../src/core/packs/base';
import { identityProperties, MASTER_ID_PROPERTY, questionSetFingerprint } from '../../src/core/packs/identity';
import { FIELD_NAMES } from '../../src/core/packs/planMerge';
import type { VendorQuote } from '../../src/core/options';
import { planTemplate } from '../../src/core/template/planTemplate';
import { partText } from '../adapters/xlsx/zipFixtures';
import { runCli, tempFolder } from './runCli';
import { answeredOptions, loadWorkbook, writeWorkbook } from './workbooks';

const OPTIONS = answeredOptions();
const beacon = OPTIONS.vendors[1]!;

async function masterIn(dir: string, id = 'M1'): Promise<string> {
  const { path } = await writeWorkbook(join(dir, 'master.xlsx'), OPTIONS);
  writeFileSync(path, await withCustomProperties(readFileSync(path), { [MASTER_ID_PROPERTY]: id }));
  return path;
}

/** Beacon's pack as the vendor returns it: `quote` is what it typed; the base is the master's then. */
async function packIn(dir: string, file: string, quote: VendorQuote, masterId = 'M1', baseEdit: Record<string, unknown[]> = {}): Promise<string> {
  const master = readSnapshot(await loadWorkbook(join(dir, 'master.xlsx')), 'master.xlsx');
  const workbook = writePlanToWorkbook(planTemplate({ ...OPTIONS, vendors: [quote] }));
  const sheet = workbook.addWorksheet(BASE_SHEET, { state: 'veryHidden' });
  baseChunks({ ...baseOf(master, Object.keys(FIELD_NAMES), 1), ...baseEdit } as never).forEach((chunk, i) => (sheet.getCell(i + 1, 1).value = chunk));
  const identity = { masterId, vendor: 'Beacon RTC', round: 1, questions: questionSetFingerprint(master), layoutVersion: 2, made: '2026-12-03' };
  const bytes = await withCustomProperties(new Uint8Array(await workbook.xlsx.writeBuffer()), identityProperties(identity));
  writeFileSync(join(dir, file), bytes);
  return file;
}

const cell = async (dir: string, sheet: string, address: string) => (await loadWorkbook(join(dir, 'master.xlsx'))).getWorksheet(sheet)!.getCell(address).value;
const logRows = async (dir: string) => {
  const log = (await loadWorkbook(join(dir, 'master.xlsx'))).getWorksheet('Change log');
  return log ? log.getSheetValues().slice(2).map((row) => (row as unknown[]).slice(2)) : [];
};

describe('vendor-compare merge', () => {
  it('lists, writes and logs what the vendor changed; the same pack again changes nothing', async () => {
    const dir = tempFolder();
    await masterIn(dir);
    // Beacon RTC lowered its platform fee from 80,000 and reworded its Q1 answer.
    await packIn(dir, 'beacon.xlsx', { ...beacon, platformFee: 75000, answers: { ...beacon.answers, Q1: 'Within 1 hour, 7x24' } });
    const bytes = readFileSync(join(dir, 'master.xlsx'));

    const dry = await runCli(['merge', 'master.xlsx', 'beacon.xlsx', '--dry-run'], dir);
    expect(dry.stdout).toContain('beacon.xlsx (Beacon RTC, round 1): 2 change(s) merged');
    expect(dry.stdout).toContain('Pricing!E7  platform fee / year: "80000" -> "75000"');
    expect(dry.stdout).toContain('Questions!D4  Q1 answer: "Within 2 hours, 7x24" -> "Within 1 hour, 7x24"');
    expect(dry.code).toBe(0);
    expect(readFileSync(join(dir, 'master.xlsx')).equals(bytes)).toBe(true);

    const merged = await runCli(['merge', 'master.xlsx', 'beacon.xlsx'], dir);
    expect(merged).toMatchObject({ code: 0, stderr: '' });
    expect(await cell(dir, 'Pricing', 'E7')).toBe(75000);
    expect(await cell(dir, 'Questions', 'D4')).toBe('Within 1 hour, 7x24');
    expect(await logRows(dir)).toEqual([
      [1, 'Beacon RTC', 'Pricing', 'E7', 'platform fee / year', '80000', '75000', 'beacon.xlsx'],
      [1, 'Beacon RTC', 'Questions', 'D4', 'Q1 answer', 'Within 2 hours, 7x24', 'Within 1 hour, 7x24', 'beacon.xlsx'],
    ]);
    // The master keeps its id through the rewrite, so the next merge still knows it.
    expect(readCustomProperties(await partText(readFileSync(join(dir, 'master.xlsx')), 'docProps/custom.xml'))).toEqual({ [MASTER_ID_PROPERTY]: 'M1' });

    const again = await runCli(['merge', 'master.xlsx', 'beacon.xlsx'], dir);
    expect(again.stdout).toContain('nothing new');
    expect(again.code).toBe(0);
    expect(await logRows(dir)).toHaveLength(2);
  });

  it('merges the good packs, refuses another master’s and reports an unreadable one (exit 2)', async () => {
    const dir = tempFolder();
    await masterIn(dir);
    await packIn(dir, 'good.xlsx', { ...beacon, setupFee: 1000 });
    await packIn(dir, 'other.xlsx', { ...beacon, setupFee: 2000 }, 'M9');
    writeFileSync(join(dir, 'broken.xlsx'), 'not a workbook');
    const result = await runCli(['merge', 'master.xlsx', 'good.xlsx', 'other.xlsx', 'broken.xlsx', '--json'], dir);
    expect(result.code).toBe(2);
    const packs = (JSON.parse(result.stdout) as { packs: { file: string; status: string; reason: string | null; changes: unknown[] }[] }).packs;
    expect(packs.map((p) => [p.file, p.status])).toEqual([
      ['good.xlsx', 'merged'],
      ['other.xlsx', 'refused'],
      ['broken.xlsx', 'refused'],
    ]);
    expect(packs[0]!.changes).toEqual([{ sheet: 'Pricing', cell: 'E8', field: 'setup / onboarding fee (one-time)', old: '', new: '1000' }]);
    expect(packs[1]!.reason).toBe('otherMaster: M9');
    expect(await cell(dir, 'Pricing', 'E8')).toBe(1000);
  });

  it('leaves a cell the buyer changed since the pack was made (exit 1), takes the pack’s with --force', async () => {
    const dir = tempFolder();
    await masterIn(dir);
    // When the pack was made the fee was 70,000; the master now says 80,000; the vendor says 65,000.
    await packIn(dir, 'beacon.xlsx', { ...beacon, platformFee: 65000 }, 'M1', { vc_PlatformFee: [70000] });
    const kept = await runCli(['merge', 'master.xlsx', 'beacon.xlsx'], dir);
    expect(kept.code).toBe(1);
    expect(kept.stdout).toContain('0 change(s) merged, 1 conflict(s) left as the master has them');
    expect(await cell(dir, 'Pricing', 'E7')).toBe(80000);
    const forced = await runCli(['merge', 'master.xlsx', 'beacon.xlsx', '--force'], dir);
    expect(forced.code).toBe(0);
    expect(await cell(dir, 'Pricing', 'E7')).toBe(65000);
  });
});
