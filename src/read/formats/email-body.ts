/**
 * What of an email's plain-text body is the sender's own: quoted replies
 * (`>` lines, and everything from `On ... wrote:` or an Outlook
 * `-----Original Message-----` / `From: ... Sent:` block on) and the
 * signature (from a `-- ` line on) are dropped.
 */
export function ownWords(body: string): { text: string; dropped: string[] } {
  const lines = body.replace(/\r\n?/g, '\n').split('\n');
  const kept: string[] = [];
  const dropped = new Set<string>();
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const next = lines[i + 1] ?? '';
    if (/^--\s?$/.test(line)) {
      dropped.add('signature');
      break;
    }
    if (/^-{2,}\s*original message\s*-{2,}$/i.test(line.trim()) || (/^from:\s/i.test(line) && /^(?:sent|date):\s/i.test(next))) {
      dropped.add('quoted reply');
      break;
    }
    // `On Tue, 3 May 2024, Jo wrote:`, which mail programs wrap onto two lines.
    if (/^on\s.{0,200}\bwrote:\s*$/i.test(line) || (/^on\s/i.test(line) && /\bwrote:\s*$/i.test(next) && !/[.?!]$/.test(line))) {
      dropped.add('quoted reply');
      break;
    }
    if (/^\s*>/.test(line)) {
      dropped.add('quoted reply');
      continue;
    }
    kept.push(line);
  }
  return {
    text:
      kept
        .join('\n')
        .replace(/\n{3,}/g, '\n\n')
        .trim() + '\n',
    dropped: [...dropped].sort(),
  };
}
