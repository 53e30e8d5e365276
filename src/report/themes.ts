import type { Campaign, DiscoveredProse } from '../model/schema.js';
import type { QuestionTotals } from '../model/run-end.js';
import { sanitiseForTerminal as clean } from '../text/escape-terminal.js';
import { plural, shorten } from '../text/utils.js';

/** `csc-tag themes --json`: each question's discovered themes (files named as in report.json), then the campaigns. */
export function themesJson(questions: readonly QuestionTotals[], prose: DiscoveredProse, campaigns: readonly Campaign[]): string {
  const out = questions.map((q) => ({ group: q.id, question: q.text, answers: q.discovered?.answers ?? 0, themes: q.discovered?.themes ?? [] }));
  return JSON.stringify({ questions: out, prose, campaigns }, null, 2) + '\n';
}

const QUOTE_MAX = 160;

/** What people said, question by question, for a terminal: document text is stripped of control characters. */
export function themesText(questions: readonly QuestionTotals[], prose: DiscoveredProse, campaigns: readonly Campaign[]): string {
  const lines: string[] = [];
  const groups = [
    ...questions.map((q) => ({ head: `${q.id}  ${plural(q.discovered?.answers ?? 0, 'answer')}  ${clean(shorten(q.text, 160))}`, themes: q.discovered?.themes ?? [], stances: true })),
    ...(prose.sections > 0 ? [{ head: `prose  ${plural(prose.sections, 'section')}`, themes: prose.themes, stances: false }] : []),
  ];
  for (const { head, themes, stances } of groups) {
    lines.push(head);
    if (themes.length === 0) lines.push('    no theme found');
    for (const t of themes) {
      const { agree, neutral, disagree } = t.stance;
      const counts = stances ? `${plural(t.members.length, 'answer')}: ${agree} agree, ${neutral} neutral, ${disagree} disagree` : plural(t.members.length, 'section');
      lines.push(`  ${t.id}  ${clean(t.label)}  (${counts})`);
      lines.push(`      phrases: ${clean(t.phrases.join('; '))}`);
      for (const quote of t.quotes) lines.push(`      "${clean(shorten(quote.text.replace(/\s+/g, ' '), QUOTE_MAX))}" (${clean(quote.file)} ${quote.segment}, line ${quote.line})`);
    }
  }
  for (const c of campaigns) {
    lines.push(`campaign ${c.id}: ${plural(c.count, 'response')} alike, first ${clean(c.members[0]!.file)}`);
    lines.push(`    template: "${clean(shorten(c.template.replace(/\s+/g, ' '), QUOTE_MAX))}"`);
  }
  return lines.join('\n') + '\n';
}
