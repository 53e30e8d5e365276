import type { RunEnd } from '../../model/run-end.js';
import type { Review } from '../../model/review.js';
import type { ListedQuestion } from '../../questions/list.js';
import { asksNoPosition } from '../../report/question-prose.js';
import { RunTotals } from '../../totals/run-totals.js';
import type { MergedItem } from '../partial.js';
import type { OnInterrupt, RunObserver } from './observer.js';
import type { RunSink } from './sink.js';

/** A finished build: what followed the documents, and the files written. */
export interface Built extends RunEnd {
  files: string[];
  /** Groups whose every answer is to an open question (asksNoPosition), read while their members still can be. */
  noPositionAsked: Set<string>;
}

export interface RunSetup {
  themes: readonly string[];
  list: readonly ListedQuestion[] | undefined;
  ignored: readonly string[];
  /** --reviews: counted as applied or stale. */
  reviews?: readonly Review[] | undefined;
  /** --proposal (or the first listed question): letters are counted on it. */
  proposal?: string | undefined;
  /** A run that tagged no document publishes nothing (Built.files is empty), so the previous reports stay. */
  requireDocuments?: boolean;
  /** --discover: themes discovered per question and campaign responses, which cost more than tagging. */
  discover?: boolean;
}

/**
 * Feeds a run's items, in run order, to the sink and the run's totals,
 * telling the observer of warnings and skips as they come; then completes
 * the sink with the totals. The same for a run that tags and for `merge`,
 * which is why merged parts give the bytes of one run.
 */
export async function writeRun(items: AsyncIterable<MergedItem>, sink: RunSink, setup: RunSetup, observer: RunObserver = {}, onInterrupt?: OnInterrupt): Promise<Built> {
  const unregister = onInterrupt?.(() => sink.abort());
  const totals = new RunTotals(setup.themes, setup.list, {
    ...(setup.discover ? {} : { discovery: null }),
    ...(setup.reviews ? { reviews: setup.reviews } : {}),
    ...(setup.proposal !== undefined ? { proposal: setup.proposal } : {}),
  });
  totals.setIgnored(setup.ignored);
  if (setup.ignored.length > 0) observer.ignored?.(setup.ignored);
  try {
    for await (const item of items) {
      sink.add(item);
      if (item.ok) {
        totals.addDocument(item.digest);
        if (item.warnings.length > 0) observer.warning?.(item.digest.file, item.warnings);
      } else {
        totals.addSkipped(item.skipped);
        observer.skipped?.(item.skipped, item.trace);
      }
      observer.progress?.(item.bytes);
    }
    observer.settled?.();
    const end = totals.end();
    if (end.reviews) observer.reviews?.(end.reviews);
    if (setup.requireDocuments && end.summary.documents === 0) {
      sink.abort();
      return { ...end, files: [], noPositionAsked: new Set() };
    }
    const files = await sink.finish(end, totals.members);
    return { ...end, files, noPositionAsked: new Set(end.questions.filter((q) => asksNoPosition(q, totals.members(q.id))).map((q) => q.id)) };
  } catch (error) {
    observer.settled?.();
    sink.abort();
    throw error;
  } finally {
    totals.close();
    unregister?.();
  }
}
