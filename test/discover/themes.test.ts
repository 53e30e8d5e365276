import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { DiscoveredTheme, Report } from '../../src/model/schema.js';
import { wordsOf } from '../../src/text/tokens.js';
import { runCli } from '../helpers/run-cli.js';

interface ThemesJson {
  questions: { group: string; question: string; answers: number; themes: DiscoveredTheme[] }[];
}

/** Made-up answers in the voices of three consultations (a library closure, a bus service, children's social care). */
const LIBRARY = 'fixtures/discover/library.csv';
const BUSES = 'fixtures/discover/buses.csv';
const KINSHIP = 'fixtures/discover/kinship.csv';

async function themes(...args: string[]): Promise<ThemesJson> {
  const { code, stdout, stderr } = await runCli(['themes', '--json', ...args]);
  expect(stderr).toBe('');
  expect(code).toBe(0);
  return JSON.parse(stdout) as ThemesJson;
}

const row = (file: string): string => file.slice(file.indexOf('#row=') + 5);
const rows = (theme: DiscoveredTheme): string[] => theme.members.map((m) => row(m.file));

describe('theme discovery', () => {
  it('puts answers about the same thing in other words into one theme, through the answers that use both', async () => {
    const q2 = (await themes('--no-builtin-themes', BUSES)).questions[1]!;
    expect(q2.question).toMatch(/bus travel/);
    // Row 2 speaks of drivers, row 4 of the timetable: row 5 ("Drivers ignore the timetable") joins them.
    const drivers = q2.themes.find((t) => t.phrases.includes('drivers'))!;
    expect(drivers.phrases).toContain('timetable');
    expect(rows(drivers)).toEqual(expect.arrayContaining(['2', '4', '5', '9']));
    const fares = q2.themes.find((t) => t.phrases.includes('young people'))!;
    expect(rows(fares)).toEqual(['6', '7', '8']);
  });

  it('keeps a theme whole whatever the stance of the answers that raise it', async () => {
    const q1 = (await themes('--no-builtin-themes', BUSES)).questions[0]!;
    const hospital = q1.themes.filter((t) => t.phrases.includes('hospital'));
    expect(hospital).toHaveLength(1);
    expect(hospital[0]!.stance).toEqual({ agree: 1, neutral: 0, disagree: 3 });
  });

  it("never makes a theme of the question's own words", async () => {
    for (const file of [LIBRARY, BUSES, KINSHIP]) {
      for (const q of (await themes(file)).questions) {
        const own = new Set(wordsOf(q.question).map((w) => w.stem));
        for (const t of q.themes)
          for (const p of t.phrases)
            expect(
              wordsOf(p).filter((w) => own.has(w.stem)),
              `${file} ${q.group}: ${p}`,
            ).toEqual([]);
        expect(q.themes.length, `${file} ${q.group}`).toBeGreaterThan(0);
      }
    }
  });

  it.each([
    [LIBRARY, []],
    [BUSES, ['--no-builtin-themes']],
  ])('writes a rules file with -o that loads with --rules and labels the same answers, its quotes the evidence of their labels (%s %s)', async (corpus, extra) => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'csc-tag-themes-'));
    try {
      const file = path.join(dir, 'themes.json');
      const found = await themes('-o', file, ...extra, corpus);
      const { code, stdout, stderr } = await runCli(['--stdout', 'json', '--rules', file, corpus]);
      expect(stderr).toBe('');
      expect(code).toBe(0);
      const report = JSON.parse(stdout) as Report;
      const rules = JSON.parse(fs.readFileSync(file, 'utf8')) as { rules: { theme: string; strong: string[] }[] };
      expect(report.themes).toEqual(rules.rules.map((r) => r.theme).sort());
      for (const q of found.questions) {
        for (const theme of q.themes.filter((t) => t.id !== 'other')) {
          const name = rules.rules.find((r) => r.strong[0] === theme.phrases[0])!.theme;
          const group = report.questions.find((g) => g.id === q.group)!;
          const labelled = group.members.filter((m) => m.themes.includes(name)).map((m) => `${m.file} ${m.id}`);
          expect(labelled, `${q.group} ${name}`).toEqual(theme.members.map((m) => `${m.file} ${m.segment}`));
          expect(theme.label).not.toBe('');
          expect(theme.stance.agree + theme.stance.neutral + theme.stance.disagree).toBe(theme.members.length);
          expect(theme.quotes.length).toBeGreaterThan(0);
          for (const quote of theme.quotes) {
            const segment = report.documents.find((d) => d.file === quote.file)!.segments.find((x) => x.id === quote.segment)!;
            const evidence = segment.themes.find((t) => t.theme === name)!.evidence.find((e) => e.offset[0] === quote.offset[0])!;
            expect({ text: quote.text, line: quote.line, column: quote.column, offset: quote.offset }).toEqual({
              text: evidence.text,
              line: evidence.line,
              column: evidence.column,
              offset: evidence.offset,
            });
          }
        }
      }
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('gives the same themes on every run and for any number of jobs', async () => {
    const one = await runCli(['--stdout', 'json', '--discover', '-j', '1', LIBRARY, BUSES, KINSHIP]);
    const two = await runCli(['--stdout', 'json', '--discover', '-j', '2', LIBRARY, BUSES, KINSHIP]);
    expect(two.stdout).toBe(one.stdout);
    expect(JSON.parse(one.stdout).questions.some((q: { discovered: { themes: unknown[] } }) => q.discovered.themes.length > 0)).toBe(true);
  });

  it("discovers the themes of the documents' prose (letters), their members prose sections", async () => {
    const { stdout } = await runCli(['themes', '--json', 'fixtures/discover/campaign']);
    const prose = (JSON.parse(stdout) as { prose: { sections: number; themes: DiscoveredTheme[] } }).prose;
    expect(prose.sections).toBeGreaterThanOrEqual(6);
    const belt = prose.themes.find((t) => t.phrases.includes('green belt'))!;
    expect(belt.members.map((m) => m.file)).toEqual(expect.arrayContaining([1, 2, 3, 4].map((i) => `fixtures/discover/campaign/letter-${i}.txt`)));
    expect(belt.quotes.length).toBeGreaterThan(0);
    for (const quote of belt.quotes) expect(belt.members).toContainEqual({ file: quote.file, segment: quote.segment });
  });
});
