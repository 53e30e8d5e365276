import { describe, expect, it } from 'vitest';
import * as api from '../src/index.js';

describe('the library API', () => {
  it('exports exactly these names', () => {
    expect(Object.keys(api).sort()).toEqual(
      [
        'CscTagError',
        'DocumentReport',
        'READERS',
        'readInput',
        'Evidence',
        'QuestionAligner',
        'QuestionGroup',
        'Report',
        'Respondent',
        'Rule',
        'RulesFile',
        'RunTotals',
        'Segment',
        'Stance',
        'Summary',
        'SummaryBuilder',
        'ThemeTag',
        'VERSION',
        'buildReport',
        'parseQuestionList',
        'builtinRules',
        'compileRules',
        'createLocator',
        'decode',
        'discoverInputs',
        'failingExamples',
        'formatCsv',
        'formatJson',
        'formatMarkdown',
        'loadCompiledRules',
        'mergeRules',
        'parseRulesFile',
        'readDocument',
        'reportJsonSchema',
        'rulesJsonSchema',
        'tagCorpus',
        'tagDocument',
        'tagText',
      ].sort(),
    );
  });

  it('tagText gives a document with evidence on every label', async () => {
    const doc = await api.tagText('Question 3: Do you agree?\n\nDisagree.\n');
    expect(doc.segments[0]).toMatchObject({ number: '3', stance: { label: 'disagree', source: 'explicit', confidence: 1 } });
    expect(doc.segments[0]!.stance.evidence[0]).toMatchObject({ text: 'Disagree.', rule: 'stance.closed.disagree', line: 3, column: 1, offset: [27, 36] });
  });
});
