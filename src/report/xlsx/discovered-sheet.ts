import type { Cell, SheetData } from 'write-excel-file/node';
import type { QuestionTotals } from '../../model/run-end.js';
import type { Campaign, DiscoveredProse } from '../../model/schema.js';

type CellOf = { text: (value: string, wrap?: boolean) => Cell; number: (value: number) => Cell; header: (names: readonly string[]) => Cell[] };

/**
 * The `discovered` sheet: a row per theme discovered in a question's answers
 * (its label, answers by stance, phrases and quotes), and each question's
 * counts without campaign responses; then the prose's themes.
 */
export function discoveredSheet(questions: readonly QuestionTotals[], prose: DiscoveredProse, { text, number, header }: CellOf): SheetData {
  const rows: SheetData = [
    header(['question_group', 'question', 'theme', 'label', 'answers', 'agree', 'neutral', 'disagree', 'phrases', 'quotes', 'respondents_without_campaigns', 'answered_without_campaigns']),
  ];
  const groups = [
    ...questions.flatMap((g) =>
      g.discovered ? [{ id: g.id, text: g.text, themes: g.discovered.themes, without: g.discovered.withoutCampaigns as { respondents: number; answered: number } | undefined }] : [],
    ),
    { id: 'prose', text: '(prose sections)', themes: prose.themes, without: undefined },
  ];
  for (const g of groups) {
    const without = g.without ? [number(g.without.respondents), number(g.without.answered)] : [];
    if (g.themes.length === 0 && g.without) rows.push([text(g.id), text(g.text, true), null, null, number(0), null, null, null, null, null, ...without]);
    for (const t of g.themes) {
      const quotes = t.quotes.map((q) => `“${q.text}” (${q.file}, ${q.segment}, line ${q.line})`).join('\n');
      rows.push([
        text(g.id),
        text(g.text, true),
        text(t.id),
        text(t.label),
        number(t.members.length),
        number(t.stance.agree),
        number(t.stance.neutral),
        number(t.stance.disagree),
        text(t.phrases.join('; '), true),
        text(quotes, true),
        ...without,
      ]);
    }
  }
  return rows;
}

/** The `campaigns` sheet: each campaign's size, template and members. */
export function campaignsSheet(campaigns: readonly Campaign[], { text, number, header }: CellOf): SheetData {
  return [
    header(['campaign', 'count', 'template', 'members']),
    ...campaigns.map((c) => [text(c.id), number(c.count), text(c.template, true), text(c.members.map((m) => (m.segment === undefined ? m.file : `${m.file} ${m.segment}`)).join('\n'), true)]),
  ];
}
