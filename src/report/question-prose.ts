import type { MemberChunks, QuestionTotals } from '../model/run-end.js';
import type { Letters, QuestionMember } from '../model/schema.js';
import { ANSWERED_LABELS, SIDE_LABELS } from '../model/stance-labels.js';
import { byCodeUnit } from '../text/utils.js';

const VERB: Record<string, [string, string]> = {
  agree: ['agrees', 'agree'],
  neutral: ['is neutral', 'are neutral'],
  disagree: ['disagrees', 'disagree'],
  open: ['gives no position (none is asked)', 'give no position (none is asked)'],
};

/** The reason code of an answer to an open question that takes no position: neutral by rule, not by the respondent's choice. */
export const NO_POSITION_ASKED = 'open-no-position';

/** The answered labels, and neutral answers to an open question apart from the others, as `open`. */
const PROSE_LABELS = [...ANSWERED_LABELS, 'open'] as const;

/** A group's members one by one, a chunk at a time: a survey's group has a member per respondent, too many to hold at once. */
function* eachMember(members: MemberChunks): Generator<QuestionMember> {
  for (const chunk of members) yield* chunk;
}

/** Counts for the prose and the count columns: neutral answers to an open question counted apart, as `open`. */
export function proseCounts(group: QuestionTotals, members: MemberChunks): Record<(typeof PROSE_LABELS)[number], number> {
  let open = 0;
  for (const m of eachMember(members)) if (m.stance === 'neutral' && m.code === NO_POSITION_ASKED) open++;
  return { agree: group.stance.agree, neutral: group.stance.neutral - open, disagree: group.stance.disagree, open };
}

/** The respondents' position stated plainly, majority first, with its denominator: "2 of 3 respondents who answered agree; 1 disagrees." */
export function stanceSentence(group: QuestionTotals, members: MemberChunks): string {
  const { answered, respondents } = group;
  if (answered === 0) return `No respondent took a position (${respondents} gave no answer).`;
  const counts = proseCounts(group, members);
  const order = PROSE_LABELS.filter((l) => counts[l] > 0).sort((a, b) => counts[b] - counts[a]);
  const [top, ...rest] = order;
  const n = counts[top!];
  const who = answered === respondents ? '' : ' who answered';
  const of = `${answered} respondent${answered === 1 ? '' : 's'}${who}`;
  const lead =
    n === answered && answered === 1
      ? `The one respondent${who} ${VERB[top!]![0]}`
      : n === answered && answered === 2
        ? `Both respondents${who} ${VERB[top!]![1]}`
        : n === answered && answered > 2
          ? `All ${of} ${VERB[top!]![1]}`
          : `${n} of ${of} ${VERB[top!]![n === 1 ? 0 : 1]}`;
  const minority = rest.map((l) => `${counts[l]} ${VERB[l]![counts[l] === 1 ? 0 : 1]}`);
  return `${lead}${minority.length ? `; ${minority.join(' and ')}` : ''}.`;
}

/**
 * Themes raised by at least half the respondents: "both raise multi-agency working". `phrases` says how each theme
 * reads in a sentence (the rules' `phrase`, see Meta); a theme it leaves out reads as its name.
 */
export function themeSentence(group: QuestionTotals, phrases: Readonly<Record<string, string>> = {}): string {
  const { respondents } = group;
  if (respondents === 0) return '';
  const dominant = Object.entries(group.themes)
    .filter(([, n]) => n * 2 >= respondents && n > 0)
    .sort((a, b) => b[1] - a[1] || byCodeUnit(a[0], b[0]));
  if (dominant.length === 0) return 'No theme is raised by half of them.';
  const parts = dominant.map(([theme, n]) => {
    const what = Object.hasOwn(phrases, theme) ? phrases[theme]! : theme;
    const who = n === respondents ? (respondents === 1 ? 'it raises' : respondents === 2 ? 'both raise' : 'all raise') : `${n} of ${respondents} ${n === 1 ? 'raises' : 'raise'}`;
    return `${who} ${what}`;
  });
  return `${parts.join('; ')[0]!.toUpperCase()}${parts.join('; ').slice(1)}.`;
}

const COUNTED = [
  ['agree', 'agree'],
  ['neutral', 'neutral'],
  ['disagree', 'disagree'],
  ['none', 'no answer'],
] as const;

/**
 * One attribute's breakdown, value by value in report order: "Individual: 2
 * agree, 1 disagree; Organisation: 1 agree, 1 neutral". A zero is left out.
 */
export function breakdownSentence(values: QuestionTotals['byAttribute'][string]): string {
  return Object.entries(values)
    .map(([value, counts]) => {
      const parts = COUNTED.filter(([label]) => counts[label] > 0).map(([label, word]) => `${counts[label]} ${word}`);
      return `${value}: ${parts.join(', ')}`;
    })
    .join('; ');
}

/** Every attribute's breakdown, for questions.csv: "Region: London: 1 agree | ...", attributes apart by ` | `. */
export function breakdownText(group: QuestionTotals): string {
  return Object.entries(group.byAttribute)
    .map(([attribute, values]) => `${attribute}: ${breakdownSentence(values)}`)
    .join(' | ');
}

/** The group's key quote: an answer of its most common stance, explicit answers first, then in respondent order. */
export function keyMember(group: QuestionTotals, members: MemberChunks): QuestionMember | undefined {
  const counts = proseCounts(group, members);
  const top = [...SIDE_LABELS, 'neutral' as const].filter((l) => counts[l] > 0).sort((a, b) => counts[b] - counts[a])[0];
  let first: QuestionMember | undefined;
  let ofTop: QuestionMember | undefined;
  for (const m of eachMember(members)) {
    if (m.quote === null) continue;
    first ??= m;
    if (m.stance !== top) continue;
    ofTop ??= m;
    if (m.source === 'explicit') return m;
  }
  return ofTop ?? first;
}

/** Whether every answer the group has is to an open question and takes no position: its "neutral" is no position asked. */
export function asksNoPosition(group: QuestionTotals, members: MemberChunks): boolean {
  if (group.answered === 0) return false;
  for (const m of eachMember(members)) if (m.stance !== 'none' && m.code !== NO_POSITION_ASKED) return false;
  return true;
}

const LETTER_VERB: Record<string, [string, string]> = {
  agree: ['agrees', 'agree'],
  neutral: ['is neutral', 'are neutral'],
  disagree: ['disagrees', 'disagree'],
  none: ['takes no position', 'take no position'],
};

/** The letters' row in words: "Of 3 letters that answer no question, read for their position on the proposal: 2 disagree and 1 agrees. ..." */
export function letterSentence(letters: Letters): string {
  const n = letters.documents;
  if (n === 0) return 'No letter (a document that answers no question) was read for its position on the proposal.';
  const parts = (['disagree', 'agree', 'neutral', 'none'] as const).filter((l) => letters.stance[l] > 0).map((l) => `${letters.stance[l]} ${LETTER_VERB[l]![letters.stance[l] === 1 ? 0 : 1]}`);
  const last = parts.pop()!;
  const said = parts.length > 0 ? `${parts.join(', ')} and ${last}` : last;
  const lead = n === 1 ? 'Of the one letter that answers no question, read for its position' : `Of ${n} letters that answer no question, read for their position`;
  return `${lead} on the proposal: ${said}. Counted apart from the answers.`;
}
