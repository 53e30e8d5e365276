import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { readBytes } from '../../src/read/read-input.js';
import { ROOT } from '../helpers/corpus.js';
import { caseFolder, documentOf, expectOkReported, readReport, tag, useTempRoot, pdfOf } from './helpers.js';
import { collect } from '../helpers/collect.js';

/**
 * Hostile legacy office files (issue 26): compound files (.doc, .msg) whose
 * header, sector chains or stream sizes lie, and RTF that nests without end
 * or asks for gigabytes. The libraries that read them follow what the file
 * says, so each is checked first and skipped with a one-line reason.
 */
const root = useTempRoot('office');
const read = (name: string, bytes: Uint8Array) => collect(readBytes(name, bytes, {}, 0));
const DOC = readFileSync(join(ROOT, 'fixtures/read/doc/response-form/input.doc'));
const MSG = readFileSync(join(ROOT, 'fixtures/read/msg/outlook-with-attachments/input.msg'));

function patched(bytes: Uint8Array, edit: (view: DataView) => void): Uint8Array {
  const copy = new Uint8Array(bytes);
  edit(new DataView(copy.buffer));
  return copy;
}

/** The directory's chain made to loop: its first sector leads to sector 0 (or 1), which leads back. */
function loopedDirectory(bytes: Uint8Array): Uint8Array {
  return patched(bytes, (view) => {
    const size = 1 << view.getUint16(30, true);
    const fat = (view.getUint32(76, true) + 1) * size;
    const directory = view.getUint32(48, true);
    const other = directory === 0 ? 1 : 0;
    view.setUint32(fat + 4 * directory, other, true);
    view.setUint32(fat + 4 * other, directory, true);
  });
}

/** Every stream entry of the directory declared 4 GB long: a "huge" item in a small file. */
function hugeStreams(bytes: Uint8Array): Uint8Array {
  return patched(bytes, (view) => {
    const size = 1 << view.getUint16(30, true);
    const directory = (view.getUint32(48, true) + 1) * size;
    for (let entry = directory; entry < directory + size; entry += 128) if (view.getUint8(entry + 66) === 2) view.setUint32(entry + 120, 0xfffffff0, true);
  });
}

/** A one-page PDF with text and `count` filled-in text fields: a "form" no person fills in. */
function pdfWithFields(count: number): Uint8Array {
  const stream = 'BT /F1 12 Tf 72 720 Td (Question 1: Do you agree?) Tj ET';
  const widgets = Array.from({ length: count }, (_, i) => `<< /Type /Annot /Subtype /Widget /FT /Tx /T (f${i}) /V (x) /Rect [72 ${700 - (i % 600)} 200 ${710 - (i % 600)}] >>`);
  const objects = [
    `<< /Type /Catalog /Pages 2 0 R /AcroForm << /Fields [${widgets.map((_, i) => `${i + 6} 0 R`).join(' ')}] >> >>`,
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> /Annots [${widgets.map((_, i) => `${i + 6} 0 R`).join(' ')}] >>`,
    `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
    ...widgets,
  ];
  return pdfOf(objects);
}

const ODT_FORM = (count: number) =>
  zipSync({
    'content.xml': strToU8(
      '<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" ' +
        'xmlns:form="urn:oasis:names:tc:opendocument:xmlns:form:1.0"><office:body><office:text><office:forms><form:form>' +
        Array.from({ length: count }, (_, i) => `<form:text form:id="c${i}" form:current-value="x"/>`).join('') +
        '</form:form></office:forms><text:p>Question 1: Do you agree?</text:p></office:text></office:body></office:document-content>',
    ),
  });

const DOCX_FORM = (count: number) =>
  zipSync({
    '[Content_Types].xml': strToU8('<Types/>'),
    'word/document.xml': strToU8(
      '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>' +
        '<w:sdt><w:sdtPr><w:text/></w:sdtPr><w:sdtContent><w:p><w:r><w:t>x</w:t></w:r></w:p></w:sdtContent></w:sdt>'.repeat(count) +
        '</w:body></w:document>',
    ),
  });

describe('forms with 10,000 fields', () => {
  it.each([
    ['fields.pdf', pdfWithFields(10_000)],
    ['fields.odt', ODT_FORM(10_000)],
    ['fields.docx', DOCX_FORM(10_000)],
  ])('%s is skipped in one line', async (name, bytes) => {
    expect(await read(name, bytes)).toEqual([{ ok: false, name, code: 'too-many-fields', reason: 'a form with more than 2000 fields' }]);
  });

  it('while a form with a few fields is read, each value in place', async () => {
    const [pdf] = await read('few.pdf', pdfWithFields(1));
    expect(pdf?.ok && pdf.doc.text).toBe('Question 1: Do you agree?\nx\n');
    const [odt] = await read('few.odt', ODT_FORM(3));
    expect(odt?.ok && odt.doc.text).toBe('Question 1: Do you agree?\n');
  });
});

describe('hostile .doc, .msg and .rtf files', () => {
  it.each([
    ['broken-header.doc', patched(DOC, (view) => view.setUint16(30, 3, true)), 'not a readable compound file (bad header)'],
    ['truncated.doc', DOC.subarray(0, 1024), 'not a readable compound file (bad directory chain)'],
    ['looped.doc', loopedDirectory(DOC), 'not a readable compound file (bad directory chain)'],
    ['looped.msg', loopedDirectory(MSG), 'not a readable compound file (bad directory chain)'],
    ['huge.msg', hugeStreams(MSG), 'not a readable compound file (bad stream size)'],
    ['deep.rtf', strToU8('{\\rtf1 ' + '{'.repeat(10_000) + 'text' + '}'.repeat(10_001)), 'RTF groups nested more than 200 deep'],
    ['bin.rtf', strToU8('{\\rtf1 {\\bin4000000000 x}}'), 'not a readable RTF document (\\bin4000000000 is longer than the file)'],
  ])('%s is skipped in one line', async (name, bytes, reason) => {
    const [item, ...rest] = await read(name, bytes);
    expect(rest).toEqual([]);
    expect(item).toMatchObject({ ok: false, name, reason });
  });

  it('a run over them goes on: each skipped in one line, a .msg over --max-file-size unread, the good file tagged', async () => {
    const cwd = caseFolder(root(), 'all', {
      'broken.doc': patched(DOC, (view) => view.setUint16(28, 0, true)),
      'looped.msg': loopedDirectory(MSG),
      'deep.rtf': strToU8('{\\rtf1 ' + '{'.repeat(5_000) + '}'.repeat(5_001)),
      // An Outlook item over --max-file-size (padded here to 40 KB) is skipped before it is read.
      'big.msg': new Uint8Array([...MSG, ...new Uint8Array(40_000 - MSG.length)]),
    });
    const result = await tag(cwd, ['in', '-o', 'out', '-q', '--max-file-size', '30kb']);
    expect(result.code).toBe(0);
    expect(result.stderr.split('\n').filter(Boolean)).toEqual([
      'csc-tag: skipped in/big.msg: file is 40 KB, over the --max-file-size limit of 30 KB',
      'csc-tag: skipped in/broken.doc: not a readable compound file (bad header)',
      'csc-tag: skipped in/deep.rtf: RTF groups nested more than 200 deep',
      'csc-tag: skipped in/looped.msg: not a readable compound file (bad directory chain)',
    ]);
    const report = readReport(join(cwd, 'out'));
    expect(report.skipped.map((s) => s.code)).toEqual(['too-large', 'malformed', 'too-deep', 'malformed']);
    expect(documentOf(report, 'in/ok.txt').segments[0]!.stance.label).toBe('agree');
    expectOkReported(report);
  });
});
