/** manifest.xml as a small ordered tree (fast-xml-parser's preserveOrder output, made readable). */
import { XMLParser } from 'fast-xml-parser';

export interface XmlNode {
  /** As written, prefix included ("bt:Image"). */
  name: string;
  /** Without its prefix ("Image"). */
  local: string;
  attrs: Record<string, string>;
  children: XmlNode[];
  text: string;
}

type Raw = Record<string, unknown>;

function toNode(raw: Raw): XmlNode | null {
  const name = Object.keys(raw).find((k) => k !== ':@');
  if (!name || name === '#text' || name === '#comment' || name.startsWith('?')) return null;
  const attrs: Record<string, string> = {};
  for (const [key, value] of Object.entries((raw[':@'] as Raw | undefined) ?? {})) attrs[key.replace(/^@_/, '')] = String(value);
  const body = (raw[name] as Raw[]) ?? [];
  const children = body.map(toNode).filter((n): n is XmlNode => n !== null);
  const text = body
    .filter((b) => '#text' in b)
    .map((b) => String(b['#text']))
    .join('')
    .trim();
  return { name, local: name.replace(/^.*:/, ''), attrs, children, text };
}

export function parseManifest(xml: string): XmlNode {
  const parser = new XMLParser({
    preserveOrder: true,
    ignoreAttributes: false,
    attributeNamePrefix: '@_',
    parseTagValue: false,
    parseAttributeValue: false,
    commentPropName: '#comment',
  });
  const roots = (parser.parse(xml) as Raw[]).map(toNode).filter((n): n is XmlNode => n !== null);
  if (roots.length !== 1 || !roots[0]) throw new Error(`expected one root element, found ${roots.length}`);
  return roots[0];
}

export function* walk(node: XmlNode): Generator<XmlNode> {
  yield node;
  for (const child of node.children) yield* walk(child);
}

export function child(node: XmlNode, local: string): XmlNode {
  const found = node.children.find((c) => c.local === local);
  if (!found) throw new Error(`<${node.name}> has no <${local}>`);
  return found;
}

export function all(node: XmlNode, local: string): XmlNode[] {
  return [...walk(node)].filter((n) => n.local === local);
}
