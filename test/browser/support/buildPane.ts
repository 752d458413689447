/**
 * Builds the production task pane with webpack's Node API into a temporary folder, leaving
 * dist/ alone. `officeJs: 'local'` builds as `OFFICE_JS=local npm run build` does.
 */
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import webpack, { type Configuration } from 'webpack';

const require = createRequire(import.meta.url);
const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const makeConfig = require(join(ROOT, 'webpack.config.js')) as (env: Record<string, unknown>, argv: { mode: string }) => Configuration;

export interface BuiltPane {
  dir: string;
  files: string[];
  remove(): Promise<void>;
}

/** The config is read with OFFICE_JS set as asked, then the environment is put back. */
function productionConfig(officeJs: 'cdn' | 'local', outputPath: string): Configuration {
  const saved = process.env.OFFICE_JS;
  if (officeJs === 'local') process.env.OFFICE_JS = 'local';
  else delete process.env.OFFICE_JS;
  try {
    const config = makeConfig({}, { mode: 'production' });
    return { ...config, context: ROOT, output: { ...config.output, path: outputPath } };
  } finally {
    if (saved === undefined) delete process.env.OFFICE_JS;
    else process.env.OFFICE_JS = saved;
  }
}

export async function buildPane(officeJs: 'cdn' | 'local'): Promise<BuiltPane> {
  const dir = await mkdtemp(join(tmpdir(), `vc-pane-${officeJs}-`));
  const compiler = webpack(productionConfig(officeJs, dir));
  const stats = await new Promise<webpack.Stats | undefined>((resolve, reject) =>
    compiler.run((error, result) => (error ? reject(error) : resolve(result))),
  );
  await new Promise<void>((resolve, reject) => compiler.close((error) => (error ? reject(error) : resolve())));
  if (!stats || stats.hasErrors()) {
    throw new Error(`The production build failed:\n${stats?.toString({ all: false, errors: true }) ?? 'no stats'}`);
  }
  return {
    dir,
    files: await readdir(dir, { recursive: true }),
    remove: () => rm(dir, { recursive: true, force: true }),
  };
}
