import iconv from 'iconv-lite';

/**
 * Which 8-bit encoding a text that is not UTF-8 was saved in, by the
 * characters its high bytes make in each candidate. Windows-1252 (Word,
 * Excel and Notepad on Windows) and Mac Roman (older Mac Office and
 * TextEdit) put different characters on the same bytes: Mac Roman's 0xD5 is
 * `’` where Windows-1252's is `Õ`, and its 0xCA a no-break space where
 * Windows-1252's is `Ê` (`peopleÊargue`). Read as the right encoding, a high
 * byte is a lower-case accented letter inside a word, a capital opening one,
 * or common punctuation (curly quotes, dashes, `£`, `€`, `…`); read as the
 * wrong one it is a capital in mid-word, a rare symbol or a control
 * character. Each candidate is scored so, and the best wins; a tie keeps
 * Windows-1252, the commonest.
 */
export const LEGACY_ENCODINGS = ['windows-1252', 'macintosh'] as const;
export type LegacyEncoding = (typeof LEGACY_ENCODINGS)[number];

/** Characters of English text in any Western encoding, besides accented letters. */
const COMMON_PUNCTUATION = new Set('‘’“”–—…•£€\u00a0°½¼¾©®'.split(''));

/** The character each high byte (0x80-0xFF) makes in each candidate; undefined bytes make U+FFFD. */
const HIGH: Record<LegacyEncoding, string[]> = Object.fromEntries(
  LEGACY_ENCODINGS.map((encoding) => {
    const bytes = Buffer.from(Array.from({ length: 128 }, (_, i) => 0x80 + i));
    const chars = [...iconv.decode(bytes, encoding)];
    // iconv-lite decodes Windows-1252's five undefined bytes as Latin-1 controls: they are no text either way.
    return [encoding, chars.map((c) => (/[\u0080-\u009f]/.test(c) ? '\ufffd' : c))];
  }),
) as Record<LegacyEncoding, string[]>;

/** 0: no ASCII letter (or none at all), 1: a lower-case one, 2: a capital. */
const letterClass = (b: number | undefined): number => (b === undefined ? 0 : b >= 97 && b <= 122 ? 1 : b >= 65 && b <= 90 ? 2 : 0);

/** How plausible the character `c` is between bytes of classes `before` and `after`. */
function plausibility(c: string, before: number, after: number): number {
  if (COMMON_PUNCTUATION.has(c)) return before !== 0 && after !== 0 && c !== '’' && c !== '\u00a0' ? 0 : 2;
  if (/\p{Ll}/u.test(c)) return before !== 0 || after !== 0 ? 1 : 0;
  if (/\p{Lu}/u.test(c)) return before === 1 ? -2 : after !== 0 ? 1 : 0;
  return -2;
}

/** Scores by encoding, high byte and the classes around it, worked out once: scoring a file is then a table read a byte. */
const SCORES: Record<LegacyEncoding, Int8Array> = Object.fromEntries(
  LEGACY_ENCODINGS.map((encoding) => {
    const table = new Int8Array(128 * 9);
    for (let b = 0; b < 128; b++)
      for (let before = 0; before < 3; before++) for (let after = 0; after < 3; after++) table[b * 9 + before * 3 + after] = plausibility(HIGH[encoding][b]!, before, after);
    return [encoding, table];
  }),
) as Record<LegacyEncoding, Int8Array>;

/** Running scores over a text's bytes, a chunk at a time (a CSV is streamed). */
export class LegacyEncodingScore {
  private readonly scores: Record<LegacyEncoding, number> = { 'windows-1252': 0, macintosh: 0 };

  add(bytes: Uint8Array): void {
    for (let i = 0; i < bytes.length; i++) {
      const b = bytes[i]!;
      if (b < 0x80) continue;
      const at = (b - 0x80) * 9 + letterClass(bytes[i - 1]) * 3 + letterClass(bytes[i + 1]);
      for (const encoding of LEGACY_ENCODINGS) this.scores[encoding] += SCORES[encoding][at]!;
    }
  }

  /** The best-scoring encoding; Windows-1252 unless another scores higher. */
  best(): LegacyEncoding {
    let best: LegacyEncoding = 'windows-1252';
    for (const encoding of LEGACY_ENCODINGS) if (this.scores[encoding] > this.scores[best]) best = encoding;
    return best;
  }
}

export function guessLegacyEncoding(bytes: Uint8Array): LegacyEncoding {
  const score = new LegacyEncodingScore();
  score.add(bytes);
  return score.best();
}

/** Human names for warnings. */
export const LEGACY_NAMES: Record<LegacyEncoding, string> = { 'windows-1252': 'Windows-1252', macintosh: 'Mac Roman' };
