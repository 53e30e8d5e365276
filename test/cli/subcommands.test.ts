import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/corpus.js';
import { runCli } from '../helpers/run-cli.js';

const SEED_GOLD = 'fixtures/gold/seeds.gold.json';

describe('csc-tag eval', () => {
  it('prints segmentation, stance with kappa and confusion, and themes; exit 0', async () => {
    const { code, stdout, stderr } = await runCli(['eval', '--gold', SEED_GOLD, 'seeds']);
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    expect(stdout).toMatch(/^segmentation {2}P +\d/m);
    expect(stdout).toMatch(/^ {2}inferred {2}n +\d+ +accuracy .* kappa/m);
    expect(stdout).toMatch(/gold \\ pred +agree +neutral +disagree +none/);
    expect(stdout).toMatch(/^doc themes/m);
  });

  it('exits 1 when a threshold is not met, naming it on stderr', async () => {
    const { code, stderr } = await runCli(['eval', '--gold', 'fixtures/genre/gold.json', 'fixtures/genre', '--min-accuracy', '1', '--min-f1', '1']);
    expect(code).toBe(1);
    expect(stderr).toMatch(/csc-tag: eval: F1 below 1\ncsc-tag: eval: stance accuracy below 1\n/);
  });

  it('compares two gold files (--against) and prints JSON', async () => {
    const { code, stdout } = await runCli(['eval', '--gold', SEED_GOLD, '--against', SEED_GOLD, '--json']);
    const result = JSON.parse(stdout);
    expect([code, result.segmentation.f1, result.stance.all.kappa, result.themes.micro.f1]).toEqual([0, 1, 1, 1]);
  });

  it('rejects two sources at once and bad thresholds (exit 2)', async () => {
    expect((await runCli(['eval', '--gold', SEED_GOLD, '--against', SEED_GOLD, 'seeds'])).stderr).toBe('csc-tag: give exactly one of: paths to tag, --report <file>, --against <file>\n');
    expect((await runCli(['eval', '--gold', SEED_GOLD, 'seeds', '--min-f1', '2'])).code).toBe(2);
    expect((await runCli(['eval', '--gold', 'README.md', 'seeds'])).stderr).toMatch(/^csc-tag: README\.md: not valid JSON/);
  });
});

describe('csc-tag rules', () => {
  it('lists every rule with kind, target and patterns', async () => {
    const { code, stdout } = await runCli(['rules']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^stance\.cue\.support +stance-cue +agree +\(we\|i\) ~/m);
    expect(stdout).toMatch(/^theme\.kinship +theme-lexicon +kinship +kinship \|/m);
  });

  it('explains one rule, and says when the id is unknown', async () => {
    const explained = JSON.parse((await runCli(['rules', '--explain', 'stance.negator'])).stdout);
    expect(explained).toMatchObject({ id: 'stance.negator', kind: 'negator', window: 3 });
    expect(await runCli(['rules', '--explain', 'stance.nope'])).toEqual({ code: 2, stdout: '', stderr: 'csc-tag: no rule has the id "stance.nope" (see `csc-tag rules`)\n' });
  });

  it('--json prints the effective rules as a valid rules file', async () => {
    const { stdout } = await runCli(['rules', '--json']);
    const { parseRulesFile } = await import('../../src/rules/index.js');
    expect(parseRulesFile(JSON.parse(stdout), 'stdout').rules.length).toBeGreaterThan(10);
  });

  it('--stats with --gold shows, per rule, how often its label was right', async () => {
    const { code, stdout } = await runCli(['rules', '--stats', '--gold', 'fixtures/genre/gold.json', 'fixtures/genre']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^rule +fired +decided +agreed +conflict +right$/m);
    expect(stdout).toMatch(/^stance\.closed\.agree +(\d+) +\1 +\1 +0 +\1\/\1 100%$/m);
  });
});

describe('csc-tag rules --stats counts', () => {
  it('every rule that left evidence in the report, and the furniture rules that dropped a block', async () => {
    const corpus = ['seeds', 'fixtures/genre'];
    const report = JSON.parse((await runCli(['--stdout', 'json', ...corpus])).stdout) as {
      documents: { segments: { stance: { evidence: { rule: string }[] }; themes: { evidence: { rule: string }[] }[] }[] }[];
    };
    const cited = new Set(report.documents.flatMap((d) => d.segments.flatMap((s) => [...s.stance.evidence, ...s.themes.flatMap((t) => t.evidence)].map((e) => e.rule))));
    const { code, stdout } = await runCli(['rules', '--stats', ...corpus]);
    expect(code).toBe(0);
    const fired = new Map(
      stdout
        .split('\n')
        .slice(1, -1)
        .map((line) => line.split(/ +/))
        .map(([rule, n]) => [rule!, Number(n)]),
    );
    for (const rule of ['stance.contrast.after', 'stance.contrast.concessive', 'stance.hedge', 'stance.negator']) expect(cited, rule).toContain(rule);
    for (const rule of cited) expect(fired.get(rule), rule).toBeGreaterThan(0);
    // fixtures/genre/17 opens with `Skip to main content` and a cookie notice, and ends at `Leave a Reply`.
    expect(fired.get('furniture.drop')).toBeGreaterThan(0);
    expect(fired.get('furniture.end')).toBeGreaterThan(0);
  });
});

describe('csc-tag kwic', () => {
  it('prints file:line:column and the term in context, matching by stem', async () => {
    const { code, stdout, stderr } = await runCli(['kwic', 'caseload', 'seeds/004_b3f16f6e95146e1d.txt', '-w', '20']);
    expect(code).toBe(0);
    expect(stdout.split('\n')[0]).toMatch(/^seeds\/004_b3f16f6e95146e1d\.txt:13:\d+\t.{20} \[caseloads\] .{20}$/);
    expect(stderr).toMatch(/^csc-tag: \d+ match(es)?\n$/);
  });

  it('rejects a term the tokenizer cannot keep', async () => {
    expect((await runCli(['kwic', '(a b|c)', 'seeds'])).code).toBe(2);
  });
});

describe('the documents the help texts name', () => {
  it('eval --help names docs/gold-format.md and docs/codebook.md, and both are in the clone', async () => {
    const { code, stdout } = await runCli(['eval', '--help']);
    expect(code).toBe(0);
    const named = [...new Set(stdout.match(/docs\/[\w-]+\.md/g))].sort();
    expect(named).toEqual(['docs/codebook.md', 'docs/gold-format.md']);
    for (const doc of named) expect(existsSync(join(ROOT, doc)), doc).toBe(true);
  });
});
