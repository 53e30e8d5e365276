import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SCHEMA_FILES } from '../../src/pipeline/json-schemas.js';
import { ROOT } from '../helpers/corpus.js';

describe('published JSON Schemas', () => {
  it.each(Object.entries(SCHEMA_FILES))('%s matches the zod schema (regenerate with `npm run schema`)', (file, make) => {
    const published = JSON.parse(fs.readFileSync(path.join(ROOT, file), 'utf8'));
    expect(published).toEqual(JSON.parse(JSON.stringify(make())));
  });

  it('the built-in rules file names the rules schema for editors', () => {
    const builtin = JSON.parse(fs.readFileSync(path.join(ROOT, 'src/rules/builtin.json'), 'utf8'));
    expect(path.resolve(ROOT, 'src/rules', builtin.$schema)).toBe(path.join(ROOT, 'schema/rules.schema.json'));
  });
});
