/** Offline checks of manifest.xml: what Microsoft's online validator would catch, and more. */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { XMLValidator } from 'fast-xml-parser';
import { all, child, parseManifest, walk, type XmlNode } from './manifestTree';
import { pngSize } from './png';

const ROOT = resolve(__dirname, '..', '..');
const MANIFEST = join(ROOT, 'manifest.xml');
const XSD = resolve(ROOT, 'test', 'manifest', 'schemas', 'OfficeAppManifestV1_1.xsd');
const DEV_BASE = 'https://localhost:3000/';
/** The ExcelApi set the Office.js adapter needs (see src/adapters/excel). */
const EXCEL_API_MIN = '1.8';

const xml = readFileSync(MANIFEST, 'utf8');
const manifest = parseManifest(xml);

/** OfficeApp's children in the order OfficeAppManifestV1_1.xsd gives for a TaskPaneApp. */
const SCHEMA_ORDER = [
  'Id',
  'AlternateId',
  'Version',
  'ProviderName',
  'DefaultLocale',
  'DisplayName',
  'Description',
  'IconUrl',
  'HighResolutionIconUrl',
  'SupportUrl',
  'AppDomains',
  'Hosts',
  'Requirements',
  'DefaultSettings',
  'Permissions',
  'Dictionary',
  'VersionOverrides',
];
const REQUIRED = ['Id', 'Version', 'ProviderName', 'DefaultLocale', 'DisplayName', 'Description', 'DefaultSettings', 'Permissions'];

const resources = child(child(manifest, 'VersionOverrides'), 'Resources');
/** Resource id -> its element, per kind of resource. */
function defined(kind: 'Images' | 'Urls' | 'ShortStrings' | 'LongStrings'): Map<string, XmlNode> {
  return new Map(child(resources, kind).children.map((n) => [n.attrs.id ?? '', n]));
}
const images = defined('Images');
const urls = defined('Urls');
const shortStrings = defined('ShortStrings');
const longStrings = defined('LongStrings');

/** Which kind of resource an element's resid must name, by the element's local name. */
const RESID_KIND: Record<string, Map<string, XmlNode>> = {
  Image: images,
  SourceLocation: urls,
  LearnMoreUrl: urls,
  FunctionFile: urls,
  Label: shortStrings,
  Title: shortStrings,
  Description: longStrings,
};

function assetPath(url: string): string {
  expect(url.startsWith(`${DEV_BASE}assets/`), url).toBe(true);
  return join(ROOT, 'assets', url.slice(`${DEV_BASE}assets/`.length));
}

function overrides(node: XmlNode): Map<string, string> {
  return new Map(node.children.filter((c) => c.local === 'Override').map((c) => [c.attrs.Locale ?? '', c.attrs.Value ?? '']));
}

describe('manifest.xml', () => {
  it('is well-formed XML with a TaskPaneApp root', () => {
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(manifest.name).toBe('OfficeApp');
    expect(manifest.attrs.xmlns).toBe('http://schemas.microsoft.com/office/appforoffice/1.1');
    expect(manifest.attrs['xsi:type']).toBe('TaskPaneApp');
  });

  it('lists the top-level elements in schema order, required ones present', () => {
    const names = manifest.children.map((c) => c.local);
    for (const name of names) expect(SCHEMA_ORDER, `unknown element <${name}>`).toContain(name);
    const positions = names.map((n) => SCHEMA_ORDER.indexOf(n));
    expect(positions, `order was ${names.join(', ')}`).toEqual([...positions].sort((a, b) => a - b));
    expect(new Set(names).size).toBe(names.length);
    for (const name of REQUIRED) expect(names).toContain(name);
  });

  it('has a GUID id, a version and a provider', () => {
    expect(child(manifest, 'Id').text).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i);
    expect(child(manifest, 'Version').text).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
    expect(child(manifest, 'ProviderName').text).not.toBe('');
    expect(child(manifest, 'DefaultLocale').text).toBe('en-US');
  });

  it('asks for ReadWriteDocument, trusts no extra domain, runs in Excel with the ExcelApi the adapter needs', () => {
    expect(child(manifest, 'Permissions').text).toBe('ReadWriteDocument');
    // The schema wants at least one AppDomain inside AppDomains, so "none" means no element.
    expect(all(manifest, 'AppDomain')).toEqual([]);
    expect(child(child(manifest, 'Hosts'), 'Host').attrs.Name).toBe('Workbook');
    const sets = child(child(manifest, 'Requirements'), 'Sets').children;
    expect(sets.map((s) => [s.attrs.Name, s.attrs.MinVersion])).toEqual([['ExcelApi', EXCEL_API_MIN]]);
  });

  it('uses https for every URL, all under the dev origin the production build rewrites', () => {
    const found: string[] = [];
    for (const node of walk(manifest)) {
      const values = [node.text, ...Object.entries(node.attrs).filter(([k]) => !k.startsWith('xmlns')).map(([, v]) => v)];
      for (const value of values) if (/^[a-z][a-z0-9+.-]*:/i.test(value)) found.push(value);
    }
    expect(found.length).toBeGreaterThan(5);
    for (const url of found) expect(url.startsWith(DEV_BASE), url).toBe(true);
    // Outside namespace declarations no plain http appears anywhere, comments included.
    expect(xml.replace(/xmlns(:\w+)?="http:\/\/[^"]*"/g, '')).not.toMatch(/http:\/\//);
  });

  it('opens the pane from a Home-tab button', () => {
    const tab = all(manifest, 'OfficeTab');
    expect(tab.map((t) => t.attrs.id)).toEqual(['TabHome']);
    const controls = all(tab[0] as XmlNode, 'Control');
    expect(controls).toHaveLength(1);
    const button = controls[0] as XmlNode;
    expect(button.attrs['xsi:type']).toBe('Button');
    expect(shortStrings.get(child(button, 'Label').attrs.resid ?? '')?.attrs.DefaultValue).toBe('Vendor Compare');
    const action = child(button, 'Action');
    expect(action.attrs['xsi:type']).toBe('ShowTaskpane');
    const paneUrl = urls.get(child(action, 'SourceLocation').attrs.resid ?? '')?.attrs.DefaultValue;
    expect(paneUrl).toBe(child(child(manifest, 'DefaultSettings'), 'SourceLocation').attrs.DefaultValue);
    expect(paneUrl).toBe(`${DEV_BASE}taskpane.html`);
  });

  it('defines every resid it uses, with the right kind of resource, and nothing unused', () => {
    const used = new Set<string>();
    for (const node of walk(child(manifest, 'VersionOverrides'))) {
      const resid = node.attrs.resid;
      if (resid === undefined) continue;
      const kind = RESID_KIND[node.local];
      expect(kind, `<${node.name} resid="${resid}"> has no known resource kind`).toBeDefined();
      expect(kind?.has(resid), `<${node.name}> uses undefined resid "${resid}"`).toBe(true);
      used.add(resid);
    }
    const allIds = [...images.keys(), ...urls.keys(), ...shortStrings.keys(), ...longStrings.keys()];
    expect(new Set(allIds).size, 'resource ids are unique').toBe(allIds.length);
    expect(allIds.filter((id) => !used.has(id))).toEqual([]);
  });

  it('points every icon at a PNG in assets/ of the stated pixel size', () => {
    const stated: [string, number][] = [
      [child(manifest, 'IconUrl').attrs.DefaultValue ?? '', 32],
      [child(manifest, 'HighResolutionIconUrl').attrs.DefaultValue ?? '', 64],
    ];
    for (const use of all(child(manifest, 'VersionOverrides'), 'Image')) {
      if (use.attrs.resid === undefined) continue;
      stated.push([images.get(use.attrs.resid)?.attrs.DefaultValue ?? '', Number(use.attrs.size)]);
    }
    expect(stated.length).toBeGreaterThanOrEqual(5);
    for (const [url, size] of stated) {
      const file = assetPath(url);
      expect(existsSync(file), `${file} exists`).toBe(true);
      expect(pngSize(file), url).toEqual({ width: size, height: size });
    }
    expect(new Set(stated.map(([, size]) => size))).toEqual(new Set([16, 32, 64, 80]));
  });

  it('ships icons of 16, 32, 64, 80 and 128 px', () => {
    for (const size of [16, 32, 64, 80, 128]) {
      expect(pngSize(join(ROOT, 'assets', `icon-${size}.png`))).toEqual({ width: size, height: size });
    }
  });

  it('keeps every string within its length limit and translates it to zh-CN', () => {
    const strings: [string, XmlNode, number][] = [
      ['DisplayName', child(manifest, 'DisplayName'), 125],
      ['Description', child(manifest, 'Description'), 250],
      ...[...shortStrings].map(([id, node]): [string, XmlNode, number] => [id, node, 125]),
      ...[...longStrings].map(([id, node]): [string, XmlNode, number] => [id, node, 250]),
    ];
    expect(strings.length).toBeGreaterThanOrEqual(6);
    for (const [id, node, max] of strings) {
      const zh = overrides(node).get('zh-CN');
      expect(node.attrs.DefaultValue, id).toBeTruthy();
      expect(zh, `${id} has a zh-CN override`).toBeTruthy();
      expect(zh, `${id} zh-CN differs from English`).not.toBe(node.attrs.DefaultValue);
      expect([...(node.attrs.DefaultValue ?? '')].length, `${id} length`).toBeLessThanOrEqual(max);
      expect([...(zh ?? '')].length, `${id} zh-CN length`).toBeLessThanOrEqual(max);
    }
  });

  describe('XSD validation with xmllint', () => {
    const xmllint = spawnSync('xmllint', ['--version']);
    // The schemas are in the repository (test/manifest/schemas); CI must run this check, a
    // developer without xmllint only skips it.
    it.skipIf(!!xmllint.error && !process.env.CI)('validates against OfficeAppManifestV1_1.xsd', () => {
      expect(xmllint.error, 'xmllint is not on the PATH: apt-get install libxml2-utils').toBeUndefined();
      expect(existsSync(XSD), `schema missing: ${XSD}`).toBe(true);
      const run = spawnSync('xmllint', ['--noout', '--schema', XSD, MANIFEST], { encoding: 'utf8' });
      expect(run.stderr).toContain('validates');
      expect(run.status).toBe(0);
    });
  });
});
