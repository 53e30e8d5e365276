import type { CorpusItem } from './corpus.js';
import { digestOf, type DocumentDigest } from './report/digest.js';
import { renderDocument, streamFormats, type FormatName, type Meta } from './report/formats.js';
import type { Skipped } from './report/schema.js';

/** The reports being written: a document is rendered for these, wherever it was tagged. */
export interface RenderSpec {
  formats: readonly FormatName[];
  meta: Meta;
}

/**
 * A document as the CLI needs it: its piece of each report, already
 * rendered, and the digest the run's totals read. A worker thread renders
 * it, so the main thread only writes, and what crosses threads is text
 * rather than a document's object tree.
 */
export type RenderedItem =
  | { ok: true; file: string; pieces: (string | undefined)[]; digest: DocumentDigest; bytes: number }
  | { ok: false; skipped: Skipped; bytes: number };

export function renderItem(item: CorpusItem, spec: RenderSpec): RenderedItem {
  if (!item.ok) return item;
  const { document } = item;
  return { ok: true, file: document.file, pieces: renderDocument(document, streamFormats(spec.formats), spec.meta), digest: digestOf(document), bytes: item.bytes };
}
