import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ClosedWordings, normaliseWording } from '../../src/rules/closed-wording.js';
import type { RuleOf } from '../../src/rules/schema.js';

const rule = (id: string): RuleOf<'closed-answer'> => ({ id, kind: 'closed-answer', label: 'agree', forms: [], openings: [], needsProposalQuestion: false }) as unknown as RuleOf<'closed-answer'>;
const agree = rule('agree');
const strongly = rule('strongly');
const wordings = new ClosedWordings();
wordings.add('Agree', agree);
wordings.add('Strongly agree', strongly);
wordings.add('agree.', rule('later')); // the same wording again: the first rule keeps it
const plain = new Map([
  [normaliseWording('Agree'), agree],
  [normaliseWording('Strongly agree'), strongly],
]);

describe('closed-answer wordings', () => {
  it.each([
    ['Agree', agree],
    ['  **AGREE!**  ', agree],
    ['“Strongly   agree.”', strongly],
    ['Strongly agree with the proposal', undefined],
    ['Agree '.repeat(1000), undefined],
  ])('%j', (text, expected) => {
    expect(wordings.find(text)).toBe(expected);
  });

  it('finds exactly what normalising every text would', () => {
    const pieces = fc.constantFrom('agree', 'Strongly', ' ', '  ', '\n', '*', '_', '.', '!', '“', '”', '(', 'É', 'K', 'x', '1');
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 12 }), (parts) => {
        const text = parts.join('');
        expect(wordings.find(text)).toBe(plain.get(normaliseWording(text)));
      }),
      { seed: 7, numRuns: 2000 },
    );
  });
});
