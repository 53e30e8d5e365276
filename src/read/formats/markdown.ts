import { splitFrontMatter } from '../front-matter.js';
import type { Reader, ReadItem } from './reader.js';
import { readPlain } from './text.js';

/** Its front matter is metadata: blanked out of the text, its `author:` naming the respondent (see front-matter.ts). */
function withoutFrontMatter(item: ReadItem): ReadItem {
  if (!item.ok) return item;
  const front = splitFrontMatter(item.doc.text);
  if (!front) return item;
  const name = front.attributes.author ?? front.attributes.name ?? front.attributes.organisation;
  return { ok: true, doc: { ...item.doc, text: front.text, respondent: { ...(name ? { name } : {}), attributes: front.attributes } } };
}

export const markdownReader: Reader = {
  name: 'markdown',
  extensions: ['.markdown', '.md'],
  description: 'Markdown: `#` headings and lists as structure',
  read: async (bytes, options) => (await readPlain(bytes, options, true)).map(withoutFrontMatter),
};
