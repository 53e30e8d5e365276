import type { DigestSegment } from '../model/digest.js';
import type { Campaign, Discovered, DiscoveredProse, StanceLabel } from '../model/schema.js';
import { wordsOf } from '../text/tokens.js';
import type { AnswerRecord } from './answers.js';
import { findCampaigns, signatureOf, type CampaignUnit } from './campaigns.js';
import { candidatesOf, type Candidate } from './candidates.js';
import { clusterPhrases, distinctivePhrases } from './cluster.js';
import type { DiscoveryOptions } from './options.js';
import { TextSpill } from './text-spill.js';
import { buildThemes, type FoundTheme } from './themes.js';
import { Vocabulary } from './vocabulary.js';

/** A question segment of a document, as the totals hand it on: its group and its answer, placed. */
export interface DiscoveryAnswer {
  group: number;
  segment: Pick<DigestSegment, 'id' | 'question' | 'columns'> & { stance: { label: StanceLabel } };
  span: NonNullable<DigestSegment['answerSpan']>;
}

/** What discovery found: per question group (by index), its themes with their rules; the prose's; and the run's campaigns. */
export interface DiscoveryResult {
  groups: { discovered: Discovered; found: FoundTheme[] }[];
  prose: { discovered: DiscoveredProse; found: FoundTheme[] };
  campaigns: Campaign[];
}

/** The group of prose sections (text outside any question): the documents' own words, discovered as one more group. */
export const PROSE = -1;

/** The first `max` characters of a text, cut at a space so no word is cut in two. */
function leading(text: string, max: number): string {
  if (text.length <= max) return text;
  const space = text.lastIndexOf(' ', max);
  return text.slice(0, space > 0 ? space : max);
}

/** Question texts' stems, kept per text up to a bound: a survey asks each question of every row. */
const EXCLUDE_CACHE = 1000;

/**
 * Theme discovery and campaign detection over a run, fed a document at a
 * time on the main thread in run order, so the result never depends on the
 * number of jobs. Each answer's candidate phrases are read as it comes (the
 * part-of-speech tagger runs then) and kept as numbers; its text goes to a
 * temporary file, read back once at the end to match themes and quote them.
 */
export class Discovery {
  private readonly texts = new TextSpill();
  private readonly vocab = new Vocabulary();
  private readonly answers: AnswerRecord[] = [];
  private readonly units: CampaignUnit[] = [];
  private readonly excludeCache = new Map<string, Set<string>>();
  private readonly candidateCache = new Map<string, Candidate[]>();

  constructor(private readonly options: DiscoveryOptions) {}

  /** A document's answers to questions; `letter`, the whole document's text when it is one response (not a survey row's answers). */
  addDocument(file: string, answers: readonly DiscoveryAnswer[], letter: { text: string } | undefined): void {
    for (const { group, segment, span } of answers) {
      const label = segment.stance.label;
      // A prose section has no stance to take; an answer without one is no answer.
      const hasText = (group === PROSE || label !== 'none') && span.text.trim() !== '';
      const place = hasText ? this.texts.add(span.text) : ([0, 0] as [number, number]);
      const candidates = hasText ? Int32Array.from(this.candidates(span.text, segment.question ?? '').map((c) => this.vocab.idOf(c))) : null;
      this.answers.push({ group, file, segment: segment.id, stance: label, place, line: span.line, column: span.column, offset: span.offset, candidates });
      if (hasText && segment.columns) this.addUnit({ file, segment: segment.id }, span.text);
    }
    if (letter) this.addUnit({ file }, letter.text);
  }

  private addUnit(who: { file: string; segment?: string }, text: string): void {
    const signature = signatureOf(text, this.options);
    if (signature) this.units.push({ ...who, place: this.texts.add(text), signature });
  }

  /** An answer's candidates, kept by its text and question up to a bound (cleared when full, so what is kept never depends on timing). */
  private candidates(text: string, question: string): Candidate[] {
    const key = `${question}\u0000${text}`;
    let found = this.candidateCache.get(key);
    if (!found) {
      if (this.candidateCache.size >= this.options.candidateCache) this.candidateCache.clear();
      this.candidateCache.set(key, (found = candidatesOf(leading(text, this.options.maxTaggedChars), this.exclude(question), this.options)));
    }
    return found;
  }

  private exclude(question: string): Set<string> {
    let stems = this.excludeCache.get(question);
    if (!stems) {
      if (this.excludeCache.size >= EXCLUDE_CACHE) this.excludeCache.clear();
      this.excludeCache.set(question, (stems = new Set(wordsOf(question).map((w) => w.stem))));
    }
    return stems;
  }

  /** Themes of each group (`questions`, the groups' final texts, by index), of the prose, and the run's campaigns. */
  result(questionTexts: readonly string[]): DiscoveryResult {
    // The prose is one more group, after the questions, with no question of its own.
    const questions = [...questionTexts, ''];
    const read = (r: { place: [number, number] }): string => this.texts.read(r.place);
    const campaigns = findCampaigns(this.units, read, this.options);
    const inCampaign = new Set<string>();
    for (const c of campaigns) for (const m of c.members) inCampaign.add(m.segment === undefined ? m.file : `${m.file}\u0000${m.segment}`);
    const byGroup = questions.map((): AnswerRecord[] => []);
    for (const a of this.answers) byGroup[a.group === PROSE ? questionTexts.length : a.group]!.push(a);
    const runDf = new Map<number, number>();
    const groupDfs = byGroup.map((answers) => {
      const df = new Map<number, number>();
      for (const a of answers) for (const id of a.candidates ?? []) df.set(id, (df.get(id) ?? 0) + 1);
      for (const [id, n] of df) runDf.set(id, (runDf.get(id) ?? 0) + n);
      return df;
    });
    const readable = byGroup.map((answers) => answers.filter((a) => a.candidates !== null));
    const averageAnswers = readable.reduce((sum, a) => sum + a.length, 0) / Math.max(1, readable.filter((a) => a.length > 0).length);
    const groups = byGroup.map((answers, g) => {
      const withText = readable[g]!;
      const questionStems = new Set(wordsOf(questions[g]!).map((w) => w.stem));
      const df = new Map([...groupDfs[g]!].filter(([id]) => !this.vocab.words(id).some((s) => questionStems.has(s))));
      const phrases = withText.length < this.options.minGroupAnswers ? [] : distinctivePhrases(df, runDf, withText.length, averageAnswers, this.vocab, this.options);
      const chosen = new Set(phrases);
      const answersOf = new Map<number, number[]>();
      withText.forEach((a, i) => {
        for (const id of a.candidates!) if (chosen.has(id)) (answersOf.get(id) ?? answersOf.set(id, []).get(id)!).push(i);
      });
      const found = buildThemes(withText, clusterPhrases(phrases, answersOf, this.vocab, this.options), this.vocab, read, this.options);
      const own = answers.filter((a) => !inCampaign.has(a.file) && !inCampaign.has(`${a.file}\u0000${a.segment}`));
      const stance = { agree: 0, neutral: 0, disagree: 0, none: 0 };
      for (const a of own) stance[a.stance]++;
      const discovered: Discovered = { answers: withText.length, themes: found.map((f) => f.theme), withoutCampaigns: { respondents: own.length, answered: own.length - stance.none, stance } };
      return { discovered, found };
    });
    const prose = groups.pop()!;
    return { groups, prose: { discovered: { sections: prose.discovered.answers, themes: prose.discovered.themes }, found: prose.found }, campaigns };
  }

  close(): void {
    this.texts.close();
  }
}
