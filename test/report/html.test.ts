import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { htmlPieces } from '../../src/report/html/page.js';
import { pageDocument } from '../../src/report/html/record.js';
import { buildReport } from '../../src/totals/run-totals.js';
import type { DocumentReport } from '../../src/model/schema.js';
import { loadCompiledRules } from '../../src/pipeline/load-rules.js';
import { tagText } from '../../src/pipeline/tag-text.js';
import { HOSTILE } from './make-report.js';
import { inlineMembers } from '../../src/questions/group-members.js';

/** report.html as a DOM: its structure, its filters and lazy rows (the inline script run by happy-dom), and escaping. */

const rules = loadCompiledRules();
const meta = { generator: { name: 'csc-tag' as const, version: '0.1.0' }, themes: [...rules.themes] };

async function page(inputs: { file: string; text: string }[]): Promise<{ html: string; docs: DocumentReport[] }> {
  const docs = await Promise.all(inputs.map((i) => tagText(i.text, { file: i.file, rules })));
  const records = docs.map((d, i) => JSON.stringify(pageDocument(d, inputs[i]!.text)));
  const end = buildReport(docs, [], meta);
  return { html: [...htmlPieces(() => records, meta, end, inlineMembers(end.questions))].join(''), docs };
}

function dom(html: string, script = false): Window {
  const window = new Window({
    url: 'file:///report.html',
    settings: { enableJavaScriptEvaluation: script, suppressInsecureJavaScriptEnvironmentWarning: true, disableCSSFileLoading: true, disableJavaScriptFileLoading: true },
  });
  window.document.write(html);
  return window;
}

const RESPONSE = (n: number): string =>
  [
    `Question ${n}: Do you agree with the proposal on kinship care?`,
    '',
    n % 2 ? 'Agree. Kinship carers need funding and support from social workers.' : 'Disagree. The budget will not cover it and the workforce is stretched.',
    '',
    `Question ${n + 1}: What more can be done to support families?`,
    '',
    'Better information sharing between health, police and schools.',
    '',
  ].join('\n');

describe('report.html structure', () => {
  it('is one self-contained page: a CSP that loads nothing, one inline style, the data and one inline script', async () => {
    const { html } = await page([
      { file: 'a.txt', text: RESPONSE(1) },
      { file: 'b.txt', text: RESPONSE(2) },
    ]);
    const { document } = dom(html);
    const csp = document.querySelector('meta[http-equiv="Content-Security-Policy"]')!.getAttribute('content')!;
    expect(csp).toMatch(/^default-src 'none'; style-src 'sha256-[^']+'; script-src 'sha256-[^']+';/);
    expect([...document.querySelectorAll('script')].map((s) => s.getAttribute('type') ?? 'js')).toEqual(['application/json', 'js']);
    expect(document.querySelectorAll('[src], link, iframe, object, embed').length).toBe(0);
    expect([...document.querySelectorAll('a[href]')].every((a) => a.getAttribute('href')!.startsWith('#'))).toBe(true);
    expect([...document.querySelectorAll('section[id]')].map((s) => s.id)).toEqual(['summary', 'questions', 'segments']);
  });

  it('draws a labelled stance bar per question group, and the theme tables', async () => {
    const { html, docs } = await page([
      { file: 'a.txt', text: RESPONSE(1) },
      { file: 'b.txt', text: RESPONSE(1) },
    ]);
    const { document } = dom(html);
    const end = buildReport(docs, [], meta);
    const bars = [...document.querySelectorAll('#questions svg.bar[role="img"]')].map((svg) => svg.getAttribute('aria-label'));
    expect(bars).toEqual(
      end.questions.map((q) =>
        expect.stringMatching(new RegExp(`^${q.id}: ${q.stance.agree} agree, ${q.stance.neutral} neutral, ${q.stance.disagree} disagree, ${q.stance.none} no answer \\(2 respondents\\)$`)),
      ),
    );
    expect([...document.querySelectorAll('#summary table')[0]!.querySelectorAll('tbody th')].map((th) => th.textContent)).toEqual(meta.themes);
    expect(document.querySelectorAll('#summary table')[1]!.querySelectorAll('tbody tr').length).toBe(2);
    // Every answer in the question view, with a button into the reader.
    expect(document.querySelectorAll('#questions button.read').length).toBe(end.questions.reduce((n, q) => n + q.members.length, 0));
  });
});

describe('report.html skipped inputs', () => {
  it('lists each skipped input and why', async () => {
    const docs = [await tagText(RESPONSE(1), { file: 'a.txt', rules })];
    const end = buildReport(docs, [{ file: 'b <i>.docx', code: 'malformed', reason: 'not a text file' }], meta);
    const html = [...htmlPieces(() => [JSON.stringify(pageDocument(docs[0]!, RESPONSE(1)))], meta, end, inlineMembers(end.questions))].join('');
    const { document } = dom(html);
    expect([...document.querySelectorAll('#summary li')].map((li) => li.textContent)).toContain('b <i>.docx: not a text file (malformed)');
  });
});

describe('report.html breakdowns', () => {
  it('shows each question group’s breakdown by respondent attribute when the group has one', async () => {
    const inputs = [
      { file: 'a.txt', text: RESPONSE(1) },
      { file: 'b.txt', text: RESPONSE(2) },
    ];
    const docs = await Promise.all(inputs.map((i) => tagText(i.text, { file: i.file, rules })));
    const end = buildReport(docs, [], meta);
    // As the survey readers give it: attribute -> value -> stance counts.
    Object.assign(end.questions[0]!, { byAttribute: { region: { North: { agree: 1, neutral: 0, disagree: 0, none: 0 }, London: { agree: 0, neutral: 0, disagree: 1, none: 0 } } } });
    const html = [...htmlPieces(() => docs.map((d, i) => JSON.stringify(pageDocument(d, inputs[i]!.text))), meta, end, inlineMembers(end.questions))].join('');
    const table = dom(html).document.querySelector('#questions section.question table')!;
    expect(table.querySelector('caption')!.textContent).toBe('By region');
    expect([...table.querySelectorAll('tbody tr')].map((tr) => [...tr.children].slice(0, 5).map((c) => c.textContent))).toEqual([
      ['London', '0', '0', '1', '0'],
      ['North', '1', '0', '0', '0'],
    ]);
    expect(table.querySelectorAll('svg[role="img"][aria-label^="region North: 1 agree"]').length).toBe(1);
  });
});

describe('report.html script', () => {
  const rows = (document: Window['document']): string[] => [...document.querySelectorAll('#segment-rows tr')].map((tr) => `${tr.children[1]!.textContent} ${tr.children[0]!.textContent}`);
  const change = (window: Window, id: string, value: string | boolean): void => {
    const input = window.document.getElementById(id) as unknown as { value: string; checked: boolean; dispatchEvent(e: unknown): void };
    if (typeof value === 'boolean') input.checked = value;
    else input.value = value;
    input.dispatchEvent(new window.Event(id === 'f-text' ? 'input' : 'change'));
  };

  it('filters by stance, theme, source, review and text, and says how many it shows', async () => {
    const { html, docs } = await page([1, 2, 3, 4].map((n) => ({ file: `r${n}.txt`, text: RESPONSE(n) })));
    const window = dom(html, true);
    const { document } = window;
    const all = docs.flatMap((d) => d.segments.map((s) => ({ key: `${d.file} ${s.id}`, s })));
    const keys = (pick: (s: DocumentReport['segments'][number]) => boolean): string[] => all.filter((x) => pick(x.s)).map((x) => x.key);
    expect(rows(document)).toEqual(keys(() => true));
    change(window, 'f-stance', 'disagree');
    expect(rows(document)).toEqual(keys((s) => s.stance.label === 'disagree'));
    expect(rows(document).length).toBeGreaterThan(0);
    change(window, 'f-stance', '');
    change(window, 'f-theme', 'workforce');
    expect(rows(document)).toEqual(keys((s) => s.themes.some((t) => t.theme === 'workforce')));
    change(window, 'f-theme', '');
    change(window, 'f-source', 'explicit');
    expect(rows(document)).toEqual(keys((s) => s.stance.source === 'explicit'));
    change(window, 'f-source', '');
    change(window, 'f-review', true);
    expect(rows(document)).toEqual(keys((s) => s.stance.confidence < 0.6));
    change(window, 'f-review', false);
    change(window, 'f-text', 'INFORMATION sharing');
    expect(rows(document)).toEqual(keys((s) => s.answer.includes('information sharing')));
    expect(document.getElementById('count')!.textContent).toBe(`4 of ${all.length} segments`);
  });

  it('sorts by a column when its header is pressed, and says so to screen readers', async () => {
    const { html } = await page([1, 2, 3].map((n) => ({ file: `r${n}.txt`, text: RESPONSE(n) })));
    const window = dom(html, true);
    const header = window.document.querySelector('th[data-key="confidence"]')!;
    (header.querySelector('button') as unknown as { click(): void }).click();
    expect(header.getAttribute('aria-sort')).toBe('ascending');
    const values = [...window.document.querySelectorAll('#segment-rows tr')].map((tr) => Number.parseFloat(tr.children[6]!.textContent!));
    expect(values).toEqual([...values].sort((a, b) => a - b));
    (header.querySelector('button') as unknown as { click(): void }).click();
    expect(header.getAttribute('aria-sort')).toBe('descending');
  });

  it('renders 5,000 segments a chunk at a time', async () => {
    const text = Array.from({ length: 5000 }, (_, i) => `Question ${i + 1}: Do you agree?\n\n${i % 2 ? 'Agree.' : 'Disagree.'} Kinship carers need funding.\n\n`).join('');
    const doc = await tagText(text, { file: 'big.txt', rules });
    expect(doc.segments.length).toBe(5000);
    // The rows alone: aligning 5,000 distinct questions is the question view's cost, not the table's.
    const end = { ...buildReport([], [], meta), questions: [] };
    const window = dom([...htmlPieces(() => [JSON.stringify(pageDocument(doc, text))], meta, end, inlineMembers(end.questions))].join(''), true);
    expect(window.document.querySelectorAll('#segment-rows tr').length).toBe(200);
    (window.document.getElementById('more') as unknown as { click(): void }).click();
    expect(window.document.querySelectorAll('#segment-rows tr').length).toBe(400);
    expect(window.document.getElementById('count')!.textContent).toBe('5000 of 5000 segments');
    expect(window.document.getElementById('shown')!.textContent).toBe(' (showing 400)');
  });

  it('opens a segment with its lines numbered and its evidence marked, the rule on hover', async () => {
    const { html } = await page([{ file: 'a.txt', text: RESPONSE(1) }]);
    const window = dom(html, true);
    (window.document.querySelector('#segment-rows button.open') as unknown as { click(): void }).click();
    const reader = window.document.getElementById('reader-content')!;
    expect([...reader.querySelectorAll('.ln')].map((n) => n.textContent)).toEqual(['1', '2', '3']);
    const marks = [...reader.querySelectorAll('mark')].map((m) => [m.className, m.textContent, m.getAttribute('title')]);
    expect(marks).toContainEqual(['stance', 'Agree', 'stance (decides): rule stance.closed.agree']);
    expect(marks.some(([cls, , title]) => cls === 'theme' && /^theme (funding|kinship|workforce): rule theme\./.test(title!))).toBe(true);
  });
});

describe('report.html escaping', () => {
  it('keeps hostile text as text: no element, attribute or script comes from a document', async () => {
    const hostile = HOSTILE.join(' ') + ' </textarea> <!-- --> </script><script>alert(1)</script>';
    const { html, docs } = await page([{ file: '<img src=x onerror=alert(1)>.txt', text: `Question 1: ${hostile}?\n\nAgree. ${hostile}\n` }]);
    const { document } = dom(html);
    expect(document.querySelectorAll('script').length).toBe(2);
    expect(document.querySelectorAll('img, iframe, textarea, a:not([href^="#"])').length).toBe(0);
    expect([...document.querySelectorAll('*')].flatMap((el) => [...el.attributes].map((a) => a.name)).filter((name) => name.startsWith('on'))).toEqual([]);
    // The data survives the trip through the page exactly.
    const data = document
      .getElementById('csc-data')!
      .textContent!.split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line) as { file: string; segments: { text: string }[] });
    expect(data[0]!.file).toBe('<img src=x onerror=alert(1)>.txt');
    expect(data[0]!.segments[0]!.text).toContain(hostile);
    // The question view shows the question as text.
    expect(document.querySelector('#questions h3')!.textContent).toContain('<script>alert(1)</script>');
    expect(docs[0]!.segments.length).toBe(1);
  });
});
