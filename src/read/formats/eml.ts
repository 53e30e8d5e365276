import { extensionOf } from '../extension.js';
import { readerForName } from './index.js';
import { ownWords } from './email-body.js';
import { readHtmlString } from './html.js';
import { ReadError, type Reader, type ReadItem } from './reader.js';

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

/** A name an attachment can be read by: its file name, or `message.eml` for an attached email, else `attachment-N`. */
function attachmentName(filename: string | null, mimeType: string, index: number): string {
  const base = (filename ?? '').replace(/[\\/#\n\r]/g, '_').trim();
  if (base) return mimeType === 'message/rfc822' && !extensionOf(base) ? `${base}.eml` : base;
  return mimeType === 'message/rfc822' ? `message-${index + 1}.eml` : `attachment-${index + 1}`;
}

/**
 * Emails through postal-mime, which decodes quoted-printable, base64 and
 * charsets. The body (plain text, else the HTML through the HTML reader),
 * without quoted replies and signature, is one document; each attachment is
 * read by its own reader as its own document, `letter.eml#response.docx`.
 * An email attached to an email attached to an email is refused.
 */
export const emlReader: Reader = {
  name: 'eml',
  extensions: ['.eml'],
  description: 'emails: the body without quoted replies and signature, and each attachment by its own reader',
  sniff: looksLikeEmail,
  async read(bytes, options) {
    if (options.depth > options.limits.maxEmailDepth) {
      throw new ReadError('too-deep', `an email inside ${options.depth} other emails (more than ${options.limits.maxEmailDepth} deep is not read)`);
    }
    const { default: PostalMime } = await import('postal-mime');
    const email = await PostalMime.parse(bytes, { attachmentEncoding: 'arraybuffer', forceRfc822Attachments: true, maxNestingDepth: 50 });
    const from = email.from && 'address' in email.from ? email.from : undefined;
    const organisation = email.headers.find((h) => h.key === 'organization')?.value.trim();
    const attributes: Record<string, string> = {};
    if (from?.address) attributes.email = from.address;
    if (from?.name) attributes.sender = from.name;
    if (organisation) attributes.organisation = organisation;
    if (email.subject) attributes.subject = email.subject;
    if (email.date) attributes.date = email.date;
    const name = organisation || from?.name || from?.address;
    const respondent = { ...(name ? { name } : {}), attributes };
    const warnings: { code: string; message: string }[] = [];

    const items: ReadItem[] = [];
    if (email.text !== undefined || email.html === undefined) {
      const { text, dropped } = ownWords(email.text ?? '');
      for (const what of dropped) warnings.push({ code: `email-${what.replace(' ', '-')}-dropped`, message: `${what} left out of the body` });
      items.push({ ok: true, doc: { name: options.name, text, encoding: 'eml', bytes: bytes.length, warnings, respondent } });
    } else {
      const [body] = await readHtmlString(email.html, options, { encoding: 'eml (html)', bytes: bytes.length, warnings });
      if (body?.ok) items.push({ ok: true, doc: { ...body.doc, respondent: { name: body.doc.respondent?.name ?? name, ...respondent } } });
    }
    for (const [index, attachment] of email.attachments.entries()) {
      const inner = `${options.name}#${attachmentName(attachment.filename, attachment.mimeType, index)}`;
      if (!readerForName(inner) && attachment.mimeType !== 'message/rfc822') {
        warnings.push({ code: 'attachment-not-read', message: `attachment ${inner.slice(options.name.length + 1)} (${attachment.mimeType}) is of no format csc-tag reads` });
        continue;
      }
      const content =
        attachment.content instanceof ArrayBuffer ? new Uint8Array(attachment.content) : typeof attachment.content === 'string' ? new TextEncoder().encode(attachment.content) : attachment.content;
      for (const item of await options.readInner(inner, content)) {
        // An attachment with no author of its own was sent by the email's sender.
        items.push(item.ok && !item.doc.respondent?.name ? { ok: true, doc: { ...item.doc, respondent } } : item);
      }
    }
    return items;
  },
};
