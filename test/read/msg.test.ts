import CFB from 'cfb';
import { describe, expect, it } from 'vitest';
import { readBytes } from '../../src/read/read-input.js';
import { collect } from '../helpers/collect.js';

/**
 * Outlook items built here with cfb, as scripts/fixtures/make-msg.mjs builds
 * the committed one ([MS-OXMSG]): the property stream and Unicode string
 * properties, here also a body kept only as compressed RTF and items nested
 * in items.
 */
const utf16 = (text: string): Buffer => Buffer.from(text, 'utf16le');

function properties(kind: 'top' | 'embedded' | 'attachment'): Buffer {
  return Buffer.alloc(kind === 'top' ? 32 : kind === 'embedded' ? 24 : 8);
}

function addMessage(cfb: CFB.CFB$Container, base: string, kind: 'top' | 'embedded', fields: Record<string, string | Buffer>): void {
  CFB.utils.cfb_add(cfb, `${base}/__properties_version1.0`, properties(kind));
  for (const [tag, value] of Object.entries(fields)) CFB.utils.cfb_add(cfb, `${base}/__substg1.0_${tag}`, typeof value === 'string' ? utf16(value) : value);
}

/** RTF as Outlook stores it when it does not compress: the MELA header, then the bytes as they are. */
function uncompressedRtf(rtf: string): Buffer {
  const body = Buffer.from(rtf, 'latin1');
  const header = Buffer.alloc(16);
  header.writeUInt32LE(body.length + 12, 0);
  header.writeUInt32LE(body.length, 4);
  header.writeUInt32LE(0x414c454d, 8);
  return Buffer.concat([header, body]);
}

function msg(fields: Record<string, string | Buffer>, nested?: Record<string, string | Buffer>[]): Uint8Array {
  const cfb = CFB.utils.cfb_new();
  addMessage(cfb, '', 'top', { '0037001F': 'Our response', '0C1A001F': 'Jo Bloggs', ...fields });
  let base = '';
  for (const [depth, inner] of (nested ?? []).entries()) {
    base += `/__attach_version1.0_#00000000`;
    CFB.utils.cfb_add(cfb, `${base}/__properties_version1.0`, properties('attachment'));
    CFB.utils.cfb_add(cfb, `${base}/__substg1.0_3001001F`, utf16(`inner ${depth + 1}`));
    base += '/__substg1.0_3701000D';
    addMessage(cfb, base, 'embedded', inner);
  }
  return CFB.write(cfb, { type: 'buffer' }) as Buffer;
}

const read = (name: string, bytes: Uint8Array) => collect(readBytes(name, bytes, {}, 0));

describe('Outlook items', () => {
  it.each([
    ['text Outlook wrapped in RTF', '{\\rtf1\\ansi\\ansicpg1252\\fromtext We agree\\par\\htmlrtf x\\htmlrtf0 }', 'We agree\n'],
    ['RTF of its own', '{\\rtf1\\ansi\\ansicpg1252{\\fonttbl{\\f0 Arial;}}Question 1: Do you agree?\\par Yes, we do\\par}', 'Question 1: Do you agree?\n\nYes, we do\n'],
  ])('read a body kept only as compressed RTF: %s', async (_name, rtf, text) => {
    const [item] = await read('rtf-only.msg', msg({ '10090102': uncompressedRtf(rtf) }));
    expect(item?.ok && [item.doc.text, item.doc.respondent?.name]).toEqual([text, 'Jo Bloggs']);
  });

  it('read an item in an item, and refuse one nested deeper, as emails are', async () => {
    const items = await read('chain.msg', msg({ '1000001F': 'Outer.' }, [{ '1000001F': 'Middle.' }, { '1000001F': 'Inner.' }]));
    expect(items.map((i) => (i.ok ? `read ${i.doc.name}: ${i.doc.text.trim()}` : `skipped ${i.name}: ${i.reason}`))).toEqual([
      'read chain.msg: Outer.',
      'read chain.msg#inner 1.msg: Middle.',
      'skipped chain.msg#inner 1.msg#inner 2.msg: an email inside 2 other emails (more than 1 deep is not read)',
    ]);
  });

  it('skip an Outlook report (a non-delivery report) as a bounce', async () => {
    const [item] = await read('ndr.msg', msg({ '001A001F': 'REPORT.IPM.Note.NDR', '1000001F': 'Delivery failed.' }));
    expect(item).toEqual({ ok: false, name: 'ndr.msg', code: 'bounce', reason: 'an Outlook report (REPORT.IPM.Note.NDR), not a response' });
  });
});
