import { evidenceAt } from '../evidence.js';
import { findClosedAnswer } from '../closed-answer.js';
import { stanceOf, type Decider } from './input.js';

/** An explicit closed answer (`Agree.`, a ticked box) wins over the text after it (LABELS.md, rule 1). */
export const closedAnswer: Decider = ({ segment, content, context, open, run }) => {
  const closed = findClosedAnswer(segment.blocks, content, context.rules, !open, run);
  if (!closed) return undefined;
  const evidence = [evidenceAt(context.source, context.locate, closed.start, closed.end, closed.rule.id, 'decides')];
  return { stance: stanceOf(closed.rule.label, 'explicit', closed.confidence, 'closed-answer', evidence), fired: [{ rule: closed.rule.id, label: closed.rule.label }] };
};
