import type { Evidence, ThemeTag } from '../model/schema.js';
import type { CompiledRules } from '../rules/compile.js';
import type { Locator } from '../read/locate.js';
import { evidenceAt } from './evidence.js';
import type { Sentence } from '../text/sentences.js';

/** A strong term makes a sentence about its theme; weak ones need two more of the theme beside them. */
const STRONG = 1;
const WEAK = 0.4;
/** A sentence is about a theme at this score ("substantively about it", LABELS.md, Themes). */
const SENTENCE_THRESHOLD = 1;
/** Quotes kept per theme. */
const MAX_EVIDENCE = 3;

interface SentenceScore {
  sentence: Sentence;
  score: number;
  rule: string;
}

export function classifyThemes(sentences: readonly Sentence[], rules: CompiledRules, source: string, locate: Locator): ThemeTag[] {
  const perTheme = new Map<string, SentenceScore[]>();
  for (const sentence of sentences) {
    const matches = rules.themeTerms.findAll(sentence.tokens, sentence.from, sentence.to);
    // Most sentences name no theme: they cost no maps.
    if (matches.length === 0) continue;
    const scores = new Map<string, SentenceScore>();
    const seenTerms = new Set<object>();
    for (const match of matches) {
      // The same term twice in a sentence is still one mention.
      if (seenTerms.has(match.phrase)) continue;
      seenTerms.add(match.phrase);
      const entry = scores.get(match.payload.theme) ?? { sentence, score: 0, rule: match.payload.rule };
      entry.score += match.payload.strong ? STRONG : WEAK;
      scores.set(match.payload.theme, entry);
    }
    for (const [theme, entry] of scores) {
      if (entry.score < SENTENCE_THRESHOLD) continue;
      const list = perTheme.get(theme) ?? [];
      list.push(entry);
      perTheme.set(theme, list);
    }
  }
  const tags: ThemeTag[] = [];
  for (const theme of rules.themes) {
    const list = perTheme.get(theme);
    if (!list) continue;
    const score = Math.round(list.reduce((sum, s) => sum + Math.min(s.score, 3), 0) * 100) / 100;
    const best = [...list].sort((a, b) => b.score - a.score || a.sentence.start - b.sentence.start).slice(0, MAX_EVIDENCE);
    best.sort((a, b) => a.sentence.start - b.sentence.start);
    const evidence: Evidence[] = best.map((s) => evidenceAt(source, locate, s.sentence.start, s.sentence.end, s.rule, 'theme'));
    tags.push({ theme, score, evidence });
  }
  return tags;
}
