/**
 * A response pack saved again by LibreOffice keeps what a merge needs: its identity (custom
 * document properties), the one-column names over the vendor's values, every sheet protected;
 * and the master keeps its id.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readSnapshot } from '../../src/adapters/xlsx/readSnapshot';
import { customPropertiesOf } from '../../src/adapters/xlsx/packBytes';
import { lockedContent } from '../../src/adapters/xlsx/lockedContent';
import { readWorkbookFile } from '../../src/adapters/xlsx/readWorkbookFile';
import { identityOf, MASTER_ID_PROPERTY } from '../../src/core/packs/identity';
import { partNames, partText } from '../adapters/xlsx/zipFixtures';
import { runCli } from '../cli/runCli';
import { answeredOptions, loadWorkbook, writeWorkbook } from '../cli/workbooks';
import { recalculate } from './recalculate';

it('keeps a pack’s identity, names, values and protection, and the master’s id, through a LibreOffice save', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'vc-lo-pack-'));
  try {
    await writeWorkbook(join(dir, 'master.xlsx'), answeredOptions(), { complete: true });
    const en = await runCli(['pack', 'master.xlsx', '-o', 'packs', '--vendors', 'Aurora Cloud', '--round', '3', '--deadline', '1 July'], dir);
    const zh = await runCli(['pack', 'master.xlsx', '-o', 'packs-zh', '--vendors', 'Beacon RTC', '--lang', 'zh'], dir);
    expect([en.code, zh.code]).toEqual([0, 0]);
    const files = [join(dir, 'packs', 'Aurora Cloud.xlsx'), join(dir, 'packs-zh', 'Beacon RTC.xlsx'), join(dir, 'master.xlsx')];
    const saved = recalculate(files, join(dir, 'lo'));
    for (const [i, file] of files.slice(0, 2).entries()) {
      const before = await customPropertiesOf(readFileSync(file));
      const after = await customPropertiesOf(readFileSync(saved[i]!));
      expect(identityOf(after)).not.toBeNull();
      expect(identityOf(after)).toEqual(identityOf(before));
      // The locked content reads the same after LibreOffice's save (read as merge reads it): a pack
      // the vendor filled in LibreOffice is not mistaken for one whose labels were edited.
      const [lockedBefore, lockedAfter] = await Promise.all(
        [file, saved[i]!].map(async (path) => lockedContent((await readWorkbookFile(path)).workbook)),
      );
      expect(Object.keys(lockedBefore!)).toHaveLength(4);
      expect(lockedAfter).toEqual(lockedBefore);
      expect(identityOf(after)!.locked).toEqual(lockedBefore);

      const [original, resaved] = await Promise.all([file, saved[i]!].map(async (path) => readSnapshot(await loadWorkbook(path), path)));
      expect(Object.keys(resaved!.blocks).sort()).toEqual(Object.keys(original!.blocks).sort());
      for (const [name, block] of Object.entries(original!.blocks)) {
        expect(resaved!.blocks[name]!.range, name).toEqual(block.range);
        expect(resaved!.blocks[name]!.values, name).toEqual(block.values);
      }
      const data = readFileSync(saved[i]!);
      const sheets = partNames(data).filter((n) => /^xl\/worksheets\/sheet\d+\.xml$/.test(n));
      expect(sheets).toHaveLength(5); // four to fill, and the very hidden base
      for (const part of sheets) expect(partText(data, part)).toMatch(/<sheetProtection\b[^>]*sheet="(1|true)"/);
    }
    const masterId = (await customPropertiesOf(readFileSync(files[2]!)))[MASTER_ID_PROPERTY];
    expect(masterId).toMatch(/^[0-9a-f-]{36}$/);
    expect((await customPropertiesOf(readFileSync(saved[2]!)))[MASTER_ID_PROPERTY]).toBe(masterId);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}, 240_000);
