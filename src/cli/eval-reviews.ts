import path from 'node:path';
import type { Segment } from '../model/schema.js';
import { formatAgreement, reviewAgreement } from '../eval/review-agreement.js';
import { readLabelsReport } from '../eval/read-labels.js';
import { loadCompiledRules } from '../pipeline/load-rules.js';
import { readReviewsFile } from '../pipeline/reviews-file.js';
import { forEachDocument } from './collect.js';
import { EXIT } from './exit-codes.js';
import type { Io } from './io.js';
import { DEFAULT_MAX_FILE_SIZE } from '../pipeline/run/tag-run.js';

/**
 * `eval --reviews FILE`: an analyst's reviews as gold. The tagger's own
 * stance and themes of each reviewed segment (tagged afresh from the paths,
 * or read from --report) against the analyst's: accuracy, kappa, confusion.
 */
export async function evalReviews(opts: { reviews: string; report?: string; rules?: string; json?: boolean }, paths: string[], io: Io): Promise<number> {
  const rules = loadCompiledRules(opts.rules ? path.resolve(io.cwd, opts.rules) : undefined);
  const reviews = await readReviewsFile(opts.reviews, io.cwd, rules.themes);
  const segments: Segment[] = [];
  let skipped = 0;
  if (opts.report) segments.push(...readLabelsReport(opts.report, io.cwd).documents.flatMap((d) => d.segments));
  else skipped = await forEachDocument(paths, io, rules, DEFAULT_MAX_FILE_SIZE, (doc) => segments.push(...doc.segments));
  const agreement = reviewAgreement(reviews, segments);
  io.stdout.write(opts.json ? JSON.stringify(agreement, null, 2) + '\n' : formatAgreement(agreement));
  return skipped > 0 ? EXIT.SKIPPED : EXIT.OK;
}
