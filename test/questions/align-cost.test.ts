import { describe, expect, it } from 'vitest';
import { QuestionAligner } from '../../src/questions/align.js';
import { questionStems, similarity } from '../../src/questions/similarity.js';
import type { DocumentDigest } from '../../src/model/digest.js';
import fc from 'fast-check';

/** A document of question segments only: all alignment reads. */
function digest(file: string, questions: readonly (readonly [string | null, string])[]): DocumentDigest {
  return {
    file,
    title: file,
    respondent: {},
    segments: questions.map(([number, question], i) => ({
      id: `s${i + 1}`,
      kind: 'question',
      number,
      question,
      stance: { label: 'none', source: 'none', code: 'no-answer', reason: 'no answer', evidence: [] },
      themes: [],
      quote: null,
    })),
  };
}

const QUESTIONS = [
  'Do you agree that kinship carers should receive a national allowance?',
  'How often should dashboard data be published to support learning?',
  'What support is needed to set up Regional Care Cooperatives?',
  'To what extent do you agree that the National Framework is clear?',
  'Are there any other ways leaders and practitioners should work towards this outcome?',
  'Would you recommend any other existing indicators or evidence to support learning around this outcome?',
  'What further help would ensure we have a workforce equipped to deliver the reforms?',
  'Do you agree with the proposed approach to funding family help?',
  'How can we ensure the delivery of reform is successful?',
  'What would be the impact of the proposals on children with protected characteristics?',
];

function aligned(docs: DocumentDigest[]): { aligner: QuestionAligner; groups: number; members: number[] } {
  const aligner = new QuestionAligner([]);
  for (const doc of docs) aligner.addDocument(doc);
  const { questions } = aligner.result();
  const members = questions.map((q) => q.respondents);
  aligner.close();
  return { aligner, groups: questions.length, members };
}

describe('the cost of alignment, counted', () => {
  it('one document asking the same questions over and over compares each text once, however often it repeats', () => {
    const repeated = (times: number): DocumentDigest =>
      digest(
        'one.txt',
        Array.from({ length: times * QUESTIONS.length }, (_, i) => [null, QUESTIONS[i % QUESTIONS.length]!] as const),
      );
    const small = aligned([repeated(20)]);
    const large = aligned([repeated(400)]);
    // A document joins a group at most once: every repeat opens a group of its own.
    expect(large.groups).toBe(400 * QUESTIONS.length);
    expect(large.members.every((n) => n === 1)).toBe(true);
    expect(large.aligner.cost).toEqual(small.aligner.cost);
    expect(large.aligner.cost.comparisons).toBeLessThanOrEqual(QUESTIONS.length * QUESTIONS.length);
  });

  it('a document of distinct questions sharing common words looks at a few candidates per question, not at every group', () => {
    const unique = (n: number): DocumentDigest =>
      digest(
        'doc.txt',
        Array.from({ length: n }, (_, i) => [null, `Do you agree with proposal ${i.toString(36)} on w${(i * 7919).toString(36)}?`] as const),
      );
    const n = 3000;
    const { aligner, groups } = aligned([unique(n)]);
    expect(groups).toBe(n);
    expect(aligner.cost.candidates).toBeLessThanOrEqual(2 * n);
  });

  it('many documents asking the same questions score each text against the groups once', () => {
    const docs = Array.from({ length: 500 }, (_, d) =>
      digest(
        `doc-${d}.txt`,
        QUESTIONS.map((q) => [null, q] as const),
      ),
    );
    const { aligner, groups, members } = aligned(docs);
    expect(groups).toBe(QUESTIONS.length);
    expect(members).toEqual(QUESTIONS.map(() => 500));
    expect(aligner.cost.comparisons).toBeLessThanOrEqual(QUESTIONS.length * QUESTIONS.length);
  });
});

/**
 * The plain algorithm the index must agree with: each question scored
 * against every group, best first, ties to the older group, the first whose
 * latest member is not of the document's file; the canonical text the
 * longest member's.
 */
function reference(docs: DocumentDigest[]): string[][] {
  const groups: { number: string | null; text: string; lastFile?: string; members: string[] }[] = [];
  for (const doc of docs) {
    for (const segment of doc.segments) {
      const stems = questionStems(segment.question!);
      const scored = groups
        .map((group, index) => ({ group, index, score: similarity(stems, questionStems(group.text)) + (segment.number !== null && segment.number === group.number ? 0.1 : 0) }))
        .filter((s) => s.score >= 0.7)
        .sort((a, b) => b.score - a.score || a.index - b.index);
      let best = scored.find((s) => s.group.lastFile !== doc.file)?.group;
      if (!best) groups.push((best = { number: segment.number, text: segment.question!, members: [] }));
      best.lastFile = doc.file;
      best.members.push(`${doc.file} ${segment.id}`);
      if (segment.question!.length > best.text.length) best.text = segment.question!;
    }
  }
  return groups.map((g) => g.members);
}

describe('the index agrees with comparing every question with every group', () => {
  const WORDS = 'kinship carers allowance national framework funding family help workforce dashboard data published support learning outcome leaders practitioners'.split(' ');
  // A few base questions, each asked in rewordings (words dropped, added or reversed), some numbered, by documents that share files.
  const base = fc.array(fc.constantFrom(...WORDS), { minLength: 3, maxLength: 10 });
  const asked = (bases: string[][]) =>
    fc
      .record({
        base: fc.nat(bases.length - 1),
        keep: fc.array(fc.boolean(), { minLength: 10, maxLength: 10 }),
        extra: fc.option(fc.constantFrom(...WORDS)),
        reversed: fc.boolean(),
        number: fc.option(fc.constantFrom('1', '2', '3')),
      })
      .map(({ base, keep, extra, reversed, number }) => {
        const words = bases[base]!.filter((_, i) => keep[i] || i === 0);
        if (extra !== null) words.push(extra);
        if (reversed) words.reverse();
        return [number, `What about ${words.join(' ')}?`] as const;
      });
  const corpus = fc
    .array(base, { minLength: 1, maxLength: 6 })
    .chain((bases) =>
      fc
        .array(fc.tuple(fc.nat(20), fc.array(asked(bases), { minLength: 1, maxLength: 8 })), { minLength: 1, maxLength: 40 })
        .map((docs) => docs.map(([file, questions]) => digest(`doc-${file}.txt`, questions))),
    );

  it('on random corpora of reworded questions', () => {
    fc.assert(
      fc.property(corpus, (docs) => {
        const aligner = new QuestionAligner([]);
        for (const doc of docs) aligner.addDocument(doc);
        const got = aligner.result().questions.map((q) => [...aligner.members(q.id)].flat().map((m) => `${m.file} ${m.id}`));
        aligner.close();
        expect(got).toEqual(reference(docs));
      }),
      { numRuns: 200 },
    );
  });
});
