/** The CLI package stands alone: installing it does not pull the task pane's libraries. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { dependencies: Record<string, string>; devDependencies: Record<string, string> };
const lock = JSON.parse(readFileSync('package-lock.json', 'utf8')) as {
  packages: Record<string, { dependencies?: Record<string, string>; devDependencies?: Record<string, string>; dev?: boolean }>;
};
const PANE_LIBRARIES = ['react', 'react-dom', '@fluentui/react-components', '@fluentui/react-icons'];

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });
}

it('the pane libraries are development dependencies, in package.json and in the lock (with their own dependencies)', () => {
  for (const name of PANE_LIBRARIES) {
    expect(pkg.dependencies[name], name).toBeUndefined();
    expect(pkg.devDependencies[name], name).toBeDefined();
    expect(lock.packages[`node_modules/${name}`]?.dev, name).toBe(true);
  }
  expect(lock.packages['']!.dependencies).toEqual(pkg.dependencies);
  expect(lock.packages['']!.devDependencies).toEqual(pkg.devDependencies);
  expect(lock.packages['node_modules/@fluentui/react-theme']?.dev).toBe(true);
});

it('what the CLI compiles (tsconfig.cli.json: core, xlsx adapter, cli) imports none of them', () => {
  const imports = ['src/core', 'src/adapters/xlsx', 'src/cli'].flatMap(sources).flatMap((file) =>
    [...readFileSync(file, 'utf8').matchAll(/from '([^']+)'/g)].map((m) => ({ file, module: m[1]! })),
  );
  expect(imports.length).toBeGreaterThan(50);
  const used = new Set(imports.map((i) => i.module.split('/').slice(0, i.module.startsWith('@') ? 2 : 1).join('/')));
  expect(imports.filter((i) => PANE_LIBRARIES.some((lib) => i.module === lib || i.module.startsWith(`${lib}/`)))).toEqual([]);
  // Every outside module the CLI imports is a runtime dependency or built into Node.
  const outside = [...used].filter((m) => !m.startsWith('.') && !m.startsWith('node:'));
  const builtins = new Set(['fs', 'path', 'os', 'zlib', 'crypto', 'util', 'stream', 'url', 'events', 'child_process', 'readline', 'process', 'buffer']);
  expect(outside.filter((m) => !builtins.has(m) && !(m in pkg.dependencies))).toEqual([]);
});
