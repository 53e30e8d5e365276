import type { Block } from '../segment/block.js';
import { WEB_FORM_PROMPT, isWebFormLine, isMarkLine, tickedOn } from '../segment/web-form.js';
import type { CompiledRules } from '../rules/compile.js';
import type { RuleOf } from '../rules/schema.js';
import { POLICY_DEFAULTS } from '../rules/stance-defaults.js';
import type { TokenRun } from '../text/tokens.js';

export interface ClosedAnswer {
  rule: RuleOf<'closed-answer'>;
  /** Offsets of the text that states it. */
  start: number;
  end: number;
  confidence: number;
}

/** Blocks that are the respondent's own words, without the web form's radio buttons and prompts. */
export function contentBlocks(blocks: readonly Block[]): Block[] {
  const content: Block[] = [];
  let skipOption = false;
  for (const block of blocks) {
    const text = block.text.trim();
    if (skipOption) {
      skipOption = false;
      continue;
    }
    if (isMarkLine(text)) {
      skipOption = true;
      continue;
    }
    // Inline options (`Radio button: Unticked Agree`) are web-form lines too.
    if (isWebFormLine(text) || WEB_FORM_PROMPT.test(text)) continue;
    content.push(block);
  }
  return content;
}

/** The option ticked on a Citizen Space web form, with its offsets. */
function tickedOption(blocks: readonly Block[]): { text: string; start: number; end: number } | undefined {
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i]!;
    const next = blocks[i + 1];
    const ticked = tickedOn(block.text, next?.text);
    if (ticked?.fromNext) return { text: next!.text, start: next!.start, end: next!.end };
    if (ticked) return { text: ticked.text, start: block.end - ticked.text.length, end: block.end };
  }
  return undefined;
}

/**
 * An explicit closed answer (LABELS.md, Stance, rule 1): a ticked option, the
 * whole first line (`Agree.`), the first line's lead before a reason
 * (`No, because ...`), or a first sentence that states a scale point
 * (`We are somewhat supportive of ...`). `run` holds the document's words.
 */
export function findClosedAnswer(answer: readonly Block[], content: readonly Block[], rules: CompiledRules, positionQuestion: boolean, run: TokenRun): ClosedAnswer | undefined {
  const allowed = (rule: RuleOf<'closed-answer'>): boolean => positionQuestion || !rule.needsProposalQuestion;
  const policy = rules.argument.policy ?? POLICY_DEFAULTS;
  const ticked = tickedOption(answer);
  if (ticked) {
    const rule = rules.closedWordings.find(ticked.text);
    if (rule) return { rule, start: ticked.start, end: ticked.end, confidence: policy.closedLine };
  }
  const first = content[0];
  if (!first) return undefined;
  // A paragraph number (`2.1 No.`) is not part of the answer.
  const numbering = /^\s*\d+(?:\.\d+)*[.)]?\s+/.exec(first.text)?.[0].length ?? 0;
  const lineEnd = first.text.indexOf('\n');
  const line = (lineEnd < 0 ? first.text : first.text.slice(0, lineEnd)).slice(numbering);
  const whole = rules.closedWordings.find(line);
  const lineStart = first.start + numbering;
  if (whole && allowed(whole)) return { rule: whole, start: lineStart, end: lineStart + line.trimEnd().length, confidence: policy.closedLine };
  const lead = /^\W*([^.,;:!?()–—\n]+?)\s*(?:[.,;:!–—(]|\s-\s)/.exec(line);
  if (lead) {
    const rule = rules.closedWordings.find(lead[1]!);
    if (rule && allowed(rule)) {
      const at = lineStart + line.indexOf(lead[1]!);
      return { rule, start: at, end: at + lead[1]!.length, confidence: policy.closedLead };
    }
  }
  const sentenceEnd = line.search(/[.!?](\s|$)/);
  const sentence = sentenceEnd < 0 ? line : line.slice(0, sentenceEnd);
  const { from, to } = run.range(lineStart, lineStart + sentence.length);
  const opening = rules.closedOpenings.matchHere(run, from, to);
  if (opening && allowed(opening.payload)) {
    return { rule: opening.payload, start: lineStart, end: lineStart + sentence.length, confidence: policy.closedOpening };
  }
  return undefined;
}
