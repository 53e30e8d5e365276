import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { readerFor } from '../../src/read/formats/index.js';
import { rtfText } from '../../src/read/formats/rtf.js';
import { compoundFileNames } from '../../src/read/ole.js';
import { ROOT } from '../helpers/corpus.js';
import { collect } from '../helpers/collect.js';

const fixture = (path: string) => readFileSync(join(ROOT, 'fixtures/read', path));

describe('legacy office formats in the registry', () => {
  it('are picked by content when the name does not say: a Word or Outlook compound file, or an RTF header', () => {
    expect(readerFor('download', fixture('doc/response-form/input.doc')).name).toBe('doc');
    expect(readerFor('download', fixture('msg/outlook-with-attachments/input.msg')).name).toBe('msg');
    expect(readerFor('download', fixture('rtf/response-form/input.rtf')).name).toBe('rtf');
    // A compound file of neither kind, or a broken one, is not claimed; the text reader then refuses it as binary.
    expect(readerFor('download', new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Uint8Array(600)])).name).toBe('text');
  });

  it('list the streams of a sound compound file', () => {
    expect(compoundFileNames(fixture('doc/response-form/input.doc'))).toContain('WordDocument');
    const names = compoundFileNames(fixture('msg/outlook-with-attachments/input.msg'));
    expect(names).toContain('__properties_version1.0');
    expect(names).toContain('__substg1.0_3701000D');
  });
});

describe('RTF text', () => {
  it.each([
    ['the code page for bytes', "{\\rtf1\\ansi\\ansicpg1252 I\\'92m caf\\'e9\\par}", 'I’m café\n'],
    ['\\uN with its fallback skipped, by \\uc', "{\\rtf1 Gw\\u373?n {\\uc2 \\u8212\\'97\\'97 ok}\\par}", 'Gwŵn — ok\n'],
    ['escapes and symbols', '{\\rtf1 a\\{b\\}c\\\\d\\tab e\\emdash f\\line g\\par}', 'a{b}c\\d e—f\ng\n'],
    [
      'fonts, styles, properties and field codes left out, a field result kept',
      '{\\rtf1{\\fonttbl{\\f0 Arial;}}{\\info{\\author Jo}}{\\*\\generator x;}{\\field{\\*\\fldinst FORMTEXT}{\\fldrslt Kept}}\\par}',
      'Kept\n',
    ],
  ])('%s', async (_name, rtf, text) => {
    expect((await rtfText(strToU8(rtf))).text).toBe(text);
  });

  it('puts a footnote and a comment after their paragraph, marked, and marks headings and bold lines', async () => {
    const rtf =
      '{\\rtf1{\\pard\\outlinelevel0 Title\\par}{\\pard\\b Question 1: Do you agree?\\b0\\par}' +
      '{\\pard Yes.{\\footnote \\pard Our survey.}{\\*\\atnid R}\\chatn{\\*\\annotation \\pard Check this.} More.\\par}}';
    const { text, structure, notes } = await rtfText(strToU8(rtf));
    expect(text).toBe('Title\n\nQuestion 1: Do you agree?\n\nYes. More.\n\n[Footnote: Our survey.]\n\n[Comment: Check this.]\n');
    expect(structure.map((b) => [b.kind, b.bold ?? false])).toEqual([
      ['heading', false],
      ['paragraph', true],
      ['paragraph', false],
      ['paragraph', false],
      ['paragraph', false],
    ]);
    expect(notes.warnings('inline').map((w) => w.code)).toEqual(['notes-inline', 'comments-inline']);
  });

  it('refuses what is not RTF', async () => {
    await expect(rtfText(strToU8('{\\pard not rtf}'))).rejects.toThrow('no {\\rtf header');
  });
});

describe('a legacy Word file named .docx', () => {
  it('is read as the .doc it is', async () => {
    const { readBytes } = await import('../../src/read/read-input.js');
    const [item] = await collect(readBytes('renamed.docx', fixture('doc/response-form/input.doc'), {}, 0));
    expect(item?.ok && item.doc.encoding).toBe('doc');
  });
});
