/**
 * XML 1.0 escaping for document text, file names and rule descriptions. A
 * character XML cannot hold at all (most C0 controls, a lone surrogate,
 * U+FFFE/U+FFFF) becomes U+FFFD, so hostile text can never make the file
 * unreadable; sources keep their exact text in their own .txt files.
 */
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

const TEXT: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };
// In an attribute, whitespace other than a space would be normalised away by the reader unless it is a reference.
const ATTRIBUTE: Record<string, string> = { ...TEXT, '"': '&quot;', '\t': '&#9;', '\n': '&#10;', '\r': '&#13;' };

/** Text with every character XML cannot hold replaced by U+FFFD. */
export function xmlSafe(text: string): string {
  return text.replace(NOT_XML, '\uFFFD');
}

export function xmlText(text: string): string {
  return text.replace(NOT_XML, '\uFFFD').replace(/[&<>]/g, (c) => TEXT[c]!);
}

export function xmlAttribute(text: string): string {
  return text.replace(NOT_XML, '\uFFFD').replace(/[&<>"\t\n\r]/g, (c) => ATTRIBUTE[c]!);
}

/** `<name a="1" b="2">`, attributes in the order given and escaped; undefined ones left out. */
export function openTag(name: string, attributes: Record<string, string | number | boolean | undefined>, selfClosing = false): string {
  const attrs = Object.entries(attributes)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => ` ${k}="${xmlAttribute(String(v))}"`)
    .join('');
  return `<${name}${attrs}${selfClosing ? '/>' : '>'}`;
}

export function element(name: string, text: string): string {
  return `<${name}>${xmlText(text)}</${name}>`;
}
