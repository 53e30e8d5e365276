import fs from 'node:fs';
import os from 'node:os';
import { describe, expect, it } from 'vitest';
import { MemberSpill } from '../../src/questions/spill.js';
import type { QuestionMember } from '../../src/report/schema.js';

const member = (file: string, i: number): QuestionMember => ({
  file,
  id: `s${i}`,
  title: 'A response',
  number: String(i),
  question: 'Do you agree?',
  stance: 'agree',
  source: 'explicit',
  themes: ['funding'],
  quote: { text: `Quote “${i}” with ünïcode and a line\nbreak`, line: i },
});

describe('the question members spill', () => {
  it('reads each group back in the order added, across many writes to disk', () => {
    const spill = new MemberSpill();
    const expected: QuestionMember[][] = [[], [], []];
    // Enough members for several megabyte flushes, interleaved across groups.
    for (let i = 0; i < 30_000; i++) {
      const group = i % 7 === 0 ? 2 : i % 2;
      const m = member(`doc-${i}.txt`, i);
      spill.add(group, m);
      expected[group]!.push(m);
    }
    for (const group of [0, 1, 2]) expect(spill.read(group)).toEqual(expected[group]);
    // Adding after reading, then reading again.
    spill.add(0, member('late.txt', 1));
    expect(spill.read(0).at(-1)!.file).toBe('late.txt');
    expect(spill.read(5)).toEqual([]);
    spill.close();
    expect(() => spill.read(0)).toThrow(/after the run closed/);
  });

  it('leaves no file behind', () => {
    const before = fs.readdirSync(os.tmpdir()).filter((f) => f.startsWith('csc-tag-members-'));
    const spill = new MemberSpill();
    for (let i = 0; i < 5000; i++) spill.add(0, member('a.txt', i));
    spill.read(0);
    const during = fs.readdirSync(os.tmpdir()).filter((f) => f.startsWith('csc-tag-members-'));
    spill.close();
    const after = fs.readdirSync(os.tmpdir()).filter((f) => f.startsWith('csc-tag-members-'));
    if (process.platform !== 'win32') expect(during).toEqual(before);
    expect(after).toEqual(before);
  });
});
