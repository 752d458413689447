/** Bundles the page-side Office host (host/officeHost.ts) for the browser with esbuild. */
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

const ENTRY = fileURLToPath(new URL('../host/officeHost.ts', import.meta.url));

/** The host script as one classic script (an IIFE), as office.js is loaded by taskpane.html. */
export async function bundleOfficeHost(): Promise<string> {
  const result = await build({
    entryPoints: [ENTRY],
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    target: 'es2021',
    logLevel: 'silent',
  });
  const file = result.outputFiles[0];
  if (!file) throw new Error('esbuild produced no output for the Office host');
  return file.text;
}
