import { describe, expect, it } from 'vitest';
import * as api from '../src/index.js';

describe('the library API', () => {
  it('exports exactly these names', () => {
    expect(Object.keys(api).sort()).toEqual(
      [
        // The whole job, as the command line runs it.
        'tagRun',
        'mergeRun',
        'DEFAULT_MAX_FILE_SIZE',
        // Document by document, and one string.
        'discoverInputs',
        'tagCorpus',
        'tagText',
        'buildReport',
        'formatCsv',
        'formatJson',
        'formatMarkdown',
        'DEFAULT_FORMATS',
        'FORMAT_NAMES',
        'READERS',
        // Rules.
        'loadCompiledRules',
        'builtinRules',
        'compileRules',
        'mergeRules',
        'parseRulesFile',
        'Rule',
        'RulesFile',
        // The report's schemas, and errors.
        'Report',
        'DocumentReport',
        'Respondent',
        'Segment',
        'Evidence',
        'Stance',
        'ThemeTag',
        'Summary',
        'QuestionGroup',
        'Skipped',
        'reportJsonSchema',
        'rulesJsonSchema',
        'CscTagError',
        'ERRORS',
        'SKIPS',
        'VERSION',
      ].sort(),
    );
  });

  it('tagText gives a document with evidence on every label', async () => {
    const doc = await api.tagText('Question 3: Do you agree?\n\nDisagree.\n');
    expect(doc.segments[0]).toMatchObject({ number: '3', stance: { label: 'disagree', source: 'explicit', confidence: 1 } });
    expect(doc.segments[0]!.stance.evidence[0]).toMatchObject({ text: 'Disagree.', rule: 'stance.closed.disagree', line: 3, column: 1, offset: [27, 36] });
  });
});
