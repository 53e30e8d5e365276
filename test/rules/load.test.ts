import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CscTagError } from '../../src/model/errors.js';
import { builtinRules, compileRules, mergeRules, parseRulesFile } from '../../src/rules/index.js';
import { loadCompiledRules } from '../../src/pipeline/load-rules.js';
import { tagText } from '../../src/pipeline/tag-text.js';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'csc-rules-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
function writeRules(name: string, data: unknown): string {
  const file = path.join(dir, name);
  fs.writeFileSync(file, typeof data === 'string' ? data : JSON.stringify(data));
  return file;
}
function errorOf(fn: () => unknown): string {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(CscTagError);
    return (error as Error).message;
  }
  throw new Error('expected an error');
}

const housing = {
  id: 'theme.housing',
  kind: 'theme-lexicon',
  theme: 'housing',
  description: 'Homes and housing for families and care leavers.',
  source: 'LABELS.md, Themes (a user theme)',
  strong: ['housing', 'homelessness', 'tenancy'],
  examples: { match: ['Care leavers need secure housing.'], noMatch: ['We support the plan.'] },
};

describe('loading rules files', () => {
  it.each([
    ['a misspelt key', { rules: [{ ...housing, strnog: ['x'] }] }, /rules\[0\]\.strnog: unknown key; check its spelling/],
    ['an unknown kind', { rules: [{ ...housing, kind: 'theme' }] }, /rules\[0\]\.kind: /],
    ['an empty phrase', { rules: [{ ...housing, strong: [''] }] }, /rules\[0\]\.strong\[0\]: expected a non-empty string/],
    ['a phrase the tokenizer changes', { rules: [{ ...housing, strong: ['house!!'] }] }, /rules\[0\]\.strong\[0\]: .*does not survive the tokenizer/],
    ['duplicate ids', { rules: [housing, housing] }, /rules\[1\]\.id: duplicate id "theme.housing"/],
    ['the id of a step of the stance reading', { rules: [{ ...housing, id: 'stance.reading.object' }] }, /rules\[0\]\.id: "stance.reading.object" is a built-in step of the stance reading/],
    ['a top-level typo', { extend: true }, /extend: unknown key; check its spelling/],
  ])('names the key path for %s', (_name, data, message) => {
    const file = writeRules('bad.json', data);
    expect(errorOf(() => loadCompiledRules(file))).toMatch(new RegExp(`^${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: ` + message.source));
  });

  it('says which phrase belongs to two themes', () => {
    const other = { ...housing, id: 'theme.homes', theme: 'homes' };
    expect(errorOf(() => parseRulesFile({ rules: [housing, other] }, 'x.json'))).toMatch(/rules\[1\]\.strong\[0\]: "housing" is already a term of theme "housing"/);
  });

  it('rejects invalid JSON and unknown disable ids', () => {
    expect(errorOf(() => loadCompiledRules(writeRules('broken.json', '{ "rules": [')))).toMatch(/broken\.json: not valid JSON/);
    expect(errorOf(() => loadCompiledRules(writeRules('dis.json', { disable: ['theme.nope'] })))).toMatch(/disable: no rule has the id "theme.nope"/);
  });

  it("runs a user rule's own examples when it loads", () => {
    const wrong = { ...housing, examples: { match: ['Nothing about homes here.'], noMatch: [] } };
    expect(errorOf(() => loadCompiledRules(writeRules('ex.json', { rules: [wrong] })))).toMatch(/theme\.housing: examples\.match\[0\] "Nothing about homes here\." does not fire/);
  });

  it('extends: a new theme is added, the built-in ones stay', async () => {
    const rules = loadCompiledRules(writeRules('ext.json', { rules: [housing] }));
    expect(rules.themes).toEqual(['funding', 'housing', 'kinship', 'multi-agency', 'workforce']);
    const doc = await tagText('Question 1: Do you agree?\n\nWe support it. Care leavers need secure housing and more funding.\n', { rules });
    expect(doc.segments[0]!.themes.map((t) => t.theme)).toEqual(['funding', 'housing']);
  });

  it('replaces: "extends": false keeps only the file\'s rules', () => {
    const rules = loadCompiledRules(writeRules('rep.json', { extends: false, rules: [housing] }));
    expect(rules.themes).toEqual(['housing']);
    expect(rules.rules.map((r) => r.id)).toEqual(['theme.housing']);
  });

  it('the same id replaces a built-in rule, and disable removes one', () => {
    const kinship = { ...housing, id: 'theme.kinship', theme: 'kinship', strong: ['kinship'], examples: { match: ['Kinship care.'], noMatch: [] } };
    const merged = mergeRules(builtinRules(), parseRulesFile({ rules: [kinship], disable: ['theme.workforce'] }, 'x.json'));
    expect(merged.find((r) => r.id === 'theme.kinship')).toMatchObject({ strong: ['kinship'] });
    expect(merged.some((r) => r.id === 'theme.workforce')).toBe(false);
  });

  describe('one stance policy', () => {
    const policy = builtinRules().find((r) => r.kind === 'stance-policy')!;
    const caught = (fn: () => unknown): CscTagError => {
      try {
        fn();
      } catch (error) {
        if (error instanceof CscTagError) return error;
        throw error;
      }
      throw new Error('expected an error');
    };

    it('a rules file with two is an error naming both, on one line', () => {
      const error = caught(() => parseRulesFile({ rules: [policy, { ...policy, id: 'stance.policy-strict' }] }, 'two.json'));
      expect(error.code).toBe('rules-invalid');
      expect(error.message).toMatch(/^two\.json: rules\[1\]\.kind: more than one stance-policy: "stance\.policy" \(rules\[0\]\), "stance\.policy-strict" \(rules\[1\]\); /);
      expect(error.message).not.toContain('\n');
    });

    it('a second one beside the built-in policy is an error naming both; the same id replaces it', () => {
      const error = caught(() => mergeRules(builtinRules(), parseRulesFile({ rules: [{ ...policy, id: 'stance.policy-strict' }] }, 'x.json'), 'x.json'));
      expect(error.code).toBe('rules-invalid');
      expect(error.message).toMatch(/^x\.json: more than one stance-policy once merged with the built-in rules: "stance\.policy", "stance\.policy-strict"; /);
      const replaced = mergeRules(builtinRules(), parseRulesFile({ rules: [{ ...policy, threshold: 0.5 }] }, 'x.json'));
      expect(replaced.filter((r) => r.kind === 'stance-policy')).toMatchObject([{ id: 'stance.policy', threshold: 0.5 }]);
    });
  });

  describe("how a theme reads in a sentence (a theme-lexicon rule's phrase)", () => {
    const homes = { ...housing, id: 'theme.housing-homes', strong: ['homes'], examples: { match: [], noMatch: [] } };

    it("is its rules' phrase, else its name", () => {
      const rules = compileRules([...parseRulesFile({ rules: [{ ...housing, phrase: 'housing for families' }] }, 'x.json').rules, ...builtinRules()]);
      expect(rules.themePhrases).toEqual({ funding: 'funding', housing: 'housing for families', kinship: 'kinship care', 'multi-agency': 'multi-agency working', workforce: 'the workforce' });
      expect(compileRules(parseRulesFile({ rules: [housing, { ...homes, phrase: 'homes' }] }, 'x.json').rules).themePhrases).toEqual({ housing: 'homes' });
      expect(compileRules(parseRulesFile({ rules: [housing] }, 'x.json').rules).themePhrases).toEqual({ housing: 'housing' });
    });

    it('two rules of one theme that give different phrases are an error naming both', () => {
      const data = { rules: [{ ...housing, phrase: 'housing' }, homes, { ...homes, id: 'theme.housing-tenancy', strong: ['tenancies'], phrase: 'homes for families' }] };
      expect(errorOf(() => parseRulesFile(data, 'x.json'))).toBe(
        'x.json: rules[2].phrase: theme "housing" reads as "homes for families" here but as "housing" in "theme.housing" (rules[0]); ' +
          'give every rule of a theme the same phrase, or give it in one rule only',
      );
      expect(() =>
        parseRulesFile(
          {
            rules: [
              { ...housing, phrase: 'housing' },
              { ...homes, phrase: 'housing' },
            ],
          },
          'x.json',
        ),
      ).not.toThrow();
    });

    it("a user's rule that reads a built-in theme otherwise is an error naming the built-in rule", () => {
      const carers = { ...housing, id: 'theme.kinship-carers', theme: 'kinship', strong: ['connected persons'], phrase: 'kinship carers', examples: { match: [], noMatch: [] } };
      expect(errorOf(() => loadCompiledRules(writeRules('phrase.json', { rules: [carers] })))).toMatch(
        /phrase\.json: rules\[0\]\.phrase: theme "kinship" reads as "kinship carers" here but as "kinship care" in rule "theme\.kinship"; /,
      );
      expect(loadCompiledRules(writeRules('phrase-same-id.json', { rules: [{ ...carers, id: 'theme.kinship' }] })).themePhrases.kinship).toBe('kinship carers');
    });

    it.each([
      ['empty', '  ', /rules\[0\]\.phrase: expected a non-empty string/],
      ['more than one line', 'homes\nand housing', /rules\[0\]\.phrase: expected one line of text/],
    ])('must not be %s', (_name, phrase, message) => {
      expect(errorOf(() => parseRulesFile({ rules: [{ ...housing, phrase }] }, 'x.json'))).toMatch(message);
    });
  });

  it('compiles deterministically whatever the order of rules in the file', async () => {
    const shuffled = [...builtinRules()].reverse();
    const a = compileRules(builtinRules());
    const b = compileRules(shuffled);
    expect(b.rules.map((r) => r.id)).toEqual(a.rules.map((r) => r.id));
    const text = 'Question 1: Do you agree?\n\nWe do not support it. Kinship carers and social workers need funding and the police must share information.\n';
    expect(await tagText(text, { rules: b })).toEqual(await tagText(text, { rules: a }));
  });
});
