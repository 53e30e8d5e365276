import { escapeMarkdownInline as esc, truncate } from './escape-markdown.js';
import type { ReadingStep, Stance } from '../model/schema.js';

/** Below this confidence a label is marked for review, in report.md and report.html alike: an analyst should read the answer again. */
export const REVIEW_BELOW = 0.6;

const QUOTE_MAX = 120;

export const forReview = (stance: Stance): boolean => stance.source !== 'none' && stance.confidence < REVIEW_BELOW;

type Kind = ReadingStep['about'] | Exclude<ReadingStep['move'], 'polarity'>;

/** What a step did, for the proposal (+) and against it (-), in the codebook's words. */
const DID: Record<Kind, { for: string; against: string }> = {
  proposal: { for: 'judges the proposal favourably', against: 'judges the proposal unfavourably' },
  consequence: { for: 'is a good consequence of the proposal', against: 'is a bad consequence of the proposal' },
  problem: { for: 'describes what the proposal acts on in its favour', against: 'describes what the proposal acts on against it' },
  other: { for: 'argues the proposal’s way of things', against: 'argues against the proposal’s way of things' },
  directive: { for: 'calls for the proposal’s action', against: 'calls for an action against the proposal' },
  counter: { for: 'prefers the proposal to something else', against: 'proposes something else instead' },
  rhetorical: { for: 'asks a rhetorical question for the proposal', against: 'asks a rhetorical question against the proposal' },
};

const quote = (step: ReadingStep): string => `"${esc(truncate(step.evidence.text, QUOTE_MAX))}"`;

/**
 * An inferred stance's reading as one Markdown sentence (issue 14, evidence a person can follow):
 * `"would add another layer of bureaucracy" is a bad consequence of the proposal → disagree`. The step
 * quoted is the one whose evidence decided the label; a balanced reading gives its two sides. Null for a
 * stance not read from the argument.
 */
export function stanceSentence(stance: Stance): string | null {
  const { reading } = stance;
  if (!reading) return null;
  if (stance.label === 'neutral') {
    const said = stance.code === 'argument-too-little' ? 'too little to go on' : 'argues both ways';
    return `${said} (for ${reading.for}, against ${reading.against}; a side must lead by more than ${reading.threshold}) → neutral`;
  }
  const decides = stance.evidence.find((e) => e.role === 'decides');
  const sign = stance.label === 'agree' ? 1 : -1;
  const step =
    reading.steps.find(
      (s) => decides && s.evidence.offset[0] === decides.offset[0] && s.evidence.offset[1] === decides.offset[1] && s.evidence.rule === decides.rule && Math.sign(s.contribution) === sign,
    ) ?? reading.steps.find((s) => Math.sign(s.contribution) === sign);
  if (!step) return null;
  const did = DID[step.move === 'polarity' ? step.about : step.move];
  return `${quote(step)} ${sign > 0 ? did.for : did.against} → ${stance.label}`;
}
