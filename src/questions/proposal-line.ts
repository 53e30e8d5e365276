import type { Proposal } from '../model/schema.js';

/**
 * A question's proposal model in one line, for `csc-tag questions`: whether it asks for a position, the
 * action and which way it moves the object, and the object. Shown so that a reader can check what the
 * stance of its answers will be read against before trusting it. The caller escapes it for its medium.
 */
export function proposalLine(proposal: Proposal): string {
  const asks = proposal.asksPosition ? 'asks a position' : 'asks no position (open)';
  const action = proposal.action === null ? `no action (a claim, ${proposal.direction})` : `action "${proposal.action}" (${proposal.direction})`;
  const object = proposal.object === '' ? 'no object' : `object "${proposal.object}"`;
  return `proposal: ${asks}; ${action}; ${object}`;
}
