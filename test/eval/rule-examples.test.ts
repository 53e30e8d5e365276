import { describe, expect, it } from 'vitest';
import { builtinRules } from '../../src/rules/index.js';
import { failingExamples, ruleFires } from '../../src/eval/rule-examples.js';
import { loadCompiledRules } from '../../src/pipeline/load-rules.js';
import { TokenRun } from '../../src/text/tokens.js';

const compiled = loadCompiledRules();

describe('every built-in rule carries examples that hold', () => {
  it('each rule has at least one match example and cites its codebook source', () => {
    const missing = builtinRules().filter((r) => r.examples.match.length === 0 || !r.source.startsWith('LABELS.md'));
    expect(missing.map((r) => r.id)).toEqual([]);
  });
  it.each(builtinRules().map((r) => [r.id, r] as const))('%s', (_id, rule) => {
    for (const text of rule.examples.match) expect(ruleFires(rule, text, compiled), `should fire: ${text}`).toBe(true);
    for (const text of rule.examples.noMatch) expect(ruleFires(rule, text, compiled), `should not fire: ${text}`).toBe(false);
  });
  it('failingExamples agrees: none fail', () => expect(failingExamples(compiled)).toEqual([]));
});

describe('a rule fires where the pipeline used it, not wherever its words occur', () => {
  const rule = (id: string) => compiled.rules.find((r) => r.id === id)!;
  it.each([
    ['stance.negator', 'negators', 'We do not support this.', true],
    ['stance.negator', 'negators', 'No one should be left without support.', false],
    ['stance.negator', 'negators', 'We do not have the staff.', false],
    ['stance.contrast.after', 'contrasts', 'We welcome it but it will fail.', true],
    ['stance.contrast.after', 'contrasts', 'However, the plan is late.', false],
    ['stance.hedge', 'hedges', 'In general, we support the principles.', true],
  ] as const)('%s (%s) on %j: %s', (id, matcher, text, fires) => {
    // Each text holds one of the rule's phrases: only what the stance made of it decides.
    expect(compiled[matcher].findAll(new TokenRun(text)).some((m) => m.payload.rule === id)).toBe(true);
    expect(ruleFires(rule(id), text, compiled)).toBe(fires);
  });

  it('a furniture rule fires on a line it would drop, by the segmenter’s own matcher', () => {
    expect(compiled.furniture.match('LEAVE A REPLY to this post')?.rule).toBe('furniture.end');
    expect(ruleFires(rule('furniture.end'), 'Leave a Reply', compiled)).toBe(true);
    expect(ruleFires(rule('furniture.end'), 'Please leave a reply', compiled)).toBe(false);
  });
});
