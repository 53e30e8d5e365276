import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { builtinRules } from '../../src/rules/load.js';
import { KINDS, kindOf } from '../../src/rules/kinds/index.js';
import { Rule, type RuleKind } from '../../src/rules/schema.js';
import { ROOT } from '../helpers/corpus.js';

const registered = Object.keys(KINDS).sort();

describe('the registry of rule kinds (src/rules/kinds/index.ts)', () => {
  it('is the one list of kinds: the type of a rule and the registry name the same kinds (`npm run typecheck`)', () => {
    expectTypeOf<Rule['kind']>().toEqualTypeOf<RuleKind>();
    expectTypeOf<RuleKind>().toEqualTypeOf<keyof typeof KINDS>();
    // A module filed under another kind's key is a type error: each entry's key must be its module's kind.
    // @ts-expect-error the hedge module is not the negator kind
    const misfiled: { [K in RuleKind]: { kind: K } } = { ...KINDS, negator: KINDS.hedge };
    expect(misfiled.negator.kind).toBe('hedge');
  });

  it('files each module under its own kind', () => {
    expect(Object.entries(KINDS).filter(([key, kind]) => key !== kind.kind)).toEqual([]);
  });

  it('covers every kind of the schema, the published JSON schema and the built-in rules', () => {
    const published = JSON.parse(fs.readFileSync(path.join(ROOT, 'schema/rules.schema.json'), 'utf8')) as {
      properties: { rules: { items: { oneOf: { properties: { kind: { const: string } } }[] } } };
    };
    expect(published.properties.rules.items.oneOf.map((o) => o.properties.kind.const).sort()).toEqual(registered);
    expect([...Rule.options.map((o) => o.shape.kind.value)].sort()).toEqual(registered);
    expect([...new Set(builtinRules().map((r) => r.kind))].sort()).toEqual(registered);
  });

  it('gives every built-in rule its kind module, which lists and describes it', () => {
    for (const rule of builtinRules()) {
      const kind = kindOf(rule);
      expect(kind.kind, rule.id).toBe(rule.kind);
      expect(kind.patterns(rule).length, rule.id).toBeGreaterThan(0);
      expect(kind.target(rule), rule.id).not.toBe('');
    }
  });

  it('rejects a kind that no module defines, naming the valid ones', () => {
    const result = Rule.safeParse({ id: 'x.y', kind: 'nope', description: 'd', source: 's', phrases: ['a'] });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toMatch(/closed-answer.*survey-columns/s);
  });
});
