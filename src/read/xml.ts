import { DOMParser } from '@xmldom/xmldom';
import { ReadError } from './formats/reader.js';

/**
 * Parses XML from inside an office document. A DOCTYPE is refused outright:
 * Word and LibreOffice never write one, and its entity declarations are how
 * a "billion laughs" file expands a few bytes into gigabytes.
 */
export function parseXml(bytes: Uint8Array, entry: string): Document {
  const text = refuseDtd(bytes, entry);
  let failed: string | undefined;
  const doc = new DOMParser({
    errorHandler: {
      warning: () => undefined,
      error: (message: string) => (failed ??= message),
      fatalError: (message: string) => (failed ??= message),
    },
  }).parseFromString(text, 'application/xml');
  if (failed !== undefined || !doc.documentElement) throw new ReadError('malformed', `${entry} is not well-formed XML`);
  return doc as unknown as Document;
}

/** Checks an entry for a DTD without parsing it, for XML another library will parse. */
export function refuseDtd(bytes: Uint8Array, entry: string): string {
  const text = new TextDecoder().decode(bytes);
  if (/<!DOCTYPE|<!ENTITY/i.test(text)) throw new ReadError('xml-dtd', `${entry} declares a DTD or entities (refused: entity expansion)`);
  return text;
}

/** Text of the first element with this qualified name, trimmed; undefined when absent or empty. */
export function firstText(doc: Document, qualifiedName: string): string | undefined {
  const node = doc.getElementsByTagName(qualifiedName)[0];
  const text = node?.textContent?.replace(/\s+/g, ' ').trim();
  return text ? text : undefined;
}
