import { describe, expect, it } from 'vitest';
import { loadCompiledRules } from '../../src/pipeline/load-rules.js';
import { tagText } from '../../src/pipeline/tag-text.js';

const rules = loadCompiledRules();
async function themesOf(answer: string): Promise<string[]> {
  const doc = await tagText(`Question 1: What more can be done to help families?\n\n${answer}\n`, { rules });
  return doc.segments[0]!.themes.map((t) => t.theme);
}

describe('themes: substantive, not in passing (LABELS.md, Themes)', () => {
  it.each([
    { name: 'funding: budgets and settlements', answer: 'Councils need multi-year funding settlements to plan services.', themes: ['funding'] },
    { name: 'funding: £ figures', answer: 'The strategy commits £200 million, far short of what is needed.', themes: ['funding'] },
    { name: 'workforce: caseloads and vacancies', answer: 'Social workers carry caseloads that are far too high, and vacancies are rising.', themes: ['workforce'] },
    { name: 'workforce: staff alone is passing', answer: 'The leaflet should be read by staff, families and partners.', themes: [] },
    { name: 'kinship: grandparents raising grandchildren', answer: 'Grandparents who take in a grandchild need the same support as foster carers.', themes: ['kinship'] },
    { name: 'kinship: family group conferencing', answer: 'Early family group conferencing will benefit many children.', themes: ['kinship'] },
    { name: 'multi-agency: information sharing', answer: 'Information and data sharing between agencies is still a barrier.', themes: ['multi-agency'] },
    { name: 'multi-agency: agencies named together', answer: 'The NHS, the police and schools must all attend the meetings.', themes: ['multi-agency'] },
    { name: 'multi-agency: one agency in passing', answer: 'Children with health needs should be seen quickly.', themes: [] },
    { name: 'several themes in one answer', answer: 'Kinship carers need allowances. Social workers need lower caseloads.', themes: ['funding', 'kinship', 'workforce'] },
    { name: 'carers training is not workforce', answer: 'Care leavers need training and employment opportunities.', themes: [] },
  ])('$name', async ({ answer, themes }) => {
    expect(await themesOf(answer)).toEqual(themes);
  });

  it('quotes the sentences that carry a theme, with rule ids', async () => {
    const doc = await tagText('Question 1: What more can be done?\n\nWe welcome it. Councils need long-term funding settlements.\n', { rules });
    const [funding] = doc.segments[0]!.themes;
    expect(funding!.evidence.map((e) => [e.text, e.rule, e.line, e.column])).toEqual([['Councils need long-term funding settlements.', 'theme.funding', 3, 16]]);
  });
});
