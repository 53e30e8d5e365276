import { splitFrontMatter } from '../front-matter.js';
import { makeRespondent } from '../respondent.js';
import type { ReadDoc, Reader } from './reader.js';
import { readPlain } from './text.js';

/** Its front matter is metadata: blanked out of the text, its `author:` naming the respondent (see front-matter.ts). */
function withoutFrontMatter(doc: ReadDoc): ReadDoc {
  const front = splitFrontMatter(doc.text);
  if (!front) return doc;
  const name = front.attributes.author ?? front.attributes.name ?? front.attributes.organisation;
  return { ...doc, text: front.text, respondent: makeRespondent(name, front.attributes) };
}

export const markdownReader: Reader = {
  name: 'markdown',
  extensions: ['.markdown', '.md'],
  description: 'Markdown: `#` headings and lists as structure',
  async *read(source, options) {
    yield { ok: true, doc: withoutFrontMatter(readPlain(await source.bytes(), options, true)) };
  },
};
