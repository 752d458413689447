/**
 * A part's XML through a SAX parser (saxes, the one ExcelJS uses), elements named without their
 * namespace prefix. Malformed XML is a MalformedXmlError naming the part, so a reader can tell a
 * damaged file from a bug.
 */
import { SaxesParser } from 'saxes';

export class MalformedXmlError extends Error {
  constructor(
    readonly part: string,
    reason: string,
  ) {
    super(`${part}: ${reason}`);
    this.name = 'MalformedXmlError';
  }
}

export interface XmlHandlers {
  open?(name: string, attributes: Record<string, string>): void;
  text?(text: string): void;
  close?(name: string): void;
}

const localName = (name: string) => name.slice(name.indexOf(':') + 1);

export function parseXml(xml: string, part: string, handlers: XmlHandlers): void {
  const parser = new SaxesParser();
  const { open, text, close } = handlers;
  if (open) parser.on('opentag', (node) => open(localName(node.name), node.attributes as Record<string, string>));
  if (text) parser.on('text', text);
  if (close) parser.on('closetag', (node) => close(localName(node.name)));
  parser.on('error', (error) => {
    throw new MalformedXmlError(part, error.message);
  });
  parser.write(xml).close();
}
