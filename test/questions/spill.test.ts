import fs from 'node:fs';
import os from 'node:os';
import { describe, expect, it } from 'vitest';
import { MemberSpill } from '../../src/questions/spill.js';
import type { QuestionMember } from '../../src/model/schema.js';

/** A group's members whole, read back chunk by chunk. */
const read = (spill: MemberSpill, group: number): QuestionMember[] => [...spill.chunks(group)].flat();

const member = (file: string, i: number): QuestionMember => ({
  file,
  id: `s${i}`,
  title: 'A response',
  respondent: 'A response',
  number: String(i),
  question: 'Do you agree?',
  stance: 'agree',
  source: 'explicit',
  code: 'closed-answer',
  reason: 'closed answer',
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
    for (const group of [0, 1, 2]) expect(read(spill, group)).toEqual(expected[group]);
    // Adding after reading, then reading again.
    spill.add(0, member('late.txt', 1));
    expect(read(spill, 0).at(-1)!.file).toBe('late.txt');
    expect(read(spill, 5)).toEqual([]);
    spill.close();
    expect(() => read(spill, 0)).toThrow(/after the run closed/);
  });

  it('leaves no file behind', () => {
    const before = fs.readdirSync(os.tmpdir()).filter((f) => f.startsWith('csc-tag-members-'));
    const spill = new MemberSpill();
    for (let i = 0; i < 5000; i++) spill.add(0, member('a.txt', i));
    read(spill, 0);
    const during = fs.readdirSync(os.tmpdir()).filter((f) => f.startsWith('csc-tag-members-'));
    spill.close();
    const after = fs.readdirSync(os.tmpdir()).filter((f) => f.startsWith('csc-tag-members-'));
    if (process.platform !== 'win32') expect(during).toEqual(before);
    expect(after).toEqual(before);
  });
});

describe('question alignment keeps memory flat', () => {
  it('holds far less than the members it has gathered', async () => {
    const { QuestionAligner } = await import('../../src/questions/align.js');
    const v8 = await import('node:v8');
    const vm = await import('node:vm');
    v8.setFlagsFromString('--expose-gc');
    const gc = vm.runInNewContext('gc') as () => void;
    const aligner = new QuestionAligner(['funding']);
    const quote = (i: number): string => `Respondent ${i} says: ${'we are concerned about the funding of this proposal '.repeat(4)}`;
    const doc = (i: number) => ({
      file: `response-${i}.txt`,
      title: `Response ${i}`,
      respondent: { name: `Response ${i}` },
      segments: [1, 2, 3].map((n) => ({
        id: `s${n}`,
        kind: 'question' as const,
        number: String(n),
        question: `Do you agree with proposal ${n} on the funding of kinship care?`,
        stance: {
          label: 'disagree' as const,
          source: 'inferred' as const,
          code: 'stated-opposition' as const,
          reason: 'opposition outweighs support',
          evidence: [{ role: 'decides' as const, text: quote(i), line: n }],
        },
        themes: [{ theme: 'funding' }],
      })),
    });
    for (let i = 0; i < 100; i++) aligner.addDocument(doc(i));
    gc();
    const before = process.memoryUsage().heapUsed;
    // 30,000 members with 200-character quotes: about 20 MB were they held.
    for (let i = 100; i < 10_100; i++) aligner.addDocument(doc(i));
    gc();
    const grown = (process.memoryUsage().heapUsed - before) / 1e6;
    expect(grown).toBeLessThan(5);
    const { questions } = aligner.result();
    expect(questions.map((q) => q.respondents)).toEqual([10_100, 10_100, 10_100]);
    expect([...aligner.members(questions[0]!.id)].flat().at(-1)!.quote!.text).toBe(`${quote(10_099).slice(0, 199)}…`);
    aligner.close();
  });
});
