/** Writing XML from untrusted strings: every character that could open markup is escaped. */

// Characters XML 1.0 does not allow at all (control characters, lone surrogates, U+FFFE/U+FFFF).
const NOT_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
};

/** Safe in element text and in attribute values (single or double quoted). */
export function escapeXml(text: string): string {
  return text.replace(NOT_XML, '').replace(/[&<>"']/g, (c) => ENTITIES[c]!);
}

const ATTRIBUTE_WHITESPACE: Record<string, string> = { '\t': '&#9;', '\n': '&#10;', '\r': '&#13;' };

/**
 * `name="value"` pairs for the defined values, escaped. Tabs and line breaks become character
 * references, since a parser would otherwise turn them into spaces.
 */
export function xmlAttributes(attributes: Record<string, string | undefined>): string {
  return Object.entries(attributes)
    .filter((entry): entry is [string, string] => entry[1] !== undefined)
    .map(
      ([name, value]) =>
        ` ${name}="${escapeXml(value).replace(/[\t\n\r]/g, (c) => ATTRIBUTE_WHITESPACE[c]!)}"`,
    )
    .join('');
}

export const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>';
