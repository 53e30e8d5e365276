import { describe, expect, it } from 'vitest';
import { readMail } from '../../src/read/formats/mail.js';
import { DEFAULT_LIMITS, ReadError, type ReadItem } from '../../src/read/formats/reader.js';
import { readBytes } from '../../src/read/read-input.js';

describe('an attachment that cannot be taken out of its email', () => {
  it('is skipped on its own, under its own name: the body, already read, is not also skipped', async () => {
    const options = { name: 'x.msg', depth: 0, maxFileSize: 1e7, limits: DEFAULT_LIMITS, readInner: (name: string, bytes: Uint8Array) => readBytes(name, bytes, {}, 1) };
    const broken = () => {
      throw new ReadError('unreadable-format', 'could not be read as msg (bad attachment)');
    };
    const mail = {
      from: { address: 'a@example.org' },
      text: 'Question 1: Do you agree?\nYes.',
      attachments: [
        { filename: 'broken.txt', mimeType: 'text/plain', content: broken },
        { filename: 'fine.txt', mimeType: 'text/plain', content: () => new TextEncoder().encode('Agree.\n') },
      ],
    };
    const items: ReadItem[] = [];
    for await (const item of readMail(mail, options, { encoding: 'msg', bytes: 10 })) items.push(item);
    expect(items.map((i) => (i.ok ? `doc ${i.doc.name}` : `skip ${i.name} ${i.code}`))).toEqual(['doc x.msg', 'skip x.msg#broken.txt unreadable-format', 'doc x.msg#fine.txt']);
  });
});
