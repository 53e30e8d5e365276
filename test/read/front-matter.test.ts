import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { splitFrontMatter } from '../../src/read/front-matter.js';
import { tagDocument } from '../../src/pipeline/tag-document.js';
import { loadCompiledRules } from '../../src/pipeline/load-rules.js';
import { markdownReader } from '../../src/read/formats/markdown.js';
import { DEFAULT_LIMITS } from '../../src/read/formats/reader.js';
import { readBytes } from '../../src/read/read-input.js';
import { bytesSource } from '../../src/read/source.js';
import { collect } from '../helpers/collect.js';

describe('Markdown front matter', () => {
  it('is blanked line for line and its plain scalars kept', () => {
    const front = splitFrontMatter('---\nlayout: post\nauthor: "Ann Lee"\ntags: [a, b]\n---\n# Title\n');
    expect(front).toEqual({ text: '\n\n\n\n\n# Title\n', attributes: { author: 'Ann Lee' } });
  });

  it('is only front matter at the very top, closed, of key: value lines', () => {
    expect(splitFrontMatter('# Title\n---\nauthor: x\n---\n')).toBeUndefined();
    expect(splitFrontMatter('---\nauthor: x\n')).toBeUndefined();
    expect(splitFrontMatter('---\nSome text under a rule.\n---\n')).toBeUndefined();
  });

  it('names the respondent and is never tagged', async () => {
    const bytes = readFileSync('fixtures/read/markdown/front-matter.md');
    const [item] = await collect(
      markdownReader.read(bytesSource(bytes), { name: 'front-matter.md', maxFileSize: Infinity, limits: DEFAULT_LIMITS, depth: 0, readInner: () => readBytes('', new Uint8Array(), {}, 1) }),
    );
    if (!item?.ok) throw new Error('not read');
    expect(item.doc.text.split('\n').slice(0, 7).join('')).toBe('');
    const report = await tagDocument({ ...item.doc, file: item.doc.name }, loadCompiledRules());
    expect(report.respondent).toEqual({
      id: 'front-matter.md',
      name: 'Riverside Family Rights Group',
      attributes: { author: 'Riverside Family Rights Group', date: '2024-05-02', title: 'Our response to the consultation' },
    });
    // The tags (funding, budget) were metadata: no theme comes from them.
    expect(report.segments.flatMap((s) => s.themes.map((t) => t.theme))).toEqual([]);
    expect(report.segments.find((s) => s.kind === 'question')?.stance.label).toBe('agree');
    expect(report.segments[0]!.position.start.line).toBe(9);
  });
});
