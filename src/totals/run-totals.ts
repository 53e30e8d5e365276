import { extensionOf } from '../read/extension.js';
import { QuestionAligner } from '../questions/align.js';
import type { ListedQuestion } from '../questions/list.js';
import { byCodeUnit } from '../text/utils.js';
import type { GroupMembers, RunEnd } from '../model/run-end.js';
import { wholeGroup } from '../questions/group-members.js';
import type { DocumentDigest } from '../model/digest.js';
import { NOT_A_SURVEY } from '../model/errors.js';
import type { DocumentReport, Ignored, Letters, Report, Segment, Skipped } from '../model/schema.js';
import { SummaryBuilder } from './summary.js';
import { Discovery, PROSE, type DiscoveryAnswer } from '../discover/discovery.js';
import { DEFAULT_DISCOVERY, type DiscoveryOptions } from '../discover/options.js';
import type { ThemeRule } from '../discover/themes.js';
import { answerSpan } from './digest.js';
import type { Review } from '../model/review.js';
import { ReviewTally } from './review-tally.js';

/**
 * What a run gathers as documents go by, without keeping them: the summary
 * counts, the question groups and the skipped inputs; `end()` gives what
 * follows the documents in every report.
 */
/** What a run counts besides the documents: discovery's settings, an analyst's reviews, the proposal letters are read on. */
export interface RunTotalsOptions {
  /** Theme discovery and campaign detection, or `null` for a run that does not discover (it costs more than tagging). */
  discovery?: DiscoveryOptions | null;
  reviews?: readonly Review[];
  proposal?: string;
}

export class RunTotals {
  private readonly summary: SummaryBuilder;
  private readonly aligner: QuestionAligner;
  private readonly skipped: Skipped[] = [];
  private ignored: string[] = [];
  /** Files read but not tagged, with why: a table that is no survey. */
  private readonly notTagged = new Map<string, string>();
  private readonly discovery: Discovery;
  /** Whether documents are fed to discovery; without it, the run's groups discover nothing. */
  private readonly discovers: boolean;
  /** Per question group, the rules of its discovered themes (see themeRules), once `end` has run. */
  private rules: ThemeRule[][] = [];
  private readonly reviews: ReviewTally | undefined;
  private readonly letters: Letters | undefined;

  /** `proposal`: letters are counted on it, beside the first listed question's answers when it is that question. */
  constructor(themes: readonly string[], list?: readonly ListedQuestion[], options: RunTotalsOptions = {}) {
    const { discovery = DEFAULT_DISCOVERY, reviews, proposal } = options;
    this.discovers = discovery !== null;
    this.summary = new SummaryBuilder(themes);
    this.aligner = new QuestionAligner(themes, list);
    this.discovery = new Discovery(discovery ?? DEFAULT_DISCOVERY);
    this.reviews = reviews ? new ReviewTally(reviews) : undefined;
    const question = list && list.length > 0 && list[0]!.text === proposal ? 'q1' : null;
    this.letters = proposal === undefined ? undefined : { proposal, question, documents: 0, stance: { agree: 0, neutral: 0, disagree: 0, none: 0 } };
  }

  /** A document's answers and prose for discovery, and the whole of a letter for campaigns. */
  private discover(doc: DocumentDigest, joined: ReturnType<QuestionAligner['addDocument']>): void {
    const answers: DiscoveryAnswer[] = [];
    const spans: string[] = [];
    let survey = false;
    for (const segment of doc.segments) {
      // A whole segment (a library caller's document) carries its answer itself.
      const span = segment.answerSpan ?? ('answer' in segment ? answerSpan(segment as Segment) : undefined);
      if (span) spans.push(span.text);
      if (segment.columns) survey = true;
      const group = segment.kind === 'prose' ? PROSE : joined.get(segment.id);
      if (group !== undefined && span) answers.push({ group, segment, span });
    }
    // A document that is not a survey's row is one response as a whole, the unit of a letter-writing campaign.
    this.discovery.addDocument(doc.file, answers, survey ? undefined : { text: spans.join('\n\n') });
  }

  /** A document, whole or as its digest. */
  addDocument(doc: DocumentDigest): void {
    this.summary.addDocument(doc);
    const joined = this.aligner.addDocument(doc);
    if (this.discovers) this.discover(doc, joined);
    this.reviews?.addDocument(doc);
    if (this.letters && doc.letter) {
      this.letters.documents++;
      this.letters.stance[doc.letter.stance.label]++;
    }
  }

  /** Files a folder search passed over, for lack of a reader. */
  setIgnored(files: readonly string[]): void {
    this.ignored = [...files];
  }

  addSkipped(skipped: Skipped): void {
    if (skipped.code === NOT_A_SURVEY) {
      this.notTagged.set(skipped.file, skipped.reason);
      return;
    }
    this.skipped.push(skipped);
    this.summary.addSkipped();
  }

  /** What follows the documents, as plain data: its question groups' members are read through `members`. */
  end(): RunEnd {
    const skipped = [...this.skipped].sort((a, b) => byCodeUnit(a.file, b.file));
    const { questions, unmatchedQuestions } = this.aligner.result();
    const found = this.discovery.result(questions.map((q) => q.text));
    if (this.discovers) questions.forEach((group, i) => Object.assign(group, { discovered: found.groups[i]!.discovered }));
    this.rules = [...found.groups, found.prose].map((g) => g.found.flatMap((f) => (f.rule ? [f.rule] : [])));
    const reviews = this.reviews?.end();
    const letters = this.letters ? { ...this.letters, stance: { ...this.letters.stance } } : undefined;
    return {
      questions,
      unmatchedQuestions,
      campaigns: found.campaigns,
      prose: found.prose.discovered,
      skipped,
      ignored: ignoredOf(this.ignored, this.notTagged),
      ...(reviews ? { reviews } : {}),
      ...(letters ? { letters } : {}),
      summary: this.summary.build(),
    };
  }

  /** The rules of each question group's discovered themes ("other" has none), in group order, then the prose's; after `end`. */
  themeRules(): ThemeRule[][] {
    return this.rules;
  }

  /** Each question group's members, by group id, read from disk a chunk at a time until `close`: what the reports are handed. */
  readonly members: GroupMembers = (groupId) => this.aligner.members(groupId);

  close(): void {
    this.aligner.close();
    this.discovery.close();
  }
}

/** A whole report in memory, for library users and tests; the CLI streams the same pieces instead. */
export function buildReport(
  documents: readonly DocumentReport[],
  skipped: readonly Skipped[],
  meta: { generator: Report['generator']; themes: readonly string[]; list?: readonly ListedQuestion[]; ignored?: readonly string[] },
): Report {
  const totals = new RunTotals(meta.themes, meta.list);
  if (meta.ignored) totals.setIgnored(meta.ignored);
  for (const doc of documents) totals.addDocument(doc);
  for (const s of skipped) totals.addSkipped(s);
  const end = totals.end();
  // A report in memory holds its members itself: read them all, then let the spill file go.
  const questions = end.questions.map((group) => wholeGroup(group, totals.members(group.id)));
  totals.close();
  return { schemaVersion: 1, generator: meta.generator, themes: [...meta.themes], documents: [...documents], ...end, questions };
}

/** `(none)` stands for names without an extension. */
function ignoredOf(found: readonly string[], notTagged: ReadonlyMap<string, string>): Ignored {
  const files = [...found, ...notTagged.keys()];
  const byExtension: Record<string, number> = {};
  for (const file of [...files].sort(byCodeUnit)) {
    const ext = extensionOf(file) || '(none)';
    byExtension[ext] = (byExtension[ext] ?? 0) + 1;
  }
  const sorted = Object.fromEntries(Object.entries(byExtension).sort(([a], [b]) => byCodeUnit(a, b)));
  const reasons = [...notTagged].sort(([a], [b]) => byCodeUnit(a, b));
  return { files: [...files].sort(byCodeUnit), byExtension: sorted, ...(reasons.length > 0 ? { reasons: Object.fromEntries(reasons) } : {}) };
}
