import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decode } from '../../src/read/decode.js';
import { DocumentReport } from '../../src/model/schema.js';
import { loadCompiledRules } from '../../src/pipeline/load-rules.js';
import { tagDocument } from '../../src/pipeline/tag-document.js';
import { expectEvidenceValid } from '../helpers/evidence.js';
import { summarize } from '../helpers/summarize.js';

/**
 * Golden segmentation fixtures (STYLE.md, section 4): each folder under
 * fixtures/segment pins one segmenting shape from LABELS.md, "Segments".
 * A folder holds `input.txt` (or `input.md`) and `expected.txt`, the
 * `summarize` lines of its report (format: test/helpers/summarize.ts).
 *
 * expected.txt says what LABELS.md requires, not what the code does today: a
 * case the code gets wrong stays failing until the code is fixed. A missing
 * expected.txt fails. UPDATE_FIXTURES=1 (re)writes expected.txt from the
 * current output, so narrow it to the cases you mean with `-t`, e.g.
 * `UPDATE_FIXTURES=1 npx vitest run test/segment -t citizen-space-ticked`,
 * and check every changed line against LABELS.md before keeping it.
 */
const ROOT = join(import.meta.dirname, '../../fixtures/segment');
const UPDATE = process.env.UPDATE_FIXTURES === '1';
const INPUTS = ['input.txt', 'input.md'];

/** A case whose input is another case's text with other bytes: same decoded text, same expected lines. */
const TWINS: Record<string, string> = { 'crlf-and-bom': 'answer-on-next-line' };

/** The shapes that must keep a fixture; more folders may be added freely. */
const REQUIRED = [
  'question-n-colon',
  'question-n-dot',
  'questions-not-applicable-is-prose',
  'q-number-forms',
  'bare-number-questions',
  'numbered-list-in-prose-is-not-questions',
  'unnumbered-questions',
  'sub-questions-12a-12b',
  'sub-questions-paren',
  'roman-sub-questions',
  'question-ends-with-colon',
  'question-no-punctuation',
  'closed-answer-line',
  'closed-answer-sentence',
  'cross-reference-answers',
  'heading-question-without-answer',
  'furniture-teaser-and-view-all',
  'leave-a-reply-ends-document',
  'bullets-bullet-and-dash',
  'author-questions-block',
  'no-questions-prose-sections',
  'rhetorical-question-in-prose',
  'headline-question-article',
  'citizen-space-ticked',
  'citizen-space-inline',
  'markdown-headings',
  'crlf-and-bom',
  'answer-on-next-line',
  'question-n-without-colon',
  'wrapped-reference-not-a-question',
  'statements-closed-answers-markdown',
  'statements-closed-answers-text',
  'inspection-report-numbered-paragraphs',
  'newsletter-promo-back-page',
  'manifesto-headline-questions',
  'yes-no-about-the-response',
];

const cases = readdirSync(ROOT, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();

const rules = loadCompiledRules();

function inputOf(name: string): { file: string; bytes: Uint8Array } {
  const found = INPUTS.filter((file) => existsSync(join(ROOT, name, file)));
  if (found.length !== 1) throw new Error(`fixtures/segment/${name} needs exactly one of ${INPUTS.join(', ')}, found ${found.length}`);
  const file = found[0]!;
  return { file, bytes: new Uint8Array(readFileSync(join(ROOT, name, file))) };
}

function decodedText(bytes: Uint8Array): ReturnType<typeof decode> & { ok: true } {
  const result = decode(bytes);
  if (!result.ok) throw new Error(`input did not decode: ${result.reason}`);
  return result;
}

async function tag(name: string): Promise<{ text: string; doc: DocumentReport }> {
  const { file, bytes } = inputOf(name);
  const decoded = decodedText(bytes);
  const doc = await tagDocument({ file: `${name}/${file}`, text: decoded.text, encoding: decoded.encoding, bytes: bytes.length, warnings: decoded.warnings }, rules);
  return { text: decoded.text, doc };
}

describe('fixtures/segment', () => {
  it('has a folder for every required shape', () => {
    expect(REQUIRED.filter((name) => !cases.includes(name))).toEqual([]);
  });

  it.each(cases)('%s', async (name) => {
    const { text, doc } = await tag(name);
    expect(() => DocumentReport.parse(doc)).not.toThrow();
    expectEvidenceValid(text, doc);

    const actual = summarize(doc);
    const expectedPath = join(ROOT, name, 'expected.txt');
    if (UPDATE) {
      writeFileSync(expectedPath, actual);
      return;
    }
    if (!existsSync(expectedPath)) {
      expect.fail(`fixtures/segment/${name}/expected.txt is missing: run UPDATE_FIXTURES=1 npx vitest run test/segment -t ${name}, then check every line against LABELS.md`);
    }
    expect(actual).toBe(readFileSync(expectedPath, 'utf8'));
  });

  describe.each(Object.entries(TWINS))('%s, the twin of %s', (name, twin) => {
    it('has a UTF-8 BOM and CRLF line endings, and decodes to exactly its twin’s text', () => {
      const { bytes } = inputOf(name);
      expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const raw = Buffer.from(bytes).toString('utf8');
      expect(raw).toContain('\r\n');
      expect(raw.replace(/\r\n/g, '')).not.toMatch(/\n/);
      const decoded = decodedText(bytes);
      expect(decoded.encoding).toBe('utf-8-bom');
      expect(decoded.text).toBe(decodedText(inputOf(twin).bytes).text);
    });

    it('expects the same lines as its twin', () => {
      expect(readFileSync(join(ROOT, name, 'expected.txt'), 'utf8')).toBe(readFileSync(join(ROOT, twin, 'expected.txt'), 'utf8'));
    });
  });
});
