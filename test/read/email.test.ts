import { describe, expect, it } from 'vitest';
import { ownWords } from '../../src/read/formats/email-body.js';
import { repairCharsets } from '../../src/read/formats/mail-charset.js';
import { bounceReason } from '../../src/read/formats/mail.js';
import { readBytes } from '../../src/read/read-input.js';
import { collect } from '../helpers/collect.js';

describe("an email body's own words", () => {
  it.each([
    ['an Outlook block, bold from HTML, To before Sent', 'We agree.\n\n*From:* Team\n*To:* Jo\n*Sent:* Monday\n*Subject:* x\n\nOld text\n', 'We agree.\n', ['quoted reply']],
    ['a Lotus Notes reply head', 'We agree.\n\nConsultation Team/DfE/GB@DfE\n03/07/2023 09:00\nTo: Jo Smith\nSubject: x\n\nOld text\n', 'We agree.\n', ['quoted reply']],
    ['a forwarded message below the own words', 'See below.\n\n---------- Forwarded message ---------\nFrom: Ann\nDate: Mon\n\nOld\n', 'See below.\n', ['quoted reply']],
    ['a forwarded message with nothing above', '\n----- Forwarded by Jo/Org on 05/07/2023 10:58 -----\nFrom: Ann\nTo: Jo/Org@Org\nSubject: x\n\nAgree.\n', 'Agree.\n', ['forwarded header']],
    ["a phone's signature", 'We agree.\n\nSent from my iPhone\n', 'We agree.\n', ['signature']],
    ['a confidentiality notice', 'We agree.\n\nThis e-mail and any attachments may be confidential.\nIf you are not the intended recipient, delete it.\n\nDan\n', 'We agree.\n\nDan\n', ['disclaimer']],
    ['a letter that opens "From:" and says "confidential" of its own', 'From: a foster carer\n\nRecords must stay confidential.\n', 'From: a foster carer\n\nRecords must stay confidential.\n', []],
  ])('%s', (_name, body, text, dropped) => {
    expect(ownWords(body)).toEqual({ text, dropped });
  });
});

describe('email charsets', () => {
  it('reads 0x80-0x9F characters decoded as Latin-1 controls as Windows-1252', () => {
    expect(repairCharsets('I\u0092m \u0093here\u0094\r\n', undefined)).toEqual({ text: 'I’m “here”\n', notes: ['3 character(s) in 0x80-0x9F read as Windows-1252, not Latin-1 controls'] });
  });

  it('decodes again a part declared utf-8 whose bytes are Windows-1252, and leaves a real UTF-8 one alone', async () => {
    const mail = (charset: string, body: number[]) =>
      Uint8Array.from([...Buffer.from(`From: a@b.example\r\nMessage-ID: <1@b>\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=${charset}\r\n\r\n`), ...body, 0x0a]);
    const [bad] = await collect(readBytes('bad.eml', mail('utf-8', [0x49, 0x92, 0x6d, 0x20, 0x96, 0x20, 0x6f, 0x6b]), {}, 0));
    expect(bad?.ok && [bad.doc.text, bad.doc.warnings.map((w) => w.code)]).toEqual(['I’m – ok\n', ['email-charset-windows-1252']]);
    const [good] = await collect(readBytes('good.eml', mail('utf-8', [...Buffer.from('I’m – ok')]), {}, 0));
    expect(good?.ok && [good.doc.text, good.doc.warnings]).toEqual(['I’m – ok\n', []]);
  });
});

describe('bounces', () => {
  it.each([
    [{ contentType: 'multipart/report; report-type=delivery-status; boundary="x"', partTypes: [] }, 'a delivery status notification (bounce), not a response'],
    [{ partTypes: ['text/plain', 'message/delivery-status'] }, 'a delivery status notification (bounce), not a response'],
    [{ from: 'MAILER-DAEMON@mx.example', partTypes: [] }, 'a bounce from mailer-daemon@mx.example, not a response'],
    [{ subject: 'Undeliverable: Our response', partTypes: [] }, 'a bounce (its subject says delivery failed), not a response'],
    [{ from: 'jo@example.org', subject: 'Re: undeliverable post and our response', partTypes: ['application/pdf'] }, undefined],
  ])('%j', (email, reason) => {
    expect(bounceReason(email)).toBe(reason);
  });
});

describe('an HTML email from Outlook', () => {
  it.each([
    ['on the web', '<div id="appendonsend"></div><hr style="display:inline-block"><div id="divRplyFwdMsg"><b>From:</b> Team<br><b>Sent:</b> Monday</div>'],
    ['on the desktop', '<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm"><p><b>From:</b> Team<br><b>Sent:</b> Monday</p></div>'],
  ])('%s: the thread below the reply head is left out', async (_name, head) => {
    const html = `<html><body><p>We agree with the proposal.</p>${head}<div><p>Please send us your views.</p></div></body></html>`;
    const eml = `From: Jo <jo@example.org>\r\nMessage-ID: <h@example.org>\r\nMIME-Version: 1.0\r\nContent-Type: text/html; charset=utf-8\r\n\r\n${html}\r\n`;
    const [item] = await collect(readBytes('reply.eml', new TextEncoder().encode(eml), {}, 0));
    expect(item?.ok && [item.doc.text, item.doc.warnings.map((w) => w.code)]).toEqual(['We agree with the proposal.\n', ['email-quoted-reply-dropped']]);
  });
});
