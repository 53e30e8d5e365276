import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Report } from '../../src/model/schema.js';
import { CHROMIUM_ARGS, findChromium } from '../helpers/chromium.js';
import { ROOT } from '../helpers/corpus.js';
import { runCli } from '../helpers/run-cli.js';

/**
 * report.html in a real headless Chromium (Debian's `chromium`, which .ci/run
 * installs): opened from disk, it makes no request, logs no error, filters,
 * and runs nothing from a hostile document. Saves a screenshot under
 * test/artifacts/; with UPDATE_SCREENSHOT=1 also docs/report-html.png for the README.
 */

const chromium = findChromium();
if (!chromium) process.stderr.write('html-browser.test: skipped: no Chromium binary found (apt-get install chromium, or set CHROMIUM_PATH)\n');

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'csc-html-browser-'));
let browser: Browser | undefined;

interface Opened {
  page: Page;
  requests: string[];
  errors: string[];
  dialogs: string[];
}

async function open(file: string): Promise<Opened> {
  const page = await browser!.newPage();
  const opened: Opened = { page, requests: [], errors: [], dialogs: [] };
  page.on('request', (request) => opened.requests.push(request.url()));
  page.on('console', (message) => {
    if (message.type() === 'error') opened.errors.push(message.text());
  });
  page.on('pageerror', (error) => opened.errors.push(String(error)));
  page.on('dialog', (dialog) => {
    opened.dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await page.setViewport({ width: 1280, height: 900 });
  await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
  return opened;
}

const rowCount = (page: Page): Promise<number> => page.$$eval('#segment-rows tr', (rows) => rows.length);

describe.skipIf(!chromium)('report.html in Chromium', () => {
  let seeds: string;
  let report: Report;

  beforeAll(async () => {
    seeds = path.join(tmp, 'seeds');
    // Screenshots go here; a fresh clone has no such folder, and the first test to take one must not fail for it.
    fs.mkdirSync(path.join(ROOT, 'test/artifacts'), { recursive: true });
    expect(await runCli(['seeds', '-o', seeds, '-f', 'html,json', '-q'])).toMatchObject({ code: 0 });
    report = JSON.parse(fs.readFileSync(path.join(seeds, 'report.json'), 'utf8')) as Report;
    const { launch } = await import('puppeteer-core');
    browser = await launch({ executablePath: chromium, args: [...CHROMIUM_ARGS, `--user-data-dir=${path.join(tmp, 'profile')}`] });
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    fs.rmSync(tmp, { recursive: true, force: true });
  });

  it('opens from disk with no request leaving the page and no console error', async () => {
    const file = path.join(seeds, 'report.html');
    const { page, requests, errors } = await open(file);
    expect(requests).toEqual([pathToFileURL(file).href]);
    expect(errors).toEqual([]);
    const total = report.documents.reduce((n, d) => n + d.segments.length, 0);
    expect(await page.$eval('#count', (el) => el.textContent)).toBe(`${total} of ${total} segments`);
    await page.close();
  });

  it('filtering by a theme shows exactly the segments with that theme, and a segment opens with its evidence', async () => {
    const { page, errors } = await open(path.join(seeds, 'report.html'));
    const theme = 'kinship';
    const expected = report.documents.flatMap((d) => d.segments.filter((s) => s.themes.some((t) => t.theme === theme)).map((s) => `${d.file} ${s.id}`));
    expect(expected.length).toBeGreaterThan(0);
    await page.select('#f-theme', theme);
    // The page redraws on the change event: wait for it rather than for a fixed time, so a loaded machine only waits longer.
    await page.waitForFunction((n) => document.querySelectorAll('#segment-rows tr').length === n, { timeout: 30_000 }, expected.length).catch(() => undefined);
    expect(await rowCount(page)).toBe(expected.length);
    const shown = await page.$$eval('#segment-rows tr', (rows) => rows.map((r) => `${r.children[1]!.textContent} ${r.children[0]!.textContent}`));
    expect(shown.sort()).toEqual([...expected].sort());

    await page.click('#segment-rows tr button.open');
    await page.waitForFunction(() => document.activeElement?.id === 'reader-close', { timeout: 30_000 }).catch(() => undefined);
    expect(await page.$eval('#reader', (el) => (el as HTMLDialogElement).open)).toBe(true);
    const titles = await page.$$eval('#reader mark.theme', (marks) => marks.map((m) => m.getAttribute('title')));
    expect(titles.some((t) => t?.includes(`theme ${theme}: rule theme.${theme}`))).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('reader-close');
    // test/artifacts/ is git-ignored, so a fresh clone has none until a test makes it.
    fs.mkdirSync(path.join(ROOT, 'test/artifacts'), { recursive: true });
    await page.screenshot({ path: path.join(ROOT, 'test/artifacts/report-html-reader.png') });
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => !(document.getElementById('reader') as HTMLDialogElement).open, { timeout: 30_000 }).catch(() => undefined);
    expect(await page.$eval('#reader', (el) => (el as HTMLDialogElement).open)).toBe(false);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('saves a screenshot of the report', async () => {
    const { page } = await open(path.join(seeds, 'report.html'));
    const shot = path.join(ROOT, 'test/artifacts/report-html.png');
    await page.screenshot({ path: shot });
    if (process.env.UPDATE_SCREENSHOT === '1') fs.copyFileSync(shot, path.join(ROOT, 'docs/report-html.png'));
    expect(fs.statSync(shot).size).toBeGreaterThan(10_000);
    await page.close();
  });

  it('shows a hostile document’s markup as text and runs none of it', async () => {
    const corpus = path.join(tmp, 'hostile');
    fs.mkdirSync(corpus, { recursive: true });
    fs.writeFileSync(
      path.join(corpus, '<img src=x onerror=alert(1)>.txt'),
      'Question 1: Do you agree? <script>alert("q")</script>\n\nDisagree. <img src=x onerror=alert(2)> [click](javascript:alert(3)) ' +
        '<a href="javascript:alert(4)">x</a> </textarea></script><script>alert(5)</script> funding.\n',
    );
    const out = path.join(tmp, 'hostile-out');
    expect(await runCli([corpus, '-o', out, '-f', 'html', '-q'])).toMatchObject({ code: 0 });
    const { page, requests, errors, dialogs } = await open(path.join(out, 'report.html'));
    await page.click('#segment-rows tr button.open');
    const text = await page.$eval('#reader-content', (el) => el.textContent ?? '');
    expect(text).toContain('<img src=x onerror=alert(2)>');
    expect(text).toContain('</textarea></script><script>alert(5)</script>');
    expect(await page.$$eval('img, a[href^="javascript"], iframe', (els) => els.length)).toBe(0);
    expect(await page.$$eval('script', (els) => els.length)).toBe(2);
    expect({ dialogs, errors, requests: requests.length }).toEqual({ dialogs: [], errors: [], requests: 1 });
    await page.close();
  });
});
