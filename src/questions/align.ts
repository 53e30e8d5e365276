import { DIGEST_QUOTE_MAX, type DigestSegment, type DocumentDigest } from '../model/digest.js';
import type { GroupMembers, MemberChunks, QuestionTotals } from '../model/run-end.js';
import type { QuestionMember, Segment, StanceLabel, UnmatchedQuestion } from '../model/schema.js';
import { STANCE_LABELS } from '../model/stance-labels.js';
import { byCodeUnit, ownCopy, shorten } from '../text/utils.js';
import { keyQuote } from './quote.js';
import { MemberSpill } from './spill.js';
import type { ListedQuestion } from './list.js';
import { questionStems } from './similarity.js';
import { ShapeIndex, type AlignmentCost } from './shape-index.js';

interface Group {
  /** Creation order, for deterministic ties. */
  index: number;
  id: string;
  number: string | null;
  text: string;
  listed: boolean;
  /** How many members it has in the spill file, and their counts kept as they join. */
  members: number;
  stance: Record<StanceLabel, number>;
  themes: Record<string, number>;
  /** Respondent attribute -> value -> stance counts. */
  byAttribute: Record<string, Record<string, Record<StanceLabel, number>>>;
  /** The file of its latest member: a document contributes at most one member to a group, and documents come one at a time. */
  lastFile: string | undefined;
}

/** Longest question and title a member keeps. */
const QUESTION_MAX = 160;
const TITLE_MAX = 80;

/** A survey column, named by its header's number and question so that two exports of one survey share it. */
function columnKey(number: string | null, question: string): string {
  return `${number ?? ''}\u0000${question}`;
}

/** Attributes and values in code-unit order, so the report does not depend on which row came first. */
function sortedBreakdown(breakdown: Group['byAttribute']): Group['byAttribute'] {
  const sorted = (record: Record<string, unknown>): string[] => Object.keys(record).sort(byCodeUnit);
  return Object.fromEntries(sorted(breakdown).map((attribute) => [attribute, Object.fromEntries(sorted(breakdown[attribute]!).map((value) => [value, { ...breakdown[attribute]![value]! }]))]));
}

/** Stance counts, all zero. */
const noStances = (): Record<StanceLabel, number> => Object.fromEntries(STANCE_LABELS.map((l) => [l, 0])) as Record<StanceLabel, number>;

/**
 * Groups question segments across documents, one document at a time, keeping
 * only a small projection of each. A document contributes at most one member
 * to a group; each segment joins the most similar group, or starts one (or,
 * with a consultation's own list, is reported as unmatched).
 */
export class QuestionAligner {
  private readonly groups: Group[] = [];
  private readonly unmatched: UnmatchedQuestion[] = [];
  private readonly listed: boolean;
  private readonly index = new ShapeIndex<Group>();
  /** A serial per document, so the index knows which groups the current one has joined. */
  private documents = 0;
  private readonly spill = new MemberSpill();
  /** Each group's place in `groups` (and in the spill file), by its id. */
  private readonly byId = new Map<string, number>();
  /**
   * Survey columns' groups, by column: every row of a survey answers the same
   * columns, so its segments join the group their column's first answer
   * joined, whatever the similarity of texts (see columnKey).
   */
  private readonly byColumn = new Map<string, Group>();

  constructor(
    private readonly themes: readonly string[],
    list?: readonly ListedQuestion[],
  ) {
    this.listed = list !== undefined;
    for (const q of list ?? []) this.addGroup(q.number, q.text, this.index.ids(questionStems(q.text)), true);
  }

  /** What alignment has cost so far (see AlignmentCost). */
  get cost(): Readonly<AlignmentCost> {
    return this.index.cost;
  }

  private addGroup(number: string | null, text: string, stems: Int32Array, listed: boolean): Group {
    const group: Group = {
      index: this.groups.length,
      id: `q${this.groups.length + 1}`,
      number,
      text,
      listed,
      members: 0,
      stance: noStances(),
      themes: Object.fromEntries(this.themes.map((t) => [t, 0])),
      byAttribute: {},
      lastFile: undefined,
    };
    this.groups.push(group);
    this.byId.set(group.id, group.index);
    this.index.place(group, number, stems);
    return group;
  }

  /** Adds a document's question segments; returns the group (by index) each joined, by segment id. */
  addDocument(doc: DocumentDigest): Map<string, number> {
    const joined = new Map<string, number>();
    // Strings the aligner keeps past the document (the file, see lastFile; a ranking's key; a group's text) are copies. Members go straight to the spill file and need none.
    const file = ownCopy(doc.file);
    const title = shorten(doc.title, TITLE_MAX);
    // A survey row with no name column is named by its title (`Respondent 1002`).
    const respondent = shorten(doc.respondent.name || doc.title || doc.file, TITLE_MAX);
    const serial = this.documents++;
    for (const segment of doc.segments) {
      if (segment.kind !== 'question' || segment.question === null) continue;
      const stems = this.index.ids(questionStems(segment.question));
      const key = segment.columns ? columnKey(segment.number, segment.question) : undefined;
      const byColumn = key === undefined ? undefined : this.byColumn.get(key);
      let best = byColumn && byColumn.lastFile !== doc.file ? byColumn : this.index.best(stems, segment.number, serial, doc.file);
      if (!best) {
        if (this.listed) {
          this.unmatched.push({ file: doc.file, id: segment.id, number: segment.number, question: segment.question });
          continue;
        }
        best = this.addGroup(segment.number, segment.question, stems, false);
      }
      if (key !== undefined && !byColumn) this.byColumn.set(ownCopy(key), best);
      const quote = memberQuote(segment);
      const member: QuestionMember = {
        file,
        id: segment.id,
        title,
        respondent,
        number: segment.number,
        question: shorten(segment.question, QUESTION_MAX),
        stance: segment.stance.label,
        source: segment.stance.source,
        code: segment.stance.code,
        reason: segment.stance.reason,
        themes: segment.themes.map((t) => t.theme),
        quote,
      };
      this.spill.add(best.index, member);
      joined.set(segment.id, best.index);
      best.members++;
      best.stance[member.stance]++;
      for (const t of member.themes) best.themes[t] = (best.themes[t] ?? 0) + 1;
      for (const [attribute, value] of Object.entries(doc.respondent?.attributes ?? {})) {
        const values = (best.byAttribute[attribute] ??= {});
        (values[value] ??= noStances())[member.stance]++;
      }
      best.lastFile = file;
      // The canonical text is the longest member's question; the list's wording stays when there is one.
      if (!best.listed && segment.question.length > best.text.length) {
        best.text = ownCopy(segment.question);
        this.index.place(best, best.number, stems);
      }
    }
    return joined;
  }

  /** The groups as plain data: their counts, without their members (see `members`). */
  result(): { questions: QuestionTotals[]; unmatchedQuestions: UnmatchedQuestion[] } {
    // Key by key: the order of keys is the order of report.json, where the members go after `listed`.
    const questions = this.groups.map((g): QuestionTotals => ({
      id: g.id,
      number: g.number,
      text: g.text,
      listed: g.listed,
      respondents: g.members,
      answered: g.members - g.stance.none,
      stance: { ...g.stance },
      themes: { ...g.themes },
      byAttribute: sortedBreakdown(g.byAttribute),
    }));
    return { questions, unmatchedQuestions: [...this.unmatched] };
  }

  /**
   * A group's members, read from the spill file a chunk at a time whenever they are iterated, so writing a
   * group of any size costs a chunk of memory. The reader the run hands its reports; valid until `close`.
   */
  readonly members: GroupMembers = (groupId: string): MemberChunks => {
    const index = this.byId.get(groupId);
    const spill = this.spill;
    // Iterable again and again, each time from the file: a report may read a group more than once (its key quote, then its table).
    return index === undefined ? [] : { [Symbol.iterator]: () => spill.chunks(index) };
  };

  /** Deletes the spill file; `members` cannot be read after. */
  close(): void {
    this.spill.close();
  }
}

/** A member's key quote: a digest's, worked out when its document was tagged; a whole segment's, from its text; else the deciding span. */
function memberQuote(segment: DigestSegment | Segment): QuestionMember['quote'] {
  if ('quote' in segment && segment.quote !== undefined) return segment.quote;
  if ('answer' in segment) return keyQuote(segment, DIGEST_QUOTE_MAX);
  const decides = segment.stance.evidence.find((e) => e.role === 'decides');
  return decides ? { text: shorten(decides.text, DIGEST_QUOTE_MAX), line: decides.line } : null;
}
