/** Header lines that Outlook, Notes and webmail put at the head of a quoted or forwarded message (`*From:*` when made from HTML). */
const QUOTED_HEADER = /^\*?(?:sent|date|to|cc|subject)\s?:/i;
const ORIGINAL_MESSAGE = /^-{2,}\s*original message\s*-{2,}$/i;
/** `---------- Forwarded message ---------` (Gmail), `----- Forwarded by Jo Smith/Org on 03/07/2023 10:00 -----` (Lotus Notes), `Begin forwarded message:` (Apple Mail). */
const FORWARDED = /^(?:-{2,}\s*forwarded (?:message|by\b.*?)\s*-*|begin forwarded message:?)$/i;
/** A Lotus Notes sender line: `Jo Smith/Northshire/GB@Northshire`. */
const NOTES_SENDER = /^[^\s@/<>][^@/<>]*(?:\/[^@/<>]+)+@[\w.-]+$/;
const SIGNATURE = /^--\s?$/;
/** What a phone adds below a message: a signature of its own. */
const SENT_FROM = /^sent from (?:my|mail for|outlook for|yahoo mail)\b.{0,40}$/i;
/** A paragraph that is a confidentiality notice or disclaimer, not the sender's own words. */
const DISCLAIMER = new RegExp(
  [
    String.raw`\bconfidentiality notice`,
    String.raw`\bdisclaimer:`,
    // `This email and any files transmitted with it are confidential`, `This message is intended solely for ...`
    String.raw`\b(?:this|the) (?:e-?mail|message|communication)(?: and any (?:files|attachments)[^.]{0,80})?` +
      String.raw` (?:is|are|may be|contains?) (?:strictly )?(?:confidential|privileged|intended (?:solely|only))`,
    String.raw`\bif you (?:are not the intended recipient|have received this (?:e-?mail|message) in error)`,
    String.raw`\bplease consider the environment before printing`,
  ].join('|'),
  'i',
);

/** A quoted message's head: `From:` with at least two of Sent/Date/To/Cc/Subject in the next five lines (Outlook), or a Notes sender with To/Subject under it. */
function quotedHead(lines: readonly string[], i: number): boolean {
  const line = lines[i]!.trim();
  const next = lines.slice(i + 1, i + 6).map((l) => l.trim());
  if (/^\*?from\s?:\*?\s/i.test(line)) return next.filter((l) => QUOTED_HEADER.test(l)).length >= 2;
  return NOTES_SENDER.test(line) && next.slice(0, 4).some((l) => /^(?:to|subject)\s?:/i.test(l));
}

/** `On Tue, 3 May 2024, Jo wrote:`, which mail programs wrap onto two lines. */
function wroteLine(line: string, next: string): boolean {
  return /^on\s.{0,200}\bwrote:\s*$/i.test(line) || (/^on\s/i.test(line) && /\bwrote:\s*$/i.test(next) && !/[.?!]$/.test(line));
}

/**
 * What of an email's plain-text body is the sender's own: quoted replies
 * (`>` lines, and everything from `On ... wrote:`, `-----Original
 * Message-----`, an Outlook `From:`/`Sent:` block or a Lotus Notes reply
 * head on), the signature (from a `-- ` line or a phone's `Sent from my`
 * on) and confidentiality notices are dropped. A forwarded message is the
 * thread unless nothing comes above it: then it is what was sent, and only
 * its head is dropped.
 */
export function ownWords(body: string): { text: string; dropped: string[] } {
  const lines = body.replace(/\r\n?/g, '\n').split('\n');
  const kept: string[] = [];
  const dropped = new Set<string>();
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const trimmed = line.trim();
    if (SIGNATURE.test(line) || SENT_FROM.test(trimmed)) {
      dropped.add('signature');
      break;
    }
    if (FORWARDED.test(trimmed) && kept.every((l) => l.trim() === '')) {
      // Nothing of the sender's own above: the forwarded message is the response; its head is not.
      dropped.add('forwarded header');
      while (i + 1 < lines.length && lines[i + 1]!.trim() !== '' && (QUOTED_HEADER.test(lines[i + 1]!.trim()) || /^\*?from\s?:/i.test(lines[i + 1]!.trim()))) i++;
      continue;
    }
    if (ORIGINAL_MESSAGE.test(trimmed) || FORWARDED.test(trimmed) || quotedHead(lines, i) || wroteLine(line, lines[i + 1] ?? '')) {
      dropped.add('quoted reply');
      break;
    }
    if (/^\s*>/.test(line)) {
      dropped.add('quoted reply');
      continue;
    }
    kept.push(line);
  }
  const paragraphs = kept.join('\n').split(/\n\s*\n/);
  const own = paragraphs.filter((paragraph) => !DISCLAIMER.test(paragraph.replace(/\s+/g, ' ')));
  if (own.length < paragraphs.length) dropped.add('disclaimer');
  return {
    text:
      own
        .join('\n\n')
        // Outlook's rule of underscores above a quoted head, left at the end.
        .replace(/\n[_-]{5,}\s*$/, '')
        .trim() + '\n',
    dropped: [...dropped].sort(),
  };
}
