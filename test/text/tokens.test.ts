import { describe, expect, it } from 'vitest';
import { classifyStance } from '../../src/classify/stance.js';
import { TokenRun } from '../../src/text/tokens.js';
import { stemCache } from '../../src/text/stem-cache.js';
import { createLocator } from '../../src/read/locate.js';
import { loadCompiledRules } from '../../src/pipeline/load-rules.js';
import { textBlocks } from '../../src/segment/block.js';

describe('TokenRun', () => {
  // Ids are given to the stems rule phrases use, when the rules compile: before any text is scanned.
  const id = stemCache.stemId('support');
  const text = 'We support it. Question 12a asks about £5m; see 7 and 7.5.';
  const run = new TokenRun(text);
  const words = Array.from({ length: run.length }, (_, i) => text.slice(run.starts[i], run.ends[i]));

  it('holds every word with its offsets, currency signs included', () => {
    expect(words).toEqual(['We', 'support', 'it', 'Question', '12a', 'asks', 'about', '£', '5m', 'see', '7', 'and', '7', '5']);
  });

  it('gives a word the id of its stem when a rule phrase uses that stem, else 0', () => {
    expect(run.ids[1]).toBe(id);
    expect(new TokenRun('SUPPORTED supports').ids.slice(0, 2)).toEqual(Int32Array.from([id, id]));
    expect(new TokenRun('zqxwv').ids[0]).toBe(0);
  });

  it('finds the tokens of a sentence by its offsets', () => {
    const second = text.indexOf('Question');
    expect(run.range(0, second - 1)).toEqual({ from: 0, to: 3 });
    expect(run.range(second, text.length)).toEqual({ from: 3, to: words.length });
    expect(run.range(text.length, text.length)).toEqual({ from: words.length, to: words.length });
  });

  it('tells numbers (with at most one letter) from other words', () => {
    expect(words.map((_, i) => run.isNumber(i)).flatMap((yes, i) => (yes ? [words[i]] : []))).toEqual(['12a', '5m', '7', '7', '5']);
  });
});

describe('a cross-reference split by a form line', () => {
  it('is read across the line, as one answer', () => {
    const text = 'Please see\n\nPlease explain your answer\n\nabove.\n';
    const rules = loadCompiledRules();
    const segment = { kind: 'question' as const, number: '2', question: 'Do you agree?', heading: null, start: 0, end: text.length, blocks: textBlocks(text) };
    const { stance } = classifyStance(segment, { source: text, locate: createLocator(text), rules });
    expect(stance).toMatchObject({ label: 'none', reason: 'cross-reference or no answer' });
    expect(stance.evidence[0]).toMatchObject({ text: text.slice(0, text.indexOf('above') + 5), rule: 'stance.none.cross-reference' });
  });
});
