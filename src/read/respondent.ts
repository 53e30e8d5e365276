import type { Respondent } from '../model/schema.js';

/** What a reader says of who wrote a document; tagging gives every document but a survey row its name as its id. */
export type ReadRespondent = Omit<Respondent, 'id'> & { id?: string };

/**
 * A document's respondent, built alike by every reader (an email's sender, a
 * Word file's author, a web page's title, front matter, a survey row's id and
 * name columns) and by tagging: an id when there is one, a name when one is
 * given (an empty name is none), and the attributes read beside it.
 */
export function makeRespondent(name: string | undefined, attributes: Record<string, string>, id: string): Respondent;
export function makeRespondent(name: string | undefined, attributes: Record<string, string>): ReadRespondent;
export function makeRespondent(name: string | undefined, attributes: Record<string, string>, id?: string): ReadRespondent {
  return { ...(id === undefined ? {} : { id }), ...(name ? { name } : {}), attributes };
}
