import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Report } from '../../src/model/schema.js';
import { SHARED } from '../helpers/corpus.js';
import { runCli } from '../helpers/run-cli.js';
import { PROJECT_XSD, validateXml } from '../helpers/xmllint.js';

/**
 * report.qdpx read back as an importer would: the zip's layout, project.qde
 * against the REFI-QDA schema, and every selection's text, cut from its
 * source by code points, against the evidence in report.json.
 */

const SHARED_XSD = path.join(SHARED, 'refi-qda/Project.xsd');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'csc-qdpx-'));
const corpus = path.join(tmp, 'corpus');
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

const UNICODE = [
  'Question 1: Do you agree with the proposal on funding?',
  '',
  'Agree. We welcome the “extra” funding of £5 million 😀 for the budget. Funding for kinship carers 👩‍👩‍👧 matters too.',
  '',
  'Question 2: What more can be done to support the workforce?',
  '',
  'More social workers 🚀 and lower caseloads; “recruitment” and retention of social workers need funding.',
  '',
].join('\n');

const HOSTILE = ['Question 1: Do you agree? <script>alert(1)</script> ]]> &amp; \u000b', '', 'Disagree. <img src=x onerror=alert(1)> the budget & funding are "too low" </textarea> 💥.', ''].join(
  '\n',
);

interface Selection {
  name: string;
  start: number;
  end: number;
  description: string;
  codes: string[];
}
interface Source {
  name: string;
  path: string;
  selections: Selection[];
}

const unescape = (s: string): string =>
  s.replace(/&(lt|gt|quot|amp|#(\d+));/g, (_m, name: string, code?: string) =>
    code ? String.fromCodePoint(Number(code)) : ({ lt: '<', gt: '>', quot: '"', amp: '&' } as Record<string, string>)[name]!,
  );
const attr = (tag: string, name: string): string => unescape(new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1] ?? '');

function readSources(qde: string): Source[] {
  return [...qde.matchAll(/<TextSource [^>]*>[\s\S]*?<\/TextSource>/g)].map(([block]) => ({
    name: attr(block, 'name'),
    path: attr(block, 'plainTextPath'),
    selections: [...block.matchAll(/<PlainTextSelection [^>]*>[\s\S]*?<\/PlainTextSelection>/g)].map(([sel]) => ({
      name: attr(sel, 'name'),
      start: Number(attr(sel, 'startPosition')),
      end: Number(attr(sel, 'endPosition')),
      description: unescape(/<Description>([^<]*)<\/Description>/.exec(sel)?.[1] ?? ''),
      codes: [...sel.matchAll(/<CodeRef targetGUID="([^"]+)"/g)].map((m) => m[1]!),
    })),
  }));
}

const codePoints = (text: string, start: number, end: number): string => Array.from(text).slice(start, end).join('');

let out: string;
let files: Record<string, Uint8Array>;
let qde: string;
let report: Report;

beforeAll(async () => {
  fs.mkdirSync(corpus, { recursive: true });
  fs.writeFileSync(path.join(corpus, 'unicode.txt'), UNICODE);
  fs.writeFileSync(path.join(corpus, 'hostile & <odd>.txt'), HOSTILE);
  out = path.join(tmp, 'out');
  expect(await runCli([corpus, '-o', out, '-f', 'qdpx,qdc,json', '-q'])).toMatchObject({ code: 0, stderr: '' });
  files = unzipSync(fs.readFileSync(path.join(out, 'report.qdpx')));
  qde = strFromU8(files['project.qde']!);
  report = JSON.parse(fs.readFileSync(path.join(out, 'report.json'), 'utf8')) as Report;
}, 30_000);

describe('report.qdpx', () => {
  it('holds project.qde and one plain-text source per document under sources/, in sorted order', () => {
    expect(Object.keys(files)).toEqual(['project.qde', 'sources/0001.txt', 'sources/0002.txt']);
    expect(files['project.qde']!.subarray(0, 5)).toEqual(new TextEncoder().encode('<?xml'));
  });

  it('validates against the REFI-QDA Project schema', async () => {
    const result = await validateXml(qde, PROJECT_XSD);
    expect(result.errors).not.toMatch(/error/i);
    expect(result.valid).toBe(true);
  });

  it.skipIf(!fs.existsSync(SHARED_XSD))('reads a schema that is still ../shared/refi-qda/Project.xsd, byte for byte', () => {
    expect(fs.readFileSync(PROJECT_XSD, 'utf8')).toBe(fs.readFileSync(SHARED_XSD, 'utf8'));
  });

  it('stores each document’s decoded text exactly, and references it by path, not inline', () => {
    const sources = readSources(qde);
    expect(sources.map((s) => s.name)).toEqual(report.documents.map((d) => d.file));
    expect(qde).not.toContain('<PlainTextContent>');
    expect(strFromU8(files[sources[1]!.path.replace('internal://', 'sources/')]!)).toBe(UNICODE);
  });

  it('every selection, cut from its source by code points, is a segment or the evidence in report.json', () => {
    let astral = 0;
    for (const source of readSources(qde)) {
      const text = strFromU8(files[source.path.replace('internal://', 'sources/')]!);
      const doc = report.documents.find((d) => d.file === source.name)!;
      const segments = new Map(doc.segments.map((s) => [s.id, text.slice(s.position.start.offset, s.position.end.offset)]));
      const evidence = doc.segments.flatMap((s) => s.themes.flatMap((t) => t.evidence.map((e) => ({ theme: t.theme, e }))));
      for (const sel of source.selections) {
        const cut = codePoints(text, sel.start, sel.end);
        const segment = /^(s\d+)/.exec(sel.name)?.[1];
        if (segment && segments.has(segment)) expect(cut).toBe(segments.get(segment));
        else expect(evidence.map(({ e }) => e.text)).toContain(cut);
        if (text.slice(0, sel.start) !== codePoints(text, 0, sel.start)) astral++;
      }
      // Every theme's evidence is a selection with exactly its text.
      for (const { theme, e } of evidence) {
        const sel = source.selections.find((s) => codePoints(text, s.start, s.end) === e.text && s.description.includes(`theme ${theme} `));
        expect(sel, `${theme}: ${e.text}`).toBeDefined();
        expect(sel!.description).toContain(`rule: ${e.rule}`);
      }
    }
    // Code points and UTF-16 units part after the emoji: the test above would catch a miscount.
    expect(astral).toBeGreaterThan(0);
  });

  it('codes each question segment with its question and stance, and says why in its description', () => {
    const unicode = readSources(qde).find((s) => s.name.endsWith('unicode.txt'))!;
    const q1 = unicode.selections.find((s) => s.name.startsWith('s1'))!;
    expect(q1.description).toMatch(/^s1: stance agree \(explicit: closed answer\), confidence \d\.\d\d; rules: stance\.closed\.agree/);
    const codeName = (guid: string): string => attr(new RegExp(`<Code guid="${guid}"[^>]*>`).exec(qde)![0], 'name');
    const names = q1.codes.map(codeName);
    expect(names).toHaveLength(2);
    expect(names).toEqual(expect.arrayContaining(['agree', expect.stringMatching(/^q\d+ \(1\): Do you agree/)]));
  });

  it('escapes document text in names and descriptions, and keeps characters XML cannot hold out of the XML', () => {
    expect(qde).toMatch(/<TextSource [^>]*name="[^"]*hostile &amp; &lt;odd&gt;\.txt"/);
    expect(qde).not.toContain('<script>');
    expect(qde).not.toContain('\u000b');
  });

  it('has a code system of themes, stance and questions, with the codebook’s descriptions', () => {
    const roots = [...qde.matchAll(/^ {6}<Code [^>]*name="([^"]+)"/gm)].map((m) => m[1]);
    expect(roots).toEqual(['themes', 'stance', 'questions']);
    expect(qde).toMatch(/name="funding" isCodable="true" color="#[0-9a-f]{6}">\s*<Description>Money and resources/);
    expect(qde).toMatch(/name="agree" isCodable="true"[^>]*>\s*<Description>The answer supports/);
  });

  it('is byte-identical across runs', async () => {
    const again = path.join(tmp, 'again');
    expect(await runCli([corpus, '-o', again, '-f', 'qdpx,qdc', '-q'])).toMatchObject({ code: 0 });
    for (const file of ['report.qdpx', 'report.qdc']) expect(fs.readFileSync(path.join(again, file)).equals(fs.readFileSync(path.join(out, file))), file).toBe(true);
  });
});

describe('report.qdc', () => {
  it('is the same code system as a REFI-QDA Codebook, valid as the Project schema’s CodeBook', async () => {
    const qdc = fs.readFileSync(path.join(out, 'report.qdc'), 'utf8');
    expect(qdc).toMatch(/^<\?xml version="1\.0" encoding="utf-8"\?>\n<CodeBook xmlns="urn:QDA-XML:codebook:1\.0" origin="csc-tag /);
    // No Codebook.xsd here: its CodeBookType is the Project schema's, so the codes are checked inside a Project.
    const codes = /<Codes>[\s\S]*<\/Codes>/.exec(qdc)![0];
    const result = await validateXml(`<?xml version="1.0" encoding="utf-8"?><Project xmlns="urn:QDA-XML:project:1.0" name="t"><CodeBook>${codes}</CodeBook></Project>`, PROJECT_XSD);
    expect(result.valid, result.errors).toBe(true);
    expect(qde).toContain(codes.replace(/^/gm, '  ').trimStart());
  });
});
