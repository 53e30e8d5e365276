import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

describe('discovered themes and campaigns in report.html and report.xlsx', () => {
  it('shows what people said under each question, and the campaigns, in the page and in sheets of their own', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'csc-tag-discovered-'));
    try {
      const { code, stderr } = await runCli(['-q', '--discover', '-o', dir, '-f', 'html,xlsx', '--no-builtin-themes', 'fixtures/discover/library.csv', 'fixtures/discover/campaign']);
      expect(stderr).toBe('');
      expect(code).toBe(0);
      const page = fs.readFileSync(path.join(dir, 'report.html'), 'utf8');
      expect(page).toContain('What people said (themes discovered in 10 answers)');
      expect(page).toContain('<b>free computers</b>');
      expect(page).toContain('Campaign responses');
      expect(page).toContain('Without campaign responses: 10 respondents');
      const files = unzipSync(fs.readFileSync(path.join(dir, 'report.xlsx')));
      const sheets = [...strFromU8(files['xl/workbook.xml']!).matchAll(/<sheet [^>]*name="([^"]+)"/g)].map((m) => m[1]);
      expect(sheets).toEqual(['segments', 'questions', 'themes', 'discovered', 'campaigns']);
      const strings = strFromU8(files['xl/sharedStrings.xml'] ?? new Uint8Array());
      const all = Object.entries(files)
        .filter(([name]) => name.startsWith('xl/worksheets/'))
        .map(([, data]) => strFromU8(data))
        .join('\n');
      expect(strings + all).toContain('free computers');
      expect(strings + all).toContain('Please protect the green belt and refuse this application.');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('gives the same discovered themes and campaigns from merged parts (--shard) as from one run', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'csc-tag-discovered-'));
    try {
      for (const k of [1, 2]) expect((await runCli(['-q', '--discover', '--shard', `${k}/2`, '-o', path.join(dir, `p${k}`), 'fixtures/discover'])).code).toBe(0);
      expect((await runCli(['merge', '-q', path.join(dir, 'p1'), path.join(dir, 'p2'), '-o', path.join(dir, 'merged')])).code).toBe(0);
      const one = await runCli(['--stdout', 'json', '--discover', 'fixtures/discover']);
      const merged = fs.readFileSync(path.join(dir, 'merged', 'report.json'), 'utf8');
      expect(merged).toBe(one.stdout);
      expect(JSON.parse(merged).campaigns).toHaveLength(1);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
