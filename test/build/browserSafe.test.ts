/**
 * The pack code the pane loads (make a pack's bytes, read a returned one) uses no Node API: it is
 * bundled for the browser here, as webpack bundles it, and a Node built-in it reached (path, fs,
 * crypto) would fail to resolve.
 */
import { build } from 'esbuild';
import { resolve } from 'node:path';

const ROOT = resolve(__dirname, '..', '..');

it.each(['src/adapters/xlsx/packBytes.ts', 'src/adapters/xlsx/returnedPack.ts', 'src/adapters/excel/packs.ts'])(
  '%s bundles for the browser',
  async (entry) => {
    const result = await build({ entryPoints: [resolve(ROOT, entry)], bundle: true, platform: 'browser', write: false, logLevel: 'silent' });
    expect(result.errors).toEqual([]);
    expect(result.outputFiles[0]!.text.length).toBeGreaterThan(0);
  },
  60_000,
);
