/**
 * Reading XML from files nobody here wrote (GraphML, GEXF) into a small tree, safely. saxes is a
 * strict, non-validating parser that never reads a DTD: the tree builder refuses any document
 * that declares one, so no entity is ever expanded (XML bombs) and no external file is reached
 * (XXE); an entity the DTD would have declared is then an error. Size, element count, depth and
 * attribute count are capped, so a hostile file ends in a clear error instead of a frozen tab.
 * Works in a Web Worker (no DOMParser there).
 */
import { SaxesParser, type SaxesTagNS } from 'saxes';

export interface XmlElement {
  /** Local name, without prefix: `NodeLabel` for `y:NodeLabel`. */
  name: string;
  /** Namespace URI, or '' for none. */
  uri: string;
  /** Attributes by local name (prefixed attributes other than xmlns are kept by local name too). */
  attributes: Record<string, string>;
  children: XmlElement[];
  /** Character data directly inside the element (text and CDATA), concatenated. */
  text: string;
  /** 1-based line where the start tag ends, for error messages. */
  line: number;
}

export interface XmlLimits {
  maxChars: number;
  maxElements: number;
  maxDepth: number;
  maxAttributes: number;
}

export const XML_LIMITS: XmlLimits = {
  maxChars: 50 * 1024 * 1024,
  maxElements: 3_000_000,
  maxDepth: 100,
  maxAttributes: 1_000,
};

export type XmlReadResult =
  { ok: true; root: XmlElement } | { ok: false; line: number; column: number; message: string };

class XmlStop extends Error {}

/** Parses XML text into a tree; `formatName` names the format in messages ("GraphML"). */
export function readXmlTree(text: string, limits: XmlLimits = XML_LIMITS): XmlReadResult {
  if (text.length > limits.maxChars)
    return {
      ok: false,
      line: 1,
      column: 1,
      message: `the file has ${text.length.toLocaleString('en')} characters; at most ${limits.maxChars.toLocaleString('en')} are read`,
    };
  const parser = new SaxesParser({ xmlns: true, position: true });
  const stack: XmlElement[] = [];
  let root: XmlElement | null = null;
  let elements = 0;
  const stop = (message: string): never => {
    throw new XmlStop(message);
  };

  parser.on('doctype', () =>
    stop(
      'the file declares a DTD (<!DOCTYPE …>): DTDs are not read, since their entities can expand without limit (an "XML bomb") or reach other files',
    ),
  );
  parser.on('opentag', (tag: SaxesTagNS) => {
    elements += 1;
    if (elements > limits.maxElements)
      stop(`more than ${limits.maxElements.toLocaleString('en')} elements`);
    if (stack.length >= limits.maxDepth)
      stop(`elements are nested more than ${limits.maxDepth} levels deep`);
    const attributes: Record<string, string> = {};
    let count = 0;
    for (const attribute of Object.values(tag.attributes)) {
      if (++count > limits.maxAttributes)
        stop(`an element has more than ${limits.maxAttributes} attributes`);
      if (attribute.prefix === 'xmlns' || attribute.name === 'xmlns') continue;
      attributes[attribute.local] = attribute.value;
    }
    const element: XmlElement = {
      name: tag.local,
      uri: tag.uri,
      attributes,
      children: [],
      text: '',
      line: parser.line,
    };
    const parent = stack[stack.length - 1];
    if (parent) parent.children.push(element);
    else root = element;
    stack.push(element);
  });
  const addText = (text: string) => {
    const current = stack[stack.length - 1];
    // Indentation between child elements is not a value: dropped, to spare memory on big files.
    if (!current || (current.children.length > 0 && text.trim() === '')) return;
    current.text += text;
  };
  parser.on('text', addText);
  parser.on('cdata', addText);
  parser.on('closetag', () => {
    stack.pop();
  });
  parser.on('error', (error) => stop(error.message.replace(/^[^:]*:\d+:\d+: /, '')));

  try {
    parser.write(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text).close();
  } catch (error) {
    const message = error instanceof XmlStop ? error.message : String(error);
    return { ok: false, line: parser.line, column: parser.column, message };
  }
  if (!root) return { ok: false, line: 1, column: 1, message: 'the file holds no XML element' };
  return { ok: true, root };
}

/** Direct children with this local name. */
export function childrenNamed(element: XmlElement, name: string): XmlElement[] {
  return element.children.filter((c) => c.name === name);
}

export function firstChild(element: XmlElement, name: string): XmlElement | undefined {
  return element.children.find((c) => c.name === name);
}

/** The first descendant with this local name, depth first. */
export function findDescendant(element: XmlElement, name: string): XmlElement | undefined {
  for (const child of element.children) {
    if (child.name === name) return child;
    const deeper = findDescendant(child, name);
    if (deeper) return deeper;
  }
  return undefined;
}
