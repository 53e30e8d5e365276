import path from 'node:path';
import { streamFormats, type FormatName, type Meta, type StreamFormat } from '../report/formats.js';
import { discardAll, publishAll, StagedFile } from './publish.js';
import { readRecords } from './spool.js';
import type { GroupMembers, RunEnd } from '../model/run-end.js';
import { Campaign, DiscoveredProse, QuestionGroup, QuestionMember, Skipped as SkippedSchema, Summary as SummarySchema, UnmatchedQuestion } from '../model/schema.js';

interface Target {
  format: StreamFormat;
  final: StagedFile;
  /** Where documents go while a prelude waits for the run's totals, or until a format is assembled. */
  body?: StagedFile;
}

/**
 * Writes the requested reports as documents arrive. Everything goes to
 * temporary files in the out folder; `finish` publishes them all at once and
 * `abort` leaves the previous reports untouched.
 */
export class ReportStream {
  private readonly targets: Target[] = [];
  private count = 0;

  constructor(
    dir: string,
    formats: readonly FormatName[],
    private readonly meta: Meta,
  ) {
    try {
      for (const format of streamFormats(formats)) {
        const final = new StagedFile(path.join(dir, format.file));
        const target: Target = { format, final };
        this.targets.push(target);
        if (format.prelude || format.assemble) target.body = new StagedFile(path.join(dir, format.file + '.body'));
        if (format.head) final.write(format.head(meta));
      }
    } catch (error) {
      this.abort();
      throw error;
    }
  }

  /** A document rendered by renderDocument with this stream's formats (in a worker thread, say), as text or UTF-8. */
  rendered(pieces: readonly (string | Uint8Array | undefined)[]): void {
    this.targets.forEach(({ format, final, body }, i) => {
      const piece = pieces[i];
      if (piece === undefined) return;
      if (this.count > 0 && format.separator) (body ?? final).write(format.separator);
      (body ?? final).write(piece);
      if (format.assemble) body!.write('\n');
    });
    this.count++;
  }

  /** Completes every report, its question groups' members read from `members`, and publishes them together; returns their paths. */
  async finish(end: RunEnd, members: GroupMembers): Promise<string[]> {
    // What follows the documents is validated like each document was.
    SkippedSchema.array().parse(end.skipped);
    SummarySchema.parse(end.summary);
    // A group at a time, and its members a chunk at a time: they are read from disk, and all at once would not be flat.
    for (const group of end.questions) {
      QuestionGroup.omit({ members: true }).parse(group);
      for (const chunk of members(group.id)) QuestionMember.array().parse(chunk);
    }
    UnmatchedQuestion.array().parse(end.unmatchedQuestions);
    Campaign.array().parse(end.campaigns);
    DiscoveredProse.parse(end.prose);
    try {
      for (const { format, final, body } of this.targets) {
        if (format.prelude && body) {
          for (const piece of format.prelude(this.meta, end, members)) final.write(piece);
          body.seal();
          final.append(body.temp);
          body.discard();
        }
        if (format.assemble && body) {
          body.seal();
          for await (const piece of format.assemble(() => readRecords(body.temp), this.meta, end, members)) final.write(piece);
          body.discard();
        }
        if (format.tail) for (const piece of format.tail(this.count, end, this.meta, members)) final.write(piece);
      }
      publishAll(this.targets.map((t) => t.final));
    } catch (error) {
      this.abort();
      throw error;
    }
    return this.targets.map((t) => t.final.final);
  }

  abort(): void {
    discardAll(this.targets.flatMap((t) => (t.body ? [t.final, t.body] : [t.final])));
  }
}
