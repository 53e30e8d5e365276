import type { Element } from 'hast';
import { h } from 'hastscript';
import { keyMember, stanceSentence, themeSentence } from '../question-prose.js';
import type { MemberChunks, QuestionTotals } from '../../model/run-end.js';
import { STANCE_LABELS } from '../../model/stance-labels.js';
import { byCodeUnit } from '../../text/utils.js';
import { barLabel, stanceBar, type StanceCounts } from './bars.js';
import { discoveredView } from './discovered-view.js';

/** Stance counts by value of each respondent attribute, where the survey readers give a group one (`byAttribute`). */
function byAttribute(group: QuestionTotals): [string, [string, StanceCounts][]][] {
  const raw = (group as { byAttribute?: unknown }).byAttribute;
  if (typeof raw !== 'object' || raw === null) return [];
  return Object.entries(raw as Record<string, Record<string, Partial<StanceCounts>>>)
    .sort((a, b) => byCodeUnit(a[0], b[0]))
    .map(([attribute, values]) => [
      attribute,
      Object.entries(values ?? {})
        .sort((a, b) => byCodeUnit(a[0], b[0]))
        .map(([value, counts]): [string, StanceCounts] => [value, Object.fromEntries(STANCE_LABELS.map((l) => [l, Number(counts?.[l] ?? 0)])) as StanceCounts]),
    ]);
}

/**
 * One question group: its stance bar and sentence, the breakdown by
 * respondent attribute where there is one, and every answer with its quote
 * and a button that opens it in the reader (`docIndex` finds its document).
 */
export function questionSection(group: QuestionTotals, chunks: MemberChunks, docIndex: ReadonlyMap<string, number>, campaigns = false, phrases: Readonly<Record<string, string>> = {}): Element {
  const id = `question-${group.id}`;
  const children: (Element | string)[] = [h('h3', { id }, `${group.id}${group.number ? ` (${group.number})` : ''}: ${group.text}`)];
  if (group.respondents === 0) return h('section.question', { 'aria-labelledby': id }, [...children, h('p', 'No respondent answered this question.')]);
  children.push(stanceBar(barLabel(group.id, group.stance, group.respondents, 'respondents'), group.stance), h('p', `${stanceSentence(group, chunks)} ${themeSentence(group, phrases)}`));
  const key = keyMember(group, chunks);
  if (key?.quote) children.push(h('blockquote', [h('p', `“${key.quote.text}”`), h('footer.muted', `Key quote: ${key.title || key.file} (${key.file}, ${key.id}), line ${key.quote.line}`)]));
  children.push(...discoveredView(group, campaigns));
  for (const [attribute, values] of byAttribute(group)) {
    children.push(
      h('table', [
        h('caption', `By ${attribute}`),
        h('thead', h('tr', [h('th', { scope: 'col' }, attribute), ...STANCE_LABELS.map((l) => h('th', { scope: 'col' }, l)), h('th', { scope: 'col' }, 'stance')])),
        h(
          'tbody',
          values.map(([value, counts]) =>
            h('tr', [
              h('th', { scope: 'row' }, value),
              ...STANCE_LABELS.map((l) => h('td.n', String(counts[l]))),
              h(
                'td',
                stanceBar(
                  barLabel(
                    `${attribute} ${value}`,
                    counts,
                    STANCE_LABELS.reduce((n, l) => n + counts[l], 0),
                    'respondents',
                  ),
                  counts,
                ),
              ),
            ]),
          ),
        ),
      ]),
    );
  }
  // The page lists every answer in one element, so the group's members are read whole here.
  const members = [...chunks].flat();
  children.push(
    h('details', [
      h('summary', `${members.length} answer${members.length === 1 ? '' : 's'}, each with its quote`),
      h('table', [
        h(
          'thead',
          h(
            'tr',
            ['respondent', 'stance', 'themes', 'key quote', ''].map((c) => h('th', { scope: 'col' }, c)),
          ),
        ),
        h(
          'tbody',
          members.map((m) =>
            h('tr', [
              h('td', [m.title || m.file, h('br'), h('span.muted', `${m.file}, ${m.id}`)]),
              h('td', [h(`span.stance.${m.stance}`, m.stance), m.source === 'explicit' ? ' (explicit)' : '']),
              h(
                'td',
                m.themes.map((t) => h('span.tag', t)),
              ),
              h('td', m.quote ? `L${m.quote.line}: “${m.quote.text}”` : ''),
              h('td', h('button.read', { type: 'button', 'data-seg': `${docIndex.get(m.file) ?? ''}:${m.id}`, 'aria-label': `Read ${m.id} of ${m.file}` }, 'read')),
            ]),
          ),
        ),
      ]),
    ]),
  );
  return h('section.question', { 'aria-labelledby': id }, children);
}
