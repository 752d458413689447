/**
 * Custom document properties (docProps/custom.xml, ECMA-376 Part 1 section 22.3): text values a
 * workbook carries that Excel keeps on save (File > Info > Properties > Advanced > Custom) and
 * LibreOffice keeps too (File > Properties > Custom Properties). ExcelJS neither reads nor writes
 * them, so they are read from and put into the package directly. Values are text (vt:lpwstr);
 * Excel's own dialog limits them to 255 characters, so callers keep them short.
 */
import JSZip from 'jszip';
import { relationships } from './packageRels';
import { parseXml } from './parseXml';

const PART = 'docProps/custom.xml';
const CUSTOM_TYPE = 'application/vnd.openxmlformats-officedocument.custom-properties+xml';
const CUSTOM_REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/custom-properties';
/** The format id every custom property carries (ECMA-376 Part 1, 22.3.2.2). */
const FMTID = '{D5CDD505-2E9C-101B-9397-08002B2CF9AE}';
export const MAX_PROPERTY_LENGTH = 255;

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The custom properties of a package, by name; text of any type (numbers, dates) as written. */
export function readCustomProperties(customXml: string | null): Record<string, string> {
  if (!customXml) return {};
  const found: Record<string, string> = {};
  let name: string | null = null;
  let depth = 0;
  parseXml(customXml, PART, {
    open: (tag, attributes) => {
      if (tag === 'property') name = attributes.name ?? null;
      else if (name !== null) depth++;
    },
    // The value element's text (vt:lpwstr, vt:i4, vt:filetime...): one value per property.
    text: (text) => {
      if (name !== null && depth > 0) found[name] = (found[name] ?? '') + text;
    },
    close: (tag) => {
      if (tag === 'property') name = null;
      else if (name !== null) depth--;
    },
  });
  return found;
}

function customXml(properties: Record<string, string>): string {
  const entries = Object.entries(properties).map(
    ([name, value], i) => `<property fmtid="${FMTID}" pid="${i + 2}" name="${escapeXml(name)}"><vt:lpwstr>${escapeXml(value)}</vt:lpwstr></property>`,
  );
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" ' +
    `xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">${entries.join('')}</Properties>`
  );
}

/** The package with `set` merged into its custom properties (others kept). */
export async function withCustomProperties(bytes: Uint8Array, set: Record<string, string>): Promise<Uint8Array> {
  for (const [name, value] of Object.entries(set)) {
    if (value.length > MAX_PROPERTY_LENGTH)
      throw new Error(`custom property ${name} is ${value.length} characters long (at most ${MAX_PROPERTY_LENGTH})`);
  }
  const zip = await JSZip.loadAsync(bytes);
  const existing = (await zip.file(PART)?.async('string')) ?? null;
  return withCustomPropertiesXml(zip, customXml({ ...readCustomProperties(existing), ...set }));
}

/** The package with its custom properties part replaced by `xml` as it is (a rewrite putting
 * back the original's: every property keeps its type). */
export async function withCustomPropertiesXml(bytes: Uint8Array | JSZip, xml: string): Promise<Uint8Array> {
  const zip = bytes instanceof JSZip ? bytes : await JSZip.loadAsync(bytes);
  const text = async (part: string) => (await zip.file(part)?.async('string')) ?? null;
  const existing = await text(PART);
  zip.file(PART, xml);
  if (existing === null) {
    const rels = (await text('_rels/.rels')) ?? '';
    const ids = relationships(rels).map((r) => Number(/^rId(\d+)$/.exec(r.id)?.[1] ?? 0));
    const rel = `<Relationship Id="rId${Math.max(0, ...ids) + 1}" Type="${CUSTOM_REL}" Target="docProps/custom.xml"/>`;
    zip.file('_rels/.rels', rels.replace(/<\/Relationships>\s*$/, `${rel}</Relationships>`));
    const types = (await text('[Content_Types].xml')) ?? '';
    if (!types.includes('/docProps/custom.xml')) {
      zip.file(
        '[Content_Types].xml',
        types.replace(/<\/Types>\s*$/, `<Override PartName="/docProps/custom.xml" ContentType="${CUSTOM_TYPE}"/></Types>`),
      );
    }
  }
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}
