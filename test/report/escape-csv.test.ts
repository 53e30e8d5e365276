import { describe, expect, it } from 'vitest';
import { neutraliseCell } from '../../src/report/escape-csv.js';

describe('neutraliseCell', () => {
  it.each([
    { value: '=1+1', expected: "'=1+1" },
    { value: '+44 20 7946 0000', expected: "'+44 20 7946 0000" },
    { value: '-2+3', expected: "'-2+3" },
    { value: '@SUM(A1:A2)', expected: "'@SUM(A1:A2)" },
    { value: '\t=1', expected: "'\t=1" },
    { value: '\r=1', expected: "'\r=1" },
    { value: 'plain text', expected: 'plain text' },
    { value: 'a=b', expected: 'a=b' },
    { value: "'=already", expected: "'=already" },
    { value: '', expected: '' },
  ])('neutraliseCell($value)', ({ value, expected }) => {
    expect(neutraliseCell(value)).toBe(expected);
  });
});
