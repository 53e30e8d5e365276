import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadCompiledRules } from '../../../src/pipeline/load-rules.js';
import { tagText } from '../../../src/pipeline/tag-text.js';
import { expectEvidenceValid } from '../../helpers/evidence.js';

// Answers made up in the shapes the public and organisations write in; none is copied from a development set.
const rules = loadCompiledRules();
const POSITION_Q = 'Question 1: Do you agree with the proposal to move the weekly market to the old bus station?';
const OPEN_Q = 'Question 1: What else should the council take into account?';

async function stanceOf(answer: string, question = POSITION_Q) {
  const text = `${question}\n\n${answer}\n`;
  const doc = await tagText(text, { rules });
  const segment = doc.segments.find((s) => s.kind === 'question')!;
  expectEvidenceValid(text, doc);
  const deciding = segment.stance.evidence.find((e) => e.role === 'decides');
  return { label: segment.stance.label, reason: segment.stance.reason, confidence: segment.stance.confidence, rule: deciding?.rule ?? null };
}

describe('stated positions in every voice', () => {
  it.each([
    { voice: 'no pronoun', answer: 'Fully support.', label: 'agree', rule: 'stance.cue.position-for' },
    { voice: 'no pronoun, against', answer: 'Totally against this.', label: 'disagree', rule: 'stance.cue.position-against' },
    { voice: 'nominal, first person', answer: 'I wish to register my strong opposition to the move.', label: 'disagree', rule: 'stance.cue.position-against' },
    { voice: 'nominal, plural', answer: 'Our support for the move is unqualified.', label: 'agree', rule: 'stance.cue.position-for' },
    { voice: 'named body, third person', answer: 'The Parish Council supports this proposal.', label: 'agree', rule: 'stance.cue.position-for' },
    { voice: 'named body, negated', answer: 'The Traders Association does not support the proposal.', label: 'disagree', rule: 'stance.cue.position-for' },
    { voice: 'named body, resists', answer: 'Eastbridge Market Traders strongly resist the move.', label: 'disagree', rule: 'stance.cue.position-against' },
    { voice: 'first person, in favour', answer: 'Personally I am in favour, the bus station is easier to reach.', label: 'agree', rule: 'stance.cue.support' },
    { voice: 'status quo, no pronoun', answer: 'Leave it alone. The square works as it is.', label: 'disagree', rule: 'stance.cue.status-quo' },
    { voice: 'turned down in a word', answer: 'No thanks.', label: 'disagree', rule: 'stance.cue.status-quo' },
    { voice: 'shared subject, first person', answer: 'We share the aim but cannot support a move this far out.', label: 'disagree', rule: 'stance.cue.position-for' },
    { voice: 'shared subject, named body', answer: 'The Traders Association welcomes the aim but does not support the move.', label: 'disagree', rule: 'stance.cue.position-for' },
    { voice: 'sarcasm', answer: 'Brilliant, so now the stalls are a bus ride from the shops.', label: 'disagree', rule: 'stance.cue.sarcasm' },
    { voice: 'conclusion', answer: 'The square is lovely on a Saturday and the stalls bring people in. I have thought about it and I oppose this.', label: 'disagree', rule: 'stance.cue.oppose' },
  ])('$voice: $answer', async ({ answer, label, rule }) => {
    const stance = await stanceOf(answer);
    expect(stance.label).toBe(label);
    expect(stance.rule).toBe(rule);
  });

  it.each([
    { scope: 'relative clause', answer: 'Moving the market would leave many of the families we support without a stall to visit.' },
    { scope: 'relative clause with that', answer: 'Many of the stallholders that we support have traded there for years.' },
    { scope: 'a body supporting something else', answer: 'The council supports families in many ways already.' },
    { scope: 'a denied objection conceded before a turn', answer: 'Not against moving it, but the bus station is too far from the shops and nobody will walk there.' },
  ])('a position word about something else is no position on the proposal ($scope)', async ({ answer }) => {
    const stance = await stanceOf(answer);
    expect(stance.rule).not.toBe('stance.cue.position-for');
    expect(stance.label).not.toBe('agree');
  });

  it.each([{ answer: 'We do not have a view on the location itself.' }, { answer: 'No strong feelings either way, to be honest.' }, { answer: "I don't know enough about the bus station to say." }])(
    'a stated lack of position is neutral, with confidence: $answer',
    async ({ answer }) => {
      const stance = await stanceOf(answer);
      expect(stance).toMatchObject({ label: 'neutral', reason: 'states no position', rule: 'stance.cue.no-position' });
      expect(stance.confidence).toBeGreaterThanOrEqual(0.8);
    },
  );
});

describe('properties of a stated position', () => {
  const subject = fc.constantFrom(['I', 'support', 'do not support'], ['We', 'support', 'do not support'], ['The Town Council', 'supports', 'does not support']);
  const object = fc.constantFrom('this proposal', 'the plan', 'the move');
  const fact = fc.constantFrom('The market has run since 1990.', 'There are forty stalls on a busy day.', 'The bus station closed in 2019.');

  it('negating a stated position flips it', async () => {
    await fc.assert(
      fc.asyncProperty(subject, object, async ([who, yes, no], what) => {
        expect((await stanceOf(`${who} ${yes} ${what}.`)).label).toBe('agree');
        expect((await stanceOf(`${who} ${no} ${what}.`)).label).toBe('disagree');
      }),
      { numRuns: 20, seed: 7 },
    );
  });

  it('an unrelated factual sentence never changes the label', async () => {
    await fc.assert(
      fc.asyncProperty(subject, object, fact, fc.boolean(), async ([who, yes], what, extra, before) => {
        const stated = `${who} ${yes} ${what}.`;
        const answer = before ? `${extra} ${stated}` : `${stated} ${extra}`;
        expect((await stanceOf(answer)).label).toBe((await stanceOf(stated)).label);
      }),
      { numRuns: 20, seed: 11 },
    );
  });

  it('the same answer under an open question is neutral', async () => {
    await fc.assert(
      fc.asyncProperty(fact, object, async (extra, what) => {
        expect((await stanceOf(`${extra} It would be good to have more seating near ${what}.`, OPEN_Q)).label).toBe('neutral');
      }),
      { numRuns: 10, seed: 3 },
    );
  });
});

describe('negation scope', () => {
  it('a negator before a verb of belief reaches the whole clause it introduces', async () => {
    const stated = await stanceOf('As a small market town, we think the bus station is a sensible home for it.');
    const negated = await stanceOf('As a small market town, we do not think the bus station is a sensible home for it.');
    expect(stated.label).toBe('agree');
    expect(negated.label).toBe('disagree');
  });
});

describe('arguments as the public makes them', () => {
  it.each([
    { name: 'something else instead', answer: 'Spend the money on repairing the square instead.', label: 'disagree', code: 'argument-counter' },
    { name: 'a verbless exclamation judges the proposal', answer: 'Ridiculous.', label: 'disagree', code: 'argument-proposal' },
    { name: 'a consequence for people', answer: 'It would leave older shoppers with nowhere to buy fresh food.', label: 'disagree', code: 'argument-consequence' },
  ])('$name: $answer', async ({ answer, label, code }) => {
    const text = `${POSITION_Q}\n\n${answer}\n`;
    const doc = await tagText(text, { rules });
    const stance = doc.segments.find((s) => s.kind === 'question')!.stance;
    expect(stance.label).toBe(label);
    expect(stance.code).toBe(code);
  });
});

describe('an answer not in English', () => {
  it('is left to a reviewer: neutral, at low confidence, code not-english; a closed answer before it still decides', async () => {
    const welsh = await stanceOf('Rydym yn cefnogi’r cynnig hwn yn llwyr, ac mae’n bwysig i’n cymuned ni yn y dref.');
    expect(welsh).toMatchObject({ label: 'neutral', reason: 'not English' });
    expect(welsh.confidence).toBeLessThan(0.5);
    expect((await stanceOf('Agree.\n\nRydym yn cefnogi’r cynnig hwn yn llwyr, ac mae’n bwysig i’n cymuned ni yn y dref.')).label).toBe('agree');
  });
});
