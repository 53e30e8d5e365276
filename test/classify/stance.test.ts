import { describe, expect, it } from 'vitest';
import { loadCompiledRules } from '../../src/pipeline/load-rules.js';
import { tagText } from '../../src/pipeline/tag-text.js';

const rules = loadCompiledRules();
const POSITION_Q = 'Question 1: To what extent do you agree with the proposal for a single Family Help Service?';
const OPEN_Q = 'Question 1: How can we make a success of embedding a family first culture?';

async function stanceOf(answer: string, question = POSITION_Q) {
  const doc = await tagText(`${question}\n\n${answer}\n`, { rules });
  const segment = doc.segments.find((s) => s.kind === 'question')!;
  const deciding = segment.stance.evidence.find((e) => e.role === 'decides');
  return { label: segment.stance.label, source: segment.stance.source, rule: deciding?.rule ?? null };
}

describe('stance (LABELS.md, Stance)', () => {
  it.each([
    // Rule 1: a closed answer wins over the text after it.
    { name: 'closed agree line', answer: 'Agree.\n\nBut we have serious concerns about funding.', label: 'agree', source: 'explicit', rule: 'stance.closed.agree' },
    { name: 'closed neutral then warm words', answer: 'Neutral.\n\nWe welcome the focus on families and fully support it.', label: 'neutral', source: 'explicit', rule: 'stance.closed.neutral' },
    { name: 'closed strongly disagree', answer: 'Strongly disagree', label: 'disagree', source: 'explicit', rule: 'stance.closed.disagree' },
    { name: "closed don't know, curly apostrophe", answer: 'Don’t know', label: 'neutral', source: 'explicit', rule: 'stance.closed.neutral' },
    { name: 'closed answer with a reason on the same line', answer: 'Disagree – the plan will not work in rural areas.', label: 'disagree', source: 'explicit', rule: 'stance.closed.disagree' },
    // Rule 2: hedged closed answers keep their direction.
    { name: 'somewhat supportive sentence', answer: 'We are somewhat supportive of the working definition.', label: 'agree', source: 'explicit', rule: 'stance.closed.agree' },
    { name: 'tend to disagree', answer: 'Tend to disagree.', label: 'disagree', source: 'explicit', rule: 'stance.closed.disagree' },
    { name: 'not supportive sentence', answer: 'We are not supportive of this proposal as drafted.', label: 'disagree', source: 'explicit', rule: 'stance.closed.disagree' },
    // Yes and No count after a question about a proposal.
    { name: 'yes with reason', answer: 'Yes, this will help families.', label: 'agree', source: 'explicit', rule: 'stance.closed.yes' },
    { name: 'no with reason', answer: 'No. It will add bureaucracy.', label: 'disagree', source: 'explicit', rule: 'stance.closed.no' },
    { name: '"No one" is not a closed No', answer: 'No one should have to wait this long for help.', label: 'neutral', source: 'inferred', rule: null },
    // None: cross-references and empty answers.
    { name: 'see above', answer: 'See above.', label: 'none', source: 'none', rule: 'stance.none.cross-reference' },
    { name: 'see the response to question 18', answer: 'Please see the response to question 18.', label: 'none', source: 'none', rule: 'stance.none.cross-reference' },
    { name: 'N/A', answer: 'N/A', label: 'none', source: 'none', rule: 'stance.none.cross-reference' },
    // Inferred: cues, negation (rule 5), contrast (rule 3), reservations.
    { name: 'we support', answer: 'We support the proposal and would like to see it piloted widely.', label: 'agree', source: 'inferred', rule: 'stance.cue.support' },
    { name: 'we do not support', answer: 'We do not support the proposal.', label: 'disagree', source: 'inferred', rule: 'stance.cue.support' },
    { name: 'cannot support', answer: 'We cannot support a change of this kind.', label: 'disagree', source: 'inferred', rule: 'stance.cue.oppose' },
    { name: 'not opposed is agree', answer: 'We are not opposed to the proposal.', label: 'agree', source: 'inferred', rule: 'stance.cue.oppose' },
    { name: 'not convinced', answer: 'We are not convinced that a single service will reach the families who need it.', label: 'disagree', source: 'inferred', rule: 'stance.cue.oppose' },
    { name: 'fail to', answer: 'The missions cover important ground. However, they fail to be truly ambitious for children.', label: 'disagree', source: 'inferred', rule: 'stance.policy' },
    {
      name: 'support with a suggestion stays agree',
      answer: 'We welcome the proposal. It would be helpful to publish guidance for schools.',
      label: 'agree',
      source: 'inferred',
      rule: 'stance.cue.support',
    },
    {
      name: 'support balanced by a strong reservation',
      answer: 'We welcome the aim. However, we are concerned that it is unfunded, and it is unclear how councils will deliver it; there are serious risks for children.',
      label: 'neutral',
      source: 'inferred',
      rule: 'stance.cue.support',
    },
    { name: 'reservations alone are neutral, not disagree', answer: 'We are concerned about the timetable.', label: 'neutral', source: 'inferred', rule: 'stance.cue.concern' },
    {
      name: 'criticism of funding levels while welcoming the proposal (rule 4)',
      answer: 'We welcome the proposal for a single service. Current funding levels are insufficient.',
      label: 'agree',
      source: 'inferred',
      rule: 'stance.cue.support',
    },
    { name: 'no cue at all', answer: 'The council has run family hubs since 2019 in three towns.', label: 'neutral', source: 'inferred', rule: null },
  ])('$name', async ({ answer, label, source, rule }) => {
    expect(await stanceOf(answer)).toEqual({ label, source, rule });
  });

  it.each([
    { name: 'open question answered with suggestions is neutral', answer: 'Councils need time to plan. Training for staff would help.', label: 'neutral', rule: null },
    {
      name: 'open question opening with support is agree',
      answer: 'We fully support involving families early. Conferences should be offered to every family.',
      label: 'agree',
      rule: 'stance.cue.support',
    },
    {
      name: 'open question: support only deep in a long answer stays neutral',
      answer: 'Councils need time to plan.\n\nThey also need data.\n\nWe welcome the review of legislation.',
      label: 'neutral',
      rule: null,
    },
    { name: '"Yes" to an open question is not a closed answer', answer: 'Yes. Councils need time to plan and data to learn from.', label: 'neutral', rule: null },
  ])('$name', async ({ answer, label, rule }) => {
    const result = await stanceOf(answer, OPEN_Q);
    expect({ label: result.label, rule: label === 'neutral' ? null : result.rule }).toEqual({ label, rule });
  });

  it('records the negator that flipped a cue', async () => {
    const doc = await tagText(`${POSITION_Q}\n\nWe do not support the proposal.\n`, { rules });
    const roles = doc.segments[0]!.stance.evidence.map((e) => [e.role, e.text]);
    expect(roles).toContainEqual(['negates', 'not']);
  });
});
