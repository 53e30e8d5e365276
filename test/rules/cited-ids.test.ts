import { describe, expect, it } from 'vitest';
import { READING_STEPS } from '../../src/rules/reading-steps.js';
import { runCli } from '../helpers/run-cli.js';

/** Every value of a `rule` key anywhere in a report: stance evidence, reading steps and their cues, themes. */
function citedRules(value: unknown, into = new Set<string>()): Set<string> {
  if (Array.isArray(value)) for (const v of value) citedRules(v, into);
  else if (value && typeof value === 'object') {
    for (const [key, v] of Object.entries(value)) {
      if (key === 'rule' && typeof v === 'string') into.add(v);
      else citedRules(v, into);
    }
  }
  return into;
}

describe('every rule id a report cites can be looked up', () => {
  it('is listed by `csc-tag rules` and explained by `rules --explain`', async () => {
    const fromReports = new Set<string>();
    for (const corpus of ['seeds', 'fixtures/genre', 'fixtures/survey']) {
      const { stdout } = await runCli(['--stdout', 'json', corpus]);
      citedRules(JSON.parse(stdout), fromReports);
    }
    // The reports cite a step of the reading that no rules file holds, so the check is not vacuous.
    expect(fromReports).toContain('stance.reading.object');
    const cited = new Set([...fromReports, ...READING_STEPS.map((s) => s.id)]);
    const listing = await runCli(['rules']);
    const listed = new Set(listing.stdout.split('\n').flatMap((line) => (/^\S/.test(line) ? [line.split(' ')[0]!] : [])));
    expect([...cited].filter((id) => !listed.has(id))).toEqual([]);
    for (const id of cited) {
      const { code, stdout } = await runCli(['rules', '--explain', id]);
      expect({ id, code, explained: (JSON.parse(stdout) as { id: string }).id }).toEqual({ id, code: 0, explained: id });
    }
  });
});
