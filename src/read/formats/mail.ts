import type { DecodeWarning } from '../decode.js';
import { extensionOf } from '../extension.js';
import { ownWords } from './email-body.js';
import { readHtmlString } from './html.js';
import { readerForName } from './index.js';
import { makeRespondent } from '../respondent.js';
import { failedItem, ReadError, type ReadDoc, type ReaderOptions, type ReadItem } from './reader.js';

/** What .eml and .msg have in common once their own library has parsed them. */
export interface Mail {
  from?: { name?: string; address?: string };
  organisation?: string;
  subject?: string;
  date?: string;
  text?: string;
  html?: string;
  attachments: MailAttachment[];
  /** Said of the message as a whole before its body is read (a charset read otherwise than declared). */
  warnings?: DecodeWarning[];
  /** Why the message is a bounce or another report, not a response: it is then skipped. */
  report?: string;
}

export interface MailAttachment {
  filename?: string;
  mimeType: string;
  /** An email attached as such (message/rfc822, or an Outlook item inside an Outlook item). */
  message?: '.eml' | '.msg';
  content: () => Uint8Array;
}

/** The refusal both email readers give an email nested deeper than the limit. */
export function checkDepth(options: ReaderOptions): void {
  if (options.depth > options.limits.maxEmailDepth) {
    throw new ReadError('too-deep', `an email inside ${options.depth} other emails (more than ${options.limits.maxEmailDepth} deep is not read)`);
  }
}

const BOUNCE_SUBJECT =
  /^(?:undeliverable|undelivered mail|delivery status notification|delivery (?:has )?failed|delivery failure|mail delivery (?:failed|failure|subsystem)|returned mail|failure notice|non-?delivery)\b/i;
const BOUNCE_SENDER = /^(?:mailer-daemon|postmaster)@/i;

/** Why an email is a bounce (a delivery status notification), or undefined: by its report part, its sender or its subject. */
export function bounceReason(email: { from?: string; subject?: string; contentType?: string; partTypes: readonly string[] }): string | undefined {
  const report = /multipart\/report/i.test(email.contentType ?? '') && /report-type\s*=\s*"?delivery-status/i.test(email.contentType ?? '');
  if (report || email.partTypes.some((type) => /^message\/(?:global-)?delivery-status$/i.test(type))) return 'a delivery status notification (bounce), not a response';
  if (email.from && BOUNCE_SENDER.test(email.from)) return `a bounce from ${email.from.toLowerCase()}, not a response`;
  if (email.subject && BOUNCE_SUBJECT.test(email.subject.trim())) return 'a bounce (its subject says delivery failed), not a response';
  return undefined;
}

/**
 * Outlook's HTML reply: the thread below the reply head (Outlook on the web's
 * `appendonsend` and `divRplyFwdMsg` markers, or desktop Outlook's head
 * under a grey rule), which comes as siblings after the head, not inside it.
 */
const OUTLOOK_THREAD = /<(?:div|hr)\b[^>]*\bid=["']?(?:appendonsend|divRplyFwdMsg)\b|<div\b[^>]*\bstyle=["'][^"']*border-top:\s*solid\s+#(?:E1E1E1|B5C4DF)\b/i;

function withoutThread(html: string): string {
  const at = html.search(OUTLOOK_THREAD);
  return at < 0 ? html : html.slice(0, at);
}

/** A name an attachment can be read by: its file name, or `message-N.eml` for an attached email, else `attachment-N`. */
function attachmentName(attachment: MailAttachment, index: number): string {
  const base = (attachment.filename ?? '').replace(/[\\/#\n\r]/g, '_').trim();
  if (base) return attachment.message && !extensionOf(base) ? `${base}${attachment.message}` : base;
  return attachment.message ? `message-${index + 1}${attachment.message}` : `attachment-${index + 1}`;
}

/**
 * An email as documents: the body (plain text without quoted replies and
 * signature, else the HTML through the HTML reader), then each attachment
 * read by its own reader, named `letter.eml#response.docx`. The sender's
 * organisation, else name or address, names the respondent, and an
 * attachment with no author of its own is theirs too.
 */
export async function* readMail(mail: Mail, options: ReaderOptions, meta: { encoding: string; bytes: number }): AsyncGenerator<ReadItem> {
  if (mail.report) throw new ReadError('bounce', mail.report);
  const attributes: Record<string, string> = {};
  if (mail.from?.address) attributes.email = mail.from.address;
  if (mail.from?.name) attributes.sender = mail.from.name;
  if (mail.organisation) attributes.organisation = mail.organisation;
  if (mail.subject) attributes.subject = mail.subject;
  if (mail.date) attributes.date = mail.date;
  const name = mail.organisation || mail.from?.name || mail.from?.address;
  const respondent = makeRespondent(name, attributes);
  const warnings: DecodeWarning[] = [...(mail.warnings ?? [])];

  let body: ReadDoc | undefined;
  if (mail.text !== undefined || mail.html === undefined) {
    const { text, dropped } = ownWords(mail.text ?? '');
    for (const what of dropped) warnings.push({ code: `email-${what.replace(' ', '-')}-dropped`, message: `${what} left out of the body` });
    body = { name: options.name, text, encoding: meta.encoding, bytes: meta.bytes, warnings, respondent };
  } else {
    const html = withoutThread(mail.html);
    if (html.length < mail.html.length) warnings.push({ code: 'email-quoted-reply-dropped', message: 'quoted reply left out of the body' });
    const page = await readHtmlString(html, options, { encoding: `${meta.encoding} (html)`, bytes: meta.bytes, warnings });
    body = { ...page, respondent: makeRespondent(name || page.respondent?.name, attributes) };
  }
  // The body's warnings name the attachments not read, so they are known before the body is handed on.
  const readable: [string, MailAttachment][] = [];
  for (const [index, attachment] of mail.attachments.entries()) {
    const inner = `${options.name}#${attachmentName(attachment, index)}`;
    if (readerForName(inner) || attachment.message) readable.push([inner, attachment]);
    else warnings.push({ code: 'attachment-not-read', message: `attachment ${inner.slice(options.name.length + 1)} (${attachment.mimeType}) is of no format csc-tag reads` });
  }
  yield { ok: true, doc: body };
  for (const [inner, attachment] of readable) {
    let content: Uint8Array;
    try {
      content = attachment.content();
    } catch (error) {
      // The body is already handed on: an attachment that cannot be taken out is skipped on its own, not the email.
      yield failedItem(inner, error);
      continue;
    }
    for await (const item of options.readInner(inner, content)) {
      // An attachment with no author of its own was sent by the email's sender; a survey row names its own respondent by its id.
      yield item.ok && !item.doc.respondent?.name && item.doc.respondent?.id === undefined ? { ok: true, doc: { ...item.doc, respondent } } : item;
    }
  }
}
