import type { CompiledRules, ContrastHit, CueHit, HedgeHit, NegatorHit } from '../rules/compile.js';
import type { CompiledPhrase } from '../rules/phrase.js';
import type { PhraseMatch } from '../rules/phrase-set.js';
import type { Sentence } from './sentences.js';

/** A stance cue after negation, contrast and hedges have had their say. */
export interface ScoredCue {
  sentence: Sentence;
  cue: PhraseMatch<CueHit>;
  label: 'agree' | 'disagree';
  weight: number;
  /** Modifiers that changed it, for evidence. */
  negator?: PhraseMatch<NegatorHit>;
  contrast?: PhraseMatch<ContrastHit>;
  hedge?: PhraseMatch<HedgeHit>;
}

const HEDGE_REACH = 4;

const stemsOfPhrase = new WeakMap<CompiledPhrase, Set<string>>();

/** Stems a phrase's own words use: a negator inside the cue ("not convinced") is part of it, not a flip. Kept per phrase. */
function cueStems(cue: PhraseMatch<CueHit>): Set<string> {
  let stems = stemsOfPhrase.get(cue.phrase);
  if (!stems) {
    stems = new Set<string>();
    for (const slot of cue.phrase.slots) if ('stems' in slot) for (const s of slot.stems) stems.add(s);
    stemsOfPhrase.set(cue.phrase, stems);
  }
  return stems;
}

/** Index of the first token after a clause break (comma, semicolon, colon, dash) following `after`: where a concessive clause ends. */
function clauseEnd(sentence: Sentence, after: number): number {
  const tokens = sentence.tokens;
  for (let i = after + 1; i < tokens.length; i++) {
    const gap = sentence.text.slice(tokens[i - 1]!.end - sentence.start, tokens[i]!.start - sentence.start);
    if (/[,;:–—]/.test(gap)) return i;
  }
  return tokens.length;
}

/** Index of the first match starting at or after `position` (matches are in order). */
function firstFrom<T>(matches: readonly PhraseMatch<T>[], position: number): number {
  let lo = 0;
  let hi = matches.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (matches[mid]!.from < position) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The first match in [from, to), found by binary search so a long sentence full of cues stays linear. */
function within<T>(matches: readonly PhraseMatch<T>[], from: number, to: number, accept: (m: PhraseMatch<T>) => boolean = () => true): PhraseMatch<T> | undefined {
  for (let i = firstFrom(matches, from); i < matches.length && matches[i]!.from < to; i++) if (accept(matches[i]!)) return matches[i];
  return undefined;
}

export function scoreCues(sentences: readonly Sentence[], rules: CompiledRules): ScoredCue[] {
  const scored: ScoredCue[] = [];
  for (const sentence of sentences) {
    const { tokens } = sentence;
    const cues = rules.cues.findAll(tokens);
    if (cues.length === 0) continue;
    const negators = rules.negators.findAll(tokens);
    const hedges = rules.hedges.findAll(tokens);
    const contrasts = rules.contrasts.findAll(tokens);
    const after = contrasts.filter((c) => c.payload.mode === 'after');
    const concessive = contrasts.filter((c) => c.payload.mode === 'concessive');
    // `Although X, Y` at the start of a sentence: X is conceded, Y is the point.
    const leading = concessive.find((c) => c.from <= 1);
    const leadingClauseEnd = leading ? clauseEnd(sentence, leading.from) : 0;
    const reach = negators.reduce((max, n) => Math.max(max, n.payload.window), 0);
    for (const cue of cues) {
      const own = cueStems(cue);
      let label = cue.payload.label;
      let weight = cue.payload.weight;
      const result: ScoredCue = { sentence, cue, label, weight };
      const negator = within(negators, cue.from - reach, cue.to, (n) => n.from >= cue.from - (n.payload.window) && !own.has(tokens[n.from]!.stem));
      if (negator) {
        label = label === 'agree' ? 'disagree' : 'agree';
        result.negator = negator;
      }
      const hedge = within(hedges, cue.from - HEDGE_REACH, cue.to);
      if (hedge) {
        weight *= hedge.payload.factor;
        result.hedge = hedge;
      }
      // What follows `however`/`but` is the main point; what precedes it is weakened. Each kind of contrast counts once.
      const before = firstFrom(after, cue.from) - 1;
      const turn = before >= 0 && after[before]!.to <= cue.from ? after[before] : after[before + 1];
      if (turn) {
        weight = cue.from >= turn.to ? weight * turn.payload.factor : weight / turn.payload.factor;
        result.contrast = turn;
      }
      if (leading) {
        weight = cue.from < leadingClauseEnd ? weight * leading.payload.factor : weight / leading.payload.factor;
        result.contrast ??= leading;
      } else {
        // `Y, although X`: X is conceded.
        const last = firstFrom(concessive, cue.from) - 1;
        const conceded = last >= 0 && concessive[last]!.to <= cue.from ? concessive[last] : last >= 1 ? concessive[last - 1] : undefined;
        if (conceded) {
          weight *= conceded.payload.factor;
          result.contrast ??= conceded;
        }
      }
      result.label = label;
      result.weight = weight;
      scored.push(result);
    }
  }
  return scored;
}
