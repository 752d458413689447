import { promises as fs } from 'fs';
import { basename, dirname, join } from 'path';
import { OutputFileError } from './errors';

/** Where to write, and the path as the user gave it (errors name that one). */
export interface Target {
  path: string;
  shown: string;
}

/**
 * Fails early, before any work, if the output cannot be written: a folder is in the way, or a
 * file is and `force` was not given.
 */
export async function checkOutputPath({ path, shown }: Target, force: boolean): Promise<void> {
  const stat = await fs.stat(path).catch((error: unknown) => {
    if (errorCode(error) === 'ENOENT') return null;
    throw new OutputFileError(shown, 'write', errorCode(error));
  });
  if (stat?.isDirectory()) throw new OutputFileError(shown, 'isDirectory');
  if (stat && !force) throw new OutputFileError(shown, 'exists');
}

/**
 * Writes the bytes so that nothing of the user's is half-overwritten. Without `force` the file is
 * created exclusively (an existing file is never touched, even one that appeared a moment ago)
 * and removed again if writing fails. With `force` the bytes go to a temporary file beside it,
 * which then replaces the target in one rename.
 */
export async function saveFile({ path, shown }: Target, data: Uint8Array, force: boolean): Promise<void> {
  if (!force) {
    const handle = await fs.open(path, 'wx').catch((error: unknown) => {
      throw errorCode(error) === 'EEXIST' ? new OutputFileError(shown, 'exists') : writeError(shown, error);
    });
    try {
      await handle.writeFile(data);
      await handle.close();
    } catch (error) {
      await handle.close().catch(() => undefined);
      await fs.rm(path, { force: true });
      throw writeError(shown, error);
    }
    return;
  }
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  try {
    await fs.writeFile(temporary, data, { flag: 'wx' });
    await fs.rename(temporary, path);
  } catch (error) {
    await fs.rm(temporary, { force: true });
    throw writeError(shown, error);
  }
}

function writeError(path: string, error: unknown): OutputFileError {
  if (errorCode(error) === 'EISDIR') return new OutputFileError(path, 'isDirectory');
  return new OutputFileError(path, 'write', errorCode(error));
}

export function errorCode(error: unknown): string | undefined {
  if (typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'string') return error.code;
  return undefined;
}
