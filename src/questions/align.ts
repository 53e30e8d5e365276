import type { DocumentReport, QuestionGroup, QuestionMember, UnmatchedQuestion } from '../report/schema.js';
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
  id: string;
  number: string | null;
  text: string;
  stems: string[];
  listed: boolean;
  members: QuestionMember[];
  files: Set<string>;
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

  constructor(
    private readonly themes: readonly string[],
    list?: readonly ListedQuestion[],
  ) {
    this.listed = list !== undefined;
    for (const q of list ?? []) this.groups.push({ id: `q${this.groups.length + 1}`, number: q.number, text: q.text, stems: questionStems(q.text), listed: true, members: [], files: new Set() });
  }

  addDocument(doc: DocumentReport): void {
    for (const segment of doc.segments) {
      if (segment.kind !== 'question' || segment.question === null) continue;
      const stems = questionStems(segment.question);
      let best: Group | undefined;
      let bestScore = 0;
      for (const group of this.groups) {
        if (group.files.has(doc.file)) continue;
        const hint = segment.number !== null && segment.number === group.number ? NUMBER_HINT : 0;
        const score = similarity(stems, group.stems) + hint;
        if (score > bestScore) [best, bestScore] = [group, score];
      }
      if (!best || bestScore < SAME_QUESTION) {
        if (this.listed) {
          this.unmatched.push({ file: doc.file, id: segment.id, number: segment.number, question: segment.question });
          continue;
        }
        best = { id: `q${this.groups.length + 1}`, number: segment.number, text: segment.question, stems, listed: false, members: [], files: new Set() };
        this.groups.push(best);
      }
      const decides = segment.stance.evidence.find((e) => e.role === 'decides');
      best.members.push({
        file: doc.file,
        id: segment.id,
        title: doc.title,
        number: segment.number,
        question: segment.question,
        stance: segment.stance.label,
        source: segment.stance.source,
        themes: segment.themes.map((t) => t.theme),
        quote: decides ? { text: decides.text, line: decides.line } : null,
      });
      best.files.add(doc.file);
      // The canonical text is the longest member's question; the list's wording stays when there is one.
      if (!best.listed && segment.question.length > best.text.length) [best.text, best.stems] = [segment.question, stems];
    }
  }

  result(): { questions: QuestionGroup[]; unmatchedQuestions: UnmatchedQuestion[] } {
    const questions = this.groups.map((g): QuestionGroup => {
      const stance = { agree: 0, neutral: 0, disagree: 0, none: 0 };
      const themes: Record<string, number> = Object.fromEntries(this.themes.map((t) => [t, 0]));
      for (const m of g.members) {
        stance[m.stance]++;
        for (const t of m.themes) themes[t] = (themes[t] ?? 0) + 1;
      }
      return {
        id: g.id,
        number: g.number,
        text: g.text,
        listed: g.listed,
        members: g.members,
        respondents: g.members.length,
        answered: g.members.length - stance.none,
        stance,
        themes,
      };
    });
    return { questions, unmatchedQuestions: [...this.unmatched] };
  }
}
