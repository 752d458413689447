/**
 * Every origin named in the office.js files the pane loads (the CDN's office.js is the package's
 * office.js; a local build ships the files of LOCAL_OFFICE_JS_FILES) is either allowed by the
 * page's script-src or explained below as something the page never loads as a script.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';

const ROOT = resolve(__dirname, '..', '..');
const load = createRequire(__filename);
const config = load(join(ROOT, 'webpack.config.js')) as {
  contentSecurityPolicy(serving: boolean, localOfficeJs: boolean): string;
  LOCAL_OFFICE_JS_FILES: string[];
};
const DIST = dirname(load.resolve('@microsoft/office-js/dist/office.js'));

/** Not script sources of this page, and why. */
const EXPLAINED: Record<string, string> = {
  'docs.microsoft.com': 'links in error messages, opened by the user',
  'go.microsoft.com': 'fwlink help links, opened by the user',
  'support.microsoft.com': 'help links, opened by the user',
  'raw.githubusercontent.com': 'licence and source references in comments',
  'document.localhost': 'a placeholder address office.js uses to parse local document URLs; never fetched',
  'telemetryservice.firstpartyapps.oaspapps.com': "Microsoft's telemetry proxy frame: kept out on purpose (default-src 'self', no telemetry)",
  'alcdn.msauth.net': 'msal-browser, loaded only for single sign-on (Office.auth), which this add-in does not use',
};

/** The files matched by patterns such as "excel*.js" or "*\/office_strings.js" (one folder deep). */
function shipped(patterns: readonly string[]): string[] {
  const matches = (pattern: string, name: string) => new RegExp(`^${pattern.replace(/\./g, '\\.').replace(/\*/g, '[^/]*')}$`).test(name);
  const files: string[] = [];
  for (const entry of readdirSync(DIST)) {
    const path = join(DIST, entry);
    if (statSync(path).isDirectory()) {
      for (const inner of readdirSync(path)) if (patterns.some((p) => matches(p, `${entry}/${inner}`))) files.push(join(path, inner));
    } else if (patterns.some((p) => matches(p, entry)) && !entry.endsWith('.debug.js')) files.push(path);
  }
  return files;
}

function origins(files: readonly string[]): Map<string, string> {
  const found = new Map<string, string>();
  for (const file of files) {
    for (const m of readFileSync(file, 'utf8').matchAll(/(?:https?:)?\/\/([a-z0-9-]+(?:\.[a-z0-9-]+)+)/gi)) {
      const host = m[1]!.toLowerCase();
      if (!found.has(host)) found.set(host, file.slice(DIST.length + 1));
    }
  }
  return found;
}

it('every origin in the shipped office.js files is allowed as a script source or explained', () => {
  const files = shipped(config.LOCAL_OFFICE_JS_FILES);
  expect(files.length).toBeGreaterThan(10);
  const found = origins(files);
  expect(found.has('ajax.aspnetcdn.com')).toBe(true);
  for (const local of [false, true]) {
    const scriptSrc = config.contentSecurityPolicy(false, local).split(';').map((d) => d.trim()).find((d) => d.startsWith('script-src'))!;
    const allowed = new Set(scriptSrc.split(/\s+/).filter((s) => s.startsWith('https://')).map((s) => s.slice('https://'.length)));
    const unexplained = [...found].filter(([host]) => !allowed.has(host) && !(host in EXPLAINED)).map(([host, file]) => `${host} (in ${file})`);
    expect(unexplained).toEqual([]);
  }
});

it('explains nothing that no longer appears, and allows MicrosoftAjax.js from its CDN', () => {
  const found = origins(shipped(config.LOCAL_OFFICE_JS_FILES));
  expect(Object.keys(EXPLAINED).filter((host) => !found.has(host))).toEqual([]);
  expect(config.contentSecurityPolicy(false, true)).toContain('script-src \'self\' https://ajax.aspnetcdn.com');
});
