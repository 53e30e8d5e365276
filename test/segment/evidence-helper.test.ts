import { describe, expect, it } from 'vitest';
import type { DocumentReport } from '../../src/model/schema.js';
import { loadCompiledRules } from '../../src/pipeline/load-rules.js';
import { tagDocument } from '../../src/pipeline/tag-document.js';
import { expectEvidenceValid, pointAt } from '../helpers/evidence.js';
import { summarize } from '../helpers/summarize.js';

/** The fixture helpers are themselves checked: a helper that passes everything would make every golden test pass. */
const TEXT = [
  'Response from a carers group',
  '',
  'Question 1: Do you agree that kinship carers should receive an allowance?',
  '',
  'Agree. Grandparents need the allowance to pay for school uniform and food.',
  '',
  'Question 2: Do you have any other comments?',
  '',
  'See above.',
  '',
].join('\n');

async function report(): Promise<DocumentReport> {
  return tagDocument({ file: 'helper.txt', text: TEXT, encoding: 'utf-8', bytes: TEXT.length, warnings: [] }, loadCompiledRules());
}

describe('pointAt', () => {
  it.each([
    { offset: 0, line: 1, column: 1 },
    { offset: 5, line: 1, column: 6 },
    { offset: 28, line: 1, column: 29 },
    { offset: 29, line: 2, column: 1 },
    { offset: 30, line: 3, column: 1 },
    { offset: TEXT.length, line: 10, column: 1 },
  ])('offset $offset is $line:$column', ({ offset, line, column }) => {
    expect(pointAt(TEXT, offset)).toEqual({ line, column });
  });
});

describe('expectEvidenceValid', () => {
  it('accepts the pipeline’s own report', async () => {
    const doc = await report();
    expect(doc.segments.some((s) => s.stance.evidence.length > 0 && s.themes.length > 0)).toBe(true);
    expectEvidenceValid(TEXT, doc);
  });

  it.each<{ name: string; spoil: (doc: DocumentReport) => void; problem: RegExp }>([
    {
      name: 'evidence text that is not the source slice',
      spoil: (doc) => (doc.segments[1]!.stance.evidence[0]!.text += 'x'),
      problem: /s2 stance evidence 0 .*but the source has/,
    },
    {
      name: 'an evidence column one off',
      spoil: (doc) => (doc.segments[1]!.stance.evidence[0]!.column += 1),
      problem: /s2 stance evidence 0 .*is 5:1, reported 5:2/,
    },
    {
      name: 'theme evidence on the wrong line',
      spoil: (doc) => (doc.segments[1]!.themes[0]!.evidence[0]!.line = 1),
      problem: /s2 theme \S+ evidence 0 .*is 5:\d+, reported 1:\d+/,
    },
    {
      name: 'a segment end whose line does not match its offset',
      spoil: (doc) => (doc.segments[1]!.position.end.line += 1),
      problem: /s2 end: offset \d+ is 5:\d+, reported 6:/,
    },
    {
      name: 'overlapping segments',
      spoil: (doc) => (doc.segments[2]!.position.start = { ...doc.segments[1]!.position.start }),
      problem: /s3: starts at \d+, before the previous segment ends/,
    },
    {
      name: 'evidence outside its segment',
      spoil: (doc) => (doc.segments[2]!.stance.evidence = [...doc.segments[1]!.stance.evidence]),
      problem: /s3 stance evidence 0 .*outside its segment/,
    },
  ])('rejects $name', async ({ spoil, problem }) => {
    const doc = await report();
    spoil(doc);
    let message = '';
    try {
      expectEvidenceValid(TEXT, doc);
    } catch (error) {
      message = String(error instanceof Error ? error.message : error);
    }
    expect(message).toMatch(problem);
  });
});

describe('summarize', () => {
  it('writes one line per segment: number, lines, stance, deciding rule, themes, and the question cut to 60 characters', async () => {
    expect(summarize(await report())).toBe(
      [
        's1 prose - L1-1 none/none - - | Response from a carers group',
        's2 question 1 L3-5 agree/explicit stance.closed.agree@5:1 funding,kinship | Do you agree that kinship carers should receive an allowanc…',
        's3 question 2 L7-9 none/none stance.none.cross-reference@9:1 - | Do you have any other comments?',
        '',
      ].join('\n'),
    );
  });
});
