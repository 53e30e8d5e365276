import { DIGEST_QUOTE_MAX, type DigestSegment, type DocumentDigest } from '../model/digest.js';
import type { QuestionGroup, QuestionMember, Segment, StanceLabel, UnmatchedQuestion } from '../model/schema.js';
import { STANCE_LABELS } from '../model/stance-labels.js';
import { byCodeUnit, ownCopy, shorten } from '../text/utils.js';
import { keyQuote } from './quote.js';
import { MemberSpill } from './spill.js';
import type { ListedQuestion } from './list.js';
import { questionStems, similarity } from './similarity.js';

/**
 * Two questions are one when their stems overlap this much, in order. On the
 * seeds, the two responses to one consultation pair at 0.84 or more, while
 * different questions, and questions of another consultation, stay at 0.63 or
 * less: keeping questions apart matters more than catching every rewording.
 */
export const SAME_QUESTION = 0.7;
/** The same printed number is a hint, never proof: two consultations both have a "Question 7". */
const NUMBER_HINT = 0.1;

interface Group {
  /** Creation order, for deterministic ties. */
  index: number;
  id: string;
  number: string | null;
  text: string;
  stems: readonly string[];
  /** How often each stem occurs in `stems`. */
  counts: Map<string, number>;
  listed: boolean;
  /** Stems it is filed under in the index, so it is filed under each once. */
  indexed: Set<string>;
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
/** Questions whose rankings are kept; past it they are dropped, so memory stays flat. */
const RANKINGS_LIMIT = 10_000;

/** Groups from `result`, to the chunks of their members on disk (see memberChunks). */
const spilled = new WeakMap<QuestionGroup, () => Iterable<QuestionMember[]>>();

/**
 * A group's members a chunk at a time: read from the spill file for a group
 * of a run, so writing a group of any size costs a chunk of memory; the
 * members as they are for any other group.
 */
export function memberChunks(group: QuestionGroup): Iterable<QuestionMember[]> {
  return spilled.get(group)?.() ?? [group.members];
}

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

function counts(stems: readonly string[]): Map<string, number> {
  const map = new Map<string, number>();
  for (const s of stems) map.set(s, (map.get(s) ?? 0) + 1);
  return map;
}

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
  /**
   * Groups by the stems of their text, so a segment is compared only with
   * groups it shares words with: a large corpus has many groups. Entries of a
   * group's earlier canonical text stay, which only adds candidates.
   */
  private readonly byStem = new Map<string, Group[]>();
  /**
   * Rankings per question (see ranked), with the time each was made. A
   * ranking can change only when a group sharing one of its stems changes,
   * so each stem keeps the time a group filed under it last changed.
   */
  private readonly rankings = new Map<string, { made: number; groups: readonly Group[] }>();
  private readonly stemChanged = new Map<string, number>();
  private clock = 0;
  private readonly spill = new MemberSpill();
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
    for (const q of list ?? []) this.addGroup(q.number, q.text, questionStems(q.text), true);
  }

  private addGroup(number: string | null, text: string, stems: readonly string[], listed: boolean): Group {
    const group: Group = {
      index: this.groups.length,
      id: `q${this.groups.length + 1}`,
      number,
      text,
      stems,
      counts: counts(stems),
      listed,
      indexed: new Set(),
      members: 0,
      stance: noStances(),
      themes: Object.fromEntries(this.themes.map((t) => [t, 0])),
      byAttribute: {},
      lastFile: undefined,
    };
    this.groups.push(group);
    this.index(group);
    return group;
  }

  private index(group: Group): void {
    for (const stem of group.stems) {
      if (group.indexed.has(stem)) continue;
      group.indexed.add(stem);
      const list = this.byStem.get(stem);
      if (!list) this.byStem.set(stem, [group]);
      else list.push(group);
    }
    // Its old stems and its new ones: rankings of questions sharing either may change.
    this.clock++;
    for (const stem of group.indexed) this.stemChanged.set(stem, this.clock);
  }

  /**
   * Groups sharing at least one stem with `stems`, with the size of the
   * shared multiset of stems: an upper bound on their in-order overlap.
   * Summed stem by stem, so a group costs only the stems it shares.
   */
  private candidates(stems: readonly string[]): Map<Group, number> {
    const shared = new Map<Group, number>();
    for (const [stem, n] of counts(stems)) {
      for (const group of this.byStem.get(stem) ?? []) shared.set(group, (shared.get(group) ?? 0) + Math.min(n, group.counts.get(stem) ?? 0));
    }
    return shared;
  }

  /**
   * The groups a question may join, best first (ties to the older group).
   * A corpus asks the same questions again and again, so the ranking is kept
   * per question until a group it could include changes; the caller takes
   * the first group the document has not joined yet.
   */
  private ranked(stems: readonly string[], number: string | null, question: string): readonly Group[] {
    const key = `${number ?? ''}\u0000${question}`;
    const kept = this.rankings.get(key);
    if (kept && stems.every((stem) => (this.stemChanged.get(stem) ?? 0) <= kept.made)) return kept.groups;
    const scored: { group: Group; score: number }[] = [];
    for (const [group, shared] of this.candidates(stems)) {
      const hint = number !== null && number === group.number ? NUMBER_HINT : 0;
      // The in-order overlap cannot exceed the shared words: groups that could not reach the bar are never compared.
      const shorter = Math.min(stems.length, group.stems.length);
      const bound = Math.max((2 * shared) / (stems.length + group.stems.length), shorter >= 6 ? (0.9 * shared) / shorter : 0) + hint;
      if (bound < SAME_QUESTION) continue;
      const score = similarity(stems, group.stems) + hint;
      if (score >= SAME_QUESTION) scored.push({ group, score });
    }
    const groups = scored.sort((a, b) => b.score - a.score || a.group.index - b.group.index).map((s) => s.group);
    if (this.rankings.size >= RANKINGS_LIMIT) this.rankings.clear();
    this.rankings.set(ownCopy(key), { made: this.clock, groups });
    return groups;
  }

  addDocument(doc: DocumentDigest): void {
    // Strings the aligner keeps past the document (the file, see lastFile; a ranking's key; a group's text) are copies. Members go straight to the spill file and need none.
    const file = ownCopy(doc.file);
    const title = shorten(doc.title, TITLE_MAX);
    // A survey row with no name column is named by its title (`Respondent 1002`).
    const respondent = shorten(doc.respondent.name || doc.title || doc.file, TITLE_MAX);
    for (const segment of doc.segments) {
      if (segment.kind !== 'question' || segment.question === null) continue;
      const stems = questionStems(segment.question);
      const key = segment.columns ? columnKey(segment.number, segment.question) : undefined;
      const byColumn = key === undefined ? undefined : this.byColumn.get(key);
      let best = byColumn && byColumn.lastFile !== doc.file ? byColumn : this.ranked(stems, segment.number, segment.question).find((group) => group.lastFile !== doc.file);
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
        reason: segment.stance.reason,
        themes: segment.themes.map((t) => t.theme),
        quote,
      };
      this.spill.add(best.index, member);
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
        best.stems = stems;
        best.counts = counts(stems);
        this.index(best);
      }
    }
  }

  /**
   * The groups, each reading its members from the spill file whenever they
   * are asked for, so a report holds one group's members at a time. Valid
   * until `close`.
   */
  result(): { questions: QuestionGroup[]; unmatchedQuestions: UnmatchedQuestion[] } {
    const questions = this.groups.map((g): QuestionGroup => {
      const spill = this.spill;
      // Built key by key: the order of keys is the order of report.json.
      const group = { id: g.id, number: g.number, text: g.text, listed: g.listed } as QuestionGroup;
      Object.defineProperty(group, 'members', { enumerable: true, get: () => spill.read(g.index) });
      spilled.set(group, () => spill.chunks(g.index));
      return Object.assign(group, { respondents: g.members, answered: g.members - g.stance.none, stance: { ...g.stance }, themes: { ...g.themes }, byAttribute: sortedBreakdown(g.byAttribute) });
    });
    return { questions, unmatchedQuestions: [...this.unmatched] };
  }

  /** Deletes the spill file; groups from `result` cannot list their members after. */
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
