import { readProposal } from '../classify/proposal.js';
import { classifyStance } from '../classify/stance.js';
import type { DocumentReport } from '../model/schema.js';
import type { Locator } from '../read/locate.js';
import type { CompiledRules } from '../rules/compile.js';
import type { RawSegment } from '../segment/segment.js';
import { TokenRun } from '../text/tokens.js';

/**
 * A letter's position on the consultation's main proposal (--proposal, or
 * the first question of --questions): a document that answers no question,
 * but says `I strongly oppose the closure`, is read as if its prose (headings
 * apart) answered the proposal, by the same stance reader and with its
 * evidence. The reading is the document's `letter`, counted in a row of its
 * own beside the answers, never among them. Undefined for a document that
 * answers a question or has no prose.
 */
export function letterStance(raw: readonly RawSegment[], text: string, locate: Locator, rules: CompiledRules, proposal: string): DocumentReport['letter'] {
  if (raw.some((segment) => segment.kind === 'question')) return undefined;
  const blocks = raw.flatMap((segment) => segment.blocks).filter((block) => block.kind !== 'heading');
  if (blocks.length === 0) return undefined;
  // The proposal is read before the document's words are scanned, as for a question (label-segments.ts).
  const model = readProposal(proposal, rules);
  const letter: RawSegment = { kind: 'question', number: null, question: proposal, heading: null, start: blocks[0]!.start, end: blocks[blocks.length - 1]!.end, blocks };
  const { stance } = classifyStance(letter, { source: text, locate, rules }, new TokenRun(text), model);
  return { proposal, stance };
}
