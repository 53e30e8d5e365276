import { shorten } from '../text/utils.js';
import { DIGEST_QUOTE_MAX, type DocumentDigest } from '../model/digest.js';
import type { DocumentReport } from '../model/schema.js';
import { keyQuote } from '../questions/quote.js';

/** A document cut down to what the run's totals read of it (see model/digest.ts). */
export function digestOf(doc: DocumentReport): DocumentDigest {
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
          reason: s.stance.reason,
          evidence: decides ? [{ role: decides.role, text: shorten(decides.text, DIGEST_QUOTE_MAX), line: decides.line }] : [],
        },
        themes: s.themes.map((t) => ({ theme: t.theme })),
        quote: keyQuote(s, DIGEST_QUOTE_MAX),
        ...(s.columns ? { columns: s.columns } : {}),
      };
    }),
    ...(doc.letter ? { letter: { stance: { label: doc.letter.stance.label } } } : {}),
  };
}
