import { promises as fs } from 'fs';
import { join, resolve } from 'path';
import { errorCode } from '../adapters/xlsx/saveFile';

/**
 * One thing to validate: a file (read later, which reports any problem of its own), or a folder
 * that gave no file: none ending in .xlsx, or it could not be listed (`code`, e.g. EACCES).
 */
export type Target = { kind: 'file'; path: string } | { kind: 'badFolder'; path: string; code?: string };

/** Excel's lock file while a workbook is open ("~$Book.xlsx"): not a workbook. */
const isLockFile = (name: string) => name.startsWith('~$');

async function xlsxInFolder(folder: string, shown: string): Promise<string[]> {
  const entries = await fs.readdir(folder, { withFileTypes: true });
  const names: string[] = [];
  for (const entry of entries) {
    if (!/\.xlsx$/i.test(entry.name) || isLockFile(entry.name)) continue;
    // A dangling link is no workbook: left out like any other non-file.
    const isFile = entry.isFile() || (entry.isSymbolicLink() && (await fs.stat(join(folder, entry.name)).then((s) => s.isFile(), () => false)));
    if (isFile) names.push(entry.name);
  }
  return names.sort().map((name) => join(shown, name));
}

/**
 * The command line's paths with each folder replaced by the .xlsx files directly inside it
 * (sorted, not recursive, lock files skipped). Anything that is not a folder is kept as given;
 * the same file named twice is checked once.
 */
export async function expandPaths(paths: readonly string[], cwd: string): Promise<Target[]> {
  const targets: Target[] = [];
  const seen = new Set<string>();
  const add = (target: Target) => {
    const key = resolve(cwd, target.path);
    if (seen.has(key)) return;
    seen.add(key);
    targets.push(target);
  };
  for (const path of paths) {
    const full = resolve(cwd, path);
    // What cannot be looked at is kept as a file: reading it then says what is wrong.
    const isFolder = await fs.stat(full).then((s) => s.isDirectory(), () => false);
    if (!isFolder) {
      add({ kind: 'file', path });
      continue;
    }
    let files: string[];
    try {
      files = await xlsxInFolder(full, path);
    } catch (error) {
      const code = errorCode(error);
      if (code === undefined) throw error;
      add({ kind: 'badFolder', path, code });
      continue;
    }
    if (files.length === 0) add({ kind: 'badFolder', path });
    for (const file of files) add({ kind: 'file', path: file });
  }
  return targets;
}
