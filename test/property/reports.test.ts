import fs from 'node:fs';
import path from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatCsv } from '../../src/report/csv.js';
import { formatJson, jsonDocument } from '../../src/report/json.js';
import { formatMarkdown } from '../../src/report/markdown.js';
import { formatQuestionsCsv } from '../../src/report/questions-csv.js';
import { loadCompiledRules } from '../../src/pipeline/load-rules.js';
import { ROOT } from '../helpers/corpus.js';
import { documentBytes, encode, genreDocument, type EncodingName } from './genre.js';
import { assembleReport, tagBytes, type Tagged } from './pipeline.js';
import { inlineMembers } from '../../src/questions/group-members.js';

const SEED = 42;
/** Generous: the runs take a second or two, but the whole suite shares two cores. */
const TIMEOUT = 60_000;

/** A small corpus: named documents, some genre text in an encoding, some arbitrary bytes (which may be skipped). */
const corpus = fc.uniqueArray(
  fc.record({
    name: fc.stringMatching(/^[a-z0-9]{1,6}\.(txt|md)$/),
    bytes: fc.oneof(
      { weight: 3, arbitrary: fc.tuple(genreDocument, fc.constantFrom<EncodingName>('utf-8', 'utf-8-bom', 'utf-16le-bom')).map(([text, enc]) => encode(text, enc)) },
      { weight: 1, arbitrary: documentBytes },
    ),
  }),
  { minLength: 1, maxLength: 4, selector: (d) => d.name },
);

type Corpus = { name: string; bytes: Uint8Array }[];

/** Tags the documents in name order, as tagCorpus does, with freshly compiled rules. */
async function tagAll(docs: Corpus): Promise<Tagged[]> {
  const rules = loadCompiledRules();
  const sorted = [...docs].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const items: Tagged[] = [];
  for (const doc of sorted) items.push(await tagBytes(doc.bytes, doc.name, rules));
  return items;
}

async function reportStrings(docs: Corpus): Promise<Record<string, string>> {
  const report = assembleReport(await tagAll(docs));
  return {
    'report.json': formatJson(report),
    'report.md': formatMarkdown(report),
    'segments.csv': formatCsv(report),
    'questions.csv': formatQuestionsCsv(report.questions, inlineMembers(report.questions), report.themes),
  };
}

describe('reports (properties)', () => {
  it(
    '4a. two runs over the same corpus give byte-identical report.json, report.md, segments.csv and questions.csv',
    async () => {
      await fc.assert(
        fc.asyncProperty(corpus, async (docs) => {
          const first = await reportStrings(docs);
          const second = await reportStrings(docs.map((d) => ({ name: d.name, bytes: d.bytes.slice() })));
          for (const [file, text] of Object.entries(first)) expect(second[file], file).toBe(text);
        }),
        { seed: SEED, numRuns: 50 },
      );
    },
    TIMEOUT,
  );

  it(
    '4b. adding an unrelated document to a corpus changes neither another document’s labels nor its JSON piece',
    async () => {
      // NUL-free, so that neither is skipped as binary.
      const text = genreDocument.map((t) => t.replace(/\0/g, ''));
      const pair = fc.record({
        a: text,
        b: text,
        // Whether the unrelated document is tagged before or after the one we watch.
        bFirst: fc.boolean(),
      });
      await fc.assert(
        fc.asyncProperty(pair, async ({ a, b, bFirst }) => {
          const aName = bFirst ? 'b.txt' : 'a.txt';
          const bName = bFirst ? 'a.txt' : 'b.txt';
          const alone = assembleReport(await tagAll([{ name: aName, bytes: encode(a, 'utf-8') }]));
          const together = assembleReport(
            await tagAll([
              { name: aName, bytes: encode(a, 'utf-8') },
              { name: bName, bytes: encode(b, 'utf-8') },
            ]),
          );
          const soloDoc = alone.documents[0]!;
          const index = together.documents.findIndex((d) => d.file === aName);
          const withOther = together.documents[index]!;
          expect(withOther).toEqual(soloDoc);
          // Its piece of report.json is the same bytes, wherever it sits in the array.
          const piece = jsonDocument(soloDoc);
          expect(jsonDocument(withOther)).toBe(piece);
          expect(formatJson(together)).toContain(piece);
        }),
        { seed: SEED, numRuns: 50 },
      );
    },
    TIMEOUT,
  );

  it(
    '5. every report.json validates against the published schema/report.schema.json (ajv, draft 2020-12)',
    async () => {
      const schema = JSON.parse(fs.readFileSync(path.join(ROOT, 'schema/report.schema.json'), 'utf8')) as object;
      const ajv = new Ajv2020.default({ strict: true, allErrors: true });
      const validate = ajv.compile(schema);
      await fc.assert(
        fc.asyncProperty(corpus, async (docs) => {
          const report = assembleReport(await tagAll(docs));
          const json: unknown = JSON.parse(formatJson(report));
          const valid = validate(json);
          expect(valid, JSON.stringify(validate.errors?.slice(0, 5))).toBe(true);
        }),
        { seed: SEED, numRuns: 60 },
      );
    },
    TIMEOUT,
  );
});
