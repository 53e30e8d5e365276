import type { Reader } from './reader.js';
import { readPlain } from './text.js';

export const markdownReader: Reader = {
  name: 'markdown',
  extensions: ['.markdown', '.md'],
  description: 'Markdown: `#` headings and lists as structure',
  read: (bytes, options) => readPlain(bytes, options, true),
};
