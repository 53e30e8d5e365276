import type { CorpusItem } from './corpus.js';
import type { DocumentDigest } from '../model/digest.js';
import { digestOf } from '../totals/digest.js';
import { renderDocument, streamFormats, type FormatName, type Meta } from '../report/formats.js';
import type { DocumentReport, Skipped } from '../model/schema.js';
import type { ReviewIndex } from '../model/review.js';
import { applyReviews } from './apply-reviews.js';

/** The reports being written: a document is rendered for these, wherever it was tagged. */
export interface RenderSpec {
  formats: readonly FormatName[];
  meta: Meta;
  /** --reviews: applied to each document before it is rendered and digested. */
  reviews?: ReviewIndex;
}

/**
 * A document as the CLI needs it: its piece of each report, already
 * rendered, and the digest the run's totals read. A worker thread renders it
 * and encodes the pieces as UTF-8, so the main thread only writes and the
 * buffers are handed over rather than copied (see forTransfer); on the main
 * thread they stay strings, written a slice at a time, so a large document's
 * reports are not held twice.
 */
export type RenderedItem =
  | { ok: true; pieces: (Uint8Array | string | undefined)[]; digest: DocumentDigest; warnings: DocumentReport['warnings']; bytes: number }
  | { ok: false; skipped: Skipped; bytes: number; trace?: string };

export function renderItem(item: CorpusItem, spec: RenderSpec): RenderedItem {
  if (!item.ok) return item;
  const document = applyReviews(item.document, spec.reviews, spec.meta.themes);
  const pieces = renderDocument(document, streamFormats(spec.formats), spec.meta, item.text);
  return { ok: true, pieces, digest: digestOf(document, item.text), warnings: document.warnings, bytes: item.bytes };
}

/** An item with its pieces encoded, to be posted to another thread with transferList. */
export function forTransfer(item: RenderedItem): RenderedItem {
  return item.ok ? { ...item, pieces: item.pieces.map((piece) => (typeof piece === 'string' ? encoder.encode(piece) : piece)) } : item;
}

// TextEncoder gives each piece a buffer of its own (Buffer.from may share a pool), so it can be transferred.
const encoder = new TextEncoder();

/** The buffers an item can hand to another thread without copying. */
export function transferList(item: RenderedItem): ArrayBuffer[] {
  return item.ok ? item.pieces.flatMap((piece) => (piece instanceof Uint8Array ? [piece.buffer as ArrayBuffer] : [])) : [];
}
