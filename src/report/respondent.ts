import type { DocumentReport } from '../model/schema.js';

/** Who a document is from, when its reader knows (a survey export's row): id, name and attributes such as region. */
export interface Respondent {
  id: string;
  name: string | null;
  attributes: Record<string, string>;
}

/**
 * A document's respondent, when its reader recorded one. Survey readers add
 * `respondent` to a document; read loosely here so that the views work on
 * documents with and without it.
 */
export function respondentOf(doc: DocumentReport): Respondent | undefined {
  const raw = (doc as { respondent?: unknown }).respondent;
  if (typeof raw !== 'object' || raw === null) return undefined;
  const { id, name, attributes } = raw as Record<string, unknown>;
  if (typeof id !== 'string' || id === '') return undefined;
  const attrs: Record<string, string> = {};
  if (typeof attributes === 'object' && attributes !== null) {
    for (const [key, value] of Object.entries(attributes)) if (typeof value === 'string' || typeof value === 'number') attrs[key] = String(value);
  }
  return { id, name: typeof name === 'string' && name !== '' ? name : null, attributes: attrs };
}
