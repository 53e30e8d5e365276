import { describe, expect, it } from 'vitest';
import { builtinRules } from '../../src/rules/index.js';
import { failingExamples, ruleFires } from '../../src/eval/rule-examples.js';
import { loadCompiledRules } from '../../src/pipeline/load-rules.js';

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
