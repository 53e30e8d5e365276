import { READERS } from '../read/formats/index.js';

/** `.docx, .eml, .htm, ...`: what a folder search reads, from the reader registry. */
export function formatList(): string {
  return [...READERS.values()]
    .flatMap((reader) => reader.extensions)
    .sort()
    .join(', ');
}

/** The `Formats:` part of `--help`, one line per reader. */
export function formatsHelp(): string {
  const lines = [...READERS.values()].map((reader) => `  ${reader.extensions.join(' ').padEnd(16)} ${reader.description}`);
  return `\nFormats read (folders are searched for these; other files are listed as ignored):\n${lines.join('\n')}`;
}

/** The README's table of formats, between its `<!-- formats -->` markers; a test keeps the two the same. */
export function formatsTable(): string {
  const rows = [...READERS.values()].map((reader) => `| ${reader.extensions.map((e) => `\`${e}\``).join(', ')} | ${reader.name} | ${reader.description} |`);
  return ['| extensions | reader | what is read |', '| --- | --- | --- |', ...rows].join('\n') + '\n';
}
