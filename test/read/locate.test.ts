import { describe, expect, it } from 'vitest';
import { createLocator } from '../../src/read/index.js';

describe('createLocator', () => {
  const text = 'ab\ncd\n\n👍e';

  it.each([
    { name: 'first character is 1:1', offset: 0, point: { line: 1, column: 1, offset: 0 } },
    { name: 'the newline itself ends its line', offset: 2, point: { line: 1, column: 3, offset: 2 } },
    { name: 'just after a newline starts the next line', offset: 3, point: { line: 2, column: 1, offset: 3 } },
    { name: 'an empty line', offset: 6, point: { line: 3, column: 1, offset: 6 } },
    { name: 'columns count UTF-16 units, so a surrogate pair is two', offset: 9, point: { line: 4, column: 3, offset: 9 } },
    { name: 'end of text', offset: 10, point: { line: 4, column: 4, offset: 10 } },
    { name: 'past the end clamps to the end', offset: 99, point: { line: 4, column: 4, offset: 10 } },
    { name: 'negative clamps to the start', offset: -1, point: { line: 1, column: 1, offset: 0 } },
  ])('$name', ({ offset, point }) => {
    expect(createLocator(text)(offset)).toEqual(point);
  });

  it('empty text has one empty line', () => {
    const locate = createLocator('');
    expect(locate(0)).toEqual({ line: 1, column: 1, offset: 0 });
    expect(locate(5)).toEqual({ line: 1, column: 1, offset: 0 });
  });

  it('after a final newline, the end is on a new empty line', () => {
    expect(createLocator('a\n')(2)).toEqual({ line: 2, column: 1, offset: 2 });
  });

  it('agrees with counting from the top at every offset', () => {
    const sample = '\nQuestion 1\n\nYes, I agree.\n  indented\n\n\nlast';
    const locate = createLocator(sample);
    for (let offset = 0; offset <= sample.length; offset++) {
      const before = sample.slice(0, offset).split('\n');
      expect(locate(offset)).toEqual({ line: before.length, column: before.at(-1)!.length + 1, offset });
    }
  });
});
