/** The production build's manifest rewrite (scripts/manifest-urls.cjs, used by webpack.config.js). */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { XMLValidator } from 'fast-xml-parser';

const ROOT = resolve(__dirname, '..', '..');
const XSD = resolve(ROOT, 'test', 'manifest', 'schemas', 'OfficeAppManifestV1_1.xsd');
const { rewriteManifestUrls, normaliseBaseUrl } = createRequire(__filename)(join(ROOT, 'scripts', 'manifest-urls.cjs')) as {
  rewriteManifestUrls(xml: string, baseUrl: string): string;
  normaliseBaseUrl(raw: string): string;
};
const xml = readFileSync(join(ROOT, 'manifest.xml'), 'utf8');

describe('rewriteManifestUrls', () => {
  it('moves every URL to the deployed origin and path', () => {
    const out = rewriteManifestUrls(xml, 'https://addins.example.com/vendor-compare/');
    expect(out).not.toContain('localhost');
    expect(out).toContain('DefaultValue="https://addins.example.com/vendor-compare/taskpane.html"');
    expect(out).toContain('DefaultValue="https://addins.example.com/vendor-compare/assets/icon-80.png"');
    expect(out.match(/https:\/\/addins\.example\.com\/vendor-compare\//g)?.length).toBe(xml.match(/https:\/\/localhost:3000\//g)?.length);
    expect(XMLValidator.validate(out)).toBe(true);
  });

  it('leaves other hosts and ports alone', () => {
    const sample = '<a DefaultValue="https://localhost:30001/x"/><b DefaultValue="https://localhost:3000"/>';
    expect(rewriteManifestUrls(sample, 'https://h.example')).toBe(
      '<a DefaultValue="https://localhost:30001/x"/><b DefaultValue="https://h.example"/>',
    );
  });

  it.each(['http://addins.example.com', 'addins.example.com', 'https://a.example/?x=1', 'https://a.example/#top'])(
    'refuses %j',
    (bad) => {
      expect(() => normaliseBaseUrl(bad)).toThrow(/ADDIN_BASE_URL/);
    },
  );

  // On CI a missing xmllint or schema must fail, not skip (CI installs libxml2-utils).
  it.skipIf(!process.env.CI && (spawnSync('xmllint', ['--version']).error !== undefined || !existsSync(XSD)))(
    'keeps the rewritten manifest schema-valid',
    () => {
      const out = rewriteManifestUrls(xml, 'https://addins.example.com/vc');
      const run = spawnSync('xmllint', ['--noout', '--schema', XSD, '-'], { input: out, encoding: 'utf8' });
      expect(run.stderr).toContain('validates');
      expect(run.status).toBe(0);
    },
  );
});
