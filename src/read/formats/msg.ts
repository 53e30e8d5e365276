import { compoundFileNames, isCompoundFile } from '../ole.js';
import { bounceReason, checkDepth, readMail, type Mail } from './mail.js';
import { byLibrary, libraryError, ReadError, type Reader } from './reader.js';
import { rtfBody } from './rtf.js';

/** An Outlook item is a compound file whose root holds the message's property stream. */
function isOutlookItem(bytes: Uint8Array): boolean {
  if (!isCompoundFile(bytes)) return false;
  try {
    return compoundFileNames(bytes).has('__properties_version1.0');
  } catch {
    return false;
  }
}

type MsgReaderClass = (typeof import('@kenjiuno/msgreader'))['default'];

/** The CommonJS package's class: Node puts it under `default.default`, bundlers and vitest under `default`. */
async function loadMsgReader(): Promise<MsgReaderClass> {
  const loaded = (await import('@kenjiuno/msgreader')).default as MsgReaderClass | { default: MsgReaderClass };
  return 'default' in loaded ? loaded.default : loaded;
}

const address = (value: string | undefined): string | undefined => (value && /^[^@\s]+@[^@\s]+$/.test(value.trim()) ? value.trim() : undefined);

/**
 * Outlook items (.msg) through @kenjiuno/msgreader, after the compound file
 * is checked sound (ole.ts): the reader follows the file's sector chains as
 * they say. The body is the plain text, else the HTML, else the compressed
 * RTF Outlook may keep alone; attachments, an attached Outlook item among
 * them, go through their own readers as an .eml's do (mail.ts).
 */
export const msgReader: Reader = {
  name: 'msg',
  extensions: ['.msg'],
  description: 'Outlook items: the body without quoted replies and signature, and each attachment by its own reader',
  sniff: isOutlookItem,
  async *read(source, options) {
    const bytes = await source.bytes();
    checkDepth(options);
    if (!compoundFileNames(bytes).has('__properties_version1.0')) throw new ReadError('malformed', 'not an Outlook item (no property stream)');
    const MsgReader = await loadMsgReader();
    const reader = await byLibrary('msg', () => new MsgReader(new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)));
    const data = await byLibrary('msg', () => reader.getFileData());
    if (data.error) throw new ReadError('malformed', `not a readable Outlook item (${data.error})`);
    const email = address(data.senderSmtpAddress) ?? address(data.creatorSMTPAddress) ?? address(data.senderEmail);
    const body = data.body !== undefined ? { text: data.body } : data.bodyHtml !== undefined ? { html: data.bodyHtml } : data.compressedRtf ? await rtfBody(data.compressedRtf) : {};
    // Non-delivery reports, delivery and read receipts: Outlook's REPORT.* classes are about a message, not one.
    const report = /^report\./i.test(data.messageClass ?? '')
      ? `an Outlook report (${data.messageClass}), not a response`
      : bounceReason({ ...(email ? { from: email } : {}), ...(data.subject ? { subject: data.subject } : {}), partTypes: [] });
    const mail: Mail = {
      ...(report ? { report } : {}),
      from: { ...(data.senderName ? { name: data.senderName } : {}), ...(email ? { address: email } : {}) },
      ...(data.subject ? { subject: data.subject } : {}),
      ...(data.clientSubmitTime ? { date: data.clientSubmitTime } : {}),
      ...body,
      attachments: (data.attachments ?? []).map((attachment) => ({
        ...(attachment.fileName || attachment.name ? { filename: attachment.fileName ?? attachment.name } : {}),
        mimeType: attachment.innerMsgContent ? 'application/vnd.ms-outlook' : (attachment.attachMimeTag ?? 'application/octet-stream'),
        ...(attachment.innerMsgContent ? { message: '.msg' as const } : {}),
        content: () => {
          try {
            return reader.getAttachment(attachment).content;
          } catch (error) {
            throw libraryError('msg', error);
          }
        },
      })),
    };
    yield* readMail(mail, options, { encoding: 'msg', bytes: bytes.length });
  },
};
