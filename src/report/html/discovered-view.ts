import { h } from 'hastscript';
import type { QuestionTotals } from '../../model/run-end.js';
import type { Element } from 'hast';
import type { Campaign, DiscoveredProse, DiscoveredTheme } from '../../model/schema.js';

/**
 * "What people said": the themes discovered in a question's answers, each
 * with its answers by stance, its phrases and its quotes. Document text goes
 * in as text nodes only, as everywhere in the page.
 */
export function discoveredView(group: QuestionTotals, campaigns: boolean): Element[] {
  const found = group.discovered;
  const out: Element[] = [];
  if (found && campaigns) {
    const { respondents, answered, stance } = found.withoutCampaigns;
    out.push(h('p.muted', `Without campaign responses: ${respondents} respondents, ${answered} answered (${stance.agree} agree, ${stance.neutral} neutral, ${stance.disagree} disagree).`));
  }
  if (!found || found.themes.length === 0) return out;
  out.push(h('div.discovered', [h('h4', `What people said (themes discovered in ${found.answers} answers)`), themeList(found.themes, 'answer')]));
  return out;
}

/** "What the prose said": the themes of every document's prose sections. */
export function proseView(prose: DiscoveredProse): Element | undefined {
  if (prose.themes.length === 0) return undefined;
  return h('section#prose', { 'aria-labelledby': 'prose-title' }, [
    h('h2#prose-title', 'What the prose said'),
    h('p', `Themes discovered in ${prose.sections} prose sections (letters, and text outside any question).`),
    themeList(prose.themes, 'section'),
  ]);
}

/** `unit`: what a member is, an answer or a prose section (which has no stance to count). */
function themeList(themes: readonly DiscoveredTheme[], unit: 'answer' | 'section'): Element {
  return h(
    'ul',
    themes.map((t) =>
      h('li', [
        h('b', t.label),
        unit === 'answer'
          ? ` (${t.id}): ${t.members.length} answer${t.members.length === 1 ? '' : 's'}, ${t.stance.agree} agree, ${t.stance.neutral} neutral, ${t.stance.disagree} disagree`
          : ` (${t.id}): ${t.members.length} section${t.members.length === 1 ? '' : 's'}`,
        h('br'),
        h('span.muted', `phrases: ${t.phrases.join('; ')}`),
        ...t.quotes.map((q) => h('blockquote', [h('p', `“${q.text}”`), h('footer.muted', `${q.file}, ${q.segment}, line ${q.line}`)])),
      ]),
    ),
  );
}

/** The run's campaigns: each one's size, template and members. */
export function campaignsView(campaigns: readonly Campaign[]): Element | undefined {
  if (campaigns.length === 0) return undefined;
  return h('section#campaigns', { 'aria-labelledby': 'campaigns-title' }, [
    h('h2#campaigns-title', 'Campaign responses'),
    h('p', 'Near-identical responses (the same template, a name or a sentence changed), counted apart in each question.'),
    ...campaigns.map((c) =>
      h('details', [
        h('summary', `${c.id}: ${c.count} responses`),
        h('blockquote', h('p', `“${c.template}”`)),
        h(
          'ul',
          c.members.map((m) => h('li', m.segment === undefined ? m.file : `${m.file}, ${m.segment}`)),
        ),
      ]),
    ),
  ]);
}
