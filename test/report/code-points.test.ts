import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { codePointCounter } from '../../src/report/refi/code-points.js';

/** REFI-QDA positions are code points: a span cut by them from the code points is the span cut by UTF-16 offsets. */
describe('codePointCounter', () => {
  it('turns UTF-16 offsets at character boundaries into code point offsets', () => {
    const char = fc.constantFrom('a', ' ', '\n', '£', '“', '”', '😀', '👩‍👩‍👧', '🚀', 'é', '\u0301');
    fc.assert(
      fc.property(fc.array(char, { maxLength: 40 }), fc.nat(), fc.nat(), (chars, x, y) => {
        const text = chars.join('');
        // Offsets between code points, never inside a surrogate pair.
        const bounds = [0];
        for (const c of Array.from(text)) bounds.push(bounds[bounds.length - 1]! + c.length);
        const [a, b] = [bounds[x % bounds.length]!, bounds[y % bounds.length]!].sort((p, q) => p - q) as [number, number];
        const cp = codePointCounter(text);
        expect(Array.from(text).slice(cp(a), cp(b)).join('')).toBe(text.slice(a, b));
      }),
      { seed: 7, numRuns: 300 },
    );
  });
});
