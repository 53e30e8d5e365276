import type { Campaign, DiscoveredProse, DiscoveredTheme } from '../model/schema.js';
import type { QuestionTotals } from '../model/run-end.js';
import { escapeMarkdownInline as esc, truncate } from './escape-markdown.js';

const QUOTE_MAX = 200;
const TEMPLATE_MAX = 400;
const MEMBERS_SHOWN = 10;

/**
 * "What people said": the themes discovered in a question's answers, each
 * with its leading phrases, how many answers raise it and with what stance,
 * and its most central quotes. Phrases and quotes are document text, escaped.
 */
export function whatPeopleSaid(group: QuestionTotals): string {
  const found = group.discovered;
  if (!found || found.themes.length === 0) return '';
  return `What people said (themes discovered in ${found.answers} answers):\n\n${themeList(found.themes, 'answer')}`;
}

/** "What the prose said": the themes discovered in the prose sections of every document. */
export function proseSection(prose: DiscoveredProse | undefined): string {
  if (!prose || prose.themes.length === 0) return '';
  return `\n## What the prose said\n\nThemes discovered in ${prose.sections} prose sections (letters, and text outside any question):\n\n${themeList(prose.themes, 'section')}`;
}

/** `unit`: what a member is, an answer or a prose section (which has no stance to count). */
function themeList(themes: readonly DiscoveredTheme[], unit: 'answer' | 'section'): string {
  let out = '';
  for (const theme of themes) {
    const { agree, neutral, disagree } = theme.stance;
    const stances = [agree ? `${agree} agree` : '', neutral ? `${neutral} neutral` : '', disagree ? `${disagree} disagree` : ''].filter(Boolean).join(', ');
    const answers = `${theme.members.length} ${unit}${theme.members.length === 1 ? '' : 's'}${stances ? ` (${stances})` : ''}`;
    out += `- **${esc(theme.label)}** (${esc(theme.id)}): ${answers}; phrases: ${esc(theme.phrases.join('; '))}\n`;
    for (const q of theme.quotes) out += `  - "${esc(truncate(q.text.replace(/\s+/g, ' '), QUOTE_MAX))}" (${esc(q.file)}, ${esc(q.segment)}, L${q.line})\n`;
  }
  return out + '\n';
}

/** The group's counts with campaign responses left out, when the run found any campaign. */
export function withoutCampaignsLine(group: QuestionTotals): string {
  const without = group.discovered?.withoutCampaigns;
  if (!without) return '';
  const counts = (s: { agree: number; neutral: number; disagree: number }): string => `${s.agree} agree, ${s.neutral} neutral, ${s.disagree} disagree`;
  const who = `${without.respondents} respondent${without.respondents === 1 ? '' : 's'}, ${without.answered} answered (${counts(without.stance)})`;
  return `Without campaign responses: ${who}; with them: ${group.respondents}, ${group.answered} answered (${counts(group.stance)}).\n\n`;
}

/** "Campaign responses": each campaign's size, its template and its first members. */
export function campaignSection(campaigns: readonly Campaign[]): string {
  if (campaigns.length === 0) return '';
  let out = '\n## Campaign responses\n\nNear-identical responses (the same template, a name or a sentence changed), counted apart in each question above.\n';
  for (const c of campaigns) {
    const shown = c.members.slice(0, MEMBERS_SHOWN).map((m) => esc(m.segment === undefined ? m.file : `${m.file} ${m.segment}`));
    const more = c.members.length > MEMBERS_SHOWN ? ` and ${c.members.length - MEMBERS_SHOWN} more` : '';
    out += `\n### ${esc(c.id)}: ${c.count} responses\n\nTemplate: "${esc(truncate(c.template, TEMPLATE_MAX))}"\n\nMembers: ${shown.join(', ')}${more}\n`;
  }
  return out;
}
