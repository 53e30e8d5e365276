import { join } from 'node:path';
import { Deflate, zipSync, strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { readBytes } from '../../src/read/read-input.js';
import { ROOT } from '../helpers/corpus.js';
import { caseFolder, documentOf, expectOkReported, readReport, tag, useTempRoot, pdfOf } from './helpers.js';
import { collect } from '../helpers/collect.js';

/**
 * Hostile documents (issue 15, point 6), each built here, small: a zip bomb,
 * an entry that says it is huge, XML entity expansion, an encrypted or
 * broken PDF, a PDF with no text, and emails nested three deep. Each is
 * skipped with a one-line reason while the rest of the run goes on.
 */
const root = useTempRoot('documents');
const QUIET = ['in', '-o', 'out', '-q', '--jobs', '1'];

/** A zip whose one entry is given already deflated, declaring whatever uncompressed size the test says. */
function zipWith(name: string, deflated: Uint8Array, declaredSize: number): Uint8Array {
  const nameBytes = strToU8(name);
  const local = new Uint8Array(30 + nameBytes.length);
  const lv = new DataView(local.buffer);
  lv.setUint32(0, 0x04034b50, true);
  lv.setUint16(4, 20, true);
  lv.setUint16(8, 8, true);
  lv.setUint32(18, deflated.length, true);
  lv.setUint32(22, declaredSize, true);
  lv.setUint16(26, nameBytes.length, true);
  local.set(nameBytes, 30);
  const central = new Uint8Array(46 + nameBytes.length);
  const cv = new DataView(central.buffer);
  cv.setUint32(0, 0x02014b50, true);
  cv.setUint16(4, 20, true);
  cv.setUint16(6, 20, true);
  cv.setUint16(10, 8, true);
  cv.setUint32(20, deflated.length, true);
  cv.setUint32(24, declaredSize, true);
  cv.setUint16(28, nameBytes.length, true);
  cv.setUint32(42, 0, true);
  central.set(nameBytes, 46);
  const end = new Uint8Array(22);
  const ev = new DataView(end.buffer);
  ev.setUint32(0, 0x06054b50, true);
  ev.setUint16(8, 1, true);
  ev.setUint16(10, 1, true);
  ev.setUint32(12, central.length, true);
  ev.setUint32(16, local.length + deflated.length, true);
  const out = new Uint8Array(local.length + deflated.length + central.length + end.length);
  out.set(local, 0);
  out.set(deflated, local.length);
  out.set(central, local.length + deflated.length);
  out.set(end, local.length + deflated.length + central.length);
  return out;
}

/** `megabytes` of spaces, deflated a megabyte at a time: a file of a few hundred KB that inflates a thousandfold. */
function bomb(megabytes: number): Uint8Array {
  const chunks: Uint8Array[] = [];
  const deflate = new Deflate({ level: 6 }, (chunk) => chunks.push(chunk));
  const mb = new Uint8Array(1e6).fill(0x20);
  for (let i = 0; i < megabytes; i++) deflate.push(mb, i === megabytes - 1);
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const chunk of chunks) out.set(chunk, (at += chunk.length) - chunk.length);
  return out;
}

const BILLION_LAUGHS =
  '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">' +
  '<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>' +
  '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>&lol3;</w:t></w:r></w:p></w:body></w:document>';

/** A one-page PDF that draws a rectangle and has no text: what a scanner without OCR makes, in miniature. */
function pdfWithoutText(): Uint8Array {
  const stream = '0 0 m 100 100 l S';
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] /Contents 4 0 R >>',
    `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`,
  ];
  return pdfOf(objects);
}

/** An email carrying `inner` as an attached message/rfc822 part. */
function emailAround(subject: string, body: string, inner?: string): string {
  const head = `From: Jo <jo@example.org>\r\nTo: team@example.gov\r\nSubject: ${subject}\r\nMessage-ID: <${subject.replace(/\W/g, '')}@example.org>\r\nMIME-Version: 1.0\r\n`;
  if (!inner) return `${head}Content-Type: text/plain; charset=utf-8\r\n\r\n${body}\r\n`;
  const b = `b-${subject.replace(/\W/g, '')}`;
  return (
    `${head}Content-Type: multipart/mixed; boundary="${b}"\r\n\r\n--${b}\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n${body}\r\n` +
    `--${b}\r\nContent-Type: message/rfc822\r\nContent-Disposition: attachment; filename="${subject}.eml"\r\n\r\n${inner}\r\n--${b}--\r\n`
  );
}

const read = (name: string, bytes: Uint8Array) => collect(readBytes(name, bytes, {}, 0));

describe('hostile documents', () => {
  it('a zip bomb whose directory lies about its size: inflating stops at the cap', async () => {
    // The cap lowered to 2 MB so the bomb can be small: 8 MB of spaces in about 8 KB.
    const docx = zipWith('word/document.xml', bomb(8), 1000);
    expect(docx.length).toBeLessThan(20_000);
    const items = await collect(readBytes('bomb.docx', docx, { limits: { maxUncompressed: 2e6, maxEmailDepth: 1 } }, 0));
    expect(items).toEqual([{ ok: false, name: 'bomb.docx', code: 'too-large-uncompressed', reason: 'inflates to more than 2 MB (zip bomb?)' }]);
  });

  it('an entry that declares a huge size is refused before anything is inflated', async () => {
    const odt = zipWith('content.xml', bomb(1), 4_000_000_000);
    expect(await read('huge.odt', odt)).toEqual([{ ok: false, name: 'huge.odt', code: 'too-large-uncompressed', reason: 'inflates to more than 50 MB (zip bomb?)' }]);
  });

  it.each([
    ['lol.docx', zipSync({ '[Content_Types].xml': strToU8('<Types/>'), 'word/document.xml': strToU8(BILLION_LAUGHS) }), 'word/document.xml'],
    ['lol.odt', zipSync({ 'content.xml': strToU8(BILLION_LAUGHS.replace(/w:/g, 'text:')) }), 'content.xml'],
  ])('%s: XML with entity declarations is refused, never expanded', async (name, bytes, entry) => {
    expect(await read(name, bytes)).toEqual([{ ok: false, name, code: 'xml-dtd', reason: `${entry} declares a DTD or entities (refused: entity expansion)` }]);
  });

  it('an encrypted PDF (made by LibreOffice with an open password) is skipped, saying so', async () => {
    const bytes = readFileSync(join(ROOT, 'fixtures/read/hostile/encrypted.pdf'));
    expect(await read('locked.pdf', bytes)).toEqual([{ ok: false, name: 'locked.pdf', code: 'encrypted', reason: 'encrypted PDF (password required)' }]);
  });

  it('a broken PDF is skipped in one line', async () => {
    const [item] = await read('broken.pdf', strToU8('%PDF-1.7\nthis is not a PDF at all\n'));
    expect(item).toMatchObject({ ok: false, code: 'malformed' });
    expect(item!.ok === false && item!.reason).toMatch(/^not a readable PDF \([^\n]*\)$/);
  });

  it('a PDF with no text layer is skipped as a probable scan', async () => {
    expect(await read('scan.pdf', pdfWithoutText())).toEqual([{ ok: false, name: 'scan.pdf', code: 'no-text-layer', reason: 'no text layer (scanned image?)' }]);
  });

  it('an email in an email in an email: the two outer ones are read, the innermost skipped', async () => {
    const eml = emailAround('outer', 'Question 1: Do you agree?\r\n\r\nYes.', emailAround('middle', 'Forwarded.', emailAround('inner', 'The oldest.')));
    const items = await read('chain.eml', strToU8(eml));
    expect(items.map((i) => (i.ok ? `read ${i.doc.name}` : `skipped ${i.name}: ${i.reason}`))).toEqual([
      'read chain.eml',
      'read chain.eml#outer.eml',
      'skipped chain.eml#outer.eml#middle.eml: an email inside 2 other emails (more than 1 deep is not read)',
    ]);
  });

  it('a run over all of them goes on: each skipped in one line, the good file tagged, exit 1 with --strict', async () => {
    const cwd = caseFolder(root(), 'all', {
      'bomb.docx': zipWith('word/document.xml', bomb(1), 4_000_000_000),
      'lol.odt': zipSync({ 'content.xml': strToU8(BILLION_LAUGHS) }),
      'scan.pdf': pdfWithoutText(),
      'broken.pdf': strToU8('%PDF-1.7\nbroken\n'),
    });
    const result = await tag(cwd, [...QUIET, '--strict']);
    expect(result.code).toBe(1);
    expect(
      result.stderr
        .split('\n')
        .filter(Boolean)
        .map((line) => line.replace(/ \(.*$/, '')),
    ).toEqual([
      'csc-tag: skipped in/bomb.docx: inflates to more than 50 MB',
      'csc-tag: skipped in/broken.pdf: not a readable PDF',
      'csc-tag: skipped in/lol.odt: content.xml declares a DTD or entities',
      'csc-tag: skipped in/scan.pdf: no text layer',
    ]);
    const report = readReport(join(cwd, 'out'));
    expect(documentOf(report, 'in/ok.txt').segments[0]!.stance.label).toBe('agree');
    expect(report.skipped.map((s) => s.code)).toEqual(['too-large-uncompressed', 'malformed', 'xml-dtd', 'no-text-layer']);
    expectOkReported(report);
  });
});
