/**
 * The outline of an OOXML part: its root element and three levels below, with their attributes,
 * read with one pass of a small tag scanner. Enough to tell which features a part uses without an
 * XML library; sheetData (the bulk of a sheet) is skipped in one jump.
 */
import { unescapeXml } from './workbookNames';

export interface OutlineElement {
  /** Without its namespace prefix: "sparklineGroups" for "x14:sparklineGroups". */
  name: string;
  /** By name without prefix ("r:id" is "id"), values decoded. */
  attributes: Record<string, string>;
  children: OutlineElement[];
}

/**
 * A tag: its slash, qualified name, attributes (quoted values may hold ">") and self-closing slash.
 * No "<" inside a tag (XML forbids it in attribute values), so a broken tag costs one short scan.
 */
const TAG_SOURCE = /<(\/?)([A-Za-z_][\w.:-]*)((?:[^<>"']|"[^<"]*"|'[^<']*')*?)(\/?)>|<!--[\s\S]*?-->|<\?[\s\S]*?\?>|<!\[CDATA\[[\s\S]*?\]\]>|<!DOCTYPE[^>]*>/g;
const ATTRIBUTE = /([A-Za-z_][\w.:-]*)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;
/** Deeper than this below the root, elements are passed over: an extension's element is the deepest needed. */
const KEPT_DEPTH = 3;

function localName(qualified: string): string {
  return qualified.slice(qualified.indexOf(':') + 1);
}

function attributesOf(text: string): Record<string, string> {
  const attributes: Record<string, string> = {};
  for (const match of text.matchAll(ATTRIBUTE)) attributes[localName(match[1] ?? '')] = unescapeXml(match[2] ?? match[3] ?? '');
  return attributes;
}

/** The root element and three levels below it; null when there is no element at all. */
export function xmlOutline(xml: string): OutlineElement | null {
  const tag = new RegExp(TAG_SOURCE.source, 'g');
  const stack: OutlineElement[] = [];
  let root: OutlineElement | null = null;
  for (let match = tag.exec(xml); match; match = tag.exec(xml)) {
    const [, closing, qualified, attributeText, selfClosing] = match;
    if (qualified === undefined) continue; // a comment, declaration or CDATA
    if (closing) {
      stack.pop();
      continue;
    }
    const element: OutlineElement = { name: localName(qualified), attributes: attributesOf(attributeText ?? ''), children: [] };
    const parent = stack[stack.length - 1];
    if (parent && stack.length <= KEPT_DEPTH) parent.children.push(element);
    if (!parent) root ??= element;
    if (selfClosing) continue;
    if (element.name === 'sheetData' && stack.length === 1) {
      // Rows and cells: thousands of tags nobody here needs.
      const end = /<\/(?:[\w.-]+:)?sheetData\s*>/g;
      end.lastIndex = tag.lastIndex;
      const found = end.exec(xml);
      if (found) {
        tag.lastIndex = end.lastIndex;
        continue;
      }
    }
    stack.push(element);
  }
  return root;
}
