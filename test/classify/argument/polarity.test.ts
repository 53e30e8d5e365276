import { describe, expect, it } from 'vitest';
import { effectsBefore, intensifierOf, negatorsBefore, scoreWords } from '../../../src/classify/argument/polarity.js';
import type { PhraseMatch } from '../../../src/text/phrase-set.js';
import { rules, sentenceOf, wordsAt } from './read.js';

/** A match over tokens [from, to), for the modifiers that look only at positions. */
const at = (from: number, to: number): PhraseMatch<unknown> => ({ payload: null, phrase: null as never, from, to });

describe('modifiers by position', () => {
  it.each([
    { name: 'right before the word', negator: [2, 3], word: 3, reaches: true },
    { name: 'three words between', negator: [2, 3], word: 6, reaches: true },
    { name: 'four words between is out of reach', negator: [2, 3], word: 7, reaches: false },
    { name: 'after the word', negator: [5, 6], word: 3, reaches: false },
    { name: 'a two-word negator ends before the word', negator: [1, 3], word: 3, reaches: true },
  ])('negatorsBefore: $name', ({ negator, word, reaches }) => {
    expect(negatorsBefore([at(negator[0]!, negator[1]!)], word, 4).length).toBe(reaches ? 1 : 0);
  });

  it.each([
    { name: 'its object right after it', effect: [1, 2], word: 2, reaches: true },
    { name: 'the object three words on', effect: [1, 2], word: 5, reaches: true },
    { name: 'past its object', effect: [1, 2], word: 6, reaches: false },
    { name: 'before the verb', effect: [4, 5], word: 2, reaches: false },
  ])('effectsBefore: $name', ({ effect, word, reaches }) => {
    expect(effectsBefore([at(effect[0]!, effect[1]!)], word).length).toBe(reaches ? 1 : 0);
  });

  it.each([
    { name: 'the word right after it', intensifier: [1, 2], word: 2, found: true },
    { name: 'one word later', intensifier: [1, 2], word: 3, found: true },
    { name: 'two words later', intensifier: [1, 2], word: 4, found: false },
    { name: 'before it', intensifier: [3, 4], word: 2, found: false },
  ])('intensifierOf: $name', ({ intensifier, word, found }) => {
    expect(intensifierOf([at(intensifier[0]!, intensifier[1]!)], word) !== undefined).toBe(found);
  });
});

/** The words of a one-sentence answer that carried polarity: text, rule, sign of base and score, and the flips. */
function scored(answer: string) {
  const sentence = sentenceOf(answer);
  const { total, words } = scoreWords(sentence.tokens, sentence.from, sentence.to, rules, new Set());
  return {
    total: Math.sign(total),
    words: words.map((w) => ({
      text: wordsAt(sentence, w.from, w.to),
      rule: w.rule,
      base: Math.sign(w.base),
      score: Math.sign(w.score),
      flips: w.flips.map((f) => `${f.kind}:${wordsAt(sentence, f.from, f.to)}:${f.rule}`),
    })),
  };
}

describe('scoreWords: lexicon words, policy phrases and their modifiers', () => {
  it.each([
    {
      name: 'a lexicon word as it stands',
      answer: 'Kinship carers are left isolated.',
      total: -1,
      words: [{ text: 'isolated', rule: 'stance.lexicon.afinn', base: -1, score: -1, flips: [] }],
    },
    {
      name: 'a negator flips the word after it',
      answer: 'The allowance is not helpful to grandparents.',
      total: -1,
      words: [{ text: 'helpful', rule: 'stance.lexicon.afinn', base: 1, score: -1, flips: ['negation:not:stance.negator'] }],
    },
    {
      name: 'a negator too far back does not reach',
      answer: 'Not every family in our area finds the hubs useful.',
      total: 1,
      words: [{ text: 'useful', rule: 'stance.lexicon.afinn', base: 1, score: 1, flips: [] }],
    },
    {
      name: 'an effect verb reverses a bad object: reducing harm is good',
      answer: 'Earlier visits would reduce harm to children.',
      total: 1,
      words: [{ text: 'harm', rule: 'stance.lexicon.afinn', base: -1, score: 1, flips: ['effect:reduce:stance.effect.reverse'] }],
    },
    {
      name: 'an effect verb reverses a good object: taking away stability is bad',
      answer: 'Moving placements takes away stability from a child.',
      total: -1,
      words: [{ text: 'stability', rule: 'stance.argument.good-policy', base: 1, score: -1, flips: ['effect:takes away:stance.effect.reverse'] }],
    },
    {
      name: 'an intensifier strengthens, keeping the sign',
      answer: 'Unplanned moves are very harmful for children.',
      total: -1,
      words: [{ text: 'harmful', rule: 'stance.lexicon.afinn', base: -1, score: -1, flips: ['intensifier:very:stance.intensifier'] }],
    },
    {
      name: 'a policy phrase wins over the lexicon words inside it',
      answer: 'A national register would be a waste of money.',
      total: -1,
      words: [{ text: 'waste of money', rule: 'stance.argument.bad-policy', base: -1, score: -1, flips: [] }],
    },
    {
      name: 'a good policy word',
      answer: 'Regular visits are essential.',
      total: 1,
      words: [{ text: 'essential', rule: 'stance.argument.good-policy', base: 1, score: 1, flips: [] }],
    },
    {
      name: 'a negated policy word',
      answer: 'Another assessment is not necessary for these families.',
      total: -1,
      words: [{ text: 'necessary', rule: 'stance.argument.good-policy', base: 1, score: -1, flips: ['negation:not:stance.negator'] }],
    },
    {
      name: 'a judging cue counts as a polarity phrase',
      answer: 'The plans fail to cover children out of school.',
      total: -1,
      words: [{ text: 'fail to', rule: 'stance.cue.fail', base: -1, score: -1, flips: [] }],
    },
    {
      // AFINN rates `safe` +1; an effect-verb pattern that mentions it (`keep ~ safe from`) must not silence it.
      name: 'a lexicon word that also appears in an effect-verb pattern',
      answer: 'Children are safe with their grandparents.',
      total: 1,
      words: [{ text: 'safe', rule: 'stance.lexicon.afinn', base: 1, score: 1, flips: [] }],
    },
    {
      name: 'no polarity words',
      answer: 'The council has four family hubs.',
      total: 0,
      words: [],
    },
  ])('$name', ({ answer, total, words }) => {
    expect(scored(answer)).toEqual({ total, words });
  });

  it('leaves out the proposal’s own words', () => {
    const sentence = sentenceOf('Kinship carers are left isolated.');
    const isolated = sentence.tokens.ids[sentence.to - 1]!;
    expect(scoreWords(sentence.tokens, sentence.from, sentence.to, rules, new Set([isolated])).words).toEqual([]);
  });
});
