import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DocumentReport, type Segment } from '../../src/model/schema.js';
import { expectEvidenceValid } from '../helpers/evidence.js';
import { documentBytes, encode, genreDocument, lineEndingNeutral, utf8, withLineEndings, type EncodingName } from './genre.js';
import { tagBytes } from './pipeline.js';

const SEED = 42;
/** Generous: the runs take a second or two, but the whole suite shares two cores. */
const TIMEOUT = 60_000;

describe('reading and tagging (properties)', () => {
  it(
    '1. any bytes end as a schema-valid DocumentReport or a skip reason, never an exception',
    async () => {
      await fc.assert(
        fc.asyncProperty(documentBytes, async (bytes) => {
          const result = await tagBytes(bytes);
          if (!result.ok) {
            expect(result.skipped.code).toMatch(/\S/);
            expect(result.skipped.reason).toMatch(/\S/);
            return;
          }
          const parsed = DocumentReport.safeParse(result.document);
          expect(parsed.success, parsed.success ? '' : JSON.stringify(parsed.error.issues.slice(0, 3))).toBe(true);
          expect(result.document.bytes).toBe(bytes.length);
        }),
        { seed: SEED, numRuns: 150 },
      );
    },
    TIMEOUT,
  );

  it(
    '2. segments are ordered and disjoint, each covers its question, and every evidence span is the source text at its offsets',
    async () => {
      const documents = fc.tuple(
        genreDocument.map((text) => text.replace(/\0/g, '')),
        fc.constantFrom('response.txt', 'response.md'),
      );
      await fc.assert(
        fc.asyncProperty(documents, async ([doc, file]) => {
          const result = await tagBytes(utf8(doc), file);
          expect(result.ok).toBe(true);
          if (!result.ok) return;
          const { text, document } = result;
          // Ids, order, no overlap, points against offsets, evidence slices and their lines and columns.
          expectEvidenceValid(text, document);
          for (const segment of document.segments) {
            const slice = text.slice(segment.position.start.offset, segment.position.end.offset);
            expect(slice.trim(), `${segment.id} covers no text`).not.toBe('');
            if (segment.kind === 'question' && segment.question !== null && segment.question.trim() !== '') {
              const first = segment.question.trim().split(/\s+/)[0]!;
              expect(slice, `${segment.id}: question ${JSON.stringify(segment.question)} not in its span`).toContain(first);
            }
          }
        }),
        { seed: SEED, numRuns: 150 },
      );
    },
    TIMEOUT,
  );

  it(
    '3. LF, CRLF and CR, and UTF-8, UTF-8+BOM and UTF-16 (LE, BE) +BOM versions of a document get the same labels and positions',
    async () => {
      const projection = (segments: Segment[]) => segments.map((s) => [s.kind, s.number, s.question, s.stance.label, s.stance.source, s.themes.map((t) => t.theme), s.position]);
      const variants: [ending: '\n' | '\r\n' | '\r', encoding: EncodingName][] = [
        ['\n', 'utf-8'],
        ['\r\n', 'utf-8'],
        ['\r', 'utf-8'],
        ['\n', 'utf-8-bom'],
        ['\r\n', 'utf-8-bom'],
        ['\n', 'utf-16le-bom'],
        ['\r\n', 'utf-16le-bom'],
        ['\r', 'utf-16le-bom'],
        ['\r\n', 'utf-16be-bom'],
      ];
      await fc.assert(
        // As plain text and as Markdown, where remark-parse finds the blocks.
        fc.asyncProperty(genreDocument.map(lineEndingNeutral), fc.constantFrom('response.txt', 'response.md'), async (doc, file) => {
          const results = await Promise.all(
            variants.map(async ([ending, encoding]) => {
              const result = await tagBytes(encode(withLineEndings(doc, ending), encoding), file);
              expect(result.ok, `${JSON.stringify(ending)} ${encoding} was skipped`).toBe(true);
              return result.ok ? { text: result.text, labels: projection(result.document.segments) } : undefined;
            }),
          );
          const [reference, ...others] = results;
          others.forEach((other, i) => {
            const [ending, encoding] = variants[i + 1]!;
            expect(other?.text, `${JSON.stringify(ending)} ${encoding}: decoded text`).toBe(reference?.text);
            expect(other?.labels, `${JSON.stringify(ending)} ${encoding}: labels`).toEqual(reference?.labels);
          });
        }),
        { seed: SEED, numRuns: 80 },
      );
    },
    TIMEOUT,
  );
});
