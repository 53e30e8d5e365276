import { describe, expect, it } from 'vitest';
import type { Evidence, ReadingStep, Stance } from '../../src/model/schema.js';
import { forReview, stanceSentence } from '../../src/report/stance-sentence.js';

const evidence = (text: string, offset: number, rule = 'stance.policy', role: Evidence['role'] = 'supports'): Evidence => ({
  text,
  rule,
  line: 3,
  column: 1,
  offset: [offset, offset + text.length],
  role,
});

function step(text: string, offset: number, contribution: number, about: ReadingStep['about'], move: ReadingStep['move'] = 'polarity', rule = 'stance.policy'): ReadingStep {
  return { evidence: evidence(text, offset, rule, contribution > 0 ? 'supports' : 'opposes'), about, why: 'mention', cue: null, move, words: [], flips: [], contribution };
}

function read(label: Stance['label'], steps: ReadingStep[], decides?: ReadingStep): Stance {
  const pro = steps.reduce((t, s) => t + Math.max(0, s.contribution), 0);
  const con = steps.reduce((t, s) => t - Math.min(0, s.contribution), 0);
  return {
    label,
    source: 'inferred',
    confidence: 0.7,
    code: label === 'neutral' ? 'argument-balanced' : 'argument-consequence',
    reason: 'test',
    evidence: decides ? [{ ...decides.evidence, role: 'decides' }] : [],
    reading: { steps, omitted: 0, sum: pro - con, for: pro, against: con, threshold: 0.02, policy: 'stance.policy' },
  };
}

describe('stanceSentence: an inferred stance’s reason from its reading', () => {
  const bureaucracy = step('would add another layer of bureaucracy', 10, -0.6, 'consequence');
  const settled = step('would give children a settled home', 60, 0.4, 'consequence');
  const scrap = step('The register should be scrapped.', 10, -1, 'proposal', 'directive', 'proposal.action.abolish');
  const judged = step('Limiting moves is unnecessary', 10, -0.6, 'proposal');
  const judgedDirective = step('Limiting moves is unnecessary', 10, 1, 'proposal', 'directive', 'proposal.action.limit');
  const moved = step('Too many children are moved', 0, 0.6, 'problem');
  const hostile = step('it would be *great* | [link](http://x.test)', 0, 0.5, 'consequence');
  it.each([
    {
      name: 'a bad consequence',
      stance: read('disagree', [bureaucracy, settled], bureaucracy),
      sentence: '"would add another layer of bureaucracy" is a bad consequence of the proposal → disagree',
    },
    { name: 'a good consequence', stance: read('agree', [settled], settled), sentence: '"would give children a settled home" is a good consequence of the proposal → agree' },
    { name: 'a directive', stance: read('disagree', [scrap], scrap), sentence: '"The register should be scrapped." calls for an action against the proposal → disagree' },
    {
      name: 'the deciding step, of two with the same span',
      stance: read('disagree', [judgedDirective, judged], judged),
      sentence: '"Limiting moves is unnecessary" judges the proposal unfavourably → disagree',
    },
    { name: 'what the proposal acts on', stance: read('agree', [moved], moved), sentence: '"Too many children are moved" describes what the proposal acts on in its favour → agree' },
    { name: 'a balanced reading', stance: read('neutral', [settled, bureaucracy]), sentence: 'argues both ways (for 0.4, against 0.6; a side must lead by more than 0.02) → neutral' },
    {
      name: 'the quote is escaped for Markdown',
      stance: read('agree', [hostile], hostile),
      sentence: '"it would be \\*great\\* \\| \\[link\\](http:\u2060//x.test)" is a good consequence of the proposal → agree',
    },
  ])('$name', ({ stance, sentence }) => {
    expect(stanceSentence(stance)).toBe(sentence);
  });

  it('is null for a stance not read from the argument', () => {
    expect(stanceSentence({ label: 'agree', source: 'explicit', confidence: 1, code: 'closed-answer', reason: 'closed answer', evidence: [] })).toBeNull();
  });

  it.each([
    { confidence: 0.59, source: 'inferred', review: true },
    { confidence: 0.6, source: 'inferred', review: false },
    { confidence: 0.4, source: 'explicit', review: true },
    { confidence: 0, source: 'none', review: false },
  ] as const)('for review at confidence $confidence ($source): $review', ({ confidence, source, review }) => {
    expect(forReview({ label: 'neutral', source, confidence, code: 'judged-balanced', reason: 'r', evidence: [] })).toBe(review);
  });
});
