import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ROOT } from './helpers/corpus.js';
import { sourcesNewerThanDist } from './helpers/dist.js';

/** The README's "As a library" example, as written there. */
function readmeExample(): string {
  const readme = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');
  const section = readme.slice(readme.indexOf('## As a library\n'));
  const match = /```js\n([\s\S]*?)```/.exec(section);
  expect(match, 'README\'s "As a library" holds a js example').not.toBeNull();
  return match![1]!;
}

describe("the README's library example", () => {
  it('runs against the built package and prints what its comments say', () => {
    expect(sourcesNewerThanDist(), 'dist/ is stale: run npm run build').toEqual([]);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'csc-library-'));
    fs.cpSync(path.join(ROOT, 'seeds'), path.join(dir, 'seeds'), { recursive: true });
    const script = readmeExample().replace("from 'csc-tag'", `from '${pathToFileURL(path.join(ROOT, 'dist/index.js')).href}'`);
    fs.writeFileSync(path.join(dir, 'example.mjs'), script);
    const out = execFileSync(process.execPath, ['example.mjs'], { cwd: dir, encoding: 'utf8' }).split('\n');
    // Each `// comment` after a console.log says what that line prints.
    const promised = [...script.matchAll(/console\.log\(.*\); \/\/ (.*)/g)].map((m) => m[1]);
    expect(out.slice(0, promised.length)).toEqual(promised);
    expect(out.filter((line) => /^seeds\/\S+\.txt \d+$/.test(line))).toHaveLength(5);
    expect(fs.readdirSync(path.join(dir, 'reports')).sort()).toEqual(['questions.csv', 'report.json', 'segments.csv']);
    fs.rmSync(dir, { recursive: true, force: true });
  });
});
