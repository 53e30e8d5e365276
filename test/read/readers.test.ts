import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { run } from '../../src/cli/run.js';
import { READERS, readerFor } from '../../src/read/formats/index.js';
import { ownWords } from '../../src/read/formats/email-body.js';
import { dropFurniture } from '../../src/read/formats/pdf-furniture.js';
import { toBlocks, toLines, type Line } from '../../src/read/formats/pdf-layout.js';
import { layoutRuns } from '../../src/read/formats/pdf-order.js';
import { StructureBuilder } from '../../src/read/structure.js';
import { loadCompiledRules } from '../../src/pipeline/load-rules.js';
import { tagDocument } from '../../src/pipeline/tag-document.js';
import { tagText } from '../../src/pipeline/tag-text.js';
import { fakeIo } from '../cli/fake-io.js';
import { collect } from '../helpers/collect.js';

const line = (text: string, y: number, right = 500, size = 10): Line => ({ text, x: 50, y, right, size });

describe('the reader registry', () => {
  it('is in name order, and no two readers claim an extension', () => {
    const names = [...READERS.keys()];
    expect(names).toEqual([...names].sort());
    const extensions = [...READERS.values()].flatMap((r) => r.extensions);
    expect(new Set(extensions).size).toBe(extensions.length);
  });

  it('picks by extension, then by content, then plain text', () => {
    expect(readerFor('a.DOCX', new Uint8Array()).name).toBe('docx');
    expect(readerFor('download', new TextEncoder().encode('%PDF-1.7\n')).name).toBe('pdf');
    expect(readerFor('saved', new TextEncoder().encode('<!DOCTYPE html><html>')).name).toBe('html');
    expect(readerFor('mail', new TextEncoder().encode('Received: x\nMessage-ID: <a@b>\nFrom: a@b\n\nHi')).name).toBe('eml');
    // A letter that opens with "From:" is not an email.
    expect(readerFor('letter', new TextEncoder().encode('From: a foster carer\n\nQuestion 1: ...')).name).toBe('text');
  });
});

describe('email bodies', () => {
  it('drop quoted lines, the thread from "On ... wrote:" on, and the signature', () => {
    expect(ownWords('Hi,\n> your question\nWe agree.\n\nOn Mon, 3 Jul 2023, Team wrote:\n> old\n')).toEqual({ text: 'Hi,\nWe agree.\n', dropped: ['quoted reply'] });
    expect(ownWords('We agree.\n-- \nJo Bloggs\n')).toEqual({ text: 'We agree.\n', dropped: ['signature'] });
    expect(ownWords('We agree.\n\n-----Original Message-----\nFrom: x\n').dropped).toEqual(['quoted reply']);
    expect(ownWords('We agree.\n\nFrom: Team\nSent: Monday\nSubject: x\n').text).toBe('We agree.\n');
  });
});

describe('an email with only an HTML body, base64-encoded', () => {
  it('is read through the HTML reader, its heading questions kept as structure and its signature dropped', async () => {
    const html =
      '<html><body><h2>Do you agree with the proposal for a Family Help Service?</h2><p>We support it, with reservations about capacity.</p>' +
      '<h2>What more can be done to support kinship carers?</h2><p>Funding and training.</p><div class="gmail_signature">Jo</div></body></html>';
    const eml = [
      'From: Jo Smith <jo@example.org>',
      'To: team@example.gov',
      'Subject: Our response',
      'Message-ID: <r1@example.org>',
      'MIME-Version: 1.0',
      'Content-Type: text/html; charset=utf-8',
      'Content-Transfer-Encoding: base64',
      '',
      Buffer.from(html).toString('base64').replace(/.{76}/g, '$&\r\n'),
      '',
    ].join('\r\n');
    const { readBytes } = await import('../../src/read/read-input.js');
    const [item] = await collect(readBytes('reply.eml', new TextEncoder().encode(eml), {}, 0));
    expect(item?.ok && item.doc.text).toBe(
      'Do you agree with the proposal for a Family Help Service?\n\nWe support it, with reservations about capacity.\n\nWhat more can be done to support kinship carers?\n\nFunding and training.\n',
    );
    expect(item?.ok && item.doc.respondent).toEqual({ name: 'Jo Smith', attributes: { email: 'jo@example.org', sender: 'Jo Smith', subject: 'Our response' } });
    const report = await tagDocument({ ...(item as { ok: true; doc: Parameters<typeof tagDocument>[0] & { name: string } }).doc, file: 'reply.eml' }, loadCompiledRules());
    expect(report.segments.filter((s) => s.kind === 'question').map((s) => s.question)).toEqual([
      'Do you agree with the proposal for a Family Help Service?',
      'What more can be done to support kinship carers?',
    ]);
  });
});

describe('PDF layout', () => {
  it('drops a running header and page numbers, keeping lines that recur on one page only', () => {
    const bodies = ['We support the proposal.', 'Funding is short.', 'Carers need training.'];
    const page = (n: number): Line[] => [line('Acme Trust response', 800), line(bodies[n - 1]!, 700), line(`Page ${n} of 3`, 40)];
    expect(dropFurniture([page(1), page(2), page(3)]).map((p) => p.map((l) => l.text))).toEqual(bodies.map((b) => [b]));
    const two = [[line('Question 1: Do you agree?', 800), line('Yes.', 780, 100)], [line('Other', 800)]];
    expect(dropFurniture(two)[0]!.map((l) => l.text)).toEqual(['Question 1: Do you agree?', 'Yes.']);
  });

  it('drops a footer of a page URL and an n/m counter on one baseline, and a header of a date and a title', () => {
    const at = (text: string, x: number, y: number): Line => ({ text, x, y, right: x + 100, size: 8 });
    const bodies = [
      ['We support the proposal.', 'Carers need it.', 'So do children.'],
      ['Funding is short.', 'Councils say so.', 'So do charities.'],
    ];
    const page = (n: number): Line[] => [
      at('07/12/2026, 10:00', 50, 800),
      at('Our manifesto', 400, 800),
      ...bodies[n - 1]!.map((text, i) => line(text, 700 - 12 * i)),
      at('https://www.example.org/manifesto', 50, 40),
      at(`${n}/2`, 500, 40),
    ];
    expect(dropFurniture([page(1), page(2)]).map((p) => p.map((l) => l.text))).toEqual(bodies);
  });

  it('rejoins lines into paragraphs, joins hyphenated words, and parts a question from the answer on the next line', () => {
    const blocks = toBlocks([
      [
        line('Local authorities told us that the responsi-', 700),
        line('bilities of partners are unclear and that multi-', 688),
        line('agency working is poor, as multi-agency teams say.', 676, 300),
        line('Do you agree with the proposal?', 664, 250),
        line('Yes, we agree.', 652, 120),
        line('A heading', 620, 150, 14),
      ],
    ]);
    expect(blocks).toEqual([
      { kind: 'paragraph', text: 'Local authorities told us that the responsibilities of partners are unclear and that multi-agency working is poor, as multi-agency teams say.' },
      { kind: 'paragraph', text: 'Do you agree with the proposal?' },
      { kind: 'paragraph', text: 'Yes, we agree.' },
      { kind: 'heading', text: 'A heading' },
    ]);
  });
});

describe('PDF reading order', () => {
  const item = (str: string, x: number, y: number, width: number, fontSize = 10) => ({ str, x, y, width, fontSize, hasEOL: false });

  it('reads a two-column page column by column, items across a gutter never one line, whatever order the PDF draws them in', () => {
    // Row by row, as some PDF writers order their text: left column, then right, on each baseline; the title drawn last.
    const rows = ['one', 'two', 'three'].flatMap((word, i) => [item(`Left ${word}`, 50, 700 - 12 * i, 200), item(`Right ${word}`, 320, 700 - 12 * i, 200)]);
    const lines = toLines([...rows, item('A title across the page', 50, 740, 470)]);
    expect(lines.map((l) => l.text)).toEqual(['A title across the page', 'Left one', 'Left two', 'Left three', 'Right one', 'Right two', 'Right three']);
    const runs = layoutRuns(lines, { left: 50, right: 520 });
    expect(runs.map((run) => run.lines.map((l) => l.text))).toEqual([['A title across the page'], ['Left one', 'Left two', 'Left three'], ['Right one', 'Right two', 'Right three']]);
  });

  it('reads a sidebar after the text beside it, and the text below after both', () => {
    const main = ['Main one', 'Main two', 'Main three', 'Main four'].map((text, i) => item(text, 50, 700 - 12 * i, 300));
    const side = ['Side one', 'Side two', 'Side three'].map((text, i) => item(text, 380, 698 - 14 * i, 140, 9));
    const below = item('Below, across the page', 50, 640, 470);
    expect(toLines([...side, below, ...main]).map((l) => l.text)).toEqual([...main, ...side, below].map((i) => i.str));
  });

  it('goes on with a paragraph cut short by a sidebar below the sidebar, and reads the sidebar after it', () => {
    const lines: Line[] = [
      { text: 'Funding for these proposals can come from money now spent on', x: 50, y: 700, right: 350, size: 10, frame: { left: 50, right: 360 } },
      { text: 'Did you know? One in three carers gave up work.', x: 380, y: 700, right: 520, size: 10, frame: { left: 380, right: 520 } },
      { text: 'residential placements far from home.', x: 50, y: 688, right: 300, size: 10 },
    ];
    expect(toBlocks([lines]).map((b) => b.text)).toEqual([
      'Funding for these proposals can come from money now spent on residential placements far from home.',
      'Did you know? One in three carers gave up work.',
    ]);
  });

  it('keeps labels and their values on one line: short labels are no column', () => {
    const form = ['Name', 'Organisation', 'Email'].flatMap((label, i) => [item(`${label}:`, 50, 700 - 14 * i, 60), item(`value ${i}`, 300, 700 - 14 * i, 80)]);
    expect(toLines(form).map((l) => l.text)).toEqual(['Name:', 'value 0', 'Organisation:', 'value 1', 'Email:', 'value 2']);
  });

  it('drops private-use glyphs, reads Symbol bullets as bullets, and starts a line at each bullet', () => {
    const lines = toLines([item('\ue001 Title', 50, 700, 100), item('\uf0b7 First', 50, 680, 60), item('\uf0b7 Second', 112, 680, 60)]);
    expect(lines.map((l) => l.text)).toEqual(['Title', '• First', '• Second']);
    expect(toBlocks([lines]).map((b) => b.text)).toEqual(['Title', '• First', '• Second']);
  });

  it('joins a superscript footnote mark to its line', () => {
    expect(toLines([item('Close to home.', 50, 700, 80), item('1', 131, 704, 4, 6)]).map((l) => l.text)).toEqual(['Close to home.1']);
  });
});

describe('segmentation across paragraph separators', () => {
  it.each([
    ['blank lines', '\n\n'],
    ['a line of spaces', '\n   \n'],
    ['a line of non-breaking spaces', '\n\u00a0\u00a0\n'],
  ])('finds unnumbered questions parted by %s', async (_name, sep) => {
    const text = ['Do you agree with the proposal to create a Family Help Service?', 'We support it.', 'How could recruitment of foster carers be improved?', 'Better allowances.'].join(sep);
    const report = await tagText(text + '\n');
    expect(report.segments.filter((s) => s.kind === 'question').map((s) => [s.question, s.stance.label])).toEqual([
      ['Do you agree with the proposal to create a Family Help Service?', 'agree'],
      ['How could recruitment of foster carers be improved?', 'neutral'],
    ]);
  });
});

describe('a PDF whose paragraphs are parted by nothing but a line break', () => {
  it('still gives each unnumbered question its segment', async () => {
    // Full-width lines at even spacing, as a PDF with no paragraph spacing lays them out.
    const texts = [
      'Do you agree with the proposal to create a Family Help Service?',
      'We support it, as the families we work with need help early and close to home, not after a crisis.',
      'How could recruitment of foster carers be improved?',
      'Better allowances, and support that goes on after approval, would keep carers for longer.',
    ];
    const builder = new StructureBuilder();
    for (const block of toBlocks([texts.map((text, i) => line(text, 700 - 12 * i))])) builder.add(block.kind, block.text);
    const { text, structure } = builder.result();
    const report = await tagDocument({ file: 'a.pdf', text, structure, encoding: 'pdf', bytes: 0, warnings: [] }, loadCompiledRules());
    expect(report.segments.filter((s) => s.kind === 'question').map((s) => [s.question, s.stance.label])).toEqual([
      [texts[0], 'agree'],
      [texts[2], 'neutral'],
    ]);
  });
});

describe('quoted statements put for comment', () => {
  const principle = (text: string, comment: string): string => `> ${text}\n\n${comment}\n\n`;
  it('are segments when the document quotes two or more, each followed by its comment', async () => {
    const md =
      principle('Children should stay with their families where it is safe.', 'We agree with this principle.') +
      principle('Authorities should publish a kinship offer each year.', 'We do not support an annual cycle.');
    const report = await tagText(md, { file: 'p.md' });
    expect(report.segments.map((s) => [s.kind, s.question, s.stance.label])).toEqual([
      ['question', 'Children should stay with their families where it is safe.', 'agree'],
      ['question', 'Authorities should publish a kinship offer each year.', 'disagree'],
    ]);
  });

  it('are prose when an answer quotes once', async () => {
    const report = await tagText(`Some context first.\n\n${principle('The strategy says families come first in every case.', 'We agree.')}`, { file: 'p.md' });
    expect(report.segments.every((s) => s.kind === 'prose')).toBe(true);
  });
});

describe('csc-tag text, --encoding and ignored files', () => {
  const dir = mkdtempSync(join(tmpdir(), 'csc-tag-readers-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  writeFileSync(join(dir, 'cp1252.txt'), Buffer.from('Question 1: Do you agree?\r\n\r\nYes, at \xa3200 a week \x93now\x94.\r\n', 'latin1'));
  writeFileSync(join(dir, 'export.numbers'), 'a,b\n1,2\n');
  writeFileSync(join(dir, 'photo.JPG'), 'x');

  it('prints the extracted text, and warns on stderr how it was decoded', async () => {
    const fake = fakeIo({ cwd: dir });
    expect(await run(['text', 'cp1252.txt'], fake.io)).toBe(0);
    expect(fake.stdout()).toBe('Question 1: Do you agree?\n\nYes, at £200 a week “now”.\n');
    expect(fake.stderr()).toBe('csc-tag: warning cp1252.txt: not valid UTF-8: read as Windows-1252 (give --encoding to choose another)\n');
  });

  it('reads a file outside the working folder, named from its own folder', async () => {
    const { mkdirSync } = await import('node:fs');
    mkdirSync(join(dir, 'elsewhere'), { recursive: true });
    const fake = fakeIo({ cwd: join(dir, 'elsewhere') });
    expect(await run(['text', '../cp1252.txt'], fake.io)).toBe(0);
    expect(fake.stdout()).toBe('Question 1: Do you agree?\n\nYes, at £200 a week “now”.\n');
    expect(fake.stderr()).toBe('csc-tag: warning cp1252.txt: not valid UTF-8: read as Windows-1252 (give --encoding to choose another)\n');
  });

  it('--encoding forces one: the same bytes as UTF-8 have their bad bytes replaced, counted', async () => {
    const fake = fakeIo({ cwd: dir });
    expect(await run(['text', '--encoding', 'utf-8', 'cp1252.txt'], fake.io)).toBe(0);
    expect(fake.stdout()).toContain('Yes, at \uFFFD200 a week \uFFFDnow\uFFFD.');
    expect(fake.stderr()).toBe('csc-tag: warning cp1252.txt: 3 invalid UTF-8 sequence(s) replaced with U+FFFD\n');
  });

  it('lists files of no known format on stderr and in report.json, and warnings in report.md', async () => {
    const fake = fakeIo({ cwd: dir });
    expect(await run(['.', '-o', 'out', '--jobs', '1', '--no-color'], fake.io)).toBe(0);
    expect(fake.stderr()).toContain('csc-tag: ignored export.numbers: no reader for this kind of file\ncsc-tag: ignored photo.JPG: no reader for this kind of file\n');
    expect(fake.stderr()).toContain('csc-tag: warning cp1252.txt: not valid UTF-8: read as Windows-1252');
    const { readFileSync } = await import('node:fs');
    const report = JSON.parse(readFileSync(join(dir, 'out/report.json'), 'utf8'));
    expect(report.ignored).toEqual({ files: ['export.numbers', 'photo.JPG'], byExtension: { '.jpg': 1, '.numbers': 1 } });
    // Markdown escapes (`\.`, `\-`) dropped, to read the text as rendered.
    const md = readFileSync(join(dir, 'out/report.md'), 'utf8').replace(/\\(.)/g, '$1');
    expect(md).toContain('## Ignored\n\nFiles of no format csc-tag reads (.jpg 1, .numbers 1):\n\n- export.numbers\n- photo.JPG\n');
    expect(md).toContain('Warning: not valid UTF-8: read as Windows-1252 (give --encoding to choose another)\n');
  });
});

describe('the README', () => {
  it('lists the formats of the registry', async () => {
    const { readFileSync } = await import('node:fs');
    const { formatsTable } = await import('../../src/cli/formats-help.js');
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    const listed = /<!-- formats -->\n([\s\S]*?)<!-- \/formats -->/.exec(readme)?.[1];
    expect(listed).toBe(formatsTable());
  });
});
