import { classifyStance } from '../classify/stance.js';
import { isOpenQuestion } from '../classify/open-question.js';
import { classifyThemes } from '../classify/themes.js';
import { TokenRun } from '../text/tokens.js';
import { splitSentences } from '../text/sentences.js';
import { createLocator } from '../read/locate.js';
import { textBlocks } from '../segment/block.js';
import type { CompiledRules } from '../rules/compile.js';
import type { Rule } from '../rules/schema.js';
import type { RawSegment } from '../segment/segment.js';

/** `text` as the answer to `question`, a segment of its own. */
function answerSegment(text: string, question: string): RawSegment {
  return { kind: 'question', number: '1', question, heading: null, start: 0, end: text.length, blocks: textBlocks(text) };
}

/** Whether `rule` fires on `text`, judged the way the pipeline uses that kind of rule. */
export function ruleFires(rule: Rule, text: string, rules: CompiledRules): boolean {
  const tokens = new TokenRun(text);
  switch (rule.kind) {
    case 'closed-answer':
    case 'no-answer': {
      const segment = answerSegment(text, 'To what extent do you agree with the proposal?');
      const { stance } = classifyStance(segment, { source: text, locate: createLocator(text), rules });
      return stance.evidence.some((e) => e.rule === rule.id && e.role === 'decides');
    }
    case 'stance-cue':
      return rules.cues.findAll(tokens).some((m) => m.payload.rule === rule.id);
    case 'negator':
      return rules.negators.findAll(tokens).some((m) => m.payload.rule === rule.id);
    case 'contrast':
      return rules.contrasts.findAll(tokens).some((m) => m.payload.rule === rule.id);
    case 'hedge':
      return rules.hedges.findAll(tokens).some((m) => m.payload.rule === rule.id);
    case 'open-question':
      return isOpenQuestion(text, rules);
    case 'theme-lexicon': {
      const sentences = splitSentences(text, textBlocks(text));
      return classifyThemes(sentences, rules, text, createLocator(text)).some((t) => t.theme === rule.theme);
    }
    case 'furniture':
      return rules.furniture.some((f) => f.id === rule.id && text.toLowerCase().startsWith(f.prefix));
    case 'proposal-action':
      return rules.argument.actions.findAll(tokens).some((m) => m.payload.rule === rule.id);
    case 'position-question':
      return rules.argument.positionFrames.findAll(tokens).some((m) => m.payload === rule.id);
    case 'polarity-lexicon':
      return Array.from(tokens.ids.subarray(0, tokens.length)).some((id, i) => rules.argument.lexicon.lookup(id, text, tokens.starts[i]!, tokens.ends[i]!)?.rule === rule.id);
    case 'polarity-phrase':
      return rules.argument.polarity.findAll(tokens).some((m) => m.payload.rule === rule.id);
    case 'effect-verb':
      return rules.argument.effects.findAll(tokens).some((m) => m.payload === rule.id);
    case 'intensifier':
      return rules.argument.intensifiers.findAll(tokens).some((m) => m.payload.rule === rule.id);
    case 'argument-marker':
      return rules.argument.markers.findAll(tokens).some((m) => m.payload.rule === rule.id);
    case 'survey-columns':
      // Its examples are column headers: those that ask about the respondent or the response itself.
      return rules.surveyColumns.rule === rule.id && rules.surveyColumns.aboutRespondent(text) !== undefined;
    case 'stance-policy': {
      // An answer to a proposal put for agreement that the policy's reading takes a side on.
      const { stance } = classifyStance(answerSegment(text, 'Do you agree with the proposal?'), { source: text, locate: createLocator(text), rules });
      return stance.reading?.policy === rule.id && stance.label !== 'neutral';
    }
  }
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
