import { describe, expect, it } from 'vitest';
import { tagDocument } from '../../src/pipeline/tag-document.js';
import { loadCompiledRules } from '../../src/pipeline/load-rules.js';

const tag = (text: string) => tagDocument({ file: 'r.txt', text, encoding: 'utf-8', bytes: text.length, warnings: [] }, loadCompiledRules());

describe('Yes/No by the question’s sense, in a document', () => {
  it('a question about the response itself is an attribute, not a stance', async () => {
    const report = await tag('Question 1: Do you agree with the proposal?\n\nNo.\n\nQuestion 2: Are you happy for your response to be published?\n\nRadio button: Ticked Yes\n');
    expect(report.respondent.attributes).toEqual({ 'Are you happy for your response to be published?': 'Yes' });
    expect(report.segments.map((s) => `${s.kind} ${s.stance.label}`)).toEqual(['question disagree', 'prose none']);
  });

  it('a long answer to such a question stays a question segment', async () => {
    const long = 'Yes, but please remove the names of our members and of the children they care for before you publish it.';
    const report = await tag(`Question 1: Are you happy for your response to be published?\n\n${long}\n`);
    expect(report.respondent.attributes).toEqual({});
    expect(report.segments[0]!.kind).toBe('question');
  });

  it('a Yes/No question that puts a proposal keeps its stance', async () => {
    const report = await tag('Question 1: Would you recommend this approach?\n\nNo.\n');
    expect(report.segments[0]!.stance.label).toBe('disagree');
  });
});
