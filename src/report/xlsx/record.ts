import { collapseWhitespace } from '../escape-markdown.js';
import type { DocumentReport } from '../../model/schema.js';
import { segmentRows } from '../segment-row.js';

/** A theme's evidence sentence with the stance of its segment, for the themes sheet. */
export interface ThemeQuote {
  theme: string;
  stance: string;
  segment: string;
  line: number;
  text: string;
}

/** What the workbook needs of one document, spooled as one line of JSON until the run is over. */
export interface WorkbookDocument {
  file: string;
  attributes: Record<string, string>;
  rows: string[][];
  quotes: ThemeQuote[];
}

export function workbookDocument(doc: DocumentReport, themes: readonly string[]): WorkbookDocument {
  const quotes: ThemeQuote[] = [];
  for (const segment of doc.segments) {
    for (const tag of segment.themes) {
      const seen = new Set<string>();
      for (const e of tag.evidence) {
        const text = collapseWhitespace(e.text);
        if (text === '' || seen.has(text)) continue;
        seen.add(text);
        quotes.push({ theme: tag.theme, stance: segment.stance.label, segment: segment.id, line: e.line, text });
      }
    }
  }
  return { file: doc.file, attributes: doc.respondent.attributes, rows: segmentRows(doc, themes), quotes };
}
