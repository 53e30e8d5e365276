import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tagFile } from '../../src/pipeline/corpus.js';
import { loadCompiledRules } from '../../src/pipeline/load-rules.js';
import { ROOT } from '../helpers/corpus.js';
import { expectEvidenceValid } from '../helpers/evidence.js';

/**
 * Golden reader cases, one folder each under fixtures/read/<format>/<case>/,
 * made by real tools (scripts/make-read-fixtures.sh: pandoc, LibreOffice,
 * Python's email package):
 *
 *   input.<ext>     the document
 *   expected.txt    the extracted text, as `csc-tag text` prints it
 *   expected.json   each document's name, respondent, warnings and segments (kind, number, question, stance), and the skips,
 *                   tagged as a run tags them
 *
 * Every report position is checked against the extracted text. A missing
 * expected file fails; UPDATE_FIXTURES=1 rewrites them: review the diff.
 */
const FORMATS = ['doc', 'docx', 'eml', 'html', 'msg', 'odt', 'pdf', 'rtf'];
const UPDATE = process.env.UPDATE_FIXTURES === '1';
const rules = loadCompiledRules();

const cases = FORMATS.flatMap((format) => readdirSync(join(ROOT, 'fixtures/read', format)).map((name) => ({ format, name, dir: join('fixtures/read', format, name) })));

function golden(file: string, actual: string): void {
  const path = join(ROOT, file);
  if (UPDATE) writeFileSync(path, actual);
  expect(existsSync(path), `${file} is missing (UPDATE_FIXTURES=1 writes it)`).toBe(true);
  expect(actual).toBe(readFileSync(path, 'utf8'));
}

describe('reader golden cases (fixtures/read/<format>)', () => {
  it('has a case for every format', () => {
    expect(new Set(cases.map((c) => c.format))).toEqual(new Set(FORMATS));
  });

  it.each(cases)('$format/$name', async ({ dir }) => {
    const input = readdirSync(join(ROOT, dir)).find((f) => f.startsWith('input.'))!;
    // Tagged as a run tags them: an attached survey's rows by their cells, every other document by its text.
    const items = await tagFile(join(dir, input), { cwd: ROOT, maxFileSize: 10e6, rules });
    const done = items.flatMap((item) => (item.ok ? [item] : []));
    const text = done.length === 1 ? done[0]!.text : done.map((d) => `==> ${d.document.file} <==\n${d.text}`).join('');
    golden(join(dir, 'expected.txt'), text);
    const summary = [];
    for (const { document: report, text: extracted } of done) {
      expectEvidenceValid(extracted, report);
      summary.push({
        name: report.file,
        encoding: report.encoding,
        respondent: report.respondent,
        warnings: report.warnings.map((w) => w.code),
        segments: report.segments.map((s) => ({ kind: s.kind, number: s.number, question: s.question, heading: s.heading, stance: s.stance.label })),
      });
    }
    const skipped = items.flatMap((item) => (item.ok ? [] : [{ name: item.skipped.file, code: item.skipped.code, reason: item.skipped.reason }]));
    golden(join(dir, 'expected.json'), JSON.stringify({ documents: summary, skipped }, null, 2) + '\n');
  });
});
