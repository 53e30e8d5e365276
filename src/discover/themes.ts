import type { DiscoveredQuote, DiscoveredTheme } from '../model/schema.js';
import { compileRules } from '../rules/compile.js';
import type { RuleOf } from '../rules/schema.js';
import { textBlocks } from '../segment/block.js';
import { compilePhrase, type CompiledPhrase } from '../text/phrase.js';
import { PhraseSet } from '../text/phrase-set.js';
import { splitSentences } from '../text/sentences.js';
import { TokenRun } from '../text/tokens.js';
import { byCodeUnit } from '../text/utils.js';
import type { AnswerRecord } from './answers.js';
import type { Cluster } from './cluster.js';
import type { DiscoveryOptions } from './options.js';
import type { Vocabulary } from './vocabulary.js';

export type ThemeRule = RuleOf<'theme-lexicon'>;

/** A discovered theme and, unless it is "other", the rule that labels its answers. */
export interface FoundTheme {
  theme: DiscoveredTheme;
  rule?: ThemeRule;
}

interface Tally {
  members: AnswerRecord[];
  quotes: { answer: AnswerRecord; phrases: number; quote: DiscoveredQuote }[];
}

/**
 * Themes from a question's clusters. The largest `maxThemes` clusters raised
 * by at least `minThemeAnswers` answers become themes; the rest are "other".
 * A theme's members are the answers its phrases match, by the very matcher
 * that tags documents (a theme-lexicon rule of strong terms), so the rule
 * written for it labels the same answers. Its quotes are its most central
 * answers: those that use most of its phrases, earliest first.
 */
export function buildThemes(answers: readonly AnswerRecord[], clusters: readonly Cluster[], vocab: Vocabulary, read: (a: AnswerRecord) => string, options: DiscoveryOptions): FoundTheme[] {
  const ordered = [...clusters].sort((a, b) => b.answers.size - a.answers.size || byCodeUnit(vocab.keys[a.phrases[0]!]!, vocab.keys[b.phrases[0]!]!));
  const kept = ordered.filter((c) => c.answers.size >= options.minThemeAnswers).slice(0, options.maxThemes);
  const rest = ordered.filter((c) => !kept.includes(c));
  const rules = themeRules(kept, vocab);
  const matcher = compileRules(rules).themeTerms;
  const other = new PhraseSet<number>();
  const otherPatterns = [...new Set(rest.flatMap((c) => c.phrases.map((id) => vocab.pattern(id))))];
  for (const pattern of otherPatterns) other.add(compilePhrase(pattern) as CompiledPhrase, 0);
  const tallies = rules.map((): Tally => ({ members: [], quotes: [] }));
  const otherTally: Tally = { members: [], quotes: [] };
  const index = new Map(rules.map((r, i) => [r.theme, i]));
  // Answers sent again word for word (a campaign's, `No comment`) are matched once.
  const memo = new Map<string, Hit[]>();
  for (const answer of answers) {
    const text = read(answer);
    let hits = memo.get(text);
    if (!hits) {
      if (memo.size >= options.candidateCache) memo.clear();
      memo.set(text, (hits = hitsOf(text, (theme) => index.get(theme)!, matcher, other, rules.length)));
    }
    for (const hit of hits) {
      const tally = hit.theme === rules.length ? otherTally : tallies[hit.theme]!;
      tally.members.push(answer);
      addQuote(tally, { answer, phrases: hit.phrases, quote: quoteOf(answer, text, hit.start, hit.end) }, options.quotes);
    }
  }
  const found: FoundTheme[] = rules.map((rule, i) => ({
    rule: { ...rule, examples: { match: tallies[i]!.quotes.map((q) => q.quote.text), noMatch: [] } },
    theme: themeOf(`t${i + 1}`, labelOf(rule.strong, options), rule.strong, tallies[i]!),
  }));
  if (otherTally.members.length > 0) found.push({ theme: themeOf('other', 'other', otherPatterns, otherTally) });
  return found;
}

/** A theme an answer raises (`other` is numbered after the kept themes): how many of its phrases, and the sentence with most of them. */
interface Hit {
  theme: number;
  phrases: number;
  start: number;
  end: number;
}

/** The themes a text raises, in the order first raised, by the matcher that tags documents and by the "other" phrases. */
function hitsOf(text: string, indexOf: (theme: string) => number, matcher: PhraseSet<{ theme: string }>, other: PhraseSet<number>, otherIndex: number): Hit[] {
  const run = new TokenRun(text);
  const seen = new Map<number, { hit: Hit; phrases: Set<object>; best: number }>();
  for (const sentence of splitSentences(text, textBlocks(text), run)) {
    const matches = [
      ...matcher.findAll(run, sentence.from, sentence.to).map((m): [number, object] => [indexOf(m.payload.theme), m.phrase]),
      ...other.findAll(run, sentence.from, sentence.to).map((m): [number, object] => [otherIndex, m.phrase]),
    ];
    const here = new Map<number, Set<object>>();
    for (const [theme, phrase] of matches) (here.get(theme) ?? here.set(theme, new Set()).get(theme)!).add(phrase);
    for (const [theme, phrases] of here) {
      const entry = seen.get(theme);
      // The quote is the sentence with most of the theme's phrases, the first of equals.
      if (!entry) seen.set(theme, { hit: { theme, phrases: 0, start: sentence.start, end: sentence.end }, phrases: new Set(phrases), best: phrases.size });
      else {
        for (const p of phrases) entry.phrases.add(p);
        if (phrases.size > entry.best) [entry.hit.start, entry.hit.end, entry.best] = [sentence.start, sentence.end, phrases.size];
      }
    }
  }
  return [...seen.values()].map(({ hit, phrases }) => ({ ...hit, phrases: phrases.size }));
}

/** One theme-lexicon rule per kept cluster; a phrase already another theme's is left to it (a phrase belongs to one theme). */
function themeRules(kept: readonly Cluster[], vocab: Vocabulary): ThemeRule[] {
  const taken = new Set<string>();
  const names = new Set<string>();
  const rules: ThemeRule[] = [];
  for (const cluster of kept) {
    const strong = cluster.phrases.map((id) => vocab.pattern(id)).filter((p) => !taken.has(p) && taken.add(p));
    if (strong.length === 0) continue;
    let name = slug(strong[0]!);
    for (let n = 2; names.has(name); n++) name = `${slug(strong[0]!)}-${n}`;
    names.add(name);
    rules.push({
      id: `theme.${name}`,
      kind: 'theme-lexicon',
      theme: name,
      description: `Discovered: answers that speak of ${strong.slice(0, 3).join(', ').replace(/ ~ /g, ' ')}.`,
      source: 'csc-tag themes (discovered)',
      strong,
      weak: [],
      examples: { match: [], noMatch: [] },
    });
  }
  return rules;
}

/** `waiting lists` → `waiting-lists`, `close ~ library` → `close-library`. */
const slug = (pattern: string): string =>
  pattern
    .replace(/ ~ /g, ' ')
    .replace(/[^a-z]+/g, '-')
    .replace(/^-+|-+$/g, '') || 'theme';

/** The leading phrases, leaving out one whose words an earlier one already has (`deserve stability`, then not `stability`). */
function labelOf(patterns: readonly string[], options: DiscoveryOptions): string {
  const chosen: string[] = [];
  for (const p of patterns.map((x) => x.replace(/ ~ /g, ' '))) {
    if (chosen.length === options.labelPhrases) break;
    if (!chosen.some((c) => p.split(' ').every((w) => c.split(' ').includes(w)))) chosen.push(p);
  }
  return chosen.join(', ');
}

function quoteOf(answer: AnswerRecord, text: string, start: number, end: number): DiscoveredQuote {
  const before = text.slice(0, start);
  const breaks = before.match(/\n/g)?.length ?? 0;
  const column = breaks === 0 ? answer.column + start : start - before.lastIndexOf('\n');
  return { file: answer.file, segment: answer.segment, text: text.slice(start, end), line: answer.line + breaks, column, offset: [answer.offset + start, answer.offset + end] };
}

/** Keeps the `max` most central quotes, the most phrases first and then the earliest answer; the same words twice are one quote. */
function addQuote(tally: Tally, candidate: Tally['quotes'][number], max: number): void {
  if (tally.quotes.some((q) => q.quote.text === candidate.quote.text)) return;
  tally.quotes.push(candidate);
  tally.quotes.sort((a, b) => b.phrases - a.phrases);
  if (tally.quotes.length > max) tally.quotes.length = max;
}

function themeOf(id: string, label: string, phrases: readonly string[], tally: Tally): DiscoveredTheme {
  const stance = { agree: 0, neutral: 0, disagree: 0 };
  for (const m of tally.members) if (m.stance !== 'none') stance[m.stance]++;
  return {
    id,
    label,
    phrases: [...phrases],
    members: tally.members.map((m) => ({ file: m.file, segment: m.segment })),
    stance,
    quotes: tally.quotes.map((q) => q.quote),
  };
}
