import { shorten } from '../text/utils.js';
import { DIGEST_QUOTE_MAX, type DocumentDigest } from '../model/digest.js';
import type { DocumentReport, Segment } from '../model/schema.js';
import type { DigestSegment } from '../model/digest.js';
import { keyQuote } from '../questions/quote.js';
import { createLocator, type Locator } from '../read/locate.js';

/** A document cut down to what the run's totals read of it (see model/digest.ts); `text`, its decoded text, places each answer. */
export function digestOf(doc: DocumentReport, text?: string): DocumentDigest {
  const locate = text === undefined ? undefined : createLocator(text);
  return {
    file: doc.file,
    title: doc.title,
    // Only a survey row's attributes break answers down: they are categories its columns share across
    // respondents (organisation type, region), where a letter's metadata (its title, author) is its own.
    respondent: {
      ...(doc.respondent.name === undefined ? {} : { name: doc.respondent.name }),
      ...(doc.row !== undefined && Object.keys(doc.respondent.attributes).length > 0 ? { attributes: doc.respondent.attributes } : {}),
    },
    segments: doc.segments.map((s) => {
      const decides = s.stance.evidence.find((e) => e.role === 'decides');
      return {
        id: s.id,
        key: s.key,
        kind: s.kind,
        number: s.number,
        question: s.question,
        stance: {
          label: s.stance.label,
          source: s.stance.source,
          code: s.stance.code,
          reason: s.stance.reason,
          evidence: decides ? [{ role: decides.role, text: shorten(decides.text, DIGEST_QUOTE_MAX), line: decides.line }] : [],
        },
        themes: s.themes.map((t) => ({ theme: t.theme })),
        quote: keyQuote(s, DIGEST_QUOTE_MAX),
        ...(s.columns ? { columns: s.columns } : {}),
        answerSpan: answerSpan(s, text, locate),
      };
    }),
    ...(doc.letter ? { letter: { stance: { label: doc.letter.stance.label } } } : {}),
  };
}

/**
 * Where a segment's answer starts: the answer ends the segment, so it starts
 * its length before the segment's end (else where the text has it after the
 * segment's start). Without the text (a whole document handed to the totals)
 * a many-line answer is taken to start a line, as a block of text does.
 */
export function answerSpan(segment: Pick<Segment, 'answer' | 'position'>, text?: string, locate?: Locator): NonNullable<DigestSegment['answerSpan']> {
  const { answer, position } = segment;
  let offset = Math.max(0, position.end.offset - answer.length);
  if (text !== undefined && locate !== undefined) {
    if (text.slice(offset, offset + answer.length) !== answer) offset = Math.max(position.start.offset, text.indexOf(answer, position.start.offset));
    return { text: answer, ...locate(offset) };
  }
  const breaks = answer.match(/\n/g)?.length ?? 0;
  return { text: answer, line: Math.max(position.start.line, position.end.line - breaks), column: breaks === 0 ? Math.max(1, position.end.column - answer.length) : 1, offset };
}
