import { repairCharsets } from './mail-charset.js';
import { bounceReason, checkDepth, readMail } from './mail.js';
import { byLibrary, type Reader } from './reader.js';

const HEADER = /^(?:[\w-]+:[ \t]*\S.*|[ \t]+\S.*)$/;
const MESSAGE_HEADER = /^(?:received|message-id|mime-version|return-path|delivered-to|content-type):/im;

/**
 * An email's head: header lines up to the first blank line, at least three,
 * one of them one that only mail carries. A letter that opens `From: a
 * foster carer` is not taken for an email.
 */
function looksLikeEmail(bytes: Uint8Array): boolean {
  const head = new TextDecoder().decode(bytes.subarray(0, 4096)).replace(/\r\n?/g, '\n');
  const end = head.indexOf('\n\n');
  if (end < 0) return false;
  const lines = head.slice(0, end).split('\n');
  return lines.length >= 3 && lines.every((line) => HEADER.test(line)) && MESSAGE_HEADER.test(head.slice(0, end));
}

const bytesOf = (content: ArrayBuffer | Uint8Array | string): Uint8Array =>
  content instanceof ArrayBuffer ? new Uint8Array(content) : typeof content === 'string' ? new TextEncoder().encode(content) : content;

/**
 * Emails through postal-mime, which decodes quoted-printable, base64 and
 * charsets; mail.ts makes the body and each attachment documents. An email
 * attached to an email attached to an email is refused.
 */
export const emlReader: Reader = {
  name: 'eml',
  extensions: ['.eml'],
  description: 'emails: the body without quoted replies and signature, and each attachment by its own reader',
  sniff: looksLikeEmail,
  async *read(source, options) {
    const bytes = await source.bytes();
    checkDepth(options);
    const { default: PostalMime } = await import('postal-mime');
    const parser = new PostalMime({ attachmentEncoding: 'arraybuffer', forceRfc822Attachments: true, maxNestingDepth: 50 });
    const email = await byLibrary('eml', () => parser.parse(bytes));
    const from = email.from && 'address' in email.from ? email.from : undefined;
    const organisation = email.headers.find((h) => h.key === 'organization')?.value.trim();
    // The parsed tree, to decode again a part whose declared charset is wrong (mail-charset.ts).
    const root = (parser as unknown as { root?: unknown }).root;
    const text = email.text === undefined ? undefined : repairCharsets(email.text, root);
    const html = email.html === undefined ? undefined : repairCharsets(email.html, root);
    const notes = [...(text?.notes ?? []), ...(html?.notes ?? [])];
    const report = bounceReason({
      ...(from?.address ? { from: from.address } : {}),
      ...(email.subject ? { subject: email.subject } : {}),
      contentType: email.headers.find((h) => h.key === 'content-type')?.value ?? '',
      partTypes: email.attachments.map((a) => a.mimeType),
    });
    const mail = {
      ...(report ? { report } : {}),
      warnings: notes.map((message) => ({ code: 'email-charset-windows-1252', message })),
      ...(from ? { from: { ...(from.name ? { name: from.name } : {}), ...(from.address ? { address: from.address } : {}) } } : {}),
      ...(organisation ? { organisation } : {}),
      ...(email.subject ? { subject: email.subject } : {}),
      ...(email.date ? { date: email.date } : {}),
      ...(text ? { text: text.text } : {}),
      ...(html ? { html: html.text } : {}),
      attachments: email.attachments.map((a) => ({
        ...(a.filename ? { filename: a.filename } : {}),
        mimeType: a.mimeType,
        ...(a.mimeType === 'message/rfc822' ? { message: '.eml' as const } : {}),
        content: () => bytesOf(a.content),
      })),
    };
    yield* readMail(mail, options, { encoding: 'eml', bytes: bytes.length });
  },
};
