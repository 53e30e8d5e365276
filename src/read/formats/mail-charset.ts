import iconv from 'iconv-lite';
import { looksLikeWindows1252 } from '../decode.js';

/** C1 control characters: never text in mail, they are what a Windows-1252 quote or dash becomes when read as Latin-1. */
const C1 = /[\u0080-\u009f]/g;

/** A MIME part as postal-mime leaves it after parsing: its decoded bytes, declared charset and children. */
interface PartNode {
  content?: ArrayBuffer | Uint8Array;
  contentType?: { parsed?: { value?: string; params?: Record<string, string> } };
  contentDisposition?: { parsed?: { value?: string } };
  childNodes?: PartNode[];
  getTextContent?: () => string;
}

export interface CharsetRepair {
  text: string;
  /** What was read otherwise than declared, for a warning; empty when nothing was. */
  notes: string[];
}

/**
 * A text part's characters by its declared charset, with Windows-1252 when
 * the declared one is wrong: Outlook and older mail programs send
 * Windows-1252 labelled `iso-8859-1` (its quotes and dashes, 0x80-0x9F,
 * then decode as C1 controls: `I\x92m`) or `utf-8`, or with no label at
 * all (the bytes are then not UTF-8 and decode as U+FFFD). postal-mime
 * decodes by the label; each part it got wrong is decoded again here, and
 * the right text put in place of the wrong one.
 */
export function repairCharsets(body: string, root: unknown): CharsetRepair {
  const notes: string[] = [];
  let text = body.replace(/\r\n?/g, '\n');
  if (text.includes('\ufffd')) {
    for (const node of textParts(root as PartNode | undefined)) {
      const bytes = node.content instanceof ArrayBuffer ? new Uint8Array(node.content) : node.content!;
      const params = node.contentType!.parsed!.params!;
      const declared = (params.charset ?? '').toLowerCase();
      if (declared !== '' && !/^utf-?8$/.test(declared)) continue;
      if (!looksLikeWindows1252(bytes)) continue;
      const wrong = node.getTextContent!().replace(/\r\n?/g, '\n');
      if (!wrong.includes('\ufffd') || !text.includes(wrong)) continue;
      params.charset = 'windows-1252';
      text = text.replace(wrong, () => node.getTextContent!().replace(/\r\n?/g, '\n'));
      notes.push(`a part ${declared ? `declared ${declared}` : 'with no charset'} was read as Windows-1252`);
    }
  }
  let c1 = 0;
  text = text.replace(C1, (char) => {
    c1++;
    return iconv.decode(Buffer.from([char.charCodeAt(0)]), 'windows-1252');
  });
  // A part read again as Windows-1252 has its 0x80-0x9F characters fixed here too: one warning says so.
  if (c1 > 0 && notes.length === 0) notes.push(`${c1} character(s) in 0x80-0x9F read as Windows-1252, not Latin-1 controls`);
  return { text, notes };
}

/** The text parts of a parsed message that are not attachments, depth first; nothing when postal-mime's tree is not there. */
function textParts(root: PartNode | undefined): PartNode[] {
  const out: PartNode[] = [];
  const stack = root ? [root] : [];
  while (stack.length > 0) {
    const node = stack.pop()!;
    const type = node.contentType?.parsed?.value?.toLowerCase() ?? '';
    if (type === 'message/rfc822') continue;
    if (type.startsWith('text/') && node.content && node.contentType?.parsed?.params && node.getTextContent && node.contentDisposition?.parsed?.value !== 'attachment') out.push(node);
    stack.push(...[...(node.childNodes ?? [])].reverse());
  }
  return out;
}
