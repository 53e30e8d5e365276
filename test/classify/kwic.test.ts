import { describe, expect, it } from 'vitest';
import { kwic } from '../../src/classify/kwic.js';
import { CscTagError } from '../../src/model/errors.js';

describe('kwic', () => {
  it('finds a word by its stem, with the text either side', () => {
    const lines = kwic('We welcomed it. They welcome it too.', 'welcome', 5);
    expect(lines.map((l) => [l.left, l.match, l.right])).toEqual([
      ['  We ', 'welcomed', ' it. '],
      ['They ', 'welcome', ' it t'],
    ]);
  });

  it.each(['~', '(a|', '...'])('a term that is no phrase (%j) is a usage error saying why, not a bug', (term) => {
    let thrown: unknown;
    try {
      kwic('some text', term);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(CscTagError);
    expect((thrown as CscTagError).code).toBe('usage');
    expect((thrown as CscTagError).message).toMatch(/^term /);
  });
});
