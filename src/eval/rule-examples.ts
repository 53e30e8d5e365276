import { classifyStance } from '../classify/stance.js';
import { isOpenQuestion } from '../classify/open-question.js';
import { classifyThemes } from '../classify/themes.js';
import { TokenRun } from '../text/tokens.js';
import { splitSentences } from '../text/sentences.js';
import { createLocator } from '../read/locate.js';
import { textBlocks } from '../segment/block.js';
import type { CompiledRules } from '../rules/compile.js';
import { kindOf } from '../rules/kinds/index.js';
import type { ExampleReading } from '../rules/kinds/kind.js';
import type { Rule } from '../rules/schema.js';
import type { RawSegment } from '../segment/segment.js';

/** `text` as the answer to `question`, a segment of its own. */
function answerSegment(text: string, question: string): RawSegment {
  return { kind: 'question', number: '1', question, heading: null, start: 0, end: text.length, blocks: textBlocks(text) };
}

const QUESTIONS = { scale: 'To what extent do you agree with the proposal?', proposal: 'Do you agree with the proposal?' } as const;

/** An example text as the pipeline reads it; each reading is made once, when a kind first asks for it. */
function readExample(text: string, rules: CompiledRules): ExampleReading {
  const answers = new Map<keyof typeof QUESTIONS, ReturnType<ExampleReading['answer']>>();
  return {
    text,
    rules,
    tokens: new TokenRun(text),
    answer(question) {
      let answer = answers.get(question);
      if (!answer) answers.set(question, (answer = classifyStance(answerSegment(text, QUESTIONS[question]), { source: text, locate: createLocator(text), rules })));
      return answer;
    },
    themes: () => classifyThemes(splitSentences(text, textBlocks(text)), rules, text, createLocator(text)).map((t) => t.theme),
    isOpenQuestion: () => isOpenQuestion(text, rules),
  };
}

/** Whether `rule` fires on `text`, as its kind defines firing (src/rules/kinds/). */
export function ruleFires(rule: Rule, text: string, rules: CompiledRules): boolean {
  return kindOf(rule).fires(rule, readExample(text, rules));
}

/** Rules carry their own examples, as prh's do; each failure says which example of which rule. */
export function failingExamples(rules: CompiledRules, only?: ReadonlySet<string>): string[] {
  const failures: string[] = [];
  for (const rule of rules.rules) {
    if (only && !only.has(rule.id)) continue;
    rule.examples.match.forEach((text, i) => {
      if (!ruleFires(rule, text, rules)) failures.push(`${rule.id}: examples.match[${i}] ${JSON.stringify(text)} does not fire`);
    });
    rule.examples.noMatch.forEach((text, i) => {
      if (ruleFires(rule, text, rules)) failures.push(`${rule.id}: examples.noMatch[${i}] ${JSON.stringify(text)} fires`);
    });
  }
  return failures;
}
