import type { Element } from 'hast';
import { h } from 'hastscript';
import type { Skipped, Summary } from '../../model/schema.js';
import { STANCE_LABELS } from '../../model/stance-labels.js';
import { barLabel, stanceBar, type StanceCounts } from './bars.js';

/** One document's row of the document-by-theme grid: how many of its segments raise each theme. */
export interface DocumentThemes {
  index: number;
  file: string;
  title: string;
  segments: number;
  themes: Record<string, number>;
}

const cell = (n: number): Element => h('td.n', String(n));
/** Heat classes for the grid, by share of the document's segments: none, some, a quarter, a half, three quarters. */
const heat = (n: number, of: number): string => (n === 0 || of === 0 ? '' : `heat${Math.min(4, 1 + Math.floor((4 * n) / of))}`);

export function summarySection(summary: Summary, themes: readonly string[], documents: readonly DocumentThemes[], skipped: readonly Skipped[]): Element {
  const stance = Object.fromEntries(STANCE_LABELS.map((l) => [l, summary.stance[l] ?? 0])) as StanceCounts;
  const children: Element[] = [
    h('h2#summary-title', 'Summary'),
    h('ul.counts', [
      h('li', [h('b', String(summary.documents)), 'documents']),
      h('li', [h('b', String(summary.segments)), 'segments']),
      h('li', [h('b', String(summary.questions)), 'answers to questions']),
      h('li', [h('b', String(summary.skipped)), 'inputs skipped']),
    ]),
    h('h3', 'Stance of the answers'),
    stanceBar(barLabel('All questions', stance, summary.questions, 'answers'), stance),
    h(
      'p',
      STANCE_LABELS.flatMap((l) => [h(`span.key.${l}`, { 'aria-hidden': 'true' }), `${l} ${stance[l]}`]),
    ),
  ];
  if (skipped.length > 0) {
    children.push(
      h('h3', 'Skipped'),
      h(
        'ul',
        skipped.map((x) => h('li', [h('b', x.file), `: ${x.reason} (${x.code})`])),
      ),
    );
  }
  if (themes.length > 0) {
    children.push(
      h('h3#theme-by-stance', 'Themes by stance'),
      h('table', { 'aria-labelledby': 'theme-by-stance' }, [
        h('thead', h('tr', [h('th', { scope: 'col' }, 'theme'), h('th', { scope: 'col' }, 'segments'), ...STANCE_LABELS.map((l) => h('th', { scope: 'col' }, l))])),
        h(
          'tbody',
          themes.map((t) => h('tr', [h('th', { scope: 'row' }, t), cell(summary.themes[t] ?? 0), ...STANCE_LABELS.map((l) => cell(summary.themeByStance[t]?.[l] ?? 0))])),
        ),
      ]),
      h('h3#document-by-theme', 'Documents by theme'),
      h('p.muted', 'Segments of each document that raise each theme; darker is a larger share of the document.'),
      h('table', { 'aria-labelledby': 'document-by-theme' }, [
        h('thead', h('tr', [h('th', { scope: 'col' }, 'document'), h('th', { scope: 'col' }, 'segments'), ...themes.map((t) => h('th', { scope: 'col' }, t))])),
        h(
          'tbody',
          documents.map((d) =>
            h('tr', [
              h('th', { scope: 'row', title: d.title || undefined }, d.file),
              cell(d.segments),
              ...themes.map((t) => h('td.n', { className: heat(d.themes[t] ?? 0, d.segments) || undefined }, String(d.themes[t] ?? 0))),
            ]),
          ),
        ),
      ]),
    );
  }
  return h('section#summary', { 'aria-labelledby': 'summary-title' }, children);
}
