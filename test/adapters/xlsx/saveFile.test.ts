import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { OutputFileError } from '../../../src/adapters/xlsx/errors';
import { saveFile } from '../../../src/adapters/xlsx/saveFile';

const bytes = new TextEncoder().encode('new content');

function folder(): string {
  return mkdtempSync(join(tmpdir(), 'vendor-compare-save-'));
}

describe('saveFile', () => {
  it('never touches a file that appeared after the early check (exclusive create)', async () => {
    const dir = folder();
    const path = join(dir, 'a.xlsx');
    writeFileSync(path, 'theirs');
    const error = await saveFile({ path, shown: 'a.xlsx' }, bytes, false).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OutputFileError);
    expect(error).toMatchObject({ path: 'a.xlsx', reason: 'exists' });
    expect(readFileSync(path, 'utf8')).toBe('theirs');
  });

  it('replaces a file with force through a temporary file that does not stay behind', async () => {
    const dir = folder();
    const path = join(dir, 'a.xlsx');
    writeFileSync(path, 'old');
    await saveFile({ path, shown: 'a.xlsx' }, bytes, true);
    expect(readFileSync(path, 'utf8')).toBe('new content');
    expect(readdirSync(dir)).toEqual(['a.xlsx']);
  });

  it('names the path as shown and the system error code when the folder is missing', async () => {
    const path = join(folder(), 'missing', 'a.xlsx');
    for (const force of [false, true]) {
      await expect(saveFile({ path, shown: 'missing/a.xlsx' }, bytes, force)).rejects.toMatchObject({
        path: 'missing/a.xlsx',
        reason: 'write',
        code: 'ENOENT',
      });
    }
  });

  it('reports a folder in the way with force', async () => {
    const dir = folder();
    mkdirSync(join(dir, 'a.xlsx'));
    await expect(saveFile({ path: join(dir, 'a.xlsx'), shown: 'a.xlsx' }, bytes, true)).rejects.toMatchObject({ reason: 'isDirectory' });
    expect(readdirSync(dir)).toEqual(['a.xlsx']);
  });
});
