import { describe, expect, it } from 'vitest';
import { readInput } from '../../src/read/read-input.js';
import { loadCompiledRules } from '../../src/pipeline/load-rules.js';
import { tagDocument } from '../../src/pipeline/tag-document.js';
import { ROOT } from '../helpers/corpus.js';
import { expectEvidenceValid } from '../helpers/evidence.js';
import { collect } from '../helpers/collect.js';

/**
 * The five seeds saved by LibreOffice from their text as Word, ODT, PDF and
 * HTML (fixtures/read/seeds/, scripts/make-read-fixtures.sh) segment and
 * label as the .txt copies do: the same segments, kinds, numbers and stances.
 */
const SEEDS = ['000_b113cb0048a6bf2d', '001_1cf6566048b1270c', '002_05f1eb8c62313258', '003_12a468b18cf2efdb', '004_b3f16f6e95146e1d'];
const FORMATS = ['docx', 'html', 'odt', 'pdf'];
/**
 * The one known difference: 003 opens with three lines that no blank line
 * parts ("skip to Main Content", "Looking to read ...", "Case For Change
 * ..."). In the .txt they are one block; LibreOffice makes each line a
 * paragraph of its own in Word and ODT, so those read two more prose
 * sections there. Questions and stances are the same. (PDF rejoins them, and
 * HTML keeps LibreOffice's <pre>, so both match.)
 */
const EXTRA_PROSE: Record<string, number> = { '003_12a468b18cf2efdb.docx': 2, '003_12a468b18cf2efdb.odt': 2 };
const rules = loadCompiledRules();

async function segmentsOf(file: string): Promise<string[]> {
  const [item] = await collect(readInput(file, { cwd: ROOT, maxFileSize: 10e6 }));
  if (!item?.ok) throw new Error(`${file} was not read: ${item?.ok === false ? item.reason : 'nothing'}`);
  const report = await tagDocument({ ...item.doc, file: item.doc.name }, rules);
  expectEvidenceValid(item.doc.text, report);
  return report.segments.map((s) => `${s.kind} ${s.number ?? '-'} ${s.stance.label} ${s.kind === 'question' ? s.question : ''}`);
}

describe('the seeds in other formats', () => {
  it.each(SEEDS.flatMap((seed) => FORMATS.map((format) => ({ seed, format }))))('$seed as $format segments and labels as its .txt', async ({ seed, format }) => {
    const text = await segmentsOf(`seeds/${seed}.txt`);
    const other = await segmentsOf(`fixtures/read/seeds/${seed}.${format}`);
    const extra = EXTRA_PROSE[`${seed}.${format}`] ?? 0;
    const questions = (list: string[]): string[] => list.filter((s) => s.startsWith('question'));
    expect(questions(other)).toEqual(questions(text));
    expect(other.length).toBe(text.length + extra);
    if (extra === 0) expect(other).toEqual(text);
  });
});
