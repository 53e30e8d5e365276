import type { GroupMembers, MemberChunks, QuestionTotals } from '../model/run-end.js';
import type { QuestionGroup } from '../model/schema.js';

/**
 * A group whole, its members read into it and put in their place after `listed`, as report.json has them:
 * for a report held in memory, and `csc-tag questions --json`. A run's reports never need this.
 */
export function wholeGroup(group: QuestionTotals, chunks: MemberChunks): QuestionGroup {
  const { id, number, text, listed, ...counts } = group;
  return { id, number, text, listed, members: [...chunks].flat(), ...counts };
}

/** The reader of the members a report in memory holds itself, so that it is formatted by the same code as a run's reports. */
export function inlineMembers(questions: readonly QuestionGroup[]): GroupMembers {
  const byId = new Map(questions.map((group) => [group.id, group.members]));
  return (groupId) => [byId.get(groupId) ?? []];
}
