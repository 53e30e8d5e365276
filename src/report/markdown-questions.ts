import { escapeMarkdownInline as esc, truncate } from './escape-markdown.js';
import { breakdownSentence, keyMember, letterSentence, NO_POSITION_ASKED, stanceSentence, themeSentence } from './question-prose.js';
import type { GroupMembers, MemberChunks, QuestionTotals } from '../model/run-end.js';
import type { Campaign, Letters, UnmatchedQuestion } from '../model/schema.js';
import { whatPeopleSaid, withoutCampaignsLine } from './markdown-discovered.js';
import { STANCE_LABELS as STANCES } from '../model/stance-labels.js';

const TITLE_MAX = 60;
const QUOTE_MAX = 160;

/**
 * A stance bar for GitHub, which renders Mermaid. Only the group's id and
 * counts go into it, never document text, so nothing needs escaping there.
 */
function mermaidBar(group: QuestionTotals): string {
  const max = Math.max(1, ...STANCES.map((s) => group.stance[s]));
  return [
    '```mermaid',
    'xychart-beta',
    `  title "${group.id}: stance of ${group.respondents} respondent${group.respondents === 1 ? '' : 's'}"`,
    `  x-axis [${STANCES.join(', ')}]`,
    `  y-axis "respondents" 0 --> ${max}`,
    `  bar [${STANCES.map((s) => group.stance[s]).join(', ')}]`,
    '```',
    '',
  ].join('\n');
}

/**
 * "By question": the same consultation question across respondents, for
 * question-by-question analysis, a group at a time (a group lists every
 * respondent, so the section is never built as one string), its members read from `members`.
 */
export function* markdownQuestionPieces(
  questions: readonly QuestionTotals[],
  members: GroupMembers,
  unmatched: readonly UnmatchedQuestion[],
  campaigns: readonly Campaign[] = [],
  letters?: Letters,
  phrases: Readonly<Record<string, string>> = {},
): Generator<string> {
  if (questions.length === 0 && unmatched.length === 0 && !letters) return;
  yield '\n## By question\n';
  // Letters on the main proposal: a row of their own after its question's answers, never among them.
  const letterLine = letters ? `\nLetters: ${esc(letterSentence(letters))}\n` : '';
  for (const group of questions) {
    yield* questionSection(group, members(group.id), campaigns.length > 0, phrases);
    if (letters && group.id === letters.question) yield letterLine;
  }
  if (letters && !questions.some((g) => g.id === letters.question)) yield `\n### Letters on the proposal: ${esc(truncate(letters.proposal, 200))}\n${letterLine}`;
  if (unmatched.length > 0) {
    yield '\n### Not matched to the question list\n\n';
    yield unmatched.map((u) => `- ${esc(u.file)} ${esc(u.id)}${u.number ? ` (${esc(u.number)})` : ''}: ${esc(truncate(u.question, 120))}\n`).join('');
  }
}

/** A group's section, its table a chunk of members at a time: a survey's group has a row per respondent. */
function* questionSection(group: QuestionTotals, members: MemberChunks, campaigns: boolean, phrases: Readonly<Record<string, string>>): Generator<string> {
  let out = `\n### ${esc(group.id)}${group.number ? ` (${esc(group.number)})` : ''}: ${esc(truncate(group.text, 200))}\n\n`;
  if (group.respondents === 0) {
    yield out + 'No respondent answered this question.\n';
    return;
  }
  // Theme names and phrases come from rules files, so the sentences are escaped like document text (a theme may be called `www`).
  out += `${esc(stanceSentence(group, members))} ${esc(themeSentence(group, phrases))}\n\n`;
  const key = keyMember(group, members);
  if (key?.quote) out += `Key quote (${esc(truncate(key.title || key.file, TITLE_MAX))}, ${esc(key.id)}): "${esc(truncate(key.quote.text, QUOTE_MAX))}"\n\n`;
  // Attribute names and values are cells of the export: document text, escaped as such.
  for (const [attribute, values] of Object.entries(group.byAttribute)) out += `- By ${esc(truncate(attribute, 120))}: ${esc(breakdownSentence(values))}\n`;
  if (Object.keys(group.byAttribute).length > 0) out += '\n';
  if (campaigns) out += withoutCampaignsLine(group);
  out += whatPeopleSaid(group);
  out += mermaidBar(group) + '\n';
  out += '| respondent | stance | themes | key quote |\n| --- | --- | --- | --- |\n';
  yield out;
  for (const chunk of members) {
    out = '';
    for (const m of chunk) {
      const who = `${esc(truncate(m.respondent, TITLE_MAX))} (${esc(m.file)}, ${esc(m.id)})`;
      const stance = m.source === 'explicit' ? `${m.stance} (explicit)` : m.code === NO_POSITION_ASKED ? 'no position asked' : m.stance;
      const quote = m.quote ? `L${m.quote.line}: "${esc(truncate(m.quote.text, QUOTE_MAX))}"` : '';
      out += `| ${who} | ${stance} | ${m.themes.map(esc).join(', ')} | ${quote} |\n`;
    }
    yield out;
  }
}
